import type { SegmentedArticle } from '../segment/index.js';

/**
 * Whether a source offset sits inside parentheses opened earlier in its
 * sentence: names there (`José Quispe Zúñiga (the 24-year son of Comrade
 * José)`) are asides, less prominent than the sentence's own names.
 */
export function isInsideParentheses(article: SegmentedArticle, sentence: number, offset: number): boolean {
  const found = article.sentences[sentence];
  if (!found) return false;
  let depth = 0;
  for (const char of article.text.slice(found.position.start.offset, offset)) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

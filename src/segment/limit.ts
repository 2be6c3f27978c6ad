import type { Root } from 'mdast';
import type { Skipped } from '../util/budget.js';
import { segmentArticle, type SegmentedArticle } from './index.js';

/**
 * `segmentArticle` with at most `max` sentences, and what was skipped: the
 * segmenter stops one sentence past the limit, which says where the rest
 * begins.
 */
export function segmentWithin(root: Root, max: number): { article: SegmentedArticle; skipped?: Skipped } {
  return limitSentences(segmentArticle(root, undefined, { maxSentences: max + 1 }), max);
}

/**
 * The article with its first `max` sentences only, and what was skipped.
 *
 * Why: every extractor, resolver and rule costs something per sentence, so a
 * megabyte of one-word sentences (`1. 1. 1. …` is 350 000 of them, where a
 * megabyte of real articles has about 7 500) took over 15 s and a gigabyte
 * after parsing. Past the limit the rest of the article is not analysed, as
 * if it ended with the last sentence kept; citations used there keep their
 * places but no sentence.
 */
function limitSentences(article: SegmentedArticle, max: number): { article: SegmentedArticle; skipped?: Skipped } {
  const first = article.sentences[max];
  if (!first) return { article };
  const start = first.position.start.offset ?? 0;
  const kept = (sentence: number | undefined) => sentence === undefined || sentence < max;
  return {
    article: {
      ...article,
      sentences: article.sentences.slice(0, max),
      citations: article.citations.map((citation) => ({
        ...citation,
        uses: citation.uses.map((use) => (kept(use.sentence) ? use : { text: use.text, position: use.position })),
      })),
      citationNeeded: article.citationNeeded.filter((need) => kept(need.sentence)),
    },
    skipped: { stage: 'segment', what: `the sentences from line ${first.position.start.line} on (not analysed)`, limit: 'sentences', value: max, start, end: article.text.length },
  };
}

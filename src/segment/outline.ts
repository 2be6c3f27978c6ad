import type { Outline } from '../schema/segment.js';
import type { SegmentedArticle } from './index.js';

/** The outline of a segmented article: title, heading tree, infobox fields, sentence count. */
export function outlineArticle(article: SegmentedArticle): Outline {
  return {
    format: article.format,
    title: article.title,
    sections: article.sections,
    infobox: article.infobox,
    sentenceCount: article.sentences.length,
  };
}

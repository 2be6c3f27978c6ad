import type { Root } from 'mdast';
import type { ArticleFormat } from '../../schema/segment.js';
import type { SourceLocator } from '../../util/location.js';
import { collectMarkdownCitations } from './markdown.js';
import { collectNumberedCitations } from './numbered.js';
import { CitationRegistry, type CitationIndex } from './registry.js';
import { collectWikitextCitations } from './wikitext.js';

export type { CitationIndex, MarkerTarget } from './registry.js';
export { citationKeysFor } from './attach.js';

/**
 * Reads an article's citations from its tree, the way its format writes
 * them: `<ref>` and citation templates in wikitext, footnotes and links in
 * Markdown, numbered markers and the `References` list in copied Wikipedia
 * text.
 */
export function collectCitations(root: Root, format: ArticleFormat, locator: SourceLocator): CitationIndex {
  const registry = new CitationRegistry(locator);
  if (format === 'wikitext') collectWikitextCitations(root, locator.text, registry);
  else if (format === 'markdown') collectMarkdownCitations(root, locator.text, registry);
  else collectNumberedCitations(root, locator.text, registry);
  return registry.index();
}

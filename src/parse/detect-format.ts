export type { ArticleFormat } from '../schema/segment.js';
import type { ArticleFormat } from '../schema/segment.js';

// Free of nested quantifiers and of classes that overlap what follows them:
// linear on any input, as test/redos.test.ts proves with recheck. Line starts
// are spelled `(?:^|[\r\n])` rather than `^` with the `m` flag, which recheck
// cannot prove linear.
const wikiHeadingLine = /(?:^|[\r\n])[ \t]{0,3}={1,6}[^=\r\n][^\r\n]*=[ \t]*(?:$|[\r\n])/;
const markdownSignals: readonly RegExp[] = [
  /^[ \t]{0,3}#{1,6}[ \t]/m, // ATX heading
  /^[ \t]{0,3}(?:```|~~~)/m, // fenced code
  // A destination holds no `]` or `(`, so a run of `](` cannot make each
  // start rescan the next 2048 characters.
  /\]\([^()\s\]]{1,2048}\)/, // inline link or image
  /\[\^[^[\]\s]{1,100}\]/, // footnote reference
  /^[ \t]{0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|/m, // table delimiter row
  /\*\*[^*\r\n]{1,200}\*\*/, // strong emphasis
];

// MediaWiki source: a `<ref>` tag, or both a template call and an internal link.
const wikitextReference = /<ref[\s>/]/i;
const wikitextTemplate = /\{\{[^{}\r\n]{1,200}\}\}/;
const wikitextLink = /\[\[[^[\]\r\n]{1,255}\]\]/;
const wikitextBold = /'''[^'\r\n]{1,200}'''/;
const wikitextInfobox = /\{\{\s{0,20}[Ii]nfobox\b/;
// A table's opening and closing lines: `{|` and `|}` stand at line starts in no other format.
const wikitextTableOpen = /(?:^|[\r\n])\{\|/;
const wikitextTableClose = /(?:^|[\r\n])\|\}/;

/**
 * Guesses whether `text` is wiki-style plain text, MediaWiki wikitext or
 * Markdown.
 *
 * A `<ref>` tag, an `{{Infobox …`, a `{| … |}` table, or a `{{template}}` or `'''bold'''`
 * together with a `[[link]]`, makes wikitext (Wikipedia text copied by a reader has neither). Otherwise
 * Markdown syntax wins when present, and what is left is read as wiki text,
 * whose only constructs (`== Heading ==`, `- Key: Value`, `- item`) are
 * harmless in plain prose too.
 */
export function detectFormat(text: string): ArticleFormat {
  if (wikitextReference.test(text) || wikitextInfobox.test(text) || ((wikitextTemplate.test(text) || wikitextBold.test(text)) && wikitextLink.test(text))) return 'wikitext';
  if (wikitextTableOpen.test(text) && wikitextTableClose.test(text)) return 'wikitext';
  if (markdownSignals.some((signal) => signal.test(text))) {
    return wikiHeadingLine.test(text) && !/^[ \t]{0,3}#{1,6}[ \t]/m.test(text) ? 'wiki' : 'markdown';
  }
  return 'wiki';
}

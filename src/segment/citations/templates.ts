import type { WikiTemplate } from '../../parse/wiki-template/types.js';

/**
 * What claimcheck knows of wikitext templates, by kind, declared once: what a
 * template of each kind means for reading an article. Names are compared in
 * lower case with `_` read as a space (MediaWiki's own folding, bar the first
 * letter). Templates not listed here are skipped: they are never prose.
 *
 * Sources: the citation and maintenance templates of English Wikipedia
 * (Category:Citation Style 1 templates, Template:Citation needed and its
 * redirects, Template:Sfn), and the German `Internetquelle` / `Literatur`
 * seen in the wikitext corpus.
 */
export type TemplateKind = 'citation' | 'short-citation' | 'footnote' | 'citation-needed' | 'display' | 'reference-list';

interface TemplateEntry {
  kind: TemplateKind;
  /** For `display` templates: the positional parameters the reader sees. */
  shows?: readonly string[];
  /** For a display template that may give a range: the parameters shown when it does. */
  rangeShows?: readonly string[];
}

const entries: ReadonlyArray<[readonly string[], TemplateEntry]> = [
  // Full citations: their parameters are the citation's fields.
  [
    [
      'cite web',
      'cite news',
      'cite book',
      'cite journal',
      'cite magazine',
      'cite encyclopedia',
      'cite press release',
      'cite report',
      'cite thesis',
      'cite conference',
      'cite interview',
      'cite av media',
      'cite episode',
      'cite map',
      'cite speech',
      'cite tweet',
      'cite arxiv',
      'cite document',
      'citation',
      'internetquelle',
      'literatur',
    ],
    { kind: 'citation' },
  ],
  // Short footnotes: a numbered note pointing at a full citation by author and year.
  [['sfn', 'sfnp', 'sfnm', 'harvnb', 'harv', 'harvp', 'harvtxt'], { kind: 'short-citation' }],
  // A note written as a template: `{{#tag:ref|…}}`, `{{refn|…}}`, `{{efn|…}}`.
  [['#tag:ref', 'refn', 'efn', 'efn-ua', 'efn-lr'], { kind: 'footnote' }],
  // Maintenance: the article says a source is missing.
  [['citation needed', 'cn', 'fact', 'citeneeded', 'cite needed', 'citation-needed', 'refneeded', 'source needed', 'uncited'], { kind: 'citation-needed' }],
  // Lists of references; refs defined inside them are definitions, not uses.
  [['reflist', 'references', 'refs'], { kind: 'reference-list' }],
  // Templates whose parameter the reader sees as text. `{{convert|42|km2}}`
  // is not one: its value and unit are two parameters, and a quote of both
  // would hold the `|` between them.
  [['nowrap', 'nobr', 'small', 'smaller', 'big', 'larger', 'nobold', 'noitalic', 'ill', 'sortname', 'lang-kw', 'lang-fr', 'lang-de'], { kind: 'display', shows: ['1'] }],
  [['lang'], { kind: 'display', shows: ['2'] }],
  // `{{convert|610|m|ft}}` shows `610 m` (and its conversion, which the article does not state); `{{convert|10|to|12|m}}`
  // shows `10 to 12 m`. The quote of a value and its unit holds the `|` between them, as the source does.
  [['convert', 'cvt'], { kind: 'display', shows: ['1', '2'], rangeShows: ['1', '2', '3', '4'] }],
];

// The second parameter of `{{convert}}` that makes the call a range: `{{convert|10|to|12|m}}`.
const rangeWords: ReadonlySet<string> = new Set(['to', '-', '–', 'and', 'or', 'by', 'x', '×', 'to(-)', '+/-', '±']);

/**
 * The positional parameters of a display template the reader sees, in order:
 * a range's four for `{{convert|10|to|12|m}}`, else the entry's own.
 */
export function shownParameters(template: WikiTemplate): readonly string[] {
  const entry = templateKind(template.name);
  if (entry?.kind !== 'display') return [];
  const second = template.children.find((parameter) => parameter.name === '2');
  const word = second?.children.length === 1 && second.children[0]?.type === 'text' ? second.children[0].value.trim() : '';
  return entry.rangeShows && rangeWords.has(word) ? entry.rangeShows : (entry.shows ?? []);
}

const byName = new Map<string, TemplateEntry>();
for (const [names, entry] of entries) for (const name of names) byName.set(name, entry);

/** What kind of template `name` is, if claimcheck knows it. */
export function templateKind(name: string): TemplateEntry | undefined {
  return byName.get(normalizeTemplateName(name));
}

/** A template name as MediaWiki compares it: case and `_` aside, spaces collapsed. */
export function normalizeTemplateName(name: string): string {
  return name.replaceAll('_', ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The citation fields, by the parameter names that give them (English
 * Citation Style 1 and its older spellings, and the German templates).
 */
export const citationFields = {
  url: ['url', 'chapter-url', 'chapterurl'],
  archiveUrl: ['archive-url', 'archiveurl'],
  title: ['title', 'titel', 'chapter'],
  date: ['date', 'datum', 'year', 'jahr'],
  accessDate: ['access-date', 'accessdate', 'abruf', 'zugriff'],
  publisher: ['publisher', 'work', 'website', 'newspaper', 'journal', 'magazine', 'hrsg', 'werk', 'verlag'],
  quote: ['quote', 'zitat'],
  author: ['last', 'last1', 'author', 'author1', 'autor', 'surname', 'surname1'],
} as const;
export type CitationField = keyof typeof citationFields;

import { z } from 'zod';
import { PositionSchema } from './position.js';

/**
 * The input formats: `wiki` is Wikipedia text as a reader copies it (`== Heading ==`
 * lines, `- Key: Value` infobox lines, `[3]` markers), `wikitext` the MediaWiki
 * source markup editors write (`<ref>`, `{{cite web|…}}`, `[[links]]`), and
 * `markdown` CommonMark with GFM.
 */
export const ArticleFormatSchema = z.enum(['wiki', 'markdown', 'wikitext']);
export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;

/** Where a piece of text sits in the article. */
export const WhereSchema = z.enum(['name', 'infobox', 'prose', 'list', 'quote', 'table', 'footnote']);
export type Where = z.infer<typeof WhereSchema>;

/** A citation marker (`[3]` in wiki text, `[^note]` in Markdown, `<ref>` in wikitext) attached to a sentence. */
export const CitationRefSchema = z.object({
  label: z.string(),
  /** The key of the citation record the marker stands for, when the article defines or numbers it. */
  key: z.string().optional(),
  /** `clause`: a marker supports the claims of the clause before it; `sentence`: a link supports its whole sentence. */
  scope: z.enum(['clause', 'sentence']).optional(),
  /** The marker exactly as written. */
  text: z.string(),
  position: PositionSchema,
  /** For Markdown footnotes: the definition's text, when the article has it. */
  source: z.string().optional(),
});
export type CitationRef = z.infer<typeof CitationRefSchema>;

/** One sentence (or one infobox value) with its exact place and its section. */
export const SentenceSchema = z.object({
  index: z.number().int().min(0),
  /** Exactly `source.slice(position.start.offset, position.end.offset)`. */
  text: z.string(),
  position: PositionSchema,
  /** Headings above the sentence, outermost first, without the article title. */
  sectionPath: z.array(z.string()),
  where: WhereSchema,
  /** For infobox values: the field's key. */
  infoboxKey: z.string().optional(),
  /** For table cells below the head row: the row (1 is the first below the head), the column, its head and the row's first cell. */
  cell: z
    .object({ row: z.number().int().min(1), column: z.number().int().min(0), header: z.string(), rowHead: z.string() })
    .optional(),
  /** Index of the paragraph, list item or field the sentence belongs to. */
  block: z.number().int().min(0),
  citations: z.array(CitationRefSchema),
});
export type Sentence = z.infer<typeof SentenceSchema>;

/** A heading and where it sits in the outline. */
export const SectionSchema = z.object({
  title: z.string(),
  depth: z.number().int().min(1).max(6),
  path: z.array(z.string()),
  position: PositionSchema,
});
export type Section = z.infer<typeof SectionSchema>;

/** One infobox line: key and value exactly as written, each with its position. */
export const InfoboxFieldSchema = z.object({
  key: z.string(),
  value: z.string(),
  keyPosition: PositionSchema,
  valuePosition: PositionSchema,
  position: PositionSchema,
});
export type InfoboxFieldInfo = z.infer<typeof InfoboxFieldSchema>;

/** The outline of an article: title, sections, infobox and how many sentences it has. */
export const OutlineSchema = z.object({
  format: ArticleFormatSchema,
  title: z.string().nullable(),
  sections: z.array(SectionSchema),
  infobox: z.array(InfoboxFieldSchema),
  sentenceCount: z.number().int().min(0),
});
export type Outline = z.infer<typeof OutlineSchema>;

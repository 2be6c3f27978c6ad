import { z } from 'zod';
import { PositionSchema } from './position.js';

/**
 * How a citation is written: a wikitext `<ref>` (or `{{#tag:ref}}`), a
 * short footnote (`{{sfn|Smith|2003}}`), a Markdown footnote (`[^1]`), a
 * numbered marker of copied Wikipedia text (`[3]` with its `References`
 * entry), a link in the prose (Markdown inline or reference link), or a bare
 * URL.
 */
export const CitationFormSchema = z.enum(['ref', 'short', 'footnote', 'numbered', 'link', 'url']);
export type CitationForm = z.infer<typeof CitationFormSchema>;

/** A piece of the article: exactly its source slice, with its position. */
export const ArticleSpanSchema = z.object({
  /** Exactly `source.slice(position.start.offset, position.end.offset)`. */
  text: z.string(),
  position: PositionSchema,
});
export type ArticleSpan = z.infer<typeof ArticleSpanSchema>;

/** One place a citation is used: the marker as written, and the sentence it is attached to. */
export const CitationUseSchema = ArticleSpanSchema.extend({
  /** Index of the sentence the marker belongs to; absent where it stands outside any sentence. */
  sentence: z.number().int().min(0).optional(),
});
export type CitationUse = z.infer<typeof CitationUseSchema>;

/**
 * A source the article cites, and every place it is cited. Fields a
 * citation does not give are null.
 */
export const CitationSchema = z.object({
  /**
   * Unique within the file: a ref's `name`, a footnote's label, a marker's
   * number, a link's URL; `ref-3` for the third unnamed ref.
   */
  key: z.string(),
  form: CitationFormSchema,
  /** What the reader sees at each use: `1` for the first reference MediaWiki numbers, the footnote's label. */
  label: z.string(),
  /** The group of a wikitext note (`<ref group="nb">`), when given. */
  group: z.string().optional(),
  url: z.string().nullable(),
  /** An archived copy (`archive-url`), fetched first where given. */
  archiveUrl: z.string().nullable(),
  title: z.string().nullable(),
  /** The source's date as written (`date`, `year`). */
  date: z.string().nullable(),
  /** When the source was read (`access-date`). */
  accessDate: z.string().nullable(),
  publisher: z.string().nullable(),
  /** The passage the citation quotes (`quote`). */
  quote: z.string().nullable(),
  /** The definition's readable text, markup left out. */
  text: z.string(),
  /** Where the citation is defined; null when it is used but never defined. */
  definition: ArticleSpanSchema.nullable(),
  /** Every place it is cited, in document order (a definition in the prose is a use too). */
  uses: z.array(CitationUseSchema),
});
export type Citation = z.infer<typeof CitationSchema>;

/** A place where the article admits a gap: `{{citation needed}}`, `{{cn}}`, `[citation needed]`. */
export const CitationNeededSchema = CitationUseSchema;
export type CitationNeeded = z.infer<typeof CitationNeededSchema>;

/** What a cited source says of a claim. */
export const VerdictKindSchema = z.enum(['supported', 'contradicted', 'not-found']);
export type VerdictKind = z.infer<typeof VerdictKindSchema>;

/** A piece of a cited source: exactly its slice of the source's text or HTML, with its position there. */
export const SourceSpanSchema = z.object({
  /** Exactly `source.slice(position.start.offset, position.end.offset)` of the source as given. */
  quote: z.string(),
  position: PositionSchema,
});
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

/** How one cited source bears on one claim. */
export const VerdictSchema = z.object({
  /** The claim's id. */
  claim: z.string(),
  /** The citation's key. */
  citation: z.string(),
  verdict: VerdictKindSchema,
  /** The source document: its URL, or the key or file it was given under. */
  source: z.string(),
  /** The source's sentence that states the value (supported, contradicted). */
  quote: SourceSpanSchema.optional(),
  /** The value in that sentence the claim was compared with. */
  match: SourceSpanSchema.optional(),
  /** How the values compare, in words: `same day`, `16 is not 18`. */
  reason: z.string(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

/** A cited source's content as a caller gives it: the text or HTML itself, or a document that says which and where it came from. */
export const SourceInputSchema = z.union([
  z.string(),
  z
    .object({
      /** The content exactly as fetched or read. */
      content: z.string(),
      /** `html` or `text`; detected when absent. */
      type: z.enum(['html', 'text']).optional(),
      /** Where it came from (a URL or a file), for reports. */
      uri: z.string().optional(),
    })
    .strict(),
]);
export type SourceInputValue = z.infer<typeof SourceInputSchema>;

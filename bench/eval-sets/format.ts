/**
 * The evaluation-set formats (v1), as zod schemas with their inferred types:
 * planted cases (`fixtures/<set>/cases.json`, an array) and natural
 * contradictions (`fixtures/natural/*.json`, arrays of articles read whole).
 * docs/evaluation-sets.md is the specification; these schemas check its
 * shape, and `apply.ts` checks what a shape cannot (hashes, edit order,
 * quotes against their slices).
 *
 * The objects are strict: an unknown key is far more often a typo in a
 * hand-written case than a deliberate extension, and a typo in `gold` would
 * silently change a score.
 */
import { z } from 'zod';

/** What contradicts what (the list of docs/evaluation-sets.md). */
export const FactSchema = z.enum([
  'event-date',
  'role-tenure',
  'birth-death',
  'after-death',
  'before-birth',
  'age',
  'figure',
  'parts-total',
  'alias',
  'range-order',
  'infobox-prose',
  'place',
  'spouse',
  'sequence',
  'other',
]);
export type Fact = z.infer<typeof FactSchema>;

/** How the planted words are written. */
export const FormSchema = z.enum([
  'sentence',
  'relative-clause',
  'apposition',
  'parenthesis',
  'participle',
  'nominalisation',
  'list-row',
  'table-row',
  'caption',
  'infobox',
  'kin-or-nominal-subject',
  'pronoun',
  'passive',
  'coordination',
  'other',
]);
export type Form = z.infer<typeof FormSchema>;

const offset = z.number().int().nonnegative();

/** One edit over the original article: remove `delete` UTF-16 code units at `offset`, put `insert` there. */
export const EditSchema = z.strictObject({
  offset,
  delete: offset,
  insert: z.string(),
});
export type Edit = z.infer<typeof EditSchema>;

/** A span of a text with the exact words it covers (`quote === text.slice(start, end)`). */
export const QuotedSpanSchema = z
  .strictObject({
    start: offset,
    end: offset,
    quote: z.string().min(1),
  })
  .refine((span) => span.end - span.start === span.quote.length, { message: 'end - start must equal the length of quote' });
export type QuotedSpan = z.infer<typeof QuotedSpanSchema>;

/** A path relative to the shared folder: `corpus/x.txt`, `corpus-more/x.txt`, `wikitext/x.wiki`. */
export const SharedArticlePathSchema = z.string().regex(/^[a-z0-9-]+\/[^/]+$/, 'a path relative to ../shared, like corpus/aardvark.txt');

/** Lower-case hex SHA-256 of a file's bytes. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'lower-case hex SHA-256');

/** What a case plants and where: `evidence[0]` is the planted words, the rest what they contradict (or, in a clean case, resemble). */
export const GoldSchema = z.strictObject({
  fact: FactSchema,
  form: FormSchema,
  /** The rule expected to catch it, or null (blind sets, clean cases). */
  rule: z.string().min(1).nullable(),
  /** Offsets into the edited text. */
  evidence: z.array(QuotedSpanSchema).min(1),
  note: z.string().min(1),
});
export type Gold = z.infer<typeof GoldSchema>;

/** One case of a planted set: an article of ../shared, the edits that plant one contradiction (or one near-miss), and the gold. */
export const PlantedCaseSchema = z.strictObject({
  /** The case file's name without `.json`. */
  id: z.string().regex(/^[A-Za-z0-9][\w.-]*$/, 'letters, digits, -, _ and . (it is the file name)'),
  kind: z.enum(['planted', 'clean']),
  article: SharedArticlePathSchema,
  sha256: Sha256Schema,
  /** Offsets into the original text, sorted and non-overlapping. */
  edits: z.array(EditSchema),
  gold: GoldSchema,
});
export type PlantedCase = z.infer<typeof PlantedCaseSchema>;

/** A contradiction an article already has, found by reading it whole. */
export const NaturalContradictionSchema = z.strictObject({
  id: z.string().min(1),
  fact: FactSchema,
  evidence: z.array(QuotedSpanSchema).min(1),
  why: z.string().min(1),
  confidence: z.enum(['certain', 'likely']),
});
export type NaturalContradiction = z.infer<typeof NaturalContradictionSchema>;

/** A near-miss the reader considered and rejected. */
export const NotContradictionSchema = z.strictObject({
  evidence: z.array(QuotedSpanSchema).min(1),
  why: z.string().min(1),
});
export type NotContradiction = z.infer<typeof NotContradictionSchema>;

/**
 * One article of ../shared read whole: its contradictions (`[]` means read,
 * none found). `readWhole: false` marks a contradiction confirmed by reading
 * the passage of a finding: right when found (the planted scorer does not
 * call it a false alarm), but not in the natural recall, which counts only
 * what readers found on their own.
 */
export const NaturalArticleSchema = z.strictObject({
  article: SharedArticlePathSchema,
  sha256: Sha256Schema,
  readBy: z.string().min(1),
  readWhole: z.boolean().optional(),
  contradictions: z.array(NaturalContradictionSchema),
  notContradictions: z.array(NotContradictionSchema).optional(),
});
export type NaturalArticle = z.infer<typeof NaturalArticleSchema>;

/**
 * Draws a seeded random sample of date, figure and event claims per kind from
 * the corpus of ../shared, with their sentence, for a precision review by hand
 * (docs/extraction-review.md, "Sampled precision on the corpus"). Names have
 * their own sampler, bench/names-sample.ts; this one draws the same way.
 *
 *   npx tsx bench/claims-sample.ts [perKind=50] [seed=7]
 *
 * Each line: article, claim id, the exact quote, the value as compact JSON
 * (events: type, subject entity, role, the quotes of the dates they point to,
 * modality) and the plain text of the sentence the claim comes from.
 */
import { analyze, parseArticle, segmentArticle, type Claim, type FileReport } from '../src/index.js';
import { seededRandom } from './seeded-random.js';
import { sharedArticles } from './shared-texts.js';

const kinds = ['date', 'quantity', 'money', 'age', 'rank', 'event'] as const;
type SampledKind = (typeof kinds)[number];

const perKind = Number(process.argv[2] ?? 50);
const random = seededRandom(Number(process.argv[3] ?? 7));

/** What an event says, in the reviewer's terms: the claim ids it points to become their quotes. */
function describeEvent(claim: Extract<Claim, { kind: 'event' }>, report: FileReport): string {
  const byId = new Map(report.claims.map((other) => [other.id, other]));
  const canonical = new Map(report.entities.map((entity) => [entity.id, entity.canonical]));
  const quote = (id: string | undefined): string | undefined => (id === undefined ? undefined : JSON.stringify(byId.get(id)?.text ?? id));
  const { value } = claim;
  const parts = [
    `type=${value.type}`,
    `trigger=${JSON.stringify(value.trigger)}`,
    `subject=${value.subject ? canonical.get(value.subject) ?? value.subject : '—'} (${JSON.stringify(value.subjectText)})`,
    value.object !== undefined || value.objectText !== undefined ? `object=${value.object ? canonical.get(value.object) ?? value.object : '—'} (${JSON.stringify(value.objectText ?? null)})` : undefined,
    value.role !== undefined ? `role=${value.role}` : undefined,
    value.aspect !== undefined ? `aspect=${value.aspect}` : undefined,
    value.date !== undefined ? `date=${quote(value.date)}${value.datePart ? `(${value.datePart})` : ''}` : undefined,
    value.start !== undefined ? `start=${quote(value.start)}` : undefined,
    value.end !== undefined ? `end=${quote(value.end)}` : undefined,
    value.figures?.length ? `figures=[${value.figures.map(quote).join(', ')}]` : undefined,
    value.place !== undefined ? `place=${quote(value.place)}` : undefined,
    value.name !== undefined ? `name=${JSON.stringify(value.name)}` : undefined,
    value.measure !== undefined ? `measure=${value.measure}` : undefined,
    value.source !== 'prose' ? `source=${value.source}` : undefined,
    value.repeated ? 'repeated' : undefined,
    `modality=${value.modality}`,
    value.reportedBy !== undefined ? `reportedBy=${JSON.stringify(value.reportedBy)}` : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(' ');
}

/** The value as the reviewer reads it: compact JSON, with the age's person resolved. */
function describe(claim: Claim, report: FileReport): string {
  if (claim.kind === 'event') return describeEvent(claim, report);
  if (claim.kind === 'age' && claim.value.entity) {
    const entity = report.entities.find((candidate) => candidate.id === claim.value.entity);
    return `${JSON.stringify(claim.value)} → ${entity?.canonical ?? claim.value.entity}`;
  }
  return JSON.stringify(claim.value);
}

const pool = Object.fromEntries(kinds.map((kind) => [kind, [] as Array<{ file: string; line: string }>])) as Record<SampledKind, Array<{ file: string; line: string }>>;
for (const { name: file, text } of sharedArticles('corpus')) {
  const report = analyze(text, { path: file }).files[0] as FileReport;
  // analyze() reports claims with their sentence index; the sentences come from the same segmentation.
  const sentences = segmentArticle(parseArticle(text)).sentences;
  for (const claim of report.claims) {
    if (!(kinds as readonly string[]).includes(claim.kind)) continue;
    const sentence = (sentences[claim.sentence]?.plain ?? '').replace(/\s+/g, ' ');
    pool[claim.kind as SampledKind].push({ file, line: `${claim.id} ${JSON.stringify(claim.text)} → ${describe(claim, report)} | ${sentence}` });
  }
}
for (const kind of kinds) {
  const claims = pool[kind];
  console.log(`## ${kind} (${claims.length} claims)`);
  const picked = new Set<number>();
  while (picked.size < Math.min(perKind, claims.length)) picked.add(Math.floor(random() * claims.length));
  [...picked].forEach((index, order) => console.log(`${order + 1}. ${claims[index]?.file}: ${claims[index]?.line}`));
}

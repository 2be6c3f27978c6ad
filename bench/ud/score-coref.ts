/**
 * Coreference of people and organizations: claimcheck's mention list against
 * GUM's gold (biographies and news, ../shared/eval/ud/gum).
 *
 *   npx tsx bench/ud/score-coref.ts [--genres bio,news] [--docs] [--merge-identity]
 *                                   [--errors <document name part>] [--markdown]
 *
 * Each document is rebuilt in claimcheck's wiki form (bench/ud/gum-coref.ts)
 * and analyzed; the response is the report's `mentions` whose entity is a
 * person or organization, and its name mentions left without an entity (each
 * a singleton). Positions are exact, so no text is searched for. Alignment and
 * metrics follow ../shared/eval/ud/score-coref.mjs (bench/ud/coref-metrics.ts):
 * mention recall, link precision and recall by gold form, MUC and B³, plus
 * the mentions claimcheck emitted per form and the gender/number agreement of
 * its resolved pronouns. `--errors` lists one document's missed gold mentions
 * and wrong links; `--markdown` prints the table docs/design.md holds.
 */
import { readdirSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import type { FileReport } from '../../src/schema/report.js';
import { sharedPath } from '../shared-texts.js';
import { addTotals, emptyTotals, goldForms, prf, ratio, scoredTypes, scoreDocument, type CorefErrors, type CorefTotals, type Ratio, type ResponseMention } from './coref-metrics.js';
import { readCorefDocument, type CorefDocument, type GoldMention } from './gum-coref.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const genres = option('--genres', 'bio,news').split(',').filter(Boolean);
const errorsFor = args.includes('--errors') ? option('--errors', '') : null;

/** claimcheck's person/organization mentions and its place names, from one file report. */
function responseMentions(report: FileReport): { mentions: ResponseMention[]; places: Array<{ start: number; end: number }> } {
  const typeOf = new Map(report.entities.map((entity) => [entity.id, entity.type]));
  const claimKindAt = new Map<string, string>();
  for (const claim of report.claims) if (claim.kind === 'person' || claim.kind === 'organization' || claim.kind === 'place') claimKindAt.set(`${claim.position.start.offset}:${claim.position.end.offset}`, claim.kind);
  const mentions: ResponseMention[] = [];
  const places: Array<{ start: number; end: number }> = [];
  (report.mentions ?? []).forEach((mention, index) => {
    const start = mention.position.start.offset;
    const end = mention.position.end.offset;
    const type = mention.entity === null ? (mention.form === 'name' ? claimKindAt.get(`${start}:${end}`) : undefined) : typeOf.get(mention.entity);
    if (type === 'place') places.push({ start, end });
    // GUM marks no relative pronoun as a mention (the relative clause lies inside its antecedent's span).
    if (!type || !scoredTypes.has(type) || mention.form === 'relative') return;
    mentions.push({ start, end, entity: mention.entity ?? `unresolved:${index}`, form: mention.form, unresolved: mention.entity === null, strategy: mention.strategy });
  });
  return { mentions, places };
}

function analyzeDocument(document: CorefDocument): FileReport {
  const report = analyze(document.text, { path: `${document.name}.txt` }).files[0] as FileReport;
  if (report.error) throw new Error(`${document.name}: ${report.error.message}`);
  return report;
}

/** A line of context around a span, the span in brackets. */
function inContext(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 60);
  const to = Math.min(text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end), end + 40);
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(/\s+/g, ' ');
}

function printErrors(document: CorefDocument, errors: CorefErrors): void {
  const chainName = new Map<string, string>();
  for (const mention of document.mentions) if (mention.form === 'name' && !chainName.has(mention.entity) && mention.start !== null) chainName.set(mention.entity, document.text.slice(mention.start, mention.end ?? mention.start));
  const size = new Map<string, number>();
  for (const mention of document.mentions) size.set(mention.entity, (size.get(mention.entity) ?? 0) + 1);
  const who = (gold: GoldMention): string => `${gold.entity}×${size.get(gold.entity) ?? 0}:${chainName.get(gold.entity) ?? '?'}`.slice(0, 40);
  console.log(`\n-- ${document.name}: ${errors.missed.length} missed, ${errors.wrong.length} wrong links`);
  for (const gold of errors.missed) console.log(`missed ${gold.form.padEnd(8)} ${who(gold).padEnd(40)} ${inContext(document.text, gold.start as number, gold.end as number)}`);
  for (const wrong of errors.wrong) console.log(`wrong  ${wrong.mention.form.padEnd(8)} ${wrong.mention.strategy.padEnd(16)} ${who(wrong.gold)} ≠ ${who(wrong.antecedentGold)}  ${inContext(document.text, wrong.mention.start, wrong.mention.end)}`);
}

const cell = (value: Ratio | undefined): string => `${ratio(value)} (${value?.[0] ?? 0}/${value?.[1] ?? 0})`.padEnd(21);
const score = (sums: readonly number[]): string => {
  const { p, r, f } = prf(sums);
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F=${f.toFixed(3)}`;
};

function printTotals(genre: string, totals: CorefTotals): void {
  console.log(`\n== ${genre}: ${totals.docs} documents, ${totals.found.all?.[1] ?? 0} gold person/org mentions (+${totals.dropped} in dropped title lines) ==`);
  console.log(['form', 'mentionR', 'linkP', 'linkR (both found)', 'linkR-e2e'].map((head, index) => head.padEnd(index ? 21 : 9)).join(''));
  for (const form of [...goldForms, 'all']) console.log(`${form.padEnd(9)}${cell(totals.found[form])}${cell(totals.linkPrecision[form])}${cell(totals.linkRecall[form])}${cell(totals.linkRecallEndToEnd[form])}`);
  console.log(`linkP counting merges with other gold types: ${cell(totals.linkPrecisionAnyType).trim()}; linkR misses: ${totals.misses.unresolved} pairs with a name left without entity, ${totals.misses.split} resolved apart`);
  console.log(`MUC ${score(totals.muc)}   B3 ${score(totals.b3)}`);
  console.log(`pronoun gender/number agreement with the gold chain: ${cell(totals.pronounAgreement).trim()}; missed gold mentions hit by a place: ${totals.placeOnly}`);
  console.log(`antecedent right, by form and strategy: ${Object.entries(totals.antecedents).sort().map(([key, value]) => `${key} ${ratio(value)} (${value[0]}/${value[1]})`).join('; ')}`);
  for (const [form, counts] of Object.entries(totals.response).sort()) {
    console.log(`claimcheck ${form.padEnd(8)} ${String(counts.emitted).padStart(5)} emitted (${counts.unresolved} without entity) → ${counts.kept} on gold person/org, ${counts.other} on other gold, ${counts.unaligned} unaligned, ${counts.duplicate} duplicates`);
  }
}

/** The table of docs/design.md: one row per genre and both together. */
function markdown(totals: Record<string, CorefTotals>): string {
  const rows = ['| genre | mentionR name / pronoun / nominal / all | linkP | MUC P / R / F | B³ P / R / F | pronoun agreement | emitted name / pronoun / nominal / relative |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const [genre, sums] of Object.entries(totals)) {
    const muc = prf(sums.muc);
    const b3 = prf(sums.b3);
    const emitted = ['name', 'pronoun', 'nominal', 'relative'].map((form) => sums.response[form]?.kept ?? 0).join(' / ');
    rows.push(
      `| ${genre} | ${[...goldForms, 'all'].map((form) => ratio(sums.found[form])).join(' / ')} | ${ratio(sums.linkPrecision.all)} | ${[muc.p, muc.r, muc.f].map((n) => n.toFixed(3)).join(' / ')} | ${[b3.p, b3.r, b3.f].map((n) => n.toFixed(3)).join(' / ')} | ${ratio(sums.pronounAgreement)} | ${emitted} |`,
    );
  }
  return rows.join('\n');
}

const folder = sharedPath('eval/ud/gum');
const totals: Record<string, CorefTotals> = Object.fromEntries([...genres, 'all'].map((genre) => [genre, emptyTotals()]));
const perDocument: Array<[string, CorefTotals]> = [];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.conllu') && genres.some((genre) => name.startsWith(`GUM_${genre}_`))).sort()) {
  const document = readCorefDocument(`${folder}/${file}`, file.replace(/\.conllu$/, ''), { mergeIdentity: args.includes('--merge-identity') });
  const { mentions, places } = responseMentions(analyzeDocument(document));
  const { totals: documentTotals, errors } = scoreDocument(document, mentions, places);
  for (const sums of [totals[file.split('_')[1] as string], totals.all]) addTotals(sums as CorefTotals, documentTotals);
  perDocument.push([document.name, documentTotals]);
  if (errorsFor !== null && document.name.includes(errorsFor)) printErrors(document, errors);
}
if (args.includes('--markdown')) console.log(markdown(totals));
else {
  for (const genre of [...genres, 'all']) if ((totals[genre] as CorefTotals).docs > 0) printTotals(genre, totals[genre] as CorefTotals);
  if (args.includes('--docs')) {
    for (const [name, sums] of perDocument) console.log(`${name.padEnd(30)} gold ${String(sums.found.all?.[1] ?? 0).padStart(4)}  mentionR ${ratio(sums.found.all)}  linkP ${ratio(sums.linkPrecision.all)}  linkR ${ratio(sums.linkRecall.all)}  MUC F ${prf(sums.muc).f.toFixed(3)}`);
  }
  const all = totals.all as CorefTotals;
  console.log(`\ncoref ${[...genres, 'all'].map((genre) => `${genre}: mentionR=${ratio(totals[genre]?.found.all)} linkP=${ratio(totals[genre]?.linkPrecision.all)}`).join(' ; ')} ; MUC F=${prf(all.muc).f.toFixed(3)} B3 F=${prf(all.b3).f.toFixed(3)}`);
}

import { extractClaims } from '../extract/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import type { Citation, SourceSpan, Verdict, VerdictKind } from '../schema/citations.js';
import type { Claim, DatePoint, DateValue } from '../schema/claims.js';
import type { ArticleSentence } from '../segment/index.js';
import { noDeadline, type Deadline } from '../util/budget.js';
import { LENGTH_SYMBOLS, UNIT_SYMBOLS } from '../lexicon/units.js';
import { compareClaims, compareDates, comparedKinds, type Comparison, type ComparedKind } from './compare.js';
import { contextOverlap, valueContext, type ValueContext } from './context.js';
import { findName, foldText, type FoldedText } from './names.js';
import { readSource, type ReadableSource, type SourceDocument } from './read-source.js';
import { createSourceFinder, type SourceInput } from './sources.js';

export { compareClaims, compareDates, comparePoints, compareQuantities, compareMoney, compareAges, compareRanks, rangeOf, type Comparison } from './compare.js';
export { readSource, type ReadableSource, type SourceDocument } from './read-source.js';
export { createSourceFinder, normalizeUrl, sourceCandidates, type SourceInput, type SourceFinder } from './sources.js';

/** A resolved article with the verdicts of its cited sources. */
export interface VerifiedArticle extends ResolvedArticle {
  /** One per claim and cited source given; empty when no source was given. */
  verdicts: Verdict[];
}

/** Verifies an article's claims against the sources given (none: no verdicts), keeping everything resolution found. */
export function verifyArticle(resolved: ResolvedArticle, sources: Readonly<Record<string, SourceInput>> | undefined, deadline: Deadline = noDeadline): VerifiedArticle {
  return { ...resolved, verdicts: sources === undefined ? [] : verifyCitations(resolved, sources, deadline) };
}

const nameKinds = new Set<Claim['kind']>(['person', 'organization', 'place']);

/** A value read from a source, with its sentence and what it is said about. */
interface SourceValue {
  claim: Claim;
  /** For a range's ends: the end taken as a date of its own. */
  point?: DatePoint;
  sentence: [number, number];
  span: [number, number];
  context: ValueContext;
}

/** A source read once: its readable text, sentences, values by kind and folded text for names. */
interface SourceAnalysis {
  key: string;
  source: ReadableSource;
  sentences: Array<[number, number]>;
  values: Map<ComparedKind, SourceValue[]>;
  folded: FoldedText;
}

/** What one source says of one claim. */
interface Judgement {
  verdict: VerdictKind;
  reason: string;
  value?: SourceValue;
  /** For names: where the name is written in the readable text. */
  at?: [number, number];
}

// Shared content words a source's value needs with the claim's sentence to
// support it; to contradict it, also a word right next to both values.
const minSupportOverlap = 1;
const minContradictAdjacent = 1;
const minContradictOverlap = 2;

/**
 * Checks each claim against the sources its citations point at: for every
 * claim with a citation whose source text is given, one verdict per
 * citation — `supported` (the source states the same value), `contradicted`
 * (the same measure of the same thing with another value) or `not-found`.
 *
 * Sources are read with the project's own extractors (`extractClaims` on
 * the source's readable text), so a date or figure is read the same way in
 * the article and in its source. A value counts only in a sentence that
 * shares content words with the claim's: a year that agrees in an unrelated
 * sentence supports nothing, and a contradiction needs a word right next to
 * both values to match (`born` with `born`, `Bodmen in 1253` with `Bodmen in
 * 1260`, not with `Bodman in 1377`). Names are found as text, with the
 * entity's aliases; they are never contradicted.
 *
 * Verdicts come in claim order, then citation key. Each quote is an exact
 * slice of the source's content as given (HTML included), with its position
 * there.
 */
export function verifyCitations(resolved: ResolvedArticle, sources: Readonly<Record<string, SourceInput>>, deadline: Deadline = noDeadline): Verdict[] {
  const finder = createSourceFinder(sources);
  const citations = new Map(resolved.article.citations.map((citation) => [citation.key, citation]));
  const analyses = new Map<string, SourceAnalysis | undefined>();
  const analysisFor = (key: string, citation: Citation | undefined): SourceAnalysis | undefined => {
    const found = finder.find(key, citation);
    if (!found) return undefined;
    if (!analyses.has(found.key)) {
      analyses.set(found.key, analyseSource(found.key, found.document));
      deadline.check(`reading source ${found.key}`);
    }
    return analyses.get(found.key);
  };
  const sentences = resolved.article.sentences;
  const bySentence = new Map<number, Claim[]>();
  for (const claim of resolved.claims) bySentence.set(claim.sentence, [...(bySentence.get(claim.sentence) ?? []), claim]);
  const siblingsOf = (claim: Claim) => (bySentence.get(claim.sentence) ?? []).filter((other) => other.id !== claim.id && other.kind === claim.kind);
  const verdicts: Verdict[] = [];
  for (const claim of resolved.claims) {
    if (claim.citations.length === 0 || !(nameKinds.has(claim.kind) || (comparedKinds as readonly string[]).includes(claim.kind))) continue;
    const sentence = sentences[claim.sentence];
    if (!sentence) continue;
    for (const key of [...new Set(claim.citations)].sort()) {
      const analysis = analysisFor(key, citations.get(key));
      if (!analysis) continue;
      const judgement = nameKinds.has(claim.kind) ? judgeName(claim, resolved, analysis) : judgeValue(claim, sentence, analysis, siblingsOf(claim));
      verdicts.push(toVerdict(claim, key, analysis, judgement));
    }
  }
  return verdicts;
}

function analyseSource(key: string, document: SourceDocument): SourceAnalysis {
  const source = readSource(document);
  const extracted = extractClaims(source.readable.value, { format: 'wiki' });
  const sentences = extracted.article.sentences.map((sentence) => [sentence.position.start.offset, sentence.position.end.offset] as [number, number]);
  const values = new Map<ComparedKind, SourceValue[]>();
  for (const claim of extracted.claims) {
    if (!(comparedKinds as readonly string[]).includes(claim.kind)) continue;
    const sentence = extracted.article.sentences[claim.sentence] as ArticleSentence;
    const start = claim.position.start.offset;
    const end = claim.position.end.offset;
    const context = valueContext(sentence.plain, sentence.fromSource(start), sentence.fromSource(end));
    const base = { claim, sentence: sentences[claim.sentence] as [number, number], span: [start, end] as [number, number], context };
    const list = values.get(claim.kind as ComparedKind) ?? [];
    list.push(base);
    if (claim.kind === 'date' && claim.value.granularity === 'range') {
      if (claim.value.from) list.push({ ...base, point: claim.value.from });
      if (claim.value.to) list.push({ ...base, point: claim.value.to });
    }
    values.set(claim.kind as ComparedKind, list);
  }
  return { key, source, sentences, values, folded: foldText(source.readable.value) };
}

function judgeName(claim: Claim, resolved: ResolvedArticle, analysis: SourceAnalysis): Judgement {
  const value = claim.value as { name: string; entity?: string };
  const entity = resolved.entities.find((candidate) => candidate.id === value.entity);
  const names = [value.name, claim.text, ...(entity ? [entity.canonical, ...entity.aliases.map((alias) => alias.name)] : [])];
  const at = findName(analysis.folded, [...new Set(names)]);
  if (!at) return { verdict: 'not-found', reason: `the source does not name ${value.name}` };
  const written = analysis.source.readable.value.slice(at[0], at[1]);
  return { verdict: 'supported', reason: written.toLowerCase() === value.name.toLowerCase() ? 'the source names it' : `the source names it as ${written}`, at };
}

function judgeValue(claim: Claim, sentence: ArticleSentence, analysis: SourceAnalysis, siblings: readonly Claim[]): Judgement {
  const context = valueContext(sentence.plain, sentence.fromSource(claim.position.start.offset), sentence.fromSource(claim.position.end.offset));
  // A source value that states another claim of the sentence (`In 2001 … Baylor 2012`) is that claim's, not a contradiction of this one.
  const taken = (candidate: SourceValue) => siblings.some((sibling) => compareClaims(sibling, candidate.claim).outcome === 'agree');
  const candidates = (analysis.values.get(claim.kind as ComparedKind) ?? []).filter((candidate) => !taken(candidate));
  const allCandidates = analysis.values.get(claim.kind as ComparedKind) ?? [];
  if (claim.kind === 'date' && claim.value.granularity === 'range') return judgeRange(claim.value, context, candidates, allCandidates);
  // `an area of 42 km2` against the source's `Lake Varn covers 42 km2`: a measure in a unit, stated once in the source
  // with no other value in that unit, is the one the source gives, whatever words surround it.
  const measured = claim.kind === 'quantity' && claim.value.noun !== undefined && claim.value.noun !== null && unitNouns.has(claim.value.noun);
  return judgeAgainst((candidate) => (candidate.point ? incomparable : compareClaims(claim, candidate.claim)), candidates, context, allCandidates, measured);
}

const unitNouns: ReadonlySet<string> = new Set([...LENGTH_SYMBOLS, ...LENGTH_SYMBOLS.flatMap((symbol) => [`${symbol}²`, `${symbol}³`]), ...UNIT_SYMBOLS]);

const incomparable: Comparison = { outcome: 'incomparable', reason: '' };

/**
 * A date range: against the source's ranges first; a range open at one end
 * (`until 1946`) as its stated end; else each end on its own against the
 * source's dates (`born 11 April 1895 … died 20 June 1969`), which can
 * support the range but not contradict it — a lone date of the source that
 * differs from one end is as likely another event of the same years.
 */
function judgeRange(range: DateValue, context: ValueContext, candidates: readonly SourceValue[], allCandidates: readonly SourceValue[]): Judgement {
  const whole = judgeAgainst((candidate) => (candidate.point ? incomparable : compareDates(range, candidate.claim.value as DateValue)), candidates, context, allCandidates);
  if (whole.verdict !== 'not-found') return whole;
  const stated = [range.from, range.to].filter((end): end is DatePoint => end !== null && end !== undefined && end.timex !== 'PRESENT_REF');
  const endJudge = (end: DatePoint) => judgeAgainst((candidate) => compareDates(end, candidate.point ?? (candidate.claim.value as DateValue)), candidates, context, allCandidates);
  if (stated.length === 1) return endJudge(stated[0] as DatePoint);
  const [from, to] = stated.map((end) => endJudge(end)).map((judgement) => (judgement.verdict === 'contradicted' ? { verdict: 'not-found' as const, reason: '' } : judgement));
  if (from?.verdict === 'supported' && to?.verdict === 'supported') return { ...from, reason: `start: ${from.reason}; end: ${to.reason}` };
  if (from?.verdict === 'supported') return { verdict: 'not-found', reason: 'the source states the start of the range, not its end' };
  if (to?.verdict === 'supported') return { verdict: 'not-found', reason: 'the source states the end of the range, not its start' };
  return whole;
}

/** The best agreeing and the best disagreeing value of a source, weighed by how much of the claim's context each shares. */
function judgeAgainst(compare: (candidate: SourceValue) => Comparison, candidates: readonly SourceValue[], context: ValueContext, allCandidates: readonly SourceValue[] = candidates, measured = false): Judgement {
  let agree: { value: SourceValue; comparison: Comparison; adjacent: number; near: number; sentence: number } | undefined;
  let disagree: typeof agree;
  for (const candidate of candidates) {
    const comparison = compare(candidate);
    if (comparison.outcome === 'incomparable') continue;
    const overlap = contextOverlap(context, candidate.context);
    const entry = { value: candidate, comparison, ...overlap };
    const better = (current: typeof agree) =>
      !current ||
      entry.adjacent > current.adjacent ||
      (entry.adjacent === current.adjacent && (entry.near > current.near || (entry.near === current.near && entry.sentence > current.sentence)));
    if (comparison.outcome === 'agree' && better(agree)) agree = entry;
    if (comparison.outcome === 'disagree' && better(disagree)) disagree = entry;
  }
  // A short sentence (`It killed 23 people in 1987.`) has fewer words to share.
  const contradicts = disagree !== undefined && disagree.adjacent >= minContradictAdjacent && disagree.sentence >= Math.min(minContradictOverlap, context.sentence.size);
  const supports = agree !== undefined && (agree.sentence >= minSupportOverlap || (measured && disagree === undefined));
  if (contradicts && disagree && (!supports || !agree || disagree.adjacent > agree.adjacent)) {
    return { verdict: 'contradicted', reason: disagree.comparison.reason, value: disagree.value };
  }
  if (supports && agree) return { verdict: 'supported', reason: agree.comparison.reason, value: agree.value };
  if (agree) return { verdict: 'not-found', reason: 'the source states the value only where it speaks of something else' };
  return { verdict: 'not-found', reason: allCandidates.length === 0 ? 'the source states no value of this kind' : 'the source states no comparable value' };
}

function toVerdict(claim: Claim, citation: string, analysis: SourceAnalysis, judgement: Judgement): Verdict {
  const { source } = analysis;
  const valueSpan = judgement.value?.span ?? judgement.at;
  const sentenceSpan = judgement.value?.sentence ?? (judgement.at ? sentenceAround(analysis, judgement.at[0]) : undefined);
  return {
    claim: claim.id,
    citation,
    verdict: judgement.verdict,
    source: source.uri,
    ...(sentenceSpan && judgement.verdict !== 'not-found' ? { quote: sourceSpan(source, sentenceSpan) } : {}),
    ...(valueSpan && judgement.verdict !== 'not-found' ? { match: sourceSpan(source, valueSpan) } : {}),
    reason: judgement.reason,
  };
}

function sentenceAround(analysis: SourceAnalysis, offset: number): [number, number] | undefined {
  return analysis.sentences.find(([start, end]) => start <= offset && offset < end);
}

function sourceSpan(source: ReadableSource, [start, end]: [number, number]): SourceSpan {
  const [from, to] = source.toSource(start, end);
  return { quote: source.content.slice(from, to), position: source.locator.position(from, to) };
}

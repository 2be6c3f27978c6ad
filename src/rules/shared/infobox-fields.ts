import type { RuleContext } from '../../check/index.js';
import type { Claim, DateClaim, DatePoint, QuantityClaim } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import { pointOf, reliable } from '../../resolve/events/when.js';
import { groupBy } from './group.js';

/** One infobox line with the sentence its value became and the claims found in it. */
export interface InfoboxValue {
  key: string;
  value: string;
  sentence: ArticleSentence;
  claims: Claim[];
}

/** A claim in a sentence, with its offsets in `sentence.plain`. */
export interface Placed<C extends Claim = Claim> {
  claim: C;
  start: number;
  end: number;
}

/**
 * The infobox as key → value lines with their claims. Rules read the fields
 * themselves because one fact is often spread over several keys
 * (`Population Total` and `Population As Of`, `Established Title1` and
 * `Established Date1`, `Office` and `Term Start`).
 */
export function infoboxValues(context: RuleContext): InfoboxValue[] {
  const values: InfoboxValue[] = [];
  const fieldAt = fieldLookup(context.infobox);
  for (const sentence of context.sentences) {
    if (sentence.where !== 'infobox' || sentence.infoboxKey === undefined) continue;
    const field = fieldAt(sentence.position.start.offset, sentence.position.end.offset);
    values.push({
      key: normalKey(sentence.infoboxKey),
      value: field?.value ?? sentence.plain,
      sentence,
      claims: claimsOfSentence(context.claims, sentence.index),
    });
  }
  return values;
}

type InfoboxFieldInfo = RuleContext['infobox'][number];

/**
 * The field whose value holds the span `start`–`end`, by binary search over
 * the fields in source order: a scan of every field per sentence was
 * quadratic in an infobox of many lines.
 */
function fieldLookup(fields: readonly InfoboxFieldInfo[]): (start: number, end: number) => InfoboxFieldInfo | undefined {
  const startOf = (field: InfoboxFieldInfo) => field.valuePosition.start.offset ?? Number.POSITIVE_INFINITY;
  const sorted = [...fields].sort((a, b) => startOf(a) - startOf(b));
  return (start, end) => {
    let low = 0;
    let high = sorted.length - 1;
    let found: InfoboxFieldInfo | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const field = sorted[middle] as InfoboxFieldInfo;
      if (startOf(field) <= start) {
        found = field;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found && end <= (found.valuePosition.end.offset ?? Number.NEGATIVE_INFINITY) ? found : undefined;
  };
}

/** `Term_Start1`, `term start 1`, `TermStart1` all read `termstart1`. */
export function normalKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, '');
}

/** A key's trailing number (`Office2` → `2`); no number reads as the first. */
export function fieldNumber(key: string): number {
  const match = /(\d{1,2})$/.exec(key);
  return match ? Math.max(1, Number(match[1])) : 1;
}

const bySentenceCache = new WeakMap<readonly Claim[], Map<number, Claim[]>>();

/** The claims of one sentence, from an index built once per claim list: a scan per sentence would be quadratic. */
function claimsOfSentence(claims: readonly Claim[], index: number): Claim[] {
  let bySentence = bySentenceCache.get(claims);
  if (!bySentence) {
    bySentence = groupBy(claims, (claim) => claim.sentence);
    bySentenceCache.set(claims, bySentence);
  }
  return bySentence.get(index) ?? [];
}

/** Claims of a sentence in reading order with their offsets in its plain text. */
export function placed(sentence: ArticleSentence, claims: readonly Claim[]): Placed[] {
  return claimsOfSentence(claims, sentence.index)
    .map((claim) => ({ claim, start: sentence.fromSource(claim.position.start.offset), end: sentence.fromSource(claim.position.end.offset) }))
    .sort((a, b) => a.start - b.start);
}

/** A date claim as one comparable point, when it can be held against another date. */
export function datePoint(context: RuleContext, claim: DateClaim): DatePoint | undefined {
  return reliable(claim, (id) => context.claim(id)) ? pointOf(claim, 'from') : undefined;
}

/** The one four-digit year a companion value names (`(Civil Ward, 2011)`, `2010`), or null. */
export function yearIn(text: string): number | null {
  const years = new Set([...text.matchAll(/(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d)/g)].map((match) => Number(match[1])));
  return years.size === 1 ? ([...years][0] as number) : null;
}

/**
 * Whether a name claim stands for the article's subject: resolved to it, or
 * written as the title (`Dollar Point` for `Dollar Point, California`), or
 * a biography's subject by surname.
 */
export function namesSubject(context: RuleContext, claim: Claim): boolean {
  if (claim.kind !== 'person' && claim.kind !== 'place' && claim.kind !== 'organization') return false;
  if (context.entity(claim.value.entity)?.isSubject) return true;
  const title = (context.title ?? '').trim().toLowerCase();
  const text = claim.text.trim().toLowerCase();
  // `Jane Doe (judge)` is called `Jane Doe`.
  const head = title.endsWith(')') && title.includes(' (') ? title.slice(0, title.lastIndexOf(' (')) : title;
  // A biography calls its subject by surname: `Mitchell` for `K. Nicole Mitchell`.
  const surname = claim.kind === 'person' && context.entities.find((entity) => entity.isSubject)?.type === 'person' ? head.split(' ').pop() : undefined;
  return title !== '' && (text === title || text === title.split(',')[0]?.trim() || text === head || text === surname);
}

/**
 * Whether two counts can be the same number: their intervals overlap once
 * each is widened by its rounding (`2.6 million` covers 2,550,000–2,650,000)
 * and by a tenth when it says it is approximate.
 */
export function sameCount(a: QuantityClaim, b: QuantityClaim): boolean {
  const widen = (claim: QuantityClaim) => {
    const slack = Math.max(claim.value.approximate ? Math.max(1, claim.value.max * 0.1) : 0, roundingOf(claim.value.max) / 2);
    return [claim.value.min - slack, claim.value.max + slack] as const;
  };
  const [lowA, highA] = widen(a);
  const [lowB, highB] = widen(b);
  return lowA <= highB && lowB <= highA;
}

/** The unit a whole number was rounded to: 100,000 for 2,600,000, 1 for 1,539. */
function roundingOf(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let unit = 1;
  while (unit < 1e12 && value % (unit * 10) === 0) unit *= 10;
  return unit;
}

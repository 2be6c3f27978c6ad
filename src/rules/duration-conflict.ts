import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import { DURATION_UNITS, isSpanNoun } from '../lexicon/durations.js';
import { eventNoun, eventType } from '../lexicon/events.js';
import { repeatNouns } from '../lexicon/grammar.js';
import type { ClaimOf, DateClaim } from '../schema/claims.js';
import type { Evidence } from '../schema/entities.js';
import { usable, whenOf } from './shared/events.js';
import { startsUpperCase } from '../util/letters.js';

type QuantityClaim = ClaimOf<'quantity'>;

/**
 * A length of time told beside the dates it spans, that the dates cannot
 * give: `from 1820 to 1839, a 14-year tenure`, `ruled for eight years
 * (1856–1870)`. The dates are read at their granularity (`1820` is any day
 * of that year) and the count allowed a unit either way, so only a length
 * no reading of the dates gives is reported.
 */
export default defineRule({
  id: 'duration-conflict',
  meta: {
    description: 'A length of time (`a 14-year reign`, `for eight years`) that the dates it is told with cannot span',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const rangesBySentence = new Map<number, DateClaim[]>();
    for (const claim of context.claimsOf('date')) {
      if (boundedRange(context, claim)) rangesBySentence.set(claim.sentence, [...(rangesBySentence.get(claim.sentence) ?? []), claim]);
    }
    for (const quantity of context.claimsOf('quantity')) {
      const ranges = rangesBySentence.get(quantity.sentence);
      const unit = unitOf(quantity);
      // One range in the sentence: with two, which one the length measures is not sure.
      if (!ranges || ranges.length !== 1 || unit === undefined || !measuresSpan(context, quantity)) continue;
      const range = ranges[0] as DateClaim;
      if (!toldTogether(context, quantity, range)) continue;
      const span = spanInDays(range);
      if (!span) continue;
      const stated = statedDays(quantity, unit);
      if (stated.high >= span.min && stated.low <= span.max) continue;
      const days = DURATION_UNITS.get(unit) as number;
      const [low, high] = [Math.floor(span.min / days), Math.ceil(span.max / days)];
      findings.push({
        message: `\`${quantity.text}\` does not fit \`${range.text}\`, which spans ${low === high ? low : `${low} to ${high}`} ${unit}s`,
        evidence: [context.evidence(quantity, 'length'), context.evidence(range, 'dates'), ...endsTold(context, range)],
        reasoning: [`\`${range.text}\` runs from ${range.value.from?.timex} to ${range.value.to?.timex}: between ${low} and ${high} ${unit}s at the dates' granularity`, `\`${quantity.text}\` is further from that than one ${unit} either way`],
      });
    }
    return findings;
  },
});

/**
 * `Work began in April 1957` and `formally inaugurated … on 23 August 1962`:
 * the clauses elsewhere that date the range's ends — something starting in
 * its first year, something ending, opening or closing in its last — cited
 * beside it, so the reader sees where the dates come from.
 */
function endsTold(context: RuleContext, range: DateClaim): Evidence[] {
  const [from, to] = [range.value.from?.start?.slice(0, 4), range.value.to?.start?.slice(0, 4)];
  const evidence: Evidence[] = [];
  for (const event of context.events) {
    if (event.value.source !== 'prose' || event.sentence === range.sentence || !usable(event)) continue;
    const when = whenOf(context, event);
    const start = event.value.aspect === 'start' ? (when.start ?? when.date) : undefined;
    const end = event.value.aspect === 'end' || endingTypes.has(event.value.type) ? (when.end ?? when.date) : undefined;
    if (start && start.claim.value.start?.slice(0, 4) === from) evidence.push(context.evidence(start.claim, 'start told'));
    if (end && end.claim.value.start?.slice(0, 4) === to) evidence.push(context.evidence(end.claim, 'end told'));
  }
  return evidence;
}

// Events that end a span by happening: a building opens when its making ends, a body closes when its life does.
const endingTypes: ReadonlySet<string> = new Set(['opening', 'closure', 'dissolution', 'death']);

// Words in the sentence that make a length one agreed beforehand, which may be cut short or extended.
const agreedLength = /\b(?:sentenc\w*|lease[sd]?|contract\w*|loan\w*|plann?\w*|scheduled|originally|initially|extended|extension|renewed|mortgage|warranty|guarantee\w*)\b/i;

// What comes right after a length that makes it no span of the dates: `14 years later`, `14 years old`, `14 years' service`.
const notSpanAfter = /^(?:\s*(?:later|after|afterwards|earlier|before|ago|old|of age|since|into|on|in|more|less)\b|['’])/i;

// `for 14 years`, `for some 14 years`, `lasted 14 years`, `spanning 14 years`.
const spanVerbBefore = /\b(?:for|lasted|lasting|spanned|spanning|covered|covering)\s+$/i;

/** A dated range with both ends and years written (not `from May to June`), and not a life's dates in brackets after a name. */
function boundedRange(context: RuleContext, claim: DateClaim): boolean {
  const { from, to, granularity } = claim.value;
  if (granularity !== 'range' || !from?.start || !to?.end || from.inferred?.includes('year') || to.inferred?.includes('year')) return false;
  if (!/\d{3,4}/.test(claim.text)) return false;
  // `Karl Brandt (1801–1870)`: a bracket right after a capitalised word holds a life or a body's existence, not the span.
  const before = context.text.slice(Math.max(0, claim.position.start.offset - 40), claim.position.start.offset).trimEnd();
  if (!before.endsWith('(')) return true;
  const word = before.slice(0, -1).trimEnd().split(/\s+/u).at(-1) ?? '';
  return !startsUpperCase(word);
}

// A coordinated or separate clause between a length and the dates: `, and`, `; `, `, but`, `, while`.
const clauseBreak = /;|,\s*(?:and|but|while|whereas|although|though)\s/iu;

// How far apart a length and its dates may stand: `for eight years, from 1856 to 1860`, `from 1820 to 1839, a 14-year tenure`.
const reach = 60;

/**
 * Whether the length and the range are told of one thing: near each other,
 * and a range in brackets right after the length's words (`his 12-year reign
 * (1840–1855)`), not one inside another phrase's brackets (`For 52 years, he
 * held the record … (set between 1956 and 1960)`).
 */
function toldTogether(context: RuleContext, quantity: QuantityClaim, range: DateClaim): boolean {
  const [first, second] = quantity.position.start.offset < range.position.start.offset ? [quantity, range] : [range, quantity];
  const between = context.text.slice(first.position.end.offset, second.position.start.offset);
  // `served from 1974 to 1986, and the two sat together … for seven years`: another clause, another span.
  if (between.length > reach || clauseBreak.test(between)) return false;
  const opened = between.lastIndexOf('(');
  // A bracketed range after the length: the bracket opens within the length's own noun phrase (`12-year reign (`).
  return opened < 0 || (first === quantity && between.slice(0, opened).trim().split(/\s+/u).length <= 2);
}

/** The unit of time a quantity counts (`year` of `14-year` and `14 years`), or undefined. */
function unitOf(quantity: QuantityClaim): string | undefined {
  // `41 consecutive years`, `12 full months`: the unit is the noun's last word.
  const noun = quantity.value.noun?.replace(/-long$/u, '').split(' ').at(-1);
  return noun !== undefined && DURATION_UNITS.has(noun) && quantity.value.percent !== true ? noun : undefined;
}

/**
 * Whether the quantity measures how long something lasted: before a noun of
 * a lasting state (`a 14-year reign`), or after `for` or a verb of lasting
 * (`served for 14 years`, `lasted 14 years`), and not a name's words (`the
 * Thirty Years' War`), a step in time (`14 years later`) or an agreed term.
 */
function measuresSpan(context: RuleContext, quantity: QuantityClaim): boolean {
  if (startsUpperCase(quantity.text)) return false;
  const sentence = context.sentences[quantity.sentence];
  if (!sentence || agreedLength.test(sentence.plain)) return false;
  const after = context.text.slice(quantity.position.end.offset, quantity.position.end.offset + 40);
  if (notSpanAfter.test(after)) return false;
  if (/-(?:long|year|month|week|day|decade)s?$/iu.test(quantity.text) || /^\s*-?long\b/u.test(after)) return spanNounAfter(after);
  const before = context.text.slice(Math.max(0, quantity.position.start.offset - 20), quantity.position.start.offset);
  return spanVerbBefore.test(before);
}

/** Whether one of the two words after a prenominal length names a lasting state: `reign`, `unbroken reign`. */
function spanNounAfter(after: string): boolean {
  const words = after.replace(/^\s*-?long\b/u, '').trim().split(/[^\p{L}-]+/u).slice(0, 2);
  return words.some((word) => spanNoun(word.toLowerCase()));
}

/** A noun of a state that lasts: the registry's offices, marriages, memberships and wars, a repeated term, or a career. */
function spanNoun(word: string): boolean {
  if (isSpanNoun(word) || (repeatNouns.has(word) && word !== 'term' && word !== 'mandate')) return true;
  return eventNoun(word).some((type) => eventType(type).stateful || type === 'occurrence');
}

/** The range's least and greatest length in days: from the end of its first day to the start of its last, and wide. */
function spanInDays(range: DateClaim): { min: number; max: number } | undefined {
  const { from, to } = range.value;
  const times = [from?.start, from?.end, to?.start, to?.end].map((day) => (day ? Date.parse(day) : Number.NaN));
  if (times.some((time) => Number.isNaN(time))) return undefined;
  const [fromStart, fromEnd, toStart, toEnd] = times as [number, number, number, number];
  const day = 86_400_000;
  return { min: Math.max(0, (toStart - fromEnd) / day), max: (toEnd - fromStart) / day };
}

/** The days a stated length may mean: its count to the next unit, a unit of slack either way, wider when approximate or a bound. */
function statedDays(quantity: QuantityClaim, unit: string): { low: number; high: number } {
  const days = DURATION_UNITS.get(unit) as number;
  const { min, max, approximate, bound } = quantity.value;
  const slack = approximate ? Math.max(1, max * 0.15) : 0;
  const low = bound === 'less-than' || bound === 'at-most' ? 0 : (min - 1 - slack) * days;
  const high = bound === 'more-than' || bound === 'at-least' ? Number.POSITIVE_INFINITY : (max + 2 + slack) * days;
  return { low, high };
}

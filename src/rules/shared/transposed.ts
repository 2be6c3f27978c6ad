import type { RuleContext, RuleFinding } from '../../check/index.js';
import type { QuantityClaim } from '../../schema/claims.js';
import type { Token } from '../../segment/tokens.js';
import { groupBy } from '../../util/group.js';
import { measureFamily } from './counts.js';

// How many sentences apart, in one section, two figures may restate one count.
const sentenceReach = 5;
// Figures this long whose digits agree are one count wherever they stand, in clauses naming the same thing.
const farDigits = 5;
// Figures with fewer digits share them by chance (`12 members` and `21 members`).
const minimumDigits = 3;
// Lemmas that say nothing of what a clause is about.
const emptyLemmas: ReadonlySet<string> = new Set(['be', 'have', 'do', 'become', 'make', 'take', 'get', 'remain']);

/**
 * `Lukoil purchased 779 Mobil gas stations` and, two sentences on, `The
 * 797-station purchase`: one count of the same thing (copies `sold` are
 * `sales` and `units`), in one section, with the same digits in another
 * order — a typing slip in one of them. The two clauses must share what they
 * are about (a content word besides the counted noun: `purchase`, `Lukoil`),
 * and neither may be dated to another year. Five digits or more agree by
 * chance too rarely to need the section: then a name both clauses give will
 * do (`Load sold 680,000 units` in the lead, `its 860,000 first-week sales`).
 */
export function transposedFigures(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // A figure that names no noun (a table's `Attendance` column) is held only by the far rule: five digits and a shared name.
  const candidates = context.claimsOf('quantity').filter((claim) => !claim.value.approximate && claim.value.min === claim.value.max && digitsOf(claim).length >= (claim.value.noun ? minimumDigits : farDigits));
  for (const group of groupBy(candidates, (claim) => digitsOf(claim).split('').sort().join('')).values()) {
    for (let at = 1; at < group.length; at++) {
      const later = group[at] as QuantityClaim;
      const earlier = group.slice(0, at).find((claim) => restates(context, claim, later));
      if (!earlier) continue;
      findings.push({
        message: `\`${earlier.text}\` and \`${later.text}\` give one count with the same digits in another order`,
        evidence: [context.evidence(earlier, 'figure'), context.evidence(later, 'figure restated')],
        reasoning: [
          `'${earlier.text}' and '${later.text}' count ${later.value.noun ? `${headOf(later.value.noun)}s` : 'one thing'}, in clauses about the same thing`,
          `${earlier.value.value} and ${later.value.value} hold the same digits: one is likely mistyped`,
        ],
        severity: 'warning',
      });
      break;
    }
  }
  return findings;
}

/**
 * `the record attendance is 49,335, for a game against Millwall` and `45,335
 * spectators … against Millwall`: two exact figures of five digits or more,
 * neither round, that differ in one digit only, in clauses naming the same
 * thing and no other year — one count, one digit mistyped.
 */
export function mistypedFigures(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const candidates = context.claimsOf('quantity').filter((claim) => !claim.value.approximate && claim.value.min === claim.value.max && digitsOf(claim).length >= farDigits && (claim.value.value ?? 0) % roundTo !== 0);
  const byPattern = new Map<string, QuantityClaim[]>();
  for (const claim of candidates) {
    const digits = digitsOf(claim);
    for (let at = 0; at < digits.length; at++) {
      const key = `${digits.slice(0, at)}*${digits.slice(at + 1)}`;
      byPattern.set(key, [...(byPattern.get(key) ?? []), claim]);
    }
  }
  const reported = new Set<string>();
  for (const group of byPattern.values()) {
    for (let at = 1; at < group.length; at++) {
      const later = group[at] as QuantityClaim;
      const earlier = group.slice(0, at).find((claim) => claim.value.value !== later.value.value && sameThing(claim, later) && sharesName(context, claim, later));
      if (!earlier || reported.has(later.id) || reported.has(earlier.id)) continue;
      reported.add(earlier.id).add(later.id);
      findings.push({
        message: `\`${earlier.text}\` and \`${later.text}\` give one count that differs in one digit`,
        evidence: [context.evidence(earlier, 'figure'), context.evidence(later, 'figure restated')],
        reasoning: [
          `'${earlier.text}' and '${later.text}' stand in clauses naming the same thing, and no other year`,
          `${earlier.value.value} and ${later.value.value} differ in one digit only: one is likely mistyped`,
        ],
        severity: 'warning',
      });
    }
  }
  return findings;
}

// A figure that ends in three zeros is a round one; two round figures differ in one digit by chance.
const roundTo = 1000;

/** Whether two counts may count one thing: the same kind of noun, or one says none. */
function sameThing(a: QuantityClaim, b: QuantityClaim): boolean {
  return !a.value.noun || !b.value.noun || measureFamily(headOf(a.value.noun)) === measureFamily(headOf(b.value.noun));
}

/** Whether two figures' sentences differ, name the same years or none, and share a proper name. */
function sharesName(context: RuleContext, a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.sentence === b.sentence || !sameYears(context, a.sentence, b.sentence)) return false;
  const names = (index: number): Set<string> => new Set((context.tokens[index] ?? []).filter((token) => token.pos === 'PROPN').map((token) => token.lemma));
  const other = names(b.sentence);
  return [...names(a.sentence)].some((name) => other.has(name));
}

function digitsOf(claim: QuantityClaim): string {
  return Number.isInteger(claim.value.value) ? String(claim.value.value) : '';
}

/** The last word of a counted noun: `station` of `gas station`. */
function headOf(noun: string): string {
  return noun.split(' ').at(-1) ?? noun;
}

function restates(context: RuleContext, a: QuantityClaim, b: QuantityClaim): boolean {
  // `The official returns record 68,596 cases of plague` and `86,596 deaths in London from the plague`: five digits
  // or more, not round, in another order, are one count however each clause names it.
  const unlikelyByChance = digitsOf(a).length >= farDigits && (a.value.value ?? 0) % roundTo !== 0 && (b.value.value ?? 0) % roundTo !== 0;
  if (a.value.value === b.value.value || a.sentence === b.sentence || (!sameThing(a, b) && !unlikelyByChance)) return false;
  const [left, right] = [context.sentences[a.sentence], context.sentences[b.sentence]];
  if (!left || !right || !sameYears(context, a.sentence, b.sentence)) return false;
  const near = Math.abs(a.sentence - b.sentence) <= sentenceReach && left.sectionPath.join('\u0000') === right.sectionPath.join('\u0000');
  const nouns = new Set([a.value.noun, b.value.noun].filter((noun): noun is string => noun !== null).map(headOf));
  const words = (index: number): Token[] => (context.tokens[index] ?? []).filter((token) => (token.pos === 'NOUN' || token.pos === 'VERB' || token.pos === 'PROPN') && !emptyLemmas.has(token.lemma) && !nouns.has(token.lemma));
  const other = new Set(words(b.sentence).map((token) => token.lemma));
  const shared = words(a.sentence).filter((token) => other.has(token.lemma));
  // `Load sold 680,000 units in its first week` in the lead and `its 860,000 first-week sales` in Reception: far apart,
  // a long figure whose digits agree, in clauses naming the same thing, is still one count.
  const named = Boolean(a.value.noun && b.value.noun);
  if (!sameThing(a, b)) return shared.length > 0;
  return near && named ? shared.length > 0 : digitsOf(a).length >= farDigits && shared.some((token) => token.pos === 'PROPN');
}

/** Whether two sentences name no years, or the same ones. */
function sameYears(context: RuleContext, a: number, b: number): boolean {
  const years = (index: number): string[] => context.claimsOf('date').filter((claim) => claim.sentence === index && claim.value.start).map((claim) => (claim.value.start as string).slice(0, 4));
  const [left, right] = [years(a), years(b)];
  return left.length === 0 || right.length === 0 || left.some((year) => right.includes(year));
}

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
  const candidates = context.claimsOf('quantity').filter((claim) => !claim.value.approximate && claim.value.min === claim.value.max && claim.value.noun && digitsOf(claim).length >= minimumDigits);
  for (const group of groupBy(candidates, (claim) => `${measureFamily(headOf(claim.value.noun as string))}\u0000${digitsOf(claim).split('').sort().join('')}`).values()) {
    for (let at = 1; at < group.length; at++) {
      const later = group[at] as QuantityClaim;
      const earlier = group.slice(0, at).find((claim) => restates(context, claim, later));
      if (!earlier) continue;
      findings.push({
        message: `\`${earlier.text}\` and \`${later.text}\` give one count with the same digits in another order`,
        evidence: [context.evidence(earlier, 'figure'), context.evidence(later, 'figure restated')],
        reasoning: [
          `'${earlier.text}' and '${later.text}' count ${headOf(later.value.noun as string)}s in one section, in clauses about the same thing`,
          `${earlier.value.value} and ${later.value.value} hold the same digits: one is likely mistyped`,
        ],
        severity: 'warning',
      });
      break;
    }
  }
  return findings;
}

function digitsOf(claim: QuantityClaim): string {
  return Number.isInteger(claim.value.value) ? String(claim.value.value) : '';
}

/** The last word of a counted noun: `station` of `gas station`. */
function headOf(noun: string): string {
  return noun.split(' ').at(-1) ?? noun;
}

function restates(context: RuleContext, a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.value.value === b.value.value || a.sentence === b.sentence) return false;
  const [left, right] = [context.sentences[a.sentence], context.sentences[b.sentence]];
  if (!left || !right || !sameYears(context, a.sentence, b.sentence)) return false;
  const near = Math.abs(a.sentence - b.sentence) <= sentenceReach && left.sectionPath.join('\u0000') === right.sectionPath.join('\u0000');
  const nouns = new Set([headOf(a.value.noun as string), headOf(b.value.noun as string)]);
  const words = (index: number): Token[] => (context.tokens[index] ?? []).filter((token) => (token.pos === 'NOUN' || token.pos === 'VERB' || token.pos === 'PROPN') && !emptyLemmas.has(token.lemma) && !nouns.has(token.lemma));
  const other = new Set(words(b.sentence).map((token) => token.lemma));
  const shared = words(a.sentence).filter((token) => other.has(token.lemma));
  // `Load sold 680,000 units in its first week` in the lead and `its 860,000 first-week sales` in Reception: far apart,
  // a long figure whose digits agree, in clauses naming the same thing, is still one count.
  return near ? shared.length > 0 : digitsOf(a).length >= farDigits && shared.some((token) => token.pos === 'PROPN');
}

/** Whether two sentences name no years, or the same ones. */
function sameYears(context: RuleContext, a: number, b: number): boolean {
  const years = (index: number): string[] => context.claimsOf('date').filter((claim) => claim.sentence === index && claim.value.start).map((claim) => (claim.value.start as string).slice(0, 4));
  const [left, right] = [years(a), years(b)];
  return left.length === 0 || right.length === 0 || left.some((year) => right.includes(year));
}

import type { RuleContext } from '../../check/index.js';
import { readQualifier } from '../../extract/figures/context.js';
import { numberWord, scanNumbers } from '../../extract/figures/numbers.js';
import { isPunct, nextToken, tokenize } from '../../extract/figures/tokens.js';
import type { QuantityClaim } from '../../schema/claims.js';
import type { Evidence } from '../../schema/entities.js';
import type { ArticleSentence } from '../../segment/index.js';
import type { Token } from '../../segment/tokens.js';
import { figureInterval } from './counts.js';
import { groupBy } from '../../util/group.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const hyphenedWord = /[\p{L}\d]-(\p{L}{1,40})/gu;

/**
 * A number of one sentence as the part and total rules read it: a quantity
 * claim (`12 soldiers`, `about 300 people`), or a bare number the figure
 * extractor leaves alone because nothing after it is counted (`12 survived`,
 * `the other 30`, `the Liberals 38%`). Offsets are into the sentence's plain
 * text; `first` and `last` index its tagged tokens.
 */
export interface SentenceFigure {
  start: number;
  end: number;
  first: number;
  last: number;
  /** The values it allows: `about 70` allows 66–74, `more than 300` everything above. */
  low: number;
  high: number;
  /** A single value stated without qualifier or range. */
  exact: boolean;
  /** The counted noun, singular lower case, when the figure names one. */
  noun: string | null;
  percent: boolean;
  /** Joined to its noun by a hyphen (`a 36-gun frigate`, `a five-ship squadron`): a modifier, not a count of them. */
  compound: boolean;
  claim?: QuantityClaim;
}

const quantityIndexes = new WeakMap<readonly unknown[], Map<number, QuantityClaim[]>>();

function quantitiesBySentence(context: RuleContext): Map<number, QuantityClaim[]> {
  let index = quantityIndexes.get(context.claims);
  if (!index) {
    index = groupBy(context.claimsOf('quantity'), (claim) => claim.sentence);
    quantityIndexes.set(context.claims, index);
  }
  return index;
}

/**
 * The figures of one sentence in text order, each tied to its tagged tokens.
 * Bare numbers that look like years (`1990`, with no separator) are dates,
 * never counts.
 */
export function sentenceFigures(context: RuleContext, index: number): SentenceFigure[] {
  const sentence = context.sentences[index];
  const tokens = context.tokens[index] ?? [];
  if (!sentence || tokens.length === 0) return [];
  const figures: SentenceFigure[] = [];
  for (const claim of quantitiesBySentence(context).get(index) ?? []) {
    const start = sentence.fromSource(claim.position.start.offset);
    const end = sentence.fromSource(claim.position.end.offset - 1) + 1;
    const span = tokenSpan(tokens, start, end);
    if (!span) continue;
    const { min, max, approximate, bound, noun, percent } = claim.value;
    figures.push({ start, end, ...span, ...figureInterval(claim.value), exact: !approximate && bound === undefined && min === max, noun, percent: percent === true, compound: isCompound(claim.text), claim });
  }
  const plainTokens = tokenize(sentence.plain);
  for (const number of scanNumbers(sentence.plain)) {
    if (figures.some((figure) => figure.start < number.end && number.start < figure.end)) continue;
    if (!number.grouped && !number.decimal && number.value >= 1000 && number.value <= 2100) continue;
    // `3rd place`, `the 27th championship`: an ordinal ranks, it counts nothing.
    if (/^(?:st|nd|rd|th)\b/u.test(sentence.plain.slice(number.end, number.end + 3))) continue;
    const after = nextToken(plainTokens, number.last);
    const percent = isPunct(after, '%') || after?.lower === 'percent';
    const end = percent && after ? after.end : number.end;
    const qualifier = readQualifier(plainTokens, number.first);
    const start = qualifier ? (plainTokens[qualifier.first]?.start ?? number.start) : number.start;
    const span = tokenSpan(tokens, start, end);
    if (!span) continue;
    const value = { min: number.value, max: number.value, approximate: qualifier !== null, ...(qualifier?.bound ? { bound: qualifier.bound } : {}) };
    figures.push({ start, end, ...span, ...figureInterval(value), exact: qualifier === null, noun: null, percent, compound: false });
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** `36-gun`, `five-ship`, but not `twenty-three`: a number glued by a hyphen to a word that is no number. */
function isCompound(text: string): boolean {
  // Only the count's own hyphen makes a modifier: `nine one-day races` counts races, `a 36-gun frigate` does not count guns.
  const count = scanNumbers(text)[0];
  if (!count) return false;
  hyphenedWord.lastIndex = Math.max(0, count.end - 1);
  const match = hyphenedWord.exec(text);
  return match !== null && match.index === count.end - 1 && !numberWord((match[1] as string).toLowerCase());
}

/** The tagged tokens covering `[start, end)`, or null when no token starts and ends there. */
function tokenSpan(tokens: readonly Token[], start: number, end: number): { first: number; last: number } | null {
  const first = tokens.findIndex((token) => token.start >= start);
  if (first < 0 || (tokens[first] as Token).start >= end) return null;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= end) last++;
  return { first, last };
}

/** A figure as evidence: its claim, or the bare number's words. */
export function figureEvidence(context: RuleContext, sentence: ArticleSentence, figure: SentenceFigure, role: string): Evidence {
  return figure.claim ? context.evidence(figure.claim, role) : context.quote(sentence.toSource(figure.start), sentence.toSource(figure.end, true), role);
}

/** The words of a figure as written. */
export function figureText(sentence: ArticleSentence, figure: SentenceFigure): string {
  return figure.claim?.text ?? sentence.plain.slice(figure.start, figure.end);
}

// The head of a table's closing row that sums the rows above it: `| **Total** | **312** |`.
const totalRowHead = /^\s*(?:total|totals|overall|all)\s*$/iu;

/** Whether a table cell stands in a closing `Total` row, emphasis marks aside. */
export function isTotalRow(cell: ArticleSentence): boolean {
  return totalRowHead.test((cell.cell?.rowHead ?? '').replace(/[*_'!]/gu, ''));
}

/** The one exact count a table cell holds and nothing else (`| 184 |`, `| **312** |`); a year is no count. */
export function cellCount(context: RuleContext, cell: ArticleSentence): SentenceFigure | undefined {
  const counts = sentenceFigures(context, cell.index).filter((figure) => !figure.percent);
  const only = counts[0];
  return counts.length === 1 && only?.exact && cell.plain.replace(/[*_]/gu, '').trim() === cell.plain.slice(only.start, only.end).trim() ? only : undefined;
}

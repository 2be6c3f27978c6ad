import type { RuleContext, RuleFinding } from '../../check/index.js';
import type { Evidence } from '../../schema/entities.js';
import { FRACTION_WORDS, ORDINAL_UNIT_WORDS, UNIT_WORDS } from '../../lexicon/numbers.js';
import type { Token } from '../../segment/tokens.js';
import { sentenceFigures, type SentenceFigure } from './sentence-figures.js';

/**
 * Sums the article works out for the reader, checked: a difference (`148
 * storage pits, 94 more than the 64 known`), a change between two counts
 * (`from 820 in 1901 to 410 in 1951, a decline of about two thirds`), an
 * average (`climbs 46 metres through 23 locks, an average rise of 3 metres
 * per lock`) and equal instalments of a sum (`an indemnity of 1.2 million
 * thalers, payable in six annual instalments of 150,000 thalers`). Each is
 * read inside one sentence, where the words tie the figures together; an
 * approximate figure (`about 52,000`) allows a tenth either way, and a
 * written figure its rounding.
 */
export function statedArithmeticFindings(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  context.sentences.forEach((sentence, index) => {
    if (sentence.where !== 'prose') return;
    const tokens = context.tokens[index] ?? [];
    const figures = sentenceFigures(context, index);
    if (figures.length < 2) return;
    for (const check of [differences, changes, averages, instalments, percentages]) {
      for (const sum of check(tokens, figures)) {
        findings.push({
          message: sum.message,
          evidence: [...sum.figures.map(([figure, role]) => context.quote(sentence.toSource(figure.start), sentence.toSource(figure.end, true), role)), ...toldBefore(context, index, sum)],
          reasoning: sum.reasoning,
          severity: 'warning',
        });
      }
    }
  });
  return findings;
}

/**
 * `she recorded 64 storage pits` and, later, `94 more than the 64 known`: a
 * figure the sum takes as known, cited where the article first gave it (the
 * same value of the same noun, in an earlier sentence).
 */
function toldBefore(context: RuleContext, sentence: number, sum: WrongSum): Evidence[] {
  const compared = sum.figures.find(([, role]) => role === 'figure compared')?.[0];
  const noun = sum.figures.find(([figure]) => figure.noun !== null)?.[0].noun;
  if (!compared || !noun) return [];
  const earlier = context.claimsOf('quantity').find((claim) => claim.sentence < sentence && claim.value.value === valueOf(compared) && claim.value.noun === noun);
  return earlier ? [context.evidence(earlier, 'told before')] : [];
}

/** A sum that does not come out: the figures it rests on, each with its part in it. */
interface WrongSum {
  message: string;
  figures: Array<[SentenceFigure, string]>;
  reasoning: string[];
}

// How far an approximate figure (`about`, `some`) may stand from the exact result, as a share of it.
const approximateSlack = 0.1;

/** The interval a figure allows: its own bounds, widened by its rounding and, when approximate, a tenth. */
function allowed(figure: SentenceFigure): [number, number] {
  const rounding = roundingOf(figure);
  const slack = figure.exact ? rounding : Math.max(rounding, figure.high * approximateSlack);
  return [figure.low - slack, figure.high + slack];
}

/** Half the last written digit's place: `2.9 million` may be 2.85 to 2.95 million, `52,000` 51,500 to 52,500. */
function roundingOf(figure: SentenceFigure): number {
  const value = figure.high;
  if (!Number.isFinite(value) || value === 0) return 0;
  const text = String(value);
  const decimals = text.includes('.') ? (text.split('.')[1] as string).length : 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  let zeros = 0;
  while (zeros < text.length - 1 && text[text.length - 1 - zeros] === '0') zeros++;
  return zeros === 0 ? 0 : 0.5 * 10 ** zeros;
}

/** The value a figure states: its claim's, or the middle of its interval. */
function valueOf(figure: SentenceFigure): number {
  const stated = figure.claim?.value.value;
  return typeof stated === 'number' ? stated : (figure.low + figure.high) / 2;
}

function within(value: number, [low, high]: [number, number]): boolean {
  return value >= low - 1e-9 && value <= high + 1e-9;
}

function show(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function figureAt(figures: readonly SentenceFigure[], index: number): SentenceFigure | undefined {
  return figures.find((figure) => figure.first === index);
}

/** The figure whose last token ends right before `index`, past `the`, `its` and other determiners. */
function figureAfter(tokens: readonly Token[], figures: readonly SentenceFigure[], index: number): SentenceFigure | undefined {
  // `about 52,000 miles`: a figure may hold its own qualifier.
  for (let at = index; tokens[at]; at++) {
    const figure = figureAt(figures, at);
    if (figure) return figure;
    if (!determiners.has((tokens[at] as Token).lower)) return undefined;
  }
  return undefined;
}

const determiners: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'some', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost']);
const moreWords: ReadonlySet<string> = new Set(['more', 'higher', 'greater', 'larger']);
const lessWords: ReadonlySet<string> = new Set(['fewer', 'less', 'lower', 'smaller']);

/**
 * `148 storage pits, 94 more than the 64 known`: the first figure less the
 * one after `than` is the difference. Only figures of one noun, or bare.
 */
function differences(tokens: readonly Token[], figures: readonly SentenceFigure[]): WrongSum[] {
  const found: WrongSum[] = [];
  for (const [at, difference] of figures.entries()) {
    const word = tokens[difference.last + 1]?.lower ?? '';
    const direction = moreWords.has(word) ? 1 : lessWords.has(word) ? -1 : 0;
    if (direction === 0 || tokens[difference.last + 2]?.lower !== 'than' || at === 0) continue;
    const other = figureAfter(tokens, figures, difference.last + 3);
    const stated = figures[at - 1] as SentenceFigure;
    // `148 storage pits, 94 more than …`: the figure the difference is apposed to, right before its comma.
    if (!other || tokens[difference.first - 1]?.text !== ',' || stated.last !== difference.first - 2 || difference.percent || other.percent || stated.percent) continue;
    if (!sameThing(stated, other)) continue;
    const actual = direction * (valueOf(stated) - valueOf(other));
    if (within(actual, allowed(difference)) || actual <= 0) continue;
    found.push({
      message: `\`${show(valueOf(stated))}\` is \`${show(actual)}\` ${direction > 0 ? 'more' : 'fewer'} than \`${show(valueOf(other))}\`, not the \`${show(valueOf(difference))}\` the sentence says`,
      figures: [[stated, 'figure'], [difference, 'stated difference'], [other, 'figure compared']],
      reasoning: [`${show(valueOf(stated))} − ${show(valueOf(other))} = ${show(direction * actual)}`, `the sentence gives the difference as ${show(valueOf(difference))}`],
    });
  }
  return found;
}

/** Whether two figures count one thing: the same noun, or one of them bare. */
function sameThing(a: SentenceFigure, b: SentenceFigure): boolean {
  return a.noun === null || b.noun === null || a.noun === b.noun;
}

const fallWords: ReadonlySet<string> = new Set(['decline', 'fall', 'drop', 'decrease', 'reduction', 'loss']);
const riseWords: ReadonlySet<string> = new Set(['increase', 'rise', 'growth', 'gain']);

/**
 * `from 820 in 1901 to 410 in 1951, a decline of about two thirds`: the
 * change between the figures after `from` and `to`, against the share or
 * the amount the sentence gives it.
 */
function changes(tokens: readonly Token[], figures: readonly SentenceFigure[]): WrongSum[] {
  const found: WrongSum[] = [];
  tokens.forEach((token, index) => {
    if (token.lower !== 'from') return;
    const start = figureAt(figures, index + 1);
    if (!start || start.percent) return;
    let to = start.last + 1;
    // `from 820 in 1901 to …`: the year the first count is of.
    if (tokens[to]?.lower === 'in' && /^\d{4}$/u.test(tokens[to + 1]?.text ?? '')) to += 2;
    if (tokens[to]?.lower !== 'to') return;
    const end = figureAt(figures, to + 1);
    if (!end || end.percent || !sameThing(start, end)) return;
    let next = end.last + 1;
    if (tokens[next]?.lower === 'in' && /^\d{4}$/u.test(tokens[next + 1]?.text ?? '')) next += 2;
    if (tokens[next]?.text !== ',' || !['a', 'an'].includes(tokens[next + 1]?.lower ?? '')) return;
    const noun = tokens[next + 2];
    const direction = fallWords.has(noun?.lemma ?? '') ? -1 : riseWords.has(noun?.lemma ?? '') ? 1 : 0;
    if (direction === 0 || tokens[next + 3]?.lower !== 'of') return;
    const change = valueOf(end) - valueOf(start);
    if (Math.sign(change) !== direction || valueOf(start) === 0) return;
    const share = readShare(tokens, figures, next + 4);
    if (!share) return;
    const actual = share.percent ? (Math.abs(change) / valueOf(start)) * 100 : Math.abs(change);
    if (within(actual, share.allowed)) return;
    found.push({
      message: `From \`${show(valueOf(start))}\` to \`${show(valueOf(end))}\` is a ${direction < 0 ? 'fall' : 'rise'} of ${share.percent ? `${show(actual)} %` : `\`${show(actual)}\``}, not the \`${share.text}\` the sentence says`,
      figures: [[start, 'from'], [end, 'to'], ...(share.figure ? [[share.figure, 'stated change'] as [SentenceFigure, string]] : [])],
      reasoning: [`${show(valueOf(start))} to ${show(valueOf(end))} changes by ${show(Math.abs(change))}${share.percent ? `, ${show(actual)} % of ${show(valueOf(start))}` : ''}`, `the sentence gives ${share.text}`],
    });
  });
  return found;
}

/** A share or an amount at `index`: a percentage, a fraction in words (`about two thirds`, `half`), or a count. */
function readShare(tokens: readonly Token[], figures: readonly SentenceFigure[], index: number): { percent: boolean; allowed: [number, number]; text: string; figure?: SentenceFigure } | undefined {
  let at = index;
  const approximate = ['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately'].includes(tokens[at]?.lower ?? '');
  if (approximate) at++;
  const fraction = readFraction(tokens, at);
  if (!fraction) {
    const figure = figureAfter(tokens, figures, index);
    return figure && !figure.compound ? { percent: figure.percent, allowed: allowed(figure), text: tokens.slice(figure.first, figure.last + 1).map((token) => token.text).join(' '), figure } : undefined;
  }
  const value = fraction.value * 100;
  const words: SentenceFigure = { start: (tokens[index] as Token).start, end: (tokens[fraction.last] as Token).end, first: index, last: fraction.last, low: value, high: value, exact: !approximate, noun: null, percent: true, compound: false };
  // A fraction in words is rounded to its denominator: `two thirds` is 67 % give or take a few.
  const slack = approximate ? 8 : 4;
  return { percent: true, allowed: [value - slack, value + slack], text: tokens.slice(index, fraction.last + 1).map((token) => token.text).join(' '), figure: words };
}

const numerators: ReadonlyMap<string, number> = new Map([['a', 1], ['one', 1], ...[...UNIT_WORDS].filter(([, value]) => value >= 2)]);
// `two thirds`, `a fifth`: an ordinal from three up, singular or plural, is a denominator.
const ordinalDenominators: ReadonlyMap<string, number> = new Map([...ORDINAL_UNIT_WORDS].filter(([, value]) => value >= 3).flatMap(([word, value]) => [[word, value], [`${word}s`, value]] as Array<[string, number]>));

/** `two thirds`, `a quarter`, `half`, `three-quarters`: a fraction in words and where it ends. */
function readFraction(tokens: readonly Token[], index: number): { value: number; last: number } | undefined {
  const first = tokens[index];
  if (!first) return undefined;
  if (first.lower === 'half') return { value: 0.5, last: index };
  const numerator = numerators.get(first.lower);
  if (numerator === undefined) return undefined;
  const at = tokens[index + 1]?.text === '-' ? index + 2 : index + 1;
  const word = tokens[at]?.lower ?? '';
  const denominator = FRACTION_WORDS.get(word) ?? ordinalDenominators.get(word);
  return denominator ? { value: numerator / denominator, last: at } : undefined;
}

/**
 * `climbs 46 metres through 23 locks, an average rise of 3 metres per lock`,
 * `the forty engines ran a combined 2.9 million miles, an average of about
 * 52,000 miles per locomotive`: a total over a count, against the average.
 */
function averages(tokens: readonly Token[], figures: readonly SentenceFigure[]): WrongSum[] {
  const found: WrongSum[] = [];
  tokens.forEach((token, index) => {
    if (token.lemma !== 'average') return;
    let at = index + 1;
    if (tokens[at]?.pos === 'NOUN' && tokens[at + 1]?.lower === 'of') at++;
    if (tokens[at]?.lower !== 'of') return;
    const average = figureAfter(tokens, figures, at + 1);
    if (!average || average.noun === null || average.percent || tokens[average.last + 1]?.lower !== 'per') return;
    const total = figures.find((figure) => figure !== average && figure.noun === average.noun && figure.last < index);
    const count = figures.find((figure) => figure !== average && figure !== total && figure.last < index && figure.noun !== null && figure.noun !== average.noun && figure.exact && Number.isInteger(figure.high));
    if (!total || !count || valueOf(count) === 0) return;
    const actual = valueOf(total) / valueOf(count);
    const stated = allowed(average);
    // Either figure may be rounded: the average is judged against what the total's own rounding allows.
    const [low, high] = allowed(total);
    if (within(actual, stated) || (low / valueOf(count) <= stated[1] && high / valueOf(count) >= stated[0])) return;
    found.push({
      message: `\`${show(valueOf(total))}\` over \`${show(valueOf(count))}\` is an average of \`${show(actual)}\`, not the \`${show(valueOf(average))}\` the sentence says`,
      figures: [[total, 'total'], [count, 'count'], [average, 'stated average']],
      reasoning: [`${show(valueOf(total))} ÷ ${show(valueOf(count))} = ${show(actual)}`, `the sentence gives the average as ${show(valueOf(average))}`],
    });
  });
  return found;
}

const instalmentNouns: ReadonlySet<string> = new Set(['instalment', 'installment', 'payment', 'tranche', 'annuity']);

/**
 * `an indemnity of 1.2 million thalers, payable in six annual instalments of
 * 150,000 thalers`: equal instalments of a sum add up to it.
 */
function instalments(tokens: readonly Token[], figures: readonly SentenceFigure[]): WrongSum[] {
  const found: WrongSum[] = [];
  for (const count of figures) {
    const head = count.noun?.split(' ').at(-1) ?? '';
    if (!instalmentNouns.has(head.replace(/s$/u, '')) || tokens[count.last + 1]?.lower !== 'of') continue;
    const each = figureAfter(tokens, figures, count.last + 2);
    const total = figures.find((figure) => figure !== each && figure.noun !== null && figure.noun === each?.noun && figure.last < count.first);
    if (!each || !total || each.percent) continue;
    const actual = valueOf(count) * valueOf(each);
    const [low, high] = allowed(each);
    if (within(valueOf(total), [valueOf(count) * low, valueOf(count) * high]) || within(actual, allowed(total))) continue;
    found.push({
      message: `\`${show(valueOf(count))}\` instalments of \`${show(valueOf(each))}\` make \`${show(actual)}\`, not the \`${show(valueOf(total))}\` they pay`,
      figures: [[total, 'total'], [count, 'instalments'], [each, 'each instalment']],
      reasoning: [`${show(valueOf(count))} × ${show(valueOf(each))} = ${show(actual)}`, `the sentence gives the sum as ${show(valueOf(total))}`],
    });
  }
  return found;
}

/**
 * `won 42 of its 60 matches in all competitions, a winning percentage of
 * 75`: a share told as `N of M` against the percentage the sentence gives it.
 */
function percentages(tokens: readonly Token[], figures: readonly SentenceFigure[]): WrongSum[] {
  const found: WrongSum[] = [];
  tokens.forEach((token, index) => {
    if (token.lemma !== 'percentage' || tokens[index + 1]?.lower !== 'of') return;
    const percentage = figureAfter(tokens, figures, index + 2);
    const part = figures.find((figure) => figure.last < index && tokens[figure.last + 1]?.lower === 'of' && !figure.percent);
    const whole = part ? figureAfter(tokens, figures, part.last + 2) : undefined;
    if (!percentage || !part || !whole || valueOf(whole) === 0 || whole.last >= index || valueOf(part) > valueOf(whole)) return;
    const actual = (valueOf(part) / valueOf(whole)) * 100;
    // A percentage is rounded to a whole number (`80` is no round ten), or told roughly (`about 80`).
    const slack = percentage.exact ? 0.5 : 3;
    if (within(actual, [percentage.low - slack, percentage.high + slack])) return;
    found.push({
      message: `\`${show(valueOf(part))}\` of \`${show(valueOf(whole))}\` is ${show(actual)} %, not the \`${show(valueOf(percentage))}\` the sentence says`,
      figures: [[part, 'part'], [whole, 'whole'], [percentage, 'stated percentage']],
      reasoning: [`${show(valueOf(part))} ÷ ${show(valueOf(whole))} = ${show(actual)} %`, `the sentence gives the percentage as ${show(valueOf(percentage))}`],
    });
  });
  return found;
}

import type { RuleContext } from '../../check/index.js';
import type { DateClaim } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import type { Token } from '../../segment/tokens.js';
import { words } from '../../lexicon/list.js';
import type { SentenceFigure } from './sentence-figures.js';

// Counts of occasions: what a list of the years or days they fell on counts one by one.
const occasionNouns: ReadonlySet<string> = new Set(words('time occasion title championship premiership flag cup medal win victory visit edition appearance trip tour'));
// Adverbs that are counts of occasions.
const timesAdverbs: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
// Words a list of dates may hold between its dates: `1925, 1931 and 1937`, `on 1 December 1951, …; on …`.
const dateListWords: ReadonlySet<string> = new Set(words('and on in'));

const capitalised = /^\p{Lu}/u;

/** A count of occasions and the dates listed after it, one for each. */
export interface ListedDates {
  /** The count as the sentence writes it, with its offsets in the plain text. */
  count: { value: number; start: number; end: number };
  dates: DateClaim[];
  /** The dates stand in a list row elsewhere: `West Riding County Cup: 1911, 1924, 1958` for `won the West Riding County Cup four times`. */
  row?: ArticleSentence;
}

/**
 * `VFL/AFL: 8 (1925, 1931, …, 2011)`, `He defended four times (1952, 1953,
 * and 1954)`, `closed only twice: on 1 December 1951, because of …; on 23
 * December 1982, …; and on 3 December 1983, …`: a count of occasions (or a
 * bare number) followed by a bracket holding nothing but dates, or by a colon
 * and clauses set apart by semicolons, one date each, lists the occasions it
 * counts.
 */
export function readListedDates(context: RuleContext, sentence: ArticleSentence, tokens: readonly Token[], figures: readonly SentenceFigure[]): ListedDates[] {
  const dates = context.claimsOf('date').filter((claim) => claim.sentence === sentence.index);
  const counts: Array<ListedDates['count'] & { last: number }> = [];
  for (const figure of figures) {
    const noun = figure.noun?.split(' ').at(-1) ?? null;
    if (figure.exact && !figure.percent && (noun === null || occasionNouns.has(noun))) counts.push({ value: figure.low, start: figure.start, end: figure.end, last: figure.last });
  }
  tokens.forEach((token, index) => {
    const value = timesAdverbs[token.lower];
    if (value !== undefined) counts.push({ value, start: token.start, end: token.end, last: index });
  });
  const found: ListedDates[] = [];
  for (const count of counts) {
    const listed = dates.length < 2 ? undefined : (bracketDates(sentence, tokens, count.last, dates) ?? clauseDates(sentence, tokens, count.last, dates) ?? commaDates(sentence, tokens, count.last, dates));
    if (listed && listed.length >= 2) found.push({ count: { value: count.value, start: count.start, end: count.end }, dates: listed });
    else if (sentence.where === 'prose') {
      const row = honoursRow(context, sentence, tokens, count);
      if (row) found.push({ count: { value: count.value, start: count.start, end: count.end }, ...row });
    }
  }
  return found;
}

/**
 * `The club has won the West Riding County Cup four times` and, under
 * Honours, `- West Riding County Cup: 1911, 1924, 1958`: the list row named
 * by the title the count follows gives the years it counts.
 */
function honoursRow(context: RuleContext, sentence: ArticleSentence, tokens: readonly Token[], count: { start: number; last: number }): { dates: DateClaim[]; row: ArticleSentence } | undefined {
  let first = tokens.findIndex((token) => token.start === count.start);
  const end = first;
  // Capitalised words, whatever the tagger makes of them (`Riding` of `West Riding County Cup` reads as a verb).
  while (first > 0 && capitalised.test(tokens[first - 1]?.text ?? '')) first--;
  if (first === end || tokens[first - 1]?.lower !== 'the' || !['win', 'won'].includes(tokens[first - 2]?.lemma ?? '')) return undefined;
  const title = sentence.plain.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
  const rows = context.sentences.filter((other) => other.where === 'list' && other.plain.startsWith(`${title}:`));
  const row = rows.length === 1 ? rows[0] : undefined;
  const listed = row ? context.claimsOf('date').filter((claim) => claim.sentence === row.index) : [];
  return row && listed.length >= 2 && listed.every((date) => date.value.granularity !== 'range') ? { dates: listed, row } : undefined;
}

/** The dates of a bracket right after the count that holds dates, commas and `and` only. */
function bracketDates(sentence: ArticleSentence, tokens: readonly Token[], last: number, dates: readonly DateClaim[]): DateClaim[] | undefined {
  if (tokens[last + 1]?.text !== '(') return undefined;
  const close = tokens.findIndex((token, at) => at > last + 1 && token.text === ')');
  if (close < 0) return undefined;
  return datesBetween(sentence, tokens, last + 2, close - 1, dates);
}

/** `three times, in 2003 and 2004,`: after a comma, `in` or `on` and dates joined by `and`, up to the next comma or the end. */
function commaDates(sentence: ArticleSentence, tokens: readonly Token[], last: number, dates: readonly DateClaim[]): DateClaim[] | undefined {
  if (tokens[last + 1]?.text !== ',' || !['in', 'on'].includes(tokens[last + 2]?.lower ?? '')) return undefined;
  // `three times, in 1902, 1909 and 1925, and reached …`: the run of dates, commas and `and` up to its last date.
  let end = last + 2;
  for (let at = last + 3; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const offset = sentence.toSource(token.start);
    if (dates.some((date) => date.position.start.offset <= offset && offset < date.position.end.offset)) end = at;
    else if (token.text !== ',' && !dateListWords.has(token.lower)) break;
  }
  const listed = end > last + 2 ? datesBetween(sentence, tokens, last + 3, end, dates) : undefined;
  // Only a list closed by `and` names every occasion: `in 2003, 2004` may go on.
  return listed && tokens.slice(last + 3, end + 1).some((token) => token.lower === 'and') ? listed : undefined;
}

/** `…: on D1, because …; on D2, …; and on D3, …`: one date in each clause of a colon list set apart by semicolons. */
function clauseDates(sentence: ArticleSentence, tokens: readonly Token[], last: number, dates: readonly DateClaim[]): DateClaim[] | undefined {
  if (tokens[last + 1]?.text !== ':') return undefined;
  const listed: DateClaim[] = [];
  let from = last + 2;
  for (let at = from; at <= tokens.length; at++) {
    const token = tokens[at];
    if (token !== undefined && token.text !== ';' && !(token.text === '.' && at === tokens.length - 1)) continue;
    const inClause = datesIn(sentence, tokens, from, at - 1, dates);
    if (inClause.length !== 1) return undefined;
    listed.push(inClause[0] as DateClaim);
    from = at + 1;
    if (token === undefined || token.text === '.') break;
  }
  return listed.length >= 2 ? listed : undefined;
}

/** The dates within tokens `[first, last]`, when nothing else stands there but commas and joining words. */
function datesBetween(sentence: ArticleSentence, tokens: readonly Token[], first: number, last: number, dates: readonly DateClaim[]): DateClaim[] | undefined {
  const inside = datesIn(sentence, tokens, first, last, dates);
  if (inside.length === 0) return undefined;
  for (let at = first; at <= last; at++) {
    const token = tokens[at] as Token;
    const offset = sentence.toSource(token.start);
    const covered = inside.some((date) => date.position.start.offset <= offset && offset < date.position.end.offset);
    if (!covered && token.text !== ',' && !dateListWords.has(token.lower)) return undefined;
  }
  // A range (`1925–1933`) is one span, not occasions.
  return inside.some((date) => date.value.granularity === 'range') ? undefined : inside;
}

function datesIn(sentence: ArticleSentence, tokens: readonly Token[], first: number, last: number, dates: readonly DateClaim[]): DateClaim[] {
  const from = tokens[first];
  const to = tokens[last];
  if (!from || !to) return [];
  const start = sentence.toSource(from.start);
  const end = sentence.toSource(to.end, true);
  return dates.filter((date) => date.position.start.offset >= start && date.position.end.offset <= end);
}

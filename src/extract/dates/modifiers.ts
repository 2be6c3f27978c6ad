import type { DatePoint } from '../../schema/claims.js';
import { approximately, rangeValue, withModifier, type PeriodModifier } from './points.js';
import type { DateMatch } from './types.js';

/**
 * Widens points over the words before them that narrow or soften them:
 * `early 2019`, `the late 1980s`, `mid-2010s`, `the end of the 12th century`,
 * `the first half of 1990`, `c. 1200`, `about 1900`.
 *
 * Run after overlap removal and before ranges, so `from early 2019 to late
 * 2020` joins two modified points.
 */
export function applyModifiers(text: string, matches: readonly DateMatch[]): DateMatch[] {
  return matches.map((match) => approximate(text, modify(text, match)));
}

const S = '[\\s\\u00a0]';
/** `early 2019`, `the late 1980s`, `mid-2010s`. */
const PART_ADJECTIVE = new RegExp(`(?<![\\p{L}])(?:the${S}{1,3})?(early|mid|middle|late|later)(?:${S}{1,3}|-)$`, 'iu');
/** `the end of 2000`, `the beginning of the 13th century`, `the first half of 1990`. */
const PART_NOUN = new RegExp(`(?<![\\p{L}])(?:the${S}{1,3})?(beginning|start|middle|end|first${S}{1,3}half|second${S}{1,3}half|latter${S}{1,3}half|latter${S}{1,3}part|early${S}{1,3}part)${S}{1,3}of${S}{1,3}(?:the${S}{1,3}(?=\\p{N}))?$`, 'iu');
/** `c. 1200`, `circa 1900`, `about 2005`. */
const APPROXIMATE = new RegExp(`(?<![\\p{L}])(c\\.|ca\\.|circa|about|around|approximately|approx\\.)${S}{0,2}$`, 'iu');

const MODIFIERS: Record<string, PeriodModifier> = {
  early: 'early', beginning: 'early', start: 'early', 'early part': 'early',
  mid: 'mid', middle: 'mid',
  late: 'late', later: 'late', end: 'late', 'latter part': 'late',
  'first half': 'first-half', 'second half': 'second-half', 'latter half': 'second-half',
};

function modify(text: string, match: DateMatch): DateMatch {
  const { granularity } = match.value;
  if (!['year', 'month', 'decade', 'century'].includes(granularity) || match.value.modifier) return match;
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  const found = PART_NOUN.exec(before) ?? PART_ADJECTIVE.exec(before);
  if (!found) return match;
  const modifier = MODIFIERS[(found[1] as string).toLowerCase().replace(/[\s\u00a0]+/g, ' ')];
  if (!modifier) return match;
  const value = withModifier(match.value as DatePoint, modifier);
  return { ...match, start: match.start - found[0].length, value: { ...match.value, ...value }, weak: false };
}

function approximate(text: string, match: DateMatch): DateMatch {
  if (match.value.relative) return match;
  const found = APPROXIMATE.exec(text.slice(Math.max(0, match.start - 16), match.start));
  if (!found) return match;
  const start = match.start - found[0].length;
  const { value } = match;
  // `c. 1787 – 1828`: the mark before a range softens its start.
  if (value.granularity === 'range') {
    if (!value.from) return match;
    return { ...match, start, value: rangeValue(approximately(value.from), value.to ?? null, value.relation) };
  }
  return { ...match, start, value: { ...value, ...approximately(value as DatePoint) } };
}

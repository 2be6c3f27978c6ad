import type { ArticleSentence } from '../../segment/index.js';
import type { AnyClaimDraft, Extractor } from '../types.js';
import { absoluteParser } from './absolute.js';
import { holidayParser } from './holidays.js';
import { applyModifiers } from './modifiers.js';
import { numericParser } from './numeric.js';
import { periodParser } from './periods.js';
import { joinDayToYearRange, mergeRanges, rangeParser } from './ranges.js';
import { applyRelations } from './relations.js';
import { relativeParser } from './relative.js';
import type { DateMatch, DateParser, DateScanContext } from './types.js';
import { yearParser } from './years.js';

export type { DateMatch, DateParser, DateScanContext } from './types.js';

/**
 * The date parsers, in priority order: when two find the same words, the
 * earlier one's reading is kept (a longer match always wins first).
 */
export const dateParsers: readonly DateParser[] = [
  // Whole ranges written as one unit: `2018–2022`, `3–5 August 2019`, `–present`.
  rangeParser,
  // Month-name dates in either order, month–year, a month after a preposition.
  absoluteParser,
  // Digit dates: ISO, `5/23/2021`, `11/2016`.
  numericParser,
  // Holidays that fix a date: `Christmas Day 1914`, `Easter 1916`.
  holidayParser,
  // Decades, centuries, seasons.
  periodParser,
  // Relative expressions, left unresolved for the relative refiner.
  relativeParser,
  // Years written as numbers, by their context; last, as the loosest reading.
  yearParser,
];

/**
 * Finds the date expressions of one piece of plain text, the chrono way:
 * every parser proposes matches, the longest win where they overlap, then
 * ordered steps widen them (`early`, `c.`), join them into ranges (`from X to
 * Y`) and bounds (`since X`), and drop the numbers that stayed only possible
 * years. Offsets are into `text`.
 */
export function findDates(text: string, context: DateScanContext = {}): DateMatch[] {
  const proposed = dateParsers.flatMap((parser, order) =>
    parser.requires && !parser.requires.test(text) ? [] : parser.parse(text, context).map((match) => ({ match, order })),
  );
  // Impossible dates hide the readings inside them (`32 August 2014` is not `August 2014`), then go.
  let matches = removeOverlaps(joinDayToYearRange(proposed)).filter((match) => !match.blocker);
  // `early 2019`, `the late 1980s`, `c. 1200`: before ranges, so modified ends join.
  matches = applyModifiers(text, matches);
  // `from 1992 to 1999`, `2008–present`, `between 2008 and 2011`.
  matches = mergeRanges(text, matches);
  // `since 2022`, `until 1999`, `before 1900`.
  matches = applyRelations(text, matches);
  return matches.filter((match) => !match.weak);
}

/** Extracts date claims from a sentence's plain text. */
export const dateExtractor: Extractor = {
  name: 'date',
  kinds: ['date'],
  extract(sentence: ArticleSentence): AnyClaimDraft[] {
    const standalone = sentence.where === 'infobox' || sentence.where === 'table' || sentence.where === 'list';
    const context: DateScanContext = { standalone, ...(sentence.infoboxKey === undefined ? {} : { infoboxKey: sentence.infoboxKey }) };
    return findDates(sentence.plain, context).map((match) => ({ kind: 'date', start: match.start, end: match.end, value: match.value, extractor: match.parser }));
  },
};

/**
 * Keeps, of matches that overlap, the longest (among equals, the earlier
 * parser's), sweeping in text order as chrono's overlap refiner does: each
 * match only competes with the last one kept, so the pass is linear after
 * sorting.
 */
function removeOverlaps(proposed: ReadonlyArray<{ match: DateMatch; order: number }>): DateMatch[] {
  const sorted = [...proposed].sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end || a.order - b.order);
  const kept: Array<{ match: DateMatch; order: number }> = [];
  for (const entry of sorted) {
    const last = kept[kept.length - 1];
    if (!last || last.match.end <= entry.match.start) {
      kept.push(entry);
      continue;
    }
    const lastLength = last.match.end - last.match.start;
    const length = entry.match.end - entry.match.start;
    if (length > lastLength || (length === lastLength && entry.order < last.order)) kept[kept.length - 1] = entry;
  }
  return kept.map((entry) => entry.match);
}

import type { Claim, DateClaim, DatePoint, DateValue, RelativeDate } from '../../schema/claims.js';
import type { ExtractContext, Refiner } from '../types.js';
import { countsElapsedTime, joinsAsRestatement } from './beside.js';
import { monthName } from './lexicon.js';
import { compareIso, dayPoint, decadePoint, monthPoint, parseIso, rangeValue, shiftDay, weekdayOf, withModifier, yearPoint } from './points.js';

/**
 * Resolves relative dates against the article: `the subsequent year` after
 * `12 September 1992` is 1993, `September of the same year` after `In 2018`
 * is 2018-09, `the past February` after `In November 2023` is 2023-02, `at
 * the time` is its anchor's own date, and a day and month without a year
 * (`the 6 June election`) takes the year of the date before it.
 *
 * The anchor is the nearest preceding date claim that has a year, in
 * document order — so the same sentence and paragraph first, then the
 * section, then the article — skipping infobox values, which are not
 * narrative. `at the time` is resolved only within its own paragraph or list
 * item, where its reference is unambiguous; without one it is dropped.
 * Expressions tied to "now" (`last year`, `yesterday`, `next Tuesday`) are
 * resolved against `referenceDate` and otherwise keep their unknown timex:
 * a missing year is never guessed.
 *
 * Each resolved claim keeps its `relative` description and gains
 * `resolvedFrom` (the anchor claim's id), `resolution` (how, in words) and
 * `inferred` (the parts taken from context). Resolved claims anchor later ones.
 */
export const relativeDateRefiner: Refiner = {
  name: 'relative-dates',
  refine(claims: Claim[], context: ExtractContext): Claim[] {
    const anchors: DateClaim[] = [];
    const reference = context.referenceDate === null ? null : { point: dayPoint(...parseIso(context.referenceDate)), label: `the reference date ${context.referenceDate}` };
    const result: Claim[] = [];
    for (const claim of claims) {
      if (claim.kind !== 'date' || !isRelative(claim.value)) {
        if (claim.kind === 'date' && isAnchor(claim.value)) anchors.push(claim);
        result.push(claim);
        continue;
      }
      const resolved = resolveClaim(claim, anchors, reference, context);
      if (resolved === null) continue;
      if (isAnchor(resolved.value)) anchors.push(resolved);
      result.push(resolved);
    }
    return result;
  },
};

interface Anchor {
  point: DatePoint;
  label: string;
  id?: string;
  value?: DateValue;
}

/** The claim resolved, unchanged when it cannot be, or null when it is no date without its anchor (`at the time`). */
function resolveClaim(claim: DateClaim, anchors: readonly DateClaim[], reference: Anchor | null, context: ExtractContext): DateClaim | null {
  const value = claim.value;
  const relative = value.relative ?? value.from?.relative ?? value.to?.relative;
  if (!relative) return claim;
  // With no date before it, an expression tied to the text (`on 6 June`, `the next day`) counts from the reference date;
  // `at the time` needs a date of its own paragraph.
  const fallback = relative.unit !== undefined ? reference : null;
  const anchor = relative.anchor === 'reference' ? reference : (textAnchor(claim, anchors, relative, context) ?? fallback);
  if (!anchor) return relative.unit === undefined ? null : claim;
  const provenance = { ...(anchor.id ? { resolvedFrom: anchor.id } : {}), resolution: describe(relative, anchor.label) };
  if (relative.unit === undefined && anchor.value) {
    const { resolvedFrom: _from, resolution: _how, relative: _relative, ...taken } = anchor.value;
    return { ...claim, value: { ...taken, relative, inferred: ['year', 'month', 'day'], ...provenance } };
  }
  if (value.granularity === 'range') {
    const from = value.from ? resolveEnd(value.from, anchor) : null;
    let to = value.to ? resolveEnd(value.to, anchor) : null;
    if (from === undefined || to === undefined) return claim;
    // `from November until mid-April`: a year-less end before its start falls in the next year.
    if (from?.start && to?.start && value.to?.relative && compareIso(to.start, from.start) < 0 && value.to.relative.month !== undefined) {
      to = resolveEnd(value.to, { ...anchor, point: yearPoint(parseIso(from.start)[0] + 1) }) ?? to;
    }
    return { ...claim, value: { ...rangeValue(from, to, value.relation), ...provenance } };
  }
  if (relative.unit === 'week' && relative.weekday === undefined) {
    const week = resolveWeek(relative.shift, anchor.point);
    return week ? { ...claim, value: { ...week, relative, ...provenance } } : claim;
  }
  const point = resolvePoint(relative, anchor.point);
  if (!point) return claim;
  const modified = value.modifier ? withModifier(point, value.modifier) : point;
  return { ...claim, value: { ...modified, relative, ...(value.relation ? { relation: value.relation } : {}), ...provenance } };
}

function resolveEnd(end: DatePoint, anchor: Anchor): DatePoint | undefined {
  if (!end.relative) return end;
  const point = resolvePoint(end.relative, anchor.point);
  if (!point) return undefined;
  return { ...(end.modifier ? withModifier(point, end.modifier) : point), relative: end.relative };
}

/** The nearest preceding date with a year, outside the infobox; for `at the time`, only in the same block. */
function textAnchor(claim: DateClaim, anchors: readonly DateClaim[], relative: RelativeDate, context: ExtractContext): Anchor | null {
  const block = context.article.sentences[claim.sentence]?.block;
  for (let index = anchors.length - 1; index >= 0; index--) {
    const candidate = anchors[index] as DateClaim;
    if (candidate.position.start.offset >= claim.position.start.offset) continue;
    const sameSentence = candidate.sentence === claim.sentence;
    if (!sameSentence && (candidate.where === 'infobox' || candidate.where === 'name')) continue;
    // `on 27 April, eleven days later`: the date beside a count restates it, the count runs from the one before.
    if (sameSentence && relative.month === undefined && countsElapsedTime(claim.text) && joinsAsRestatement(context.article.text.slice(candidate.position.end.offset, claim.position.start.offset))) continue;
    if (relative.unit === undefined && context.article.sentences[candidate.sentence]?.block !== block) return null;
    const point = anchorPoint(candidate.value);
    if (point) return { point, label: `'${candidate.text}'`, id: candidate.id, value: candidate.value };
  }
  return null;
}

/** The point a claim anchors others with: a range by its latest known end. */
function anchorPoint(value: DateValue): DatePoint | undefined {
  if (value.granularity !== 'range') return value.start === null ? undefined : (value as DatePoint);
  if (value.to && value.to.start !== null) return value.to;
  return value.from && value.from.start !== null ? value.from : undefined;
}

function isAnchor(value: DateValue): boolean {
  return anchorPoint(value) !== undefined;
}

function isRelative(value: DateValue): boolean {
  return Boolean(value.relative ?? value.from?.relative ?? value.to?.relative) && (value.start === null || value.granularity === 'range');
}

/** The date `relative` names, counted from `anchor`; undefined when the anchor is too coarse (`the next day` after `2018`). */
export function resolvePoint(relative: RelativeDate, anchor: DatePoint): DatePoint | undefined {
  if (anchor.start === null) return undefined;
  const [year, month, day] = parseIso(anchor.start);
  const knowsMonth = anchor.granularity === 'day' || anchor.granularity === 'month';
  const knowsDay = anchor.granularity === 'day';
  if (relative.weekday !== undefined) {
    if (!knowsDay) return undefined;
    return { ...dayPoint(...nearestWeekday([year, month, day], relative.weekday, relative.direction)), inferred: ['year', 'month', 'day'] };
  }
  if (relative.month !== undefined) {
    let target = year + (relative.unit === 'year' ? relative.shift : 0);
    if (relative.direction === 'past') target = knowsMonth && relative.month >= month ? year - 1 : year;
    if (relative.direction === 'next') target = !knowsMonth || relative.month <= month ? year + 1 : year;
    const point = relative.day === undefined ? monthPoint(target, relative.month) : dayPoint(target, relative.month, relative.day);
    return { ...point, inferred: ['year'] };
  }
  switch (relative.unit) {
    case 'year':
      return { ...yearPoint(year + relative.shift), inferred: ['year'] };
    case 'decade':
      return { ...decadePoint(year - (((year % 10) + 10) % 10) + 10 * relative.shift), inferred: ['year'] };
    case 'month': {
      if (!knowsMonth) return undefined;
      const index = year * 12 + (month - 1) + relative.shift;
      return { ...monthPoint(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1), inferred: ['year', 'month'] };
    }
    case 'week':
    case 'day': {
      const days = relative.shift * (relative.unit === 'week' ? 7 : 1);
      // `a fortnight later` after `in 1648`: within a month of a coarse anchor, its own month or year, approximately.
      if (!knowsDay && Math.abs(days) <= 31) return { ...(knowsMonth ? monthPoint(year, month) : yearPoint(year)), approximate: true, inferred: knowsMonth ? ['year', 'month'] : ['year'] };
      if (!knowsDay) return undefined;
      return { ...dayPoint(...shiftDay(year, month, day, days)), inferred: ['year', 'month', 'day'] };
    }
    default:
      return undefined;
  }
}

/** A whole week, Monday to Sunday, `shift` weeks from the anchor's: `this week`, `the following week`. */
function resolveWeek(shift: number, anchor: DatePoint): DateValue | undefined {
  if (anchor.start === null || anchor.granularity !== 'day') return undefined;
  const day = parseIso(anchor.start);
  const monday = shiftDay(...day, 1 - weekdayOf(...day) + 7 * shift);
  const inferred: DatePoint['inferred'] = ['year', 'month', 'day'];
  return rangeValue({ ...dayPoint(...monday), inferred }, { ...dayPoint(...shiftDay(...monday, 6)), inferred });
}

/**
 * The weekday of the week before (`last Tuesday`), after (`next Tuesday`) or
 * of (`this Tuesday`, `on Tuesday`) the anchor's week, weeks running Monday to
 * Sunday — the reading Recognizers-Text specifies; `next Sunday` said on a
 * Monday is the Sunday of the following week, not the coming one.
 */
function nearestWeekday(day: [number, number, number], weekday: number, direction: RelativeDate['direction']): [number, number, number] {
  const weeks = direction === 'past' ? -1 : direction === 'next' ? 1 : 0;
  return shiftDay(...day, weekday - weekdayOf(...day) + 7 * weeks);
}

/** How a value was derived, in words: `same year as '2018'`, `September before '2023-11'`, `2 years after '1992'`. */
function describe(relative: RelativeDate, anchor: string): string {
  if (relative.unit === undefined) return `same time as ${anchor}`;
  const stated = relative.month === undefined ? '' : `${relative.day === undefined ? '' : `${relative.day} `}${monthName(relative.month)} `;
  if (relative.direction !== undefined) return `${stated}${relative.direction === 'past' ? 'before' : 'after'} ${anchor}`;
  if (relative.weekday !== undefined) return `week of ${anchor}`;
  const unit = relative.unit;
  const count = Math.abs(relative.shift);
  const offset = relative.shift === 0 ? `same ${unit} as` : `${count === 1 ? '' : `${count} `}${unit}${count === 1 ? '' : 's'} ${relative.shift > 0 ? 'after' : 'before'}`;
  return stated === '' ? `${offset} ${anchor}` : `${stated}in the ${offset} ${anchor}`;
}

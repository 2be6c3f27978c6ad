import type { DatePoint, DateValue } from '../../schema/claims.js';
import { rangeValue } from './points.js';
import type { DateMatch } from './types.js';

/**
 * Widens points over a preposition that makes them a bound: `since 2022`
 * and an unjoined `from 2008` (ranges with only a start, relation `since`),
 * `until 1999` and `by 1850` (only an end, relation `until`), `before 1900`
 * and `after 2001` (the point, with relation `before`/`after`: the bound
 * itself is not covered).
 */
export function applyRelations(text: string, matches: readonly DateMatch[]): DateMatch[] {
  return matches.map((match) => {
    if (match.value.granularity === 'range' || match.value.relation) return match;
    // `a drop from the previous year` compares; only dates stated in full, or missing just their year, take a bound.
    const relative = match.value.relative;
    if (relative && !(relative.anchor === 'text' && relative.unit === 'year' && relative.shift === 0 && relative.month !== undefined)) return match;
    const found = RELATION.exec(text.slice(Math.max(0, match.start - 16), match.start));
    if (!found) return match;
    const word = (found[1] as string).toLowerCase().replace(/[\s\u00a0]+/g, ' ');
    // `the chapel dates from 1900` gives its origin, not a span.
    if (word === 'from' && /(?<![\p{L}])dat(?:e|es|ed|ing)[\s\u00a0]{1,3}$/iu.test(text.slice(Math.max(0, match.start - found[0].length - 9), match.start - found[0].length))) return match;
    const point = match.value as DatePoint;
    const value: DateValue =
      word === 'since' || word === 'from'
        ? rangeValue(point, null, 'since')
        : word === 'before' || word === 'prior to'
          ? { ...point, relation: 'before' }
          : word === 'after'
            ? { ...point, relation: 'after' }
            : rangeValue(null, point, 'until');
    return { ...match, start: match.start - found[0].length, value };
  });
}

const S = '[\\s\\u00a0]';
const RELATION = new RegExp(`(?<![\\p{L}])(since|from|until|till|up${S}{1,3}to|up${S}{1,3}until|by|before|prior${S}{1,3}to|after)${S}{1,3}$`, 'iu');

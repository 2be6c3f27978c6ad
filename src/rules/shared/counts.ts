import type { MoneyClaim, QuantityClaim } from '../../schema/claims.js';

/**
 * Whether two counts can be the same number: their intervals overlap once
 * each is widened by its rounding (`2.6 million` covers 2,550,000–2,650,000)
 * and by a tenth when it says it is approximate.
 */
export function sameCount(a: QuantityClaim, b: QuantityClaim): boolean {
  return sameAmount(a.value, b.value);
}

/**
 * Whether two figures — counts, measures or sums of money — can be one
 * amount: the same unit or currency (when both give one) and overlapping
 * intervals, widened as `sameCount` widens them. A bound (`more than $5
 * million`) agrees with anything on its side.
 */
export function sameFigure(a: QuantityClaim | MoneyClaim, b: QuantityClaim | MoneyClaim): boolean {
  if (a.kind !== b.kind) return true;
  if (a.kind === 'money' && b.kind === 'money') {
    if (a.value.bound || b.value.bound) return true;
    if (a.value.currency && b.value.currency && a.value.currency !== b.value.currency) return true;
    return sameAmount(a.value, b.value);
  }
  const [unitA, unitB] = [(a as QuantityClaim).value.noun, (b as QuantityClaim).value.noun];
  if (unitA && unitB && unitA !== unitB) return true;
  return sameAmount(a.value, b.value);
}

function sameAmount(a: Bounds, b: Bounds): boolean {
  const widen = (value: Bounds) => {
    const slack = Math.max(value.approximate ? Math.max(1, value.max * 0.1) : 0, roundingOf(value.max) / 2);
    return [value.min - slack, value.max + slack] as const;
  };
  const [lowA, highA] = widen(a);
  const [lowB, highB] = widen(b);
  return lowA <= highB && lowB <= highA;
}

interface Bounds {
  min: number;
  max: number;
  approximate: boolean;
}

/** The unit a whole number was rounded to: 100,000 for 2,600,000, 1 for 1,539. */
function roundingOf(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let unit = 1;
  while (unit < 1e12 && value % (unit * 10) === 0) unit *= 10;
  return unit;
}

// Nouns that count the same thing: a town's `population` is its `inhabitants`; an armed group's `size` its `members`.
const families: ReadonlyArray<readonly string[]> = [
  ['population', 'inhabitant', 'resident', 'people', 'person'],
  ['size', 'strength', 'member', 'membership', 'fighter', 'troop', 'soldier', 'personnel', 'militant'],
  ['employee', 'staff', 'worker', 'workforce'],
  ['student', 'enrollment', 'enrolment', 'pupil'],
  ['capacity', 'seat', 'spectator'],
  // A hotel's `number_of_rooms` and `310 bedrooms and suites`.
  ['room', 'bedroom', 'guest room'],
  // `sold 680,000 units in its first week`, `its 860,000 first-week sales`: copies sold.
  ['sale', 'unit', 'copy'],
  ['cost', 'construction cost', 'final cost'],
];

/** The family a measure noun belongs to, so `population` meets `inhabitant`; other nouns stand for themselves. */
export function measureFamily(measure: string): string {
  // An infobox key names its measure in the plural (`Num_employees`, `Students`), the prose's noun in the singular.
  const singular = measure.endsWith('s') && !measure.endsWith('ss') ? measure.slice(0, -1) : measure;
  const family = families.find((members) => members.includes(measure) || members.includes(singular));
  return family ? (family[0] as string) : singular;
}

// Approximate figures (`around 70`, `~300`) are read as ±5%: `around 70` agrees with `60 to 80`,
// `some 506,900` does not with `approximately 436,300`.
const approximateSlack = 0.05;

/** A figure's interval: approximations widened, bounds open on their side. */
export function figureInterval(value: { min: number; max: number; approximate: boolean; bound?: string | undefined }): { low: number; high: number } {
  const slack = value.approximate ? Math.max(1, Math.round(value.max * approximateSlack)) : 0;
  const low = value.bound === 'less-than' || value.bound === 'at-most' ? 0 : value.min - slack;
  const high = value.bound === 'more-than' || value.bound === 'at-least' ? Number.POSITIVE_INFINITY : value.max + slack;
  return { low, high };
}

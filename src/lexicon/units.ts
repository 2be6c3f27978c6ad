import { type LexiconModule, words } from './list.js';

/**
 * Units of measure and how they are normalised: a measure (`3.5 km`,
 * `1,280 m`, `4.2 kg`) is a quantity whose noun is the unit symbol, so that
 * `12 kilometres` and `12 km` compare equal.
 */

/** Where these words come from. */
export const source =
  'SI and SI-accepted units and their symbols (BIPM SI Brochure, 9th edition, tables 2–8), the imperial and US customary units Wikipedia articles convert ({{convert}} unit list), and the typographic units of image markup (`125px`).';

/** Spelled units, singular and plural, lower case → symbol. */
export const SPELLED_UNITS: Record<string, string> = {};
const spelled = (symbol: string, forms: string) => {
  for (const form of words(forms)) SPELLED_UNITS[form] = symbol;
};
spelled('km', 'kilometre kilometres kilometer kilometers');
spelled('m', 'metre metres meter meters');
spelled('cm', 'centimetre centimetres centimeter centimeters');
spelled('mm', 'millimetre millimetres millimeter millimeters');
spelled('dm', 'decimetre decimetres decimeter decimeters');
spelled('mi', 'mile miles');
spelled('ft', 'foot feet');
spelled('in', 'inch inches');
spelled('yd', 'yard yards');
spelled('kg', 'kilogram kilograms kilogramme kilogrammes kilo kilos');
spelled('g', 'gram grams gramme grammes');
spelled('mg', 'milligram milligrams milligramme milligrammes');
spelled('µg', 'microgram micrograms microgramme microgrammes');
spelled('t', 'tonne tonnes');
spelled('ton', 'ton tons');
spelled('lb', 'pound pounds');
spelled('oz', 'ounce ounces');
spelled('ha', 'hectare hectares');
spelled('acre', 'acre acres');
spelled('L', 'litre litres liter liters');
spelled('mL', 'millilitre millilitres milliliter milliliters');
spelled('gal', 'gallon gallons');
spelled('bbl', 'barrel barrels');
spelled('°', 'degree degrees');
spelled('kW', 'kilowatt kilowatts');
spelled('MW', 'megawatt megawatts');
spelled('GW', 'gigawatt gigawatts');
spelled('hp', 'horsepower');
spelled('kn', 'knot knots');
spelled('bit', 'bit bits');
spelled('B', 'byte bytes');
spelled('kB', 'kilobyte kilobytes');
spelled('MB', 'megabyte megabytes');
spelled('GB', 'gigabyte gigabytes');
spelled('TB', 'terabyte terabytes');
spelled('rad', 'radian radians');
spelled('tbsp', 'tablespoon tablespoons');
spelled('tsp', 'teaspoon teaspoons');
spelled('ly', 'light-year light-years');

/**
 * Symbols of length, which take `²`, `³`, `square`, `cubic` and `per hour`.
 * The inch's `in` is only the normal form of `inches`: after a number the
 * word `in` is a preposition.
 */
export const LENGTH_SYMBOLS: readonly string[] = words('km m cm mm mi ft yd in');

/** The other unit symbols read after a number, case-sensitive (`MB` is not `mb`). */
export const UNIT_SYMBOLS: readonly string[] = words(`
  dm kg g mg µg t ha mL gal bbl kW MW GW kWh MWh GWh TWh hp bhp kV Hz kHz MHz GHz
  kB MB GB TB mph kn nmi rad rpm cc lb oz
`);

/** Other spellings of a symbol → the symbol it stands for (`lbs` → `lb`, `kph` → `km/h`). */
export const UNIT_SYMBOL_VARIANTS: Readonly<Record<string, string>> = {
  lbs: 'lb',
  μg: 'µg',
  mcg: 'µg',
  KB: 'kB',
  ml: 'mL',
  kmh: 'km/h',
  kph: 'km/h',
  kmph: 'km/h',
};

/** Words before a unit of length that raise it to a power: `square miles` → `mi²`, `cubic metres` → `m³`. */
export const POWER_PREFIXES: Readonly<Record<string, '²' | '³'>> = { square: '²', sq: '²', cubic: '³', cu: '³' };

/** Words before a unit that make it another unit: `metric tons` → `t`, `nautical miles` → `nmi` (by the normalised unit after them). */
export const UNIT_QUALIFIERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  metric: { ton: 't', t: 't' },
  nautical: { mi: 'nmi' },
};

/** Words after a number that make it a percentage: `45 percent`, `12 pc`. (`per cent` is read as two words.) */
export const PERCENT_WORDS: readonly string[] = words('percent percents pc');

/** Units of screen and print (`125px`, `12 pt`): a number before them is a size in markup, never a figure or a year. */
export const TYPOGRAPHIC_UNITS: readonly string[] = words('px pt em');

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'units',
  source,
  lists: {
    spelled: Object.keys(SPELLED_UNITS),
    lengthSymbols: LENGTH_SYMBOLS,
    symbols: UNIT_SYMBOLS,
    symbolVariants: Object.keys(UNIT_SYMBOL_VARIANTS),
    powerPrefixes: Object.keys(POWER_PREFIXES),
    qualifiers: Object.keys(UNIT_QUALIFIERS),
    percent: PERCENT_WORDS,
    typographic: TYPOGRAPHIC_UNITS,
  },
};

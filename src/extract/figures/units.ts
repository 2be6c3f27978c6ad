import { isPunct, touches, type Token } from './tokens.js';

/**
 * Units of measure and how they are normalised. A measure (`3.5 km`,
 * `1,280 m`, `4.2 kg`) is a quantity whose noun is the unit symbol, so that
 * `12 kilometres` and `12 km` compare equal.
 */

/** Spelled units, singular and plural, case-insensitive → symbol. */
const spelledUnits: Record<string, string> = {};
const spelled = (symbol: string, ...forms: string[]) => {
  for (const form of forms) spelledUnits[form] = symbol;
};
spelled('km', 'kilometre', 'kilometres', 'kilometer', 'kilometers');
spelled('m', 'metre', 'metres', 'meter', 'meters');
spelled('cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters');
spelled('mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters');
spelled('dm', 'decimetre', 'decimetres', 'decimeter', 'decimeters');
spelled('mi', 'mile', 'miles');
spelled('ft', 'foot', 'feet');
spelled('in', 'inch', 'inches');
spelled('yd', 'yard', 'yards');
spelled('kg', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos');
spelled('g', 'gram', 'grams', 'gramme', 'grammes');
spelled('mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes');
spelled('µg', 'microgram', 'micrograms', 'microgramme', 'microgrammes');
spelled('t', 'tonne', 'tonnes');
spelled('ton', 'ton', 'tons');
spelled('lb', 'pound', 'pounds');
spelled('oz', 'ounce', 'ounces');
spelled('ha', 'hectare', 'hectares');
spelled('acre', 'acre', 'acres');
spelled('L', 'litre', 'litres', 'liter', 'liters');
spelled('mL', 'millilitre', 'millilitres', 'milliliter', 'milliliters');
spelled('gal', 'gallon', 'gallons');
spelled('bbl', 'barrel', 'barrels');
spelled('°', 'degree', 'degrees');
spelled('kW', 'kilowatt', 'kilowatts');
spelled('MW', 'megawatt', 'megawatts');
spelled('GW', 'gigawatt', 'gigawatts');
spelled('hp', 'horsepower');
spelled('kn', 'knot', 'knots');
spelled('bit', 'bit', 'bits');
spelled('B', 'byte', 'bytes');
spelled('kB', 'kilobyte', 'kilobytes');
spelled('MB', 'megabyte', 'megabytes');
spelled('GB', 'gigabyte', 'gigabytes');
spelled('TB', 'terabyte', 'terabytes');
spelled('rad', 'radian', 'radians');
spelled('tbsp', 'tablespoon', 'tablespoons');
spelled('tsp', 'teaspoon', 'teaspoons');
spelled('ly', 'light-year', 'light-years');

/** Unit symbols, case-sensitive (`MB` is not `mb`) → normalised symbol. */
const unitSymbols: Record<string, string> = {};
for (const symbol of 'km m cm mm dm mi ft yd kg g mg µg μg t ha mL gal bbl kW MW GW kWh MWh GWh TWh hp bhp kV Hz kHz MHz GHz kB KB MB GB TB mph kph kmh kn nmi rad cc mcg lb lbs oz ml'.split(' ')) {
  unitSymbols[symbol] = symbol;
}
Object.assign(unitSymbols, { lbs: 'lb', μg: 'µg', mcg: 'µg', KB: 'kB', ml: 'mL', kmh: 'km/h', kph: 'km/h', kmph: 'km/h' });

const lengthSymbols = new Set(['km', 'm', 'cm', 'mm', 'mi', 'ft', 'yd', 'in']);

/** A unit read after a number: the normalised symbol and the tokens it covers. */
export interface UnitMatch {
  unit: string;
  first: number;
  last: number;
}

/**
 * Reads a unit starting at token `index`: `km`, `kilometres`, `square miles`,
 * `km²`, `km/h`, `°C`, `miles per hour`, `metric tons`, or returns null.
 */
export function readUnit(tokens: readonly Token[], index: number): UnitMatch | null {
  const token = tokens[index];
  if (!token) return null;
  if (isPunct(token, '°')) {
    const scale = tokens[index + 1];
    if (scale && touches(token, scale) && (scale.text === 'C' || scale.text === 'F')) return { unit: `°${scale.text}`, first: index, last: index + 1 };
    return withTemperatureScale(tokens, { unit: '°', first: index, last: index });
  }
  if (token.kind !== 'word') return null;
  if (token.lower === 'square' || token.lower === 'sq' || token.lower === 'cubic' || token.lower === 'cu') {
    let at = index + 1;
    if (isPunct(tokens[at], '.')) at++;
    if (tokens[at]?.kind !== 'space') return null;
    const inner = readSimpleUnit(tokens, at + 1);
    if (!inner || !lengthSymbols.has(inner.unit)) return null;
    return { unit: `${inner.unit}${token.lower.startsWith('s') ? '²' : '³'}`, first: index, last: inner.last };
  }
  if ((token.lower === 'metric' || token.lower === 'nautical') && tokens[index + 1]?.kind === 'space') {
    const inner = readSimpleUnit(tokens, index + 2);
    if (inner && token.lower === 'metric' && (inner.unit === 'ton' || inner.unit === 't')) return { unit: 't', first: index, last: inner.last };
    if (inner && token.lower === 'nautical' && inner.unit === 'mi') return { unit: 'nmi', first: index, last: inner.last };
    return null;
  }
  return readSimpleUnit(tokens, index);
}

function readSimpleUnit(tokens: readonly Token[], index: number): UnitMatch | null {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return null;
  const lightYear = token.lower === 'light' && isPunct(tokens[index + 1], '-') && /^years?$/.test(tokens[index + 2]?.lower ?? '');
  if (lightYear) return { unit: 'ly', first: index, last: index + 2 };
  const base = Object.hasOwn(spelledUnits, token.lower) ? spelledUnits[token.lower] : Object.hasOwn(unitSymbols, token.text) ? unitSymbols[token.text] : undefined;
  if (base === undefined) return null;
  let unit = base;
  let last = index;
  const glued = tokens[index + 1];
  // `km²`, `km2`, `m³`.
  if (glued && touches(token, glued) && lengthSymbols.has(unit) && (glued.text === '²' || glued.text === '2' || glued.text === '³' || glued.text === '3')) {
    unit = `${unit}${glued.text === '2' || glued.text === '²' ? '²' : '³'}`;
    last = index + 1;
  }
  // `km/h`, `m/s`.
  if (isPunct(tokens[last + 1], '/') && touches(tokens[last], tokens[last + 1]) && /^(?:h|hr|s)$/.test(tokens[last + 2]?.text ?? '')) {
    unit = `${unit}/${(tokens[last + 2] as Token).text === 's' ? 's' : 'h'}`;
    last += 2;
  }
  // `miles per hour`, `kilometres per hour`, `188 miles an hour`.
  const per = tokens[last + 2]?.lower;
  if (lengthSymbols.has(unit) && tokens[last + 1]?.kind === 'space' && (per === 'per' || per === 'an') && tokens[last + 3]?.kind === 'space' && tokens[last + 4]?.lower === 'hour') {
    unit = unit === 'mi' ? 'mph' : `${unit}/h`;
    last += 4;
  }
  return unit === '°' ? withTemperatureScale(tokens, { unit, first: index, last }) : { unit, first: index, last };
}

/** `100° Celsius`, `40 degrees Fahrenheit`. */
function withTemperatureScale(tokens: readonly Token[], degrees: UnitMatch): UnitMatch {
  const scale = tokens[degrees.last + 2];
  if (tokens[degrees.last + 1]?.kind !== 'space' || !scale) return degrees;
  if (scale.lower === 'celsius' || scale.lower === 'centigrade') return { unit: '°C', first: degrees.first, last: degrees.last + 2 };
  if (scale.lower === 'fahrenheit') return { unit: '°F', first: degrees.first, last: degrees.last + 2 };
  return degrees;
}

/** Whether a noun is a normalised unit symbol (a measure, not a count). */
export function isUnitSymbol(noun: string | null): boolean {
  if (noun === null) return false;
  return Object.values(spelledUnits).includes(noun) || Object.values(unitSymbols).includes(noun) || /^(?:km|m|cm|mm|mi|ft|yd|in)[²³]$|\/[hs]$|^°[CF]?$|^(?:mph|nmi|ly)$/.test(noun);
}

/** Whether letters glued after digits are a unit symbol (`3.5km`, `200lbs`), which makes them a measure and not an identifier. */
export function isGluedUnit(text: string): boolean {
  return Object.hasOwn(unitSymbols, text) && text !== 'cc';
}

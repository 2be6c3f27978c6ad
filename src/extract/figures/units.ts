import { isPunct, touches, type Token } from './tokens.js';
import { LENGTH_SYMBOLS, POWER_PREFIXES, SPELLED_UNITS as spelledUnits, UNIT_QUALIFIERS, UNIT_SYMBOL_VARIANTS, UNIT_SYMBOLS } from '../../lexicon/units.js';

/**
 * Reads units of measure after a number with the unit table of
 * `src/lexicon/units.ts`. A measure (`3.5 km`, `1,280 m`, `4.2 kg`) is a
 * quantity whose noun is the unit symbol, so that `12 kilometres` and
 * `12 km` compare equal.
 */

/** Unit symbols read after a number, case-sensitive (`MB` is not `mb`) → normalised symbol. After a number `in` is a preposition. */
const unitSymbols: Record<string, string> = {};
for (const symbol of [...LENGTH_SYMBOLS.filter((length) => length !== 'in'), ...UNIT_SYMBOLS]) unitSymbols[symbol] = symbol;
Object.assign(unitSymbols, UNIT_SYMBOL_VARIANTS);

const lengthSymbols: ReadonlySet<string> = new Set(LENGTH_SYMBOLS);

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
  const power = Object.hasOwn(POWER_PREFIXES, token.lower) ? POWER_PREFIXES[token.lower] : undefined;
  if (power !== undefined) {
    let at = index + 1;
    if (isPunct(tokens[at], '.')) at++;
    if (tokens[at]?.kind !== 'space') return null;
    const inner = readSimpleUnit(tokens, at + 1);
    if (!inner || !lengthSymbols.has(inner.unit)) return null;
    return { unit: `${inner.unit}${power}`, first: index, last: inner.last };
  }
  const qualified = Object.hasOwn(UNIT_QUALIFIERS, token.lower) ? UNIT_QUALIFIERS[token.lower] : undefined;
  if (qualified !== undefined && tokens[index + 1]?.kind === 'space') {
    const inner = readSimpleUnit(tokens, index + 2);
    const unit = inner && Object.hasOwn(qualified, inner.unit) ? qualified[inner.unit] : undefined;
    return inner && unit !== undefined ? { unit, first: index, last: inner.last } : null;
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
  // `granted 4,908 degrees`: a spelled `degrees` is a measure only with a scale, a bearing or an angle after it.
  if ((token.lower === 'degree' || token.lower === 'degrees') && !degreeMeasure.test(tokens[index + 2]?.lower ?? '')) return null;
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

// What follows a spelled `degrees` of heat or angle: `Celsius`, `north`, `of latitude`, `below zero`, `angle`.
const degreeMeasure = /^(?:celsius|centigrade|fahrenheit|kelvin|c|f|k|north|south|east|west|n|s|e|w|of|below|above|angle|warmer|colder|higher|lower)$/;

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

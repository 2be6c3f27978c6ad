import type { LexiconModule } from './list.js';

/** Words and abbreviations that multiply a number: `1.2 million`, `1.5bn`, `3 crore`, `a dozen`. */

/** Where these words come from. */
export const source =
  'English short-scale number names (hundred to trillion), the Indian numbering words lakh and crore, dozen, and the abbreviations financial and news writing uses after figures (Reuters and AP style: "mn", "bn", "tn"; "m", "k", "b" in money amounts).';

const table = (entries: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(entries));

/** Scale words, spelled out: `hundred` follows a unit; larger scales come in decreasing order. */
export const SCALE_WORDS = table({ hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12 });
/** `dozen` multiplies what it follows by twelve; `dozens` too (`three dozens`). */
export const DOZEN_WORDS = table({ dozen: 12, dozens: 12 });
/** Ordinal scale words: `hundredth`, `millionth`. */
export const ORDINAL_SCALE_WORDS = table({ hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9 });
/** Abbreviations that read as a scale after digits anywhere: `1.5bn`, `3 mn`. */
export const SCALE_ABBREVIATIONS = table({ mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12 });
/** Abbreviations that read as a scale only in money (`$2.5m`, `£60 m`): elsewhere `1.8m` is metres. */
export const MONEY_SCALE_ABBREVIATIONS = table({ k: 1e3, m: 1e6, mm: 1e6, mil: 1e6, b: 1e9 });

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'magnitudes',
  source,
  lists: {
    scales: [...SCALE_WORDS.keys()],
    dozens: [...DOZEN_WORDS.keys()],
    ordinalScales: [...ORDINAL_SCALE_WORDS.keys()],
    abbreviations: [...SCALE_ABBREVIATIONS.keys()],
    moneyAbbreviations: [...MONEY_SCALE_ABBREVIATIONS.keys()],
  },
};

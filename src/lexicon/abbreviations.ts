import type { LexiconModule } from './list.js';

/**
 * Abbreviations the sentence splitter must know that belong to no other
 * class (titles, months, organization suffixes and post-nominals are in their
 * own modules), each with what a full stop after it does. Written in lower
 * case without the full stop; `m.p` (`m.p.`) keeps its inner dot.
 */

/** Where these words come from. */
export const source =
  'The abbreviations of citations and references (Chicago Manual of Style §10.43 "scholarly abbreviations"; Wikipedia citation templates: "p.", "pp.", "vol.", "no."), of dates in biographies (MOS:CIRCA, MOS:DOB: "c.", "b.", "d.", "fl.", "r."), and Latin ones (MOS:LATINABBR: "etc.", "et al.", "cf.", "viz.").';

/**
 * What a full stop after an abbreviation does:
 * - `reference`: a number follows, a reference and not a figure (`p. 74`, `vol. 25`); never a sentence end before a digit;
 * - `number`: a number follows (`est. 1990`); never a sentence end before a digit;
 * - `may-end`: a sentence ends there only before a typical opener (`The`, `He`);
 * - `non-final`: never ends a sentence (`cf.`, `viz.`);
 * - `lower-case`: in lower case never ends a sentence (`b. 1950`, `c. 1200`); `Plan B.` may.
 */
export type AbbreviationUse = 'reference' | 'number' | 'may-end' | 'non-final' | 'lower-case';

export const ABBREVIATIONS: ReadonlyMap<string, readonly AbbreviationUse[]> = new Map<string, readonly AbbreviationUse[]>([
  ['no', ['reference', 'may-end']],
  ['nos', ['reference']],
  ['nr', ['reference']],
  ['vol', ['reference', 'may-end']],
  ['vols', ['reference']],
  ['p', ['reference']],
  ['pp', ['reference']],
  ['ch', ['reference']],
  ['sec', ['reference']],
  ['art', ['reference']],
  ['para', ['reference']],
  ['fig', ['reference']],
  ['figs', ['reference']],
  ['op', ['reference']],
  ['cap', ['reference']],
  ['pt', ['reference']],
  ['ed', ['reference', 'may-end']],
  ['eds', ['may-end']],
  ['ex', ['number']],
  ['est', ['number', 'may-end']],
  ['etc', ['may-end']],
  ['al', ['may-end']],
  ['vs', ['non-final']],
  ['cf', ['non-final']],
  ['viz', ['non-final']],
  ['approx', ['non-final']],
  ['b', ['lower-case']],
  ['c', ['lower-case']],
  ['ca', ['lower-case']],
  ['d', ['lower-case']],
  ['fl', ['lower-case']],
  ['m', ['lower-case']],
  ['m.p', ['lower-case']],
  ['n', ['lower-case']],
  ['r', ['lower-case']],
  ['s', ['lower-case']],
  ['v', ['lower-case']],
]);

/** The abbreviations that have `use`. */
export function abbreviationsFor(use: AbbreviationUse): readonly string[] {
  return [...ABBREVIATIONS].filter(([, uses]) => uses.includes(use)).map(([abbreviation]) => abbreviation);
}

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'abbreviations', source, lists: { abbreviations: [...ABBREVIATIONS.keys()] } };

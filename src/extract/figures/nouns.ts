import { isMonth, wordSet } from './context.js';
import { dashes, isAllCaps, isCapitalized, isPunct, touches, type Token } from './tokens.js';

/** Words that never belong to a counted noun phrase: function words, auxiliaries, time adverbs. */
const stopWords = wordSet(`
  a an the this that these those its their his her our my your of to in on at by for with from and or nor but
  as than then when while whose who whom which what where was were is are be been being had has have having do
  did does will would could should may might must can shall not no per into onto over under between among
  against about around through after before during since until upon later earlier ago old each every
  including like via also only just still even more most less least such so some any all both either neither
  own same other another out up down off again there here it they them he she we you i now then apiece
`);

/** Whether a lower-case word is a function word that ends a noun phrase. */
export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** Past participles that do not end in `-ed` (`the first held`, `first built`): verbs, not nouns. */
const irregularParticiples = wordSet(`
  held built made won seen known run set put given taken written sung shown sold found brought bought begun drawn
  become come done led fought swung went came took gave saw fell rose ran began became left met struck stood sat
  lay told said thought wrote sang spoke broke chose drove flew grew knew threw
`);

/** Whether a lower-case word reads as a verb form after a figure or an ordinal (`elected`, `held`, `only`). */
export function isVerbLike(word: string): boolean {
  return irregularParticiples.has(word) || word.endsWith('ed') || word.endsWith('ly');
}

/** Plural nouns that do not end in `s`, and nouns that are the same in both numbers. */
const irregularPlurals: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  persons: 'person',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  oxen: 'ox',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  alumni: 'alumnus',
  cacti: 'cactus',
  fungi: 'fungus',
  shoes: 'shoe',
  movies: 'movie',
  species: 'species',
  series: 'series',
  news: 'news',
  police: 'police',
  staff: 'staff',
  personnel: 'personnel',
  infantry: 'infantry',
  cavalry: 'cavalry',
  artillery: 'artillery',
  aircraft: 'aircraft',
  spacecraft: 'spacecraft',
  sheep: 'sheep',
  deer: 'deer',
  fish: 'fish',
  cattle: 'cattle',
  livestock: 'livestock',
  crew: 'crew',
  troops: 'troop',
  headquarters: 'headquarters',
  means: 'means',
  offspring: 'offspring',
  clergy: 'clergy',
  militia: 'militia',
  youth: 'youth',
};

/** Singular nouns that end in `s` where a plural would: `779 Mobil gas stations` counts stations, not gases. */
const singularsInS: ReadonlySet<string> = new Set(['gas', 'bias', 'atlas', 'canvas', 'alias', 'lens', 'chassis', 'pancreas', 'iris', 'oasis']);

/** Whether a lower-case word is a plural noun (or a noun the same in both numbers). */
export function isPluralNoun(word: string): boolean {
  if (Object.hasOwn(irregularPlurals, word)) return true;
  if (word.endsWith('men') && word.length > 4) return true;
  if (word.length < 3 || !word.endsWith('s') || singularsInS.has(word)) return false;
  return !/(?:ss|us|is|ous|ics)$/.test(word);
}

/**
 * The singular of a plural noun: `people` → `person`, `policemen` →
 * `policeman`, `casualties` → `casualty`, `fronts` → `front`. Words that are
 * not plural come back unchanged.
 */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  if (Object.hasOwn(irregularPlurals, lower)) return irregularPlurals[lower] as string;
  if (lower.endsWith('men') && lower.length > 4) return `${lower.slice(0, -3)}man`;
  if (!isPluralNoun(lower)) return lower;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:[lr]ves|aves)$/.test(lower) && !/(?:curves|nerves|valves|graves|waves|slaves|caves)$/.test(lower)) return `${lower.slice(0, -3)}f`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(lower)) return lower.slice(0, -2);
  if (/[^aeiou]oes$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** A noun phrase after a figure: the tokens it covers and its normalised text. */
export interface NounPhrase {
  first: number;
  last: number;
  /** Lower case, head singular: `soviet soldier`, `studio album`, `person`. */
  noun: string;
}

/** Words that add nothing to what is counted (`18 more people`, `four other members`). */
const countModifiers = wordSet('more other additional further extra');

/**
 * Reads the counted noun phrase starting at token `index` (after the number):
 * up to four words ending in a plural noun (`fronts`, `Soviet soldiers`,
 * `studio albums`), or, for a count of one, the first noun (`one member`).
 * Stops at function words, punctuation, digits and month names.
 */
export function readCountedNoun(tokens: readonly Token[], index: number, singular: boolean): NounPhrase | null {
  const words: Array<{ first: number; last: number; text: string }> = [];
  let at = index;
  for (let guard = 0; guard < 4; guard++) {
    const word = readWord(tokens, at);
    if (!word) break;
    const lower = word.text.toLowerCase();
    if (stopWords.has(lower) && !(words.length === 0 && countModifiers.has(lower))) break;
    if (isMonth(tokens[word.first])) break;
    // A count of one names a singular noun: a plural or verb-like word ends the phrase before it (`One employs`, `one person present`).
    if (singular && (isVerbLike(lower) || lower.endsWith('ing') || (isPluralNoun(lower) && !countModifiers.has(lower)))) break;
    words.push(word);
    if (!singular && isPluralNoun(lower)) break;
    if (tokens[word.last + 1]?.kind !== 'space') break;
    at = word.last + 2;
  }
  const head = words[words.length - 1];
  if (!head) return null;
  // `24 Hours`, `two World Series`: a capitalised head is a name, not what is counted.
  if (isCapitalized(tokens[head.first]) && !isAllCaps(tokens[head.first])) return null;
  const headLower = head.text.toLowerCase();
  if (!singular && !isPluralNoun(headLower)) return null;
  if (countModifiers.has(headLower)) return null;
  // The noun is the head with the lower-case modifiers right before it: `two former Shining Path strongholds` counts `stronghold`.
  const modifiers: string[] = [];
  for (let position = words.length - 2; position >= 0; position--) {
    const word = words[position] as { first: number; text: string };
    if (countModifiers.has(word.text.toLowerCase()) || isCapitalized(tokens[word.first])) break;
    modifiers.unshift(word.text.toLowerCase());
  }
  const noun = [...modifiers, isAllCaps(tokens[head.first]) ? head.text : singularize(head.text)].join(' ');
  return { first: (words[0] as { first: number }).first, last: head.last, noun };
}

/** A word, possibly hyphenated (`anti-aircraft`, `left-wing`), starting at `index`. */
export function readWord(tokens: readonly Token[], index: number): { first: number; last: number; text: string } | null {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return null;
  let last = index;
  let text = token.text;
  for (let guard = 0; guard < 4; guard++) {
    const dash = tokens[last + 1];
    const next = tokens[last + 2];
    if (!isPunct(dash, dashes.slice(0, 3)) || !touches(tokens[last], dash) || next?.kind !== 'word' || !touches(dash, next)) break;
    text += `-${next.text}`;
    last += 2;
  }
  return { first: index, last, text };
}

import { type LexiconModule, words } from './list.js';

/** Where these words come from. */
export const source =
  'The basic colour terms of English (Berlin and Kay, Basic Color Terms, 1969) and the colour names sports clubs, schools and parties give as their colours in infoboxes (`claret`, `navy`, `sky blue`).';

/** Colour words, lower case: what an infobox's `Colours` line and the prose's `its green and white colours` are made of. */
export const COLOURS: readonly string[] = words(`
  red green blue yellow orange purple pink brown black white grey gray gold maroon crimson scarlet
  claret amber violet magenta cyan turquoise teal azure cerise burgundy beige cream tangerine lilac indigo
`);

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = { module: 'colours', source, lists: { colours: COLOURS } };

import type { LexiconModule } from './list.js';

/**
 * English number words by their place in number grammar: a unit may follow a
 * ten (`twenty-one`), teens and tens stand alone, ordinals end a number
 * (`twenty-first`). Scale words (`hundred`, `million`) are in `magnitudes.ts`.
 */

/** Where these words come from. */
export const source = 'English cardinal and ordinal number words (Cambridge Grammar of the English Language, ch. 5 §7, "numerals"), the decade words of written dates (`the sixties`), and the fraction words English counts with.';

const table = (entries: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(entries));

/** Words for nought. */
export const ZERO_WORDS = table({ zero: 0, nought: 0, naught: 0 });
/** `one` … `nine`: may follow a ten and precede `hundred` or a scale. */
export const UNIT_WORDS = table({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });
/** `ten` … `nineteen`: stand alone below a hundred. */
export const TEEN_WORDS = table({ ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 });
/** `twenty` … `ninety`: may take a unit after a hyphen or a space. */
export const TEN_WORDS = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });

/** `first` … `ninth`. */
export const ORDINAL_UNIT_WORDS = table({ first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 });
/** `tenth` … `nineteenth`. */
export const ORDINAL_TEEN_WORDS = table({
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
});
/** `twentieth` … `ninetieth`. */
export const ORDINAL_TEN_WORDS = table({ twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 });

/** Decades as plural tens: `the sixties` → 6 (the tens digit). */
export const DECADE_WORDS = table({ twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 });

/** Denominators that are not ordinals: `a half`, `three quarters` → 2, 4. */
export const FRACTION_WORDS = table({ half: 2, halves: 2, quarter: 4, quarters: 4 });

/** `oh` for nought when digits are read out one by one (`point oh five`). */
export const SPOKEN_DIGIT_WORDS = table({ oh: 0 });

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'numbers',
  source,
  lists: {
    zero: [...ZERO_WORDS.keys()],
    units: [...UNIT_WORDS.keys()],
    teens: [...TEEN_WORDS.keys()],
    tens: [...TEN_WORDS.keys()],
    ordinalUnits: [...ORDINAL_UNIT_WORDS.keys()],
    ordinalTeens: [...ORDINAL_TEEN_WORDS.keys()],
    ordinalTens: [...ORDINAL_TEN_WORDS.keys()],
    decades: [...DECADE_WORDS.keys()],
    fractions: [...FRACTION_WORDS.keys()],
    spokenDigits: [...SPOKEN_DIGIT_WORDS.keys()],
  },
};

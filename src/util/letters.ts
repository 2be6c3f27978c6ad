/**
 * Letter-case tests that many stages ask of a word, each on a pattern built
 * once. esbuild (under tsx, vitest and in the build) writes a pattern literal
 * holding a Unicode property escape (`\p{Lu}`) as `new RegExp(…)`, so one
 * written inside a function is made again on every call; these were made
 * hundreds of thousands of times per corpus pass.
 */

const upperInitial = /^\p{Lu}/u;
const lowerInitial = /^\p{Ll}/u;
const letterInitial = /^\p{L}/u;
const lettersOnly = /^\p{L}+$/u;

/** Whether `text` opens with an upper-case letter: `Paris`, `É`. */
export function startsUpperCase(text: string): boolean {
  return upperInitial.test(text);
}

/** Whether `text` opens with a lower-case letter. */
export function startsLowerCase(text: string): boolean {
  return lowerInitial.test(text);
}

/** Whether `text` opens with a letter of any script. */
export function startsWithLetter(text: string): boolean {
  return letterInitial.test(text);
}

/** Whether `text` is one or more letters and nothing else. */
export function isLetters(text: string): boolean {
  return lettersOnly.test(text);
}

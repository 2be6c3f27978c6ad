import { ABBREVIATIONS_IN_NAMES } from './lexicon.js';

/**
 * A word tokenizer for the name grammar: one linear scan over a sentence's
 * plain text, no regular expression over the whole string.
 *
 * Words keep their inner joiners (`Pro-Seguir`, `Marxism–Leninism`, `O'Brien`,
 * `Guzmán's`, `U.S.`) so a name's words are single tokens; a trailing full
 * stop stays on initials, dotted acronyms and known abbreviations (`J.`,
 * `U.S.`, `Inc.`), where it belongs to the name and not to the sentence.
 */

/** One word or one punctuation character of a sentence, with its offsets in the plain text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'punct';
  /** Whether whitespace separates this token from the one before. */
  spaced: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const LOWER_CHAR = /\p{Ll}/u;
// Module constants, not literals in the functions: the bundler writes a `\p{…}` literal as `new RegExp(…)`, made again at every call.
const LETTER = /\p{L}/u;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const INNER_JOINERS = new Set(['-', "'", '’', '.', '–', '&']);

/** Splits plain text into words and punctuation; whitespace only sets `spaced`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let spaced = true;
  while (index < text.length) {
    const char = text[index] as string;
    if (isSpace(char)) {
      spaced = true;
      index++;
      continue;
    }
    if (!isWordChar(text, index)) {
      const length = charLength(text, index);
      tokens.push({ text: text.slice(index, index + length), start: index, end: index + length, kind: 'punct', spaced });
      spaced = false;
      index += length;
      continue;
    }
    const start = index;
    index = scanWord(text, index);
    const word = text.slice(start, index);
    // `the Manhattan-born Parker`, `a London-based firm`: the place is a word of its own, the participle another.
    const participle = word.includes('-') ? participleCompound.exec(word) : null;
    if (participle) {
      const cut = start + (participle[1] as string).length;
      tokens.push({ text: text.slice(start, cut), start, end: cut, kind: 'word', spaced });
      tokens.push({ text: text.slice(cut, index), start: cut, end: index, kind: 'word', spaced: false });
    } else {
      tokens.push({ text: word, start, end: index, kind: 'word', spaced });
    }
    spaced = false;
  }
  return tokens;
}

// A capitalised word glued to a participle of origin: `Manhattan-born`, `London-based`, `Belgian-owned`.
const participleCompound = /^(\p{Lu}[\p{L}'’.]*)(-(?:born|based|owned|led|made|built|bred|raised))$/u;

function scanWord(text: string, from: number): number {
  let index = from;
  let dotted = false;
  while (index < text.length) {
    if (isWordChar(text, index)) {
      index += charLength(text, index);
      continue;
    }
    const char = text[index] as string;
    if (INNER_JOINERS.has(char) && isWordChar(text, index + 1)) {
      if (char === '.') dotted = true;
      index++;
      continue;
    }
    break;
  }
  if (text[index] === '.' && keepsFullStop(text.slice(from, index), dotted)) index++;
  return index;
}

function keepsFullStop(word: string, dotted: boolean): boolean {
  if (dotted) return true;
  if (word.length === 1 && UPPER_START.test(word)) return true;
  return ABBREVIATIONS_IN_NAMES.has(word);
}

function charLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

function isWordChar(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  if (code === undefined) return false;
  // ASCII answers without a regular expression: most characters of English text are ASCII.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(code));
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || (char.charCodeAt(0) > 0x7f && /\s/u.test(char));
}

/** Whether a word starts with a capital letter (or an `al-`/`el-` particle before one). */
export function isCapitalized(word: string): boolean {
  if (opensUpperCase(word, 0)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && dash <= 3 && opensUpperCase(word, dash + 1);
}

/** Whether the letter at `at` is a capital; an ASCII one answers without the pattern, which every word of a sentence is asked. */
function opensUpperCase(word: string, at: number): boolean {
  const code = word.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_START.test(at === 0 ? word : word.slice(at));
}

/** Whether a word is written in capitals throughout, with at least two letters: `MPCP`, `U.S.`, `F.C.`. */
export function isAcronym(word: string): boolean {
  let letters = 0;
  for (const char of word) {
    if (LOWER_CHAR.test(char)) return isPluralAcronym(word);
    if (LETTER.test(char)) letters++;
  }
  return letters >= 2;
}

function isPluralAcronym(word: string): boolean {
  // `ALBs`, `NGOs`: capitals then one lower-case s.
  return word.length >= 3 && word.endsWith('s') && !LOWER_CHAR.test(word.slice(0, -1)) && TWO_CAPITALS.test(word);
}

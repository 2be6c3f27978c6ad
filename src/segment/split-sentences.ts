import { abbreviationsFor } from '../lexicon/abbreviations.js';
import { DOTTED_TITLE_ABBREVIATIONS, FEMALE_TITLE_ABBREVIATIONS, MALE_TITLE_ABBREVIATIONS, NEUTRAL_TITLE_ABBREVIATIONS, POST_NOMINAL_ABBREVIATIONS } from '../lexicon/honorifics.js';
import { MONTH_ABBREVIATIONS } from '../lexicon/months.js';
import { ORGANIZATION_SUFFIX_ABBREVIATIONS, ORGANIZATION_SUFFIXES, ORGANIZATION_WORD_ABBREVIATIONS } from '../lexicon/organizations.js';
import { PLACE_NAME_ABBREVIATIONS, STREET_ABBREVIATIONS } from '../lexicon/places.js';

/**
 * Splits plain text into sentences: `[start, end)` ranges, trimmed of spaces.
 *
 * Rule-based rather than `Intl.Segmenter`: ICU breaks after `U.S.`, `Dr.` and
 * initials, which encyclopedic text is full of (docs/design.md has the
 * measurement). A boundary is a terminator, then closing quotes or brackets,
 * then whitespace, then something that can open a sentence; a `.` that ends a
 * known abbreviation or an initial is not a boundary unless a typical sentence
 * opener follows.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = skipSpace(text, 0);
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (!isTerminator(code)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
    end = skipClosers(text, end);
    const next = skipSpace(text, end);
    if (next === end && end < text.length) {
      index = end;
      continue;
    }
    if (next >= text.length || isBoundary(text, index, end, next)) {
      pushRange(ranges, text, start, end);
      start = next;
    }
    index = next > index ? next : index + 1;
  }
  pushRange(ranges, text, start, text.length);
  return ranges;
}

const fullStop = 46;
const maxMarkerLength = 24;

/** Skips closing quotes and brackets and citation markers such as `[3]` after a terminator. */
function skipClosers(text: string, from: number): number {
  let end = from;
  for (;;) {
    if (end < text.length && isCloser(text.charCodeAt(end))) {
      end++;
      continue;
    }
    if (text.charCodeAt(end) === 91) {
      const window = text.slice(end + 1, end + 1 + maxMarkerLength);
      const close = window.indexOf(']');
      if (close > 0 && !/[[\n]/.test(window.slice(0, close))) {
        end += close + 2;
        continue;
      }
    }
    return end;
  }
}

function isBoundary(text: string, terminator: number, end: number, next: number): boolean {
  const following = text.codePointAt(next) as number;
  if (!canOpenSentence(following)) return false;
  if (text.charCodeAt(terminator) !== fullStop || terminator + 1 < end && text.charCodeAt(terminator + 1) === fullStop) {
    // `?`, `!` and ellipses end a sentence before a capital; an ellipsis before
    // lower case was already refused by canOpenSentence.
    return true;
  }
  const word = wordBefore(text, terminator);
  const nextWord = wordAt(text, next);
  if (titles.has(word.toLowerCase()) || lowerCaseAbbreviations.has(word)) return false;
  if (isDigit(following) && numberPrefixes.has(word.toLowerCase())) return false;
  const abbreviation = abbreviations.has(word.toLowerCase()) || isInitial(word) || word.includes('.');
  if (abbreviation) return sentenceOpeners.has(nextWord);
  return true;
}

function canOpenSentence(code: number): boolean {
  if (isDigit(code)) return true;
  // Opening quotes and brackets, and `¿`/`¡`.
  if ('"\'“‘«([¿¡'.includes(String.fromCodePoint(code))) return true;
  const char = String.fromCodePoint(code);
  return char !== char.toLowerCase() || (char === char.toUpperCase() && letter.test(char));
}

// Built once: the bundler writes a `\p{…}` literal as `new RegExp(…)`, made again at every call.
const letter = /\p{L}/u;

function wordBefore(text: string, terminator: number): string {
  let start = terminator;
  while (start > 0 && !isSpaceOrOpener(text.charCodeAt(start - 1)) && terminator - start < 24) start--;
  return text.slice(start, terminator);
}

function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && letter.test(text[end] as string) && end - start < 24) end++;
  return text.slice(start, end);
}

function isInitial(word: string): boolean {
  return word.length === 1 && word !== word.toLowerCase();
}

function pushRange(ranges: Array<[number, number]>, text: string, start: number, end: number): void {
  let trimmedEnd = end;
  while (trimmedEnd > start && isSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  if (trimmedEnd > start) ranges.push([start, trimmedEnd]);
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isSpace(text.charCodeAt(index))) index++;
  return index;
}

function isTerminator(code: number): boolean {
  // . ! ? … and the CJK full stop.
  return code === fullStop || code === 33 || code === 63 || code === 0x2026 || code === 0x3002;
}

function isCloser(code: number): boolean {
  // " ' ) ] ” ’ »
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isSpaceOrOpener(code: number): boolean {
  return isSpace(code) || code === 40 || code === 91 || code === 34 || code === 0x201c;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Abbreviations in lower case as `wordBefore` reads them (a title's full stop is the terminator). */
const lower = (...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> => new Set(lists.flatMap((list) => list.map((word) => word.toLowerCase())));
const monthAbbreviations = [...MONTH_ABBREVIATIONS.keys()];

// Words after which a capital almost never starts a new sentence: titles before a name, `St.`, `Mt.`, `cf.`.
const titles = lower(
  MALE_TITLE_ABBREVIATIONS,
  FEMALE_TITLE_ABBREVIATIONS,
  NEUTRAL_TITLE_ABBREVIATIONS,
  DOTTED_TITLE_ABBREVIATIONS,
  PLACE_NAME_ABBREVIATIONS,
  abbreviationsFor('non-final'),
);

// Only in lower case: `b. 1950`, `c. 1200`, `fl. 1480`; `Plan B.` may end a sentence.
const lowerCaseAbbreviations: ReadonlySet<string> = new Set(abbreviationsFor('lower-case'));

// `No. 5`, `Vol. 3`, `pp. 12`, `Jan. 5`, `Febr. 12`: a number follows, never a new sentence.
const numberPrefixes = lower(abbreviationsFor('reference'), abbreviationsFor('number'), monthAbbreviations);

// Abbreviations that may end a sentence: a boundary only before a typical opener. Dotted ones (`U.S.`, `e.g.`) are known by their inner dot.
const abbreviations = lower(
  POST_NOMINAL_ABBREVIATIONS,
  ORGANIZATION_SUFFIX_ABBREVIATIONS,
  ORGANIZATION_SUFFIXES.filter((suffix) => !suffix.includes('.')),
  ORGANIZATION_WORD_ABBREVIATIONS,
  STREET_ABBREVIATIONS,
  abbreviationsFor('may-end'),
  monthAbbreviations,
);

const sentenceOpeners = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'After', 'Before', 'During', 'Since', 'When', 'While',
  'He', 'She', 'It', 'They', 'We', 'I', 'His', 'Her', 'Its', 'Their', 'This', 'That', 'These', 'Those', 'There',
  'However', 'Although', 'Following', 'Despite', 'As', 'Later', 'Then', 'Today', 'Also', 'Other', 'Some', 'Many',
  'Most', 'One', 'Two', 'Both', 'According', 'Under', 'With', 'But', 'And', 'Yet', 'Thus', 'Meanwhile', 'Here',
]);

import {
  DEMONYMS,
} from './gazetteer.js';
import {
  HONORIFIC_PAIRS,
  HONORIFICS,
  IDEOLOGY_SUFFIXES,
  INNER_POSSESSIVES,
  NAME_CONNECTORS,
  NEVER_NAMES,
  NON_ENTITY_HEADS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  POSSESSIVE_PLACE_HEADS,
  SECOND_CONNECTORS,
  SENTENCE_STARTERS,
  TITLE_WORDS_BEFORE_OF,
  COMMON_ACRONYMS,
  EVENT_NOUNS_AFTER,
  MONTHS_AND_DAYS,
  FAMILY_NOUNS_AFTER,
  PERSON_ROLES_BEFORE,
  TITLE_CASE_BREAKERS,
  POST_NOMINALS,
  APPOINTING_VERBS,
} from './lexicon.js';
import { roleOfWords } from '../../lexicon/roles.js';
import { isAcronym, isCapitalized, tokenize, type Token } from './tokens.js';

/**
 * A capitalized sequence that may be a name, found by grammar alone (no
 * typing yet): `Víctor Quispe Palomino`, `Communist Party of Peru – Pro-Seguir`,
 * `Comrade José` (honorific `Comrade`), `Guzmán` out of `Guzmán's`.
 */
export interface NameSpan {
  /** Offsets into the sentence's plain text: the honorific included, a possessive `'s` left out. */
  start: number;
  end: number;
  /** The name as written without honorific, quotes or an inner nickname, on one line. */
  name: string;
  honorific?: string;
  /** The name's words, connectors left out: `['Militarized', 'Communist', 'Party', 'Peru']`. */
  words: string[];
  /** The word that types the name: `Party` in `Communist Party of Peru`, `Bank` in `Bank of England`. */
  head: string;
  /** Token indexes of the span's first and last token (honorific included). */
  first: number;
  last: number;
  /** The span was followed by `'s`. */
  possessive: boolean;
  /** The first word opens the sentence or a clause, where any word is capitalized. */
  clauseInitial: boolean;
  /** Inside quotation marks, and how many words the quotation holds. */
  quoteWords: number;
  /** Inside parentheses. */
  inParens: boolean;
  /** What is left of a role title (`President of Peru` → `Peru`): never a person. */
  afterTitle: boolean;
  /** A nickname written inside the name: `Marco Antonio "Comrade Gabriel" Quispe Palomino`. */
  inner?: NameSpan;
}

/** A sentence's tokens with the quote and parenthesis each token sits in. */
export interface TokenizedSentence {
  text: string;
  tokens: Token[];
  /** For each token: the number of words of the quotation it sits in, 0 outside quotes. */
  quoteWords: number[];
  /** For each token: how many parentheses are open around it. */
  parenDepth: number[];
}

const OPEN_QUOTES = new Set(['"', '“', '„', '«']);
const CLOSE_QUOTES = new Set(['"', '”', '»']);
const CLAUSE_OPENERS = new Set(['(', '"', '“', ':', ';', '—', '‘', '«', '[', '•']);
const ROMAN_NUMERAL = /^[IVX]{1,5}$/u;
const MAX_SPAN_TOKENS = 16;
// Ranks written `<head> of the <tail>`: `Admiral of the Fleet`, `Marshal of the Royal Air Force`, `General of the Army`.
const RANK_HEADS: ReadonlySet<string> = new Set(['Admiral', 'Marshal', 'General']);
const RANK_TAILS: ReadonlyArray<readonly string[]> = [['Royal', 'Air', 'Force'], ['Air', 'Force'], ['Soviet', 'Union'], ['Fleet'], ['Army'], ['Navy']];


/** Tokenizes a sentence and marks quotations and parentheses. */
export function tokenizeSentence(text: string): TokenizedSentence {
  const tokens = tokenize(text);
  const quoteWords = new Array<number>(tokens.length).fill(0);
  const parenDepth = new Array<number>(tokens.length).fill(0);
  let depth = 0;
  let openQuote = -1;
  tokens.forEach((token, index) => {
    if (token.text === '(') depth++;
    parenDepth[index] = depth;
    if (token.text === ')' && depth > 0) depth--;
    const opens = OPEN_QUOTES.has(token.text) && openQuote < 0 && (token.spaced || index === 0 || tokens[index - 1]?.kind === 'punct');
    if (opens) {
      openQuote = index;
      return;
    }
    if (openQuote >= 0 && CLOSE_QUOTES.has(token.text)) {
      const words = tokens.slice(openQuote + 1, index).filter((inner) => inner.kind === 'word').length;
      for (let inner = openQuote; inner <= index; inner++) quoteWords[inner] = Math.max(words, 1);
      openQuote = -1;
    }
  });
  return { text, tokens, quoteWords, parenDepth };
}

/** How a sentence's layout bends the grammar. */
export interface SpanOptions {
  /** A list item: `East Division – East Anglia` opens with a term and its description, not one name. */
  listItem?: boolean;
}

/** Finds every candidate name span of a tokenized sentence, in order. */
export function findNameSpans(sentence: TokenizedSentence, options: SpanOptions = {}): NameSpan[] {
  const { tokens } = sentence;
  const spans: NameSpan[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!canStartName(tokens, index)) {
      index++;
      continue;
    }
    const grown = growSpan(sentence, index, options.listItem === true && index === 0);
    const span = finishSpan(sentence, index, grown.last, grown.inner);
    if (span) spans.push(span);
    index = grown.last + 1;
  }
  distributePluralHonorifics(tokens, spans);
  return joinAcronymExpansions(sentence, spans);
}

// Lower-case words a long form may hold between its capitalized words: `Alliance of Women in Afghanistan`.
const EXPANSION_GLUE: ReadonlySet<string> = new Set(['of', 'in', 'for', 'and', 'the', 'on', 'at', 'to', 'für', 'und', ...NAME_CONNECTORS, ...SECOND_CONNECTORS]);
const MAX_EXPANSION_SPANS = 4;

/**
 * `The Revolutionary Alliance of Women in Afghanistan (RAWA)`: names that a
 * lower-case word split become one when the acronym after them spells their
 * initials and the last piece alone does not.
 */
function joinAcronymExpansions(sentence: TokenizedSentence, spans: NameSpan[]): NameSpan[] {
  const { tokens } = sentence;
  const result = [...spans];
  for (let index = result.length - 1; index > 0; index--) {
    const last = result[index] as NameSpan;
    const acronym = tokens[last.last + 2];
    if (tokens[last.last + 1]?.text !== '(' || tokens[last.last + 3]?.text !== ')' || !acronym || !isAcronym(acronym.text)) continue;
    const letters = acronym.text.replace(/[^\p{Lu}]/gu, '');
    if (initialsOf(tokens, last.first, last.last) === letters) continue;
    let first = index;
    while (first > 0 && index - first < MAX_EXPANSION_SPANS && gluedBefore(tokens, result[first - 1] as NameSpan, result[first] as NameSpan)) {
      first--;
      if (initialsOf(tokens, (result[first] as NameSpan).first, last.last) !== letters) continue;
      const joined = finishSpan(sentence, (result[first] as NameSpan).first, last.last, undefined);
      if (joined) result.splice(first, index - first + 1, joined);
      index = first;
      break;
    }
  }
  return result;
}

function gluedBefore(tokens: Token[], before: NameSpan, after: NameSpan): boolean {
  if (before.possessive || after.first - before.last > 3) return false;
  for (let index = before.last + 1; index < after.first; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word' || !EXPANSION_GLUE.has(token.text)) return false;
  }
  return after.first > before.last + 1;
}

/** The capital initials of the capitalized words from `first` to `last`. */
function initialsOf(tokens: Token[], first: number, last: number): string {
  let initials = '';
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'word' && isCapitalized(token.text)) initials += (token.text[0] as string).toUpperCase();
  }
  return initials;
}

/** Tokenizes and finds spans in one call. */
export function nameSpansOf(text: string): NameSpan[] {
  return findNameSpans(tokenizeSentence(text));
}

function canStartName(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return false;
  if (!isCapitalized(token.text)) return false;
  if (MONTHS_AND_DAYS.has(token.text) && !givenNameNotMonth(tokens, index)) return false;
  return !tokens[index + 1] || tokens[index + 1]?.text !== '$';
}

// Month words that are given names too: `Jan Verhoef`, `June Carter`, `May Sinclair`.
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['Jan', 'May', 'June', 'April', 'August']);
// Words before a month that make it one: `in June`, `since May`, `early April`.
const MONTH_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'of', 'since', 'until', 'till', 'by', 'from', 'during', 'early', 'late', 'mid', 'to', 'and', 'or', 'through', 'before', 'after', 'between']);

/** `Jan Verhoef`, not `in Jan 1950`: a month word that is a given name, before a surname and after no word of time. */
function givenNameNotMonth(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (!MONTH_GIVEN_NAMES.has(token.text) || !next || next.kind !== 'word' || !next.spaced || !isCapitalized(next.text)) return false;
  if (MONTHS_AND_DAYS.has(next.text) || /\d/.test(next.text)) return false;
  return previous === undefined || !MONTH_OPENERS.has(previous.text.toLowerCase());
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.spaced && isCapitalized(token.text) && !MONTHS_AND_DAYS.has(token.text) && !TITLE_CASE_BREAKERS.has(token.text);
}

interface Grown {
  last: number;
  inner?: { first: number; last: number };
}

function growSpan(sentence: TokenizedSentence, first: number, termFirst: boolean): Grown {
  const { tokens } = sentence;
  let last = first;
  let inner: Grown['inner'];
  while (last - first < MAX_SPAN_TOKENS) {
    const next = tokens[last + 1];
    if (!next) break;
    if (possessiveEndsName(tokens[last] as Token) && !innerPossessive(tokens[last] as Token) && !possessivePlace(next, tokens[last + 2])) break;
    if (isNameWord(next)) {
      if (complementTitleAt(tokens, first, last + 1)) break;
      last++;
      continue;
    }
    // `Micro Focus plc`: a legal form written in lower case closes the name.
    if (next.kind === 'word' && next.spaced && ORGANIZATION_HEADS.has(next.text) && !isCapitalized(next.text)) {
      last++;
      break;
    }
    const afterConnector = connectorEnd(tokens, first, last);
    if (afterConnector !== null) {
      last = afterConnector;
      continue;
    }
    if (next.text === '&' && next.spaced && isNameWord(tokens[last + 2])) {
      last += 2;
      continue;
    }
    if (!termFirst && (next.text === '–' || next.text === '—') && next.spaced && isNameWord(tokens[last + 2]) && hasHead(tokens, first, last, ORGANIZATION_HEADS)) {
      last += 2;
      continue;
    }
    const nickname = innerNickname(sentence, last);
    if (nickname && !inner) {
      inner = nickname;
      last = nickname.last + 2;
      continue;
    }
    break;
  }
  return inner ? { last, inner } : { last };
}

/**
 * `appointed Farrant Minister for Health`, `named Hale Secretary of State`: after a verb of appointing, the
 * object's name stops where the office it is given (a title with its `of`/`for` phrase) begins.
 */
function complementTitleAt(tokens: Token[], first: number, index: number): boolean {
  const verb = tokens[first - 1];
  const connector = tokens[index + 1]?.text;
  return verb !== undefined && APPOINTING_VERBS.has(verb.text.toLowerCase()) && TITLE_WORDS_BEFORE_OF.has((tokens[index] as Token).text) && (connector === 'of' || connector === 'for');
}

/** `of`, `de la`, `van der`, `of the` between capitalized words; `of` only after a head word. */
function connectorEnd(tokens: Token[], first: number, last: number): number | null {
  const connector = tokens[last + 1];
  if (!connector || connector.kind !== 'word' || !connector.spaced || !NAME_CONNECTORS.has(connector.text)) return null;
  let after = last + 2;
  const second = tokens[after];
  if (second && second.kind === 'word' && second.spaced && SECOND_CONNECTORS.has(second.text)) after++;
  if (!isNameWord(tokens[after])) return null;
  if ((connector.text === 'of' || connector.text === 'for' || connector.text === 'on') && !continuesWithOf(tokens, first, last)) return null;
  return after;
}

/**
 * `of` continues a name after an organization head (`Communist Party of
 * Peru`, `Front for the Liberation of Palestine`), an event head (`War of Independence`), and a place head or title
 * that opens the name (`Province of Ontario`, `President of Peru`) — but not
 * after a place head that closes one (`Satipo Province of Peru` is two names).
 */
function continuesWithOf(tokens: Token[], first: number, last: number): boolean {
  const word = bare((tokens[last] as Token).text);
  // Inside an organization's name any `of` continues it: `Popular Front for the Liberation of Palestine`.
  if (hasHead(tokens, first, last, ORGANIZATION_HEADS) || NON_ENTITY_HEADS.has(word)) return true;
  return last === first && (PLACE_HEADS.has(word) || TITLE_WORDS_BEFORE_OF.has(word));
}

function hasHead(tokens: Token[], first: number, last: number, heads: ReadonlySet<string>): boolean {
  for (let index = first; index <= last; index++) if (heads.has(bare((tokens[index] as Token).text))) return true;
  return false;
}

/** `Marco Antonio "Comrade Gabriel" Quispe Palomino`: a quoted name between two parts of a name. */
function innerNickname(sentence: TokenizedSentence, last: number): { first: number; last: number } | undefined {
  const { tokens } = sentence;
  const open = tokens[last + 1];
  if (!open || !open.spaced || !OPEN_QUOTES.has(open.text)) return undefined;
  let index = last + 2;
  while (index < tokens.length && index - last <= 6 && isCapitalizedWord(tokens[index])) index++;
  const close = tokens[index];
  if (index === last + 2 || !close || !CLOSE_QUOTES.has(close.text) || close.spaced) return undefined;
  return isNameWord(tokens[index + 1]) ? { first: last + 2, last: index - 1 } : undefined;
}

function isCapitalizedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && isCapitalized(token.text);
}

function possessiveEndsName(token: Token): boolean {
  return token.kind === 'word' && (token.text.endsWith("'s") || token.text.endsWith('’s'));
}

/** `Ferrier's Bay`, `Hunter's Point`: a feature's head alone after the possessive keeps it inside the name. */
function possessivePlace(next: Token, after: Token | undefined): boolean {
  return isNameWord(next) && POSSESSIVE_PLACE_HEADS.has(next.text) && !isNameWord(after);
}

function innerPossessive(token: Token): boolean {
  return INNER_POSSESSIVES.has(token.text.slice(0, -2).toLowerCase());
}

/** Strips a possessive and a trailing full stop for lexicon look-ups. */
export function bare(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  return word;
}

// `MPs`, `CEOs`: capitals and a plural `s`. A module constant: tsx rebuilds a `\p{…}` literal inside a function on every call.
const pluralAcronym = /^\p{Lu}{2,}s$/u;

function finishSpan(sentence: TokenizedSentence, from: number, to: number, inner: Grown['inner']): NameSpan | undefined {
  const { tokens } = sentence;
  let first = from;
  let last = to;
  let afterTitle = false;
  // Sentence openers (`The`, `In`, `According`) are capitalized by position, not by name.
  while (first <= last && isOpener(tokens, first)) first = skipConnectors(tokens, first + 1, last);
  // `the vociferous MPs John Pym`: an acronym in the plural names a class of people, not the first word of a name.
  while (first < last && pluralAcronym.test((tokens[first] as Token).text)) first++;
  if (first > last) return undefined;
  const titleEnd = titleOfEnd(tokens, first, last);
  if (titleEnd !== null) {
    first = titleEnd;
    afterTitle = true;
  }
  while (last > first && POST_NOMINALS.has((tokens[last] as Token).text) && (tokens[last - 1] as Token).kind === 'word') last--;
  const possessive = possessiveEndsName(tokens[last] as Token);
  const rank = rankTailAt(tokens, first, last);
  const honorific = rank ?? (afterTitle ? null : honorificAt(tokens, first, last));
  const nameFirst = honorific ? honorific.end : first;
  if (nameFirst > last) return undefined;
  const words = nameWords(tokens, nameFirst, last, inner);
  const head = headOf(tokens, nameFirst, last);
  if (!isNameLike(words, head, possessive ? undefined : tokens[last + 1])) return undefined;
  const startToken = tokens[first] as Token;
  const endToken = tokens[last] as Token;
  const end = possessive ? endToken.end - 2 : endToken.end;
  const span: NameSpan = {
    start: startToken.start,
    end,
    name: spanName(sentence, nameFirst, last, inner, possessive),
    words,
    head,
    first,
    last,
    possessive,
    clauseInitial: isClauseInitial(tokens, first),
    quoteWords: sentence.quoteWords[first] ?? 0,
    inParens: (sentence.parenDepth[first] ?? 0) > 0,
    afterTitle,
  };
  if (honorific) span.honorific = honorific.text;
  if (inner) {
    const nickname = finishSpan(sentence, inner.first, inner.last, undefined);
    if (nickname) span.inner = nickname;
  }
  return span;
}

function isOpener(tokens: Token[], index: number): boolean {
  const word = (tokens[index] as Token).text;
  const lower = word.toLowerCase();
  if (lower === 'the' || lower === 'a' || lower === 'an') return true;
  return SENTENCE_STARTERS.has(lower) && isClauseInitial(tokens, index);
}

function skipConnectors(tokens: Token[], index: number, last: number): number {
  let at = index;
  while (at <= last && ((tokens[at] as Token).kind !== 'word' || !isCapitalized((tokens[at] as Token).text))) at++;
  return at;
}

/** `President of Peru`, `Countess of Lovelace`, `Secretary for Education`: the index of the first word after `of`/`for`. */
function titleOfEnd(tokens: Token[], first: number, last: number): number | null {
  let index = first;
  while (index <= last && TITLE_WORDS_BEFORE_OF.has((tokens[index] as Token).text) && index - first < 2) index++;
  const connector = (tokens[index] as Token | undefined)?.text;
  if (index === first || (connector !== 'of' && connector !== 'for')) return null;
  const after = skipConnectors(tokens, index + 1, last);
  return after <= last ? after : null;
}

/**
 * `Admiral of the Fleet John Jellicoe`, `Marshal of the Royal Air Force Hugh
 * Trenchard`: a rank whose `of the` phrase is capitalised; the span starts at
 * the tail (`Fleet John Jellicoe`), which is the rank's, not the name's.
 */
function rankTailAt(tokens: Token[], first: number, last: number): { text: string; end: number } | null {
  const [rankWord, of, the] = [tokens[first - 3], tokens[first - 2], tokens[first - 1]].map((token) => token?.text);
  if (of !== 'of' || the !== 'the' || rankWord === undefined || !RANK_HEADS.has(rankWord)) return null;
  for (const tail of RANK_TAILS) {
    const end = first + tail.length;
    if (end > last || tail.some((word, offset) => (tokens[first + offset] as Token).text !== word)) continue;
    return { text: `${rankWord} of the ${tail.join(' ')}`, end };
  }
  return null;
}

function honorificAt(tokens: Token[], first: number, last: number): { text: string; end: number } | null {
  return titleAt(tokens, first, last) ?? bodyTitleAt(tokens, first, last);
}

// How many capitalized words may name the body before a title: `Palestinian Authority Chairman`.
const maxBodyWords = 3;

/**
 * `JDL Chairman Meir Kahane`, `Palestinian Authority Chairman Yasser Arafat`:
 * a title after the body it is held in opens the name after it, when what
 * follows is a full name (two capitalized words or more).
 */
function bodyTitleAt(tokens: Token[], first: number, last: number): { text: string; end: number } | null {
  for (let index = first + 1; index <= Math.min(last - 2, first + maxBodyWords); index++) {
    if (!isHonorificAt(tokens, index)) continue;
    const before = tokens.slice(first, index);
    if (!before.every((token) => token.kind === 'word' && isCapitalized(token.text))) return null;
    const title = titleAt(tokens, first, last, index);
    if (!title || last - title.end < 1) return null;
    return title;
  }
  return null;
}

function titleAt(tokens: Token[], first: number, last: number, from = first): { text: string; end: number } | null {
  let end = from;
  // `The Hon. Lady Milbanke`, `General Secretary Xi Jinping`: titles may follow one another.
  while (end <= last) {
    const word = (tokens[end] as Token).text;
    const next = tokens[end + 1];
    if (next && next.kind === 'word' && HONORIFIC_PAIRS.has(`${word}_${next.text}`)) end += 2;
    else if (isHonorificWord(word)) end += 1;
    else break;
  }
  if (end === from || end > last) return null;
  // `General Manager`, `President Emeritus`: a role noun after the title makes a title phrase, not a name.
  if (PERSON_ROLES_BEFORE.has((tokens[end] as Token).text.toLowerCase())) return null;
  // `General Motors`, `King's College`, `Justice League`: a head word makes the title part of the name.
  for (let index = end; index <= last; index++) {
    const text = bare((tokens[index] as Token).text);
    if (ORGANIZATION_HEADS.has(text) || PLACE_HEADS.has(text)) return null;
  }
  if (!isCapitalized((tokens[end] as Token).text)) return null;
  return { text: tokens.slice(first, end).map((token) => token.text).join(' '), end };
}

function isHonorificAt(tokens: Token[], index: number): boolean {
  return isHonorificWord((tokens[index] as Token).text);
}

/** A title before a name, also a two-word one written hyphenated: `Brigadier-General`, `Rear-Admiral`. */
function isHonorificWord(word: string): boolean {
  return HONORIFICS.has(word) || HONORIFIC_PAIRS.has(word.replace('-', '_'));
}

function nameWords(tokens: Token[], first: number, last: number, inner: Grown['inner']): string[] {
  const words: string[] = [];
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token;
    if (inner && index >= inner.first - 1 && index <= inner.last + 1) continue;
    if (token.kind === 'word' && isCapitalized(token.text)) words.push(bare(token.text));
  }
  return words;
}

function spanName(sentence: TokenizedSentence, first: number, last: number, inner: Grown['inner'], possessive: boolean): string {
  const { tokens, text } = sentence;
  const start = (tokens[first] as Token).start;
  const end = possessive ? (tokens[last] as Token).end - 2 : (tokens[last] as Token).end;
  if (!inner) return collapse(text.slice(start, end));
  const cutStart = (tokens[inner.first - 1] as Token).start;
  const cutEnd = (tokens[inner.last + 1] as Token).end;
  return collapse(`${text.slice(start, cutStart)} ${text.slice(cutEnd, end)}`);
}

// Whitespace that `collapse` would change: any but a lone inner space. Most
// names have none, and splitting and joining them would only copy them.
const unevenSpace = /[^\S ]| {2}|^ | $/u;

function collapse(text: string): string {
  return unevenSpace.test(text) ? text.split(/\s+/u).filter((part) => part.length > 0).join(' ') : text;
}

/**
 * A span is not a name when every word is a demonym, an ideology, a month or
 * a numeral (`Peruvian`, `Marxism–Leninism–Maoism`, `II`), when its head
 * names an event or an idea (`Greek War of Independence`, `Gonzalo Thought`),
 * when an event noun follows it (`San Miguel del Ene attack`), or a family
 * noun (`the Quispe Palomino siblings` names a family, not one person).
 */
function isNameLike(words: string[], head: string, after: Token | undefined): boolean {
  if (words.length === 0) return false;
  if (words.every(isNeverNameWord) || isOfficeWords(words)) return false;
  // `Johnny Weissmuller, Jr. (1940–2006)`: letters after a name are no name alone.
  if (words.length === 1 && (COMMON_ACRONYMS.has(words[0] as string) || POST_NOMINALS.has(words[0] as string) || isHeadOnly(words[0] as string))) return false;
  if (NON_ENTITY_HEADS.has(head)) return false;
  return !(after && after.kind === 'word' && after.spaced && (EVENT_NOUNS_AFTER.has(after.text) || FAMILY_NOUNS_AFTER.has(after.text)));
}

function isHeadOnly(word: string): boolean {
  return (ORGANIZATION_HEADS.has(word) && !CLUB_SHORT_NAMES.has(word)) || PLACE_HEADS.has(word) || HONORIFICS.has(word) || isCompoundOffice(word);
}

// The last words of clubs' names that stand alone for the club: `had joined Rovers in 1880`, `Rangers won the cup`.
const CLUB_SHORT_NAMES: ReadonlySet<string> = new Set(['Rovers', 'Wanderers', 'Albion', 'Hotspur', 'Argyle', 'Rangers']);

/** `Director-General`, `Secretary-General`, `Vice-President`: an office written as one hyphenated word names no one alone. */
function isCompoundOffice(word: string): boolean {
  return word.includes('-') && roleOfWords([word.toLowerCase()]) !== null;
}

// Words that make an office of the office word beside them: `Prime Minister`, `Deputy Director`, `Vice President`.
const officeModifiers: ReadonlySet<string> = new Set(['prime', 'vice', 'deputy', 'assistant', 'executive', 'acting', 'interim']);

/** `the Director General`, `Prime Minister`, `Secretary General`: two or three capitalised office words name a post, not a body or a person. */
function isOfficeWords(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const lower = words.map((word) => word.toLowerCase());
  return lower.every((word) => officeModifiers.has(word) || roleOfWords([word]) !== null) && lower.some((word) => roleOfWords([word]) !== null);
}

function isNeverNameWord(word: string): boolean {
  if (NEVER_NAMES.has(word) || DEMONYMS.has(word) || ROMAN_NUMERAL.test(word)) return true;
  const lower = word.toLowerCase();
  // `Lindqvist`, `Almquist`: Scandinavian surnames end in -ist too.
  const ideology = !/(?:qu|qv|kv)ist$/.test(lower) && IDEOLOGY_SUFFIXES.some((suffix) => lower.endsWith(suffix) && lower.length > suffix.length + 3);
  return ideology || hyphenedNever(word);
}

function hyphenedNever(word: string): boolean {
  // `Marxism–Leninism–Maoism`, `Anti-capitalism`, `Marxist–Leninist`: every part is an ideology word.
  if (!word.includes('-') && !word.includes('–')) return false;
  const parts = word.split(/[-–]/u);
  return parts.every((part) => part.length === 0 || part.toLowerCase() === 'anti' || (part !== word && isNeverNameWord(part)));
}

/**
 * The head word that types a name: the last head-like word before the first
 * connector (`Bank of England` → `Bank`, `Department of State` → `Department`),
 * else the last head-like word after it, else the last word.
 */
function headOf(tokens: Token[], first: number, last: number): string {
  let connector = last + 1;
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'word' && NAME_CONNECTORS.has(token.text)) {
      connector = index;
      break;
    }
  }
  return lastHead(tokens, first, connector - 1) ?? lastHead(tokens, connector + 1, last) ?? bare((tokens[last] as Token).text);
}

function lastHead(tokens: Token[], first: number, last: number): string | undefined {
  for (let index = last; index >= first; index--) {
    const word = bare((tokens[index] as Token).text);
    if (ORGANIZATION_HEADS.has(word) || PLACE_HEADS.has(word) || NON_ENTITY_HEADS.has(word)) return word;
  }
  return undefined;
}

function isClauseInitial(tokens: Token[], index: number): boolean {
  if (index === 0) return true;
  const previous = tokens[index - 1] as Token;
  return previous.kind === 'punct' && CLAUSE_OPENERS.has(previous.text);
}

/** `Comrades Alipio and Gabriel`: a plural honorific carries over to the names it is shared by. */
function distributePluralHonorifics(tokens: Token[], spans: NameSpan[]): void {
  spans.forEach((span, index) => {
    if (!span.honorific?.endsWith('s')) return;
    let previous = span;
    for (const next of spans.slice(index + 1)) {
      const between = tokens.slice(previous.last + 1, next.first).map((token) => token.text);
      const joined = between.length === 1 && (between[0] === 'and' || between[0] === ',');
      if (!joined || next.honorific || next.words.length !== 1) return;
      next.honorific = span.honorific;
      previous = next;
    }
  });
}

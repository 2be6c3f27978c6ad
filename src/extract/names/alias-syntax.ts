import type { AliasRelation } from '../../schema/claims.js';
import { DEMONYMS, KNOWN_PLACES } from './gazetteer.js';
import { NEVER_NAMES, NICKNAME_HONORIFICS, ORGANIZATION_HEADS } from './lexicon.js';
import type { NameSpan, TokenizedSentence } from './candidates.js';
import { isAcronym, isCapitalized, type Token } from './tokens.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const anyDigit = /\p{N}/u;

/**
 * Another name given for a name by the syntax around it:
 *
 * - in parentheses right after it: `Víctor Quispe Palomino ("Comrade José")`,
 *   `Tarcela Loya Vílchez (Comrade Olga)`, `the Militarized Communist Party of
 *   Peru (Militarizado Partido Comunista del Perú, MPCP)`, `(also known as
 *   "Ciperian")`, `(née Byron; …)`, `Kardinia Park (known … as GMHBA Stadium)`;
 * - inside it, in quotes: `Marco Antonio "Comrade Gabriel" Quispe Palomino`;
 * - in an apposition after the sentence's subject: `The Geelong Football
 *   Club, nicknamed the Cats, …`, `Fatah, formerly the Palestinian National
 *   Liberation Movement, …`.
 *
 * A relation is not an alias: `(the 24-year son of Comrade José)` and
 * `(23; son of …)` open with a lower-case word and tie nothing.
 */
export interface AliasLink {
  target: NameSpan;
  alias: NameSpan;
  relation: AliasRelation;
  /** Plain offset where the words that tie the two end: the closing parenthesis, or the alias's end. */
  end: number;
}

const MAX_PARENTHETICAL_TOKENS = 60;
const MAX_NATIVE_WORDS = 10;
const OPEN_QUOTES = new Set(['"', '“', '„', '«']);
const CLOSE_QUOTES = new Set(['"', '”', '»']);
/** English function words: a parenthesis holding them is a phrase, not a name in another language. */
const PHRASE_WORDS = new Set(['the', 'a', 'an', 'is', 'was', 'were', 'are', 'of', 'and', 'in', 'for', 'with', 'to', 'on', 'by', 'at', 'see', 'from', 'or', 'who', 'which']);
const ADVERBS_BEFORE_KNOWN = new Set(['also', 'better', 'commonly', 'often', 'sometimes', 'popularly', 'locally', 'officially', 'widely', 'previously', 'later', 'formerly', 'originally', 'simply']);
const PREPOSITIONS_BEFORE_NAME = new Set(['in', 'at', 'near', 'from', 'of', 'on', 'to', 'into', 'by', 'with', 'for', 'against', 'outside', 'inside', 'across', 'around']);
const KNOWN_VERBS = new Set(['known', 'called', 'nicknamed', 'styled', 'named', 'titled', 'dubbed', 'referred', 'renamed']);

/** Finds every alias tie in a sentence; may add spans (a name in another language with lower-case words). */
export function findAliasLinks(sentence: TokenizedSentence, spans: NameSpan[]): { spans: NameSpan[]; links: AliasLink[] } {
  const all = [...spans];
  const links: AliasLink[] = [];
  for (const span of spans) {
    if (span.inner) links.push({ target: span, alias: span.inner, relation: 'nickname', end: span.end });
    if (span.possessive) continue;
    for (const link of parentheticalAliases(sentence, all, span)) {
      links.push(link);
      if (!all.includes(link.alias)) all.push(link.alias);
    }
    const apposition = appositiveAlias(sentence, all, span);
    if (apposition) links.push(apposition);
    const predicate = apposition ? undefined : predicativeAlias(sentence, all, span);
    if (predicate) {
      links.push(predicate);
      if (!all.includes(predicate.alias)) all.push(predicate.alias);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return { spans: all, links };
}

function parentheticalAliases(sentence: TokenizedSentence, spans: NameSpan[], target: NameSpan): AliasLink[] {
  const { tokens } = sentence;
  const open = target.last + 1;
  if (tokens[open]?.text !== '(') return [];
  const close = closingParenthesis(tokens, open);
  if (close === null) return [];
  const links: AliasLink[] = [];
  const parts = segments(sentence, open + 1, close - 1);
  // `(Ejército Guerrillero Popular, EGP)`: an acronym may spell the name given in the bracket beside it.
  const inside = spans.filter((span) => span.first > open && span.last < close);
  // `Newport (Vanguard, 1996)`: a bracket that gives a year is a label and a date, not another name.
  const dated = parts.some(([first, last]) => first === last && /^\d{3,4}$/.test((tokens[first] as Token).text));
  for (const [first, last] of parts) {
    if (dated && !OPEN_QUOTES.has((tokens[first] as Token).text)) continue;
    const found = segmentAlias(sentence, spans, first, last, [target, ...inside]);
    if (found) links.push({ target, alias: found.alias, relation: found.relation, end: (tokens[close] as Token).end });
  }
  return links;
}

function closingParenthesis(tokens: Token[], open: number): number | null {
  let depth = 0;
  for (let index = open; index < tokens.length && index - open <= MAX_PARENTHETICAL_TOKENS; index++) {
    const text = (tokens[index] as Token).text;
    if (text === '(') depth++;
    if (text === ')' && --depth === 0) return index;
  }
  return null;
}

/** Splits a parenthesis's tokens at `;` and `,` outside quotes and nested parentheses. */
function segments(sentence: TokenizedSentence, first: number, last: number): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let start = first;
  let depth = 0;
  for (let index = first; index <= last; index++) {
    const text = (sentence.tokens[index] as Token).text;
    if (text === '(') depth++;
    if (text === ')') depth--;
    const inQuote = (sentence.quoteWords[index] ?? 0) > 0 && !OPEN_QUOTES.has(text) && !CLOSE_QUOTES.has(text);
    if (depth === 0 && !inQuote && (text === ';' || text === ',')) {
      if (index > start) result.push([start, index - 1]);
      start = index + 1;
    }
  }
  if (last >= start) result.push([start, last]);
  return result;
}

function segmentAlias(sentence: TokenizedSentence, spans: NameSpan[], from: number, to: number, targets: readonly NameSpan[]): { alias: NameSpan; relation: AliasRelation } | undefined {
  const { tokens } = sentence;
  let first = skipLanguageLabel(tokens, from, to);
  const lead = leadingKeyword(tokens, first, to);
  first = lead.next;
  if (first > to) return undefined;
  const quoted = OPEN_QUOTES.has((tokens[first] as Token).text);
  const nameFirst = quoted ? first + 1 : first;
  const nameLast = quoted && CLOSE_QUOTES.has((tokens[to] as Token).text) ? to - 1 : to;
  const exact = spans.find((span) => span.first === nameFirst && (span.last === nameLast || lead.relation !== undefined));
  if (exact) {
    const relation = lead.relation ?? relationOf(exact, quoted, targets);
    return relation ? { alias: exact, relation } : undefined;
  }
  if (lead.relation !== undefined || quoted) return undefined;
  const native = nativeName(sentence, nameFirst, nameLast);
  return native ? { alias: native, relation: 'translation' } : undefined;
}

/**
 * What an unmarked name in brackets is to the name before it: a nickname
 * when quoted or given with a nom de guerre (`(Comrade Olga)`); an acronym
 * when its letters are the name's initials (`(MPCP)`); a translation when it
 * is in another alphabet or carries letters English does not use. Anything
 * else — `Peter Bessell (Liberal Party)`, `Newport (Vanguard, 1996)`,
 * `William Graham (United Kingdom)` — is a party, a label, a place: another
 * entity, not another name.
 */
function relationOf(alias: NameSpan, quoted: boolean, targets: readonly NameSpan[]): AliasRelation | undefined {
  if (quoted || (alias.honorific !== undefined && NICKNAME_HONORIFICS.has(alias.honorific))) return 'nickname';
  const first = alias.words[0] ?? '';
  if (isAcronym(first) && alias.words.length <= 3) return targets.some((name) => name !== alias && spellsInitials(first, name)) ? 'acronym' : undefined;
  const target = targets[0] as NameSpan;
  // A place in brackets (`(United Kingdom)`) is where someone is; a body (`Peter Bessell (Liberal Party)`) what someone
  // belongs to — unless the name before is a body too, told again in its own language (`(Militarizado Partido Comunista …)`).
  if (KNOWN_PLACES.has(alias.name) || (alias.words.length <= 2 && alias.words.some((word) => KNOWN_PLACES.has(word)))) return undefined;
  const bodyBefore = target.words.some((word) => ORGANIZATION_HEADS.has(word));
  if (!bodyBefore && alias.words.some((word) => ORGANIZATION_HEADS.has(word))) return undefined;
  // `Bodmin (Bosvena)`, `(Militarizado Partido Comunista …)`: a name in another language.
  return 'translation';
}

/**
 * Whether an acronym's letters are the capital initials of a name, in any
 * order (`MPCP` of `Militarized Communist Party of Peru`, spelled from the
 * Spanish order `Militarizado Partido Comunista del Perú`), or hold all of
 * a name's three or more initials.
 */
function spellsInitials(acronym: string, target: NameSpan): boolean {
  const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')].sort().join('');
  const initials = [...target.words.map((word) => word.charAt(0).toUpperCase()).join('')].sort().join('');
  // `ASPRET` for `Plurinational Association of Tawantinsuyo Reservists` is spelled from the Spanish: all the initials are in it.
  return letters.length >= 2 && (letters === initials || contains(initials, letters) || (initials.length >= 3 && contains(letters, initials)));
}

/** Whether every letter of `part` (sorted) can be taken from `whole` (sorted). */
function contains(whole: string, part: string): boolean {
  let at = 0;
  for (const letter of part) {
    at = whole.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** `Spanish: …`, `lit. …` before a name in another language. */
function skipLanguageLabel(tokens: Token[], first: number, last: number): number {
  const word = tokens[first];
  const after = tokens[first + 1];
  if (word && after && after.text === ':' && (DEMONYMS.has(word.text) || NEVER_NAMES.has(word.text)) && first + 2 <= last) return first + 2;
  if (word?.text === 'lit.' || word?.text === 'lit') return first + 1;
  return first;
}

/** `also known as`, `known for sponsorship reasons as`, `nicknamed`, `née`, `born`, `formerly`, `a.k.a.`. */
function leadingKeyword(tokens: Token[], first: number, last: number): { next: number; relation?: AliasRelation } {
  const word = (tokens[first] as Token | undefined)?.text ?? '';
  if (word === 'née' || word === 'nee') return { next: first + 1, relation: 'maiden' };
  if (word === 'born' && isCapitalizedAt(tokens, first + 1)) return { next: first + 1, relation: 'birth' };
  if (word === 'aka' || word === 'a.k.a.' || word === 'alias') return { next: first + 1, relation: 'known-as' };
  if (word === 'formerly' && !KNOWN_VERBS.has((tokens[first + 1] as Token | undefined)?.text ?? '')) return { next: skipArticle(tokens, first + 1), relation: 'former' };
  let index = first;
  if (ADVERBS_BEFORE_KNOWN.has(word)) index++;
  const verb = (tokens[index] as Token | undefined)?.text ?? '';
  if (!KNOWN_VERBS.has(verb)) return { next: first };
  const relation: AliasRelation = word === 'formerly' || word === 'previously' || word === 'originally' || verb === 'renamed' ? 'former' : verb === 'nicknamed' || verb === 'dubbed' ? 'nickname' : 'known-as';
  index++;
  const as = findAs(tokens, index, last);
  return { next: skipArticle(tokens, as === null ? index : as + 1), relation };
}

function findAs(tokens: Token[], from: number, last: number): number | null {
  for (let index = from; index <= last && index - from < 6; index++) if ((tokens[index] as Token).text === 'as') return index;
  return null;
}

function skipArticle(tokens: Token[], index: number): number {
  return (tokens[index] as Token | undefined)?.text === 'the' ? index + 1 : index;
}

function isCapitalizedAt(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' && isCapitalized(token.text);
}

/**
 * `(Fuerzas armadas revolucionarias del Perú)`: a parenthesis that opens with
 * a capital, has no digits and no English function words, is the name in
 * another language even when some of its words are lower case.
 */
function nativeName(sentence: TokenizedSentence, first: number, last: number): NameSpan | undefined {
  const { tokens, text } = sentence;
  const slice = tokens.slice(first, last + 1);
  const words = slice.filter((token) => token.kind === 'word');
  if (words.length < 2 || words.length > MAX_NATIVE_WORDS || !isCapitalizedAt(tokens, first)) return undefined;
  if (slice.some((token) => token.kind === 'punct' && token.text !== '-' && token.text !== "'")) return undefined;
  if (words.some((token) => anyDigit.test(token.text) || PHRASE_WORDS.has(token.text))) return undefined;
  const capitalized = words.filter((token) => isCapitalized(token.text)).map((token) => token.text);
  if (capitalized.every((word) => DEMONYMS.has(word) || NEVER_NAMES.has(word))) return undefined;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return {
    start,
    end,
    name: text.slice(start, end).split(/\s+/u).join(' '),
    words: capitalized,
    head: capitalized[0] as string,
    first,
    last,
    possessive: false,
    clauseInitial: true,
    quoteWords: 0,
    inParens: true,
    afterTitle: false,
  };
}

/**
 * Acronyms given for a lower-case phrase — `All weather lifeboats (ALBs)`,
 * `improvised explosive devices (IEDs)` — are terms, not names: answered
 * with the singular and the plural so `ALB` and `ALBs` both count.
 */
export function termAcronyms(sentence: TokenizedSentence): string[] {
  const { tokens } = sentence;
  const terms: string[] = [];
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const inside = tokens[index + 1];
    if (token.text !== '(' || tokens[index + 2]?.text !== ')' || !before || !inside) return;
    if (before.kind !== 'word' || isCapitalized(before.text) || inside.kind !== 'word' || !isAcronym(inside.text)) return;
    const singular = inside.text.endsWith('s') ? inside.text.slice(0, -1) : inside.text;
    terms.push(singular, `${singular}s`);
  });
  return terms;
}

/** `X, nicknamed the Cats,` and `X, formerly the Y,` after the sentence's first name. */
function appositiveAlias(sentence: TokenizedSentence, spans: NameSpan[], target: NameSpan): AliasLink | undefined {
  const { tokens } = sentence;
  // `Charles Hardin Holley (September 7, 1936 – February 3, 1959), known professionally as Buddy Holly`: past the name's bracket.
  const comma = tokens[target.last + 1]?.text === '(' ? closingBracket(tokens, target.last + 1) + 1 : target.last + 1;
  if (tokens[comma]?.text !== ',') return undefined;
  // `Carl Mabry, a heavy-handed Londoner known to the press as "the Anvil"`: past a short indefinite apposition.
  const opener = apposedKnownVerb(tokens, comma + 1) ?? comma + 1;
  const lead = leadingKeyword(tokens, opener, tokens.length - 1);
  if (lead.relation === undefined) return undefined;
  // `In 2006, Julio Mamani, known as Comrade Tito, was killed`: `known as` and `nicknamed` tie a name
  // anywhere; the weaker `formerly`, `the` appositions only the sentence's opening subject.
  const explicit = KNOWN_VERBS.has(tokens[opener]?.text ?? '') || KNOWN_VERBS.has(tokens[opener + 1]?.text ?? '');
  if (!explicit && !opensSentence(tokens, target)) return undefined;
  // `a police operation in Sayapo, known as Lobo II`: after a preposition the name is not what is known as.
  // (An apposition naming a person's kind says the name is the one known so: `with Carl Mabry, a Londoner known as …`.)
  if (!opensSentence(tokens, target) && opener === comma + 1 && PREPOSITIONS_BEFORE_NAME.has(tokens[target.first - 1]?.text.toLowerCase() ?? '')) return undefined;
  const quoted = OPEN_QUOTES.has(tokens[lead.next]?.text ?? '');
  // `nicknamed "the Anvil"`: the article inside the quotes is no part of the name either.
  const first = quoted ? skipArticle(tokens, lead.next + 1) : lead.next;
  const alias = spans.find((span) => span.first === first && span !== target);
  return alias ? { target, alias, relation: lead.relation, end: alias.end } : undefined;
}

// How far `as` may stand from `known`: `known to that theatre's audiences in those years as`.
const maxKnownToAs = 12;
const copulaWords: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'became']);

/**
 * `Egidio Ferri (1831–1906) was known to that theatre's audiences as "the
 * Lion of Parma"`, `Smith was nicknamed "the Anvil"`: the sentence's subject,
 * a copula and a known-verb give the name after `as` (quoted, its article
 * left out) to the subject. The subject opens the sentence, or follows a
 * possessive phrase (`His teacher Egidio Ferri`); no other name stands
 * between it and the verb outside brackets.
 */
function predicativeAlias(sentence: TokenizedSentence, spans: NameSpan[], target: NameSpan): AliasLink | undefined {
  const { tokens } = sentence;
  if (target.inParens || target.quoteWords > 0 || !subjectPlace(tokens, target)) return undefined;
  let at = target.last + 1;
  let depth = 0;
  // `Egidio Ferri, who sang at the Teatro Regio, was known as …`: a relative clause on the subject may name others.
  let relative = false;
  for (; at < tokens.length && at - target.last < MAX_PARENTHETICAL_TOKENS; at++) {
    const text = (tokens[at] as Token).text;
    if (text === '(') depth++;
    else if (text === ')') depth--;
    else if (depth === 0 && text === ',') relative = !relative && RELATIVE_PRONOUNS.has(tokens[at + 1]?.text ?? '');
    else if (depth === 0 && !relative && copulaWords.has(text)) break;
    else if (depth === 0 && (text === ';' || text === ':' || (!relative && spans.some((span) => span.first === at && !span.inParens)))) return undefined;
  }
  const verb = ADVERBS_BEFORE_KNOWN.has(tokens[at + 1]?.text ?? '') ? at + 2 : at + 1;
  const known = tokens[verb]?.text ?? '';
  if (!copulaWords.has(tokens[at]?.text ?? '') || !KNOWN_VERBS.has(known) || known === 'renamed' || known === 'named') return undefined;
  let as = verb + 1;
  if (known !== 'nicknamed' && known !== 'dubbed') {
    while (as < tokens.length && as - verb <= maxKnownToAs && tokens[as]?.text !== 'as' && (tokens[as] as Token).kind === 'word') as++;
    if (tokens[as]?.text !== 'as') return undefined;
    as++;
  }
  const quoted = OPEN_QUOTES.has(tokens[as]?.text ?? '');
  const first = quoted ? skipArticle(tokens, as + 1) : skipArticle(tokens, as);
  // A quotation is one name, however its words would be cut: `"the Lion of Parma"`, not `Lion`.
  const alias = (quoted ? quotedName(sentence, first) : undefined) ?? spans.find((span) => span.first === first && span !== target);
  if (!alias) return undefined;
  const relation: AliasRelation = quoted || known === 'nicknamed' || known === 'dubbed' ? 'nickname' : 'known-as';
  return { target, alias, relation, end: alias.end };
}

/** Whether a name stands where a sentence's subject does: at its opening, or after a possessive phrase (`His teacher …`). */
function subjectPlace(tokens: Token[], target: NameSpan): boolean {
  if (target.first === 0) return true;
  const before = tokens.slice(0, target.first);
  return before.length <= 3 && POSSESSIVE_OPENERS.has(before[0]?.text ?? '') && before.every((token) => token.kind === 'word');
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
const POSSESSIVE_OPENERS: ReadonlySet<string> = new Set(['His', 'Her', 'Their', 'Its']);

/** `"the Lion of Parma"`: the capitalised words a quotation holds, from `first` to its closing mark, as one name. */
function quotedName(sentence: TokenizedSentence, first: number): NameSpan | undefined {
  const { tokens, text } = sentence;
  let last = first;
  while (last + 1 < tokens.length && !CLOSE_QUOTES.has((tokens[last + 1] as Token).text) && last - first < MAX_NATIVE_WORDS) last++;
  if (!CLOSE_QUOTES.has(tokens[last + 1]?.text ?? '') || !isCapitalizedAt(tokens, first) || !isCapitalizedAt(tokens, last)) return undefined;
  const slice = tokens.slice(first, last + 1);
  if (slice.some((token) => token.kind !== 'word')) return undefined;
  const capitalized = slice.filter((token) => isCapitalized(token.text)).map((token) => token.text);
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return { start, end, name: text.slice(start, end).split(/\s+/u).join(' '), words: capitalized, head: capitalized.at(-1) as string, first, last, possessive: false, clauseInitial: false, quoteWords: slice.length, inParens: false, afterTitle: false };
}

/** The known-verb of an indefinite apposition starting at `from` (`a heavy-handed Londoner known … as`): at most five words, no punctuation. */
function apposedKnownVerb(tokens: Token[], from: number): number | undefined {
  if (tokens[from]?.text !== 'a' && tokens[from]?.text !== 'an') return undefined;
  for (let index = from + 1; index <= from + 6 && index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (KNOWN_VERBS.has(token.text)) return index;
    if (token.kind === 'punct' && token.text !== '-') return undefined;
  }
  return undefined;
}

/** The index of the `)` that closes the bracket opened at `open`, or -2 when it is not closed (so that one past it is no comma). */
function closingBracket(tokens: Token[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const text = (tokens[index] as Token).text;
    if (text === '(') depth++;
    if (text === ')' && --depth === 0) return index;
  }
  return -2;
}

function opensSentence(tokens: Token[], span: NameSpan): boolean {
  if (span.first === 0) return true;
  return span.first === 1 && /^(?:The|A|An)$/u.test((tokens[0] as Token).text);
}

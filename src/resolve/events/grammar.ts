import type { DateClaim } from '../../schema/claims.js';
import type { Entity } from '../../schema/entities.js';
import { entityOf } from './sentence-view.js';
import type { EventContext, Mention, SentenceView } from './types.js';

/**
 * Small grammar helpers shared by the event detectors: clauses, the nearest
 * name or date, apposition and `of` complements. Offsets are into `view.plain`.
 */

// Where a clause ends: `;`, or a comma before a conjunction or relative word.
const clauseBreak = /;|,\s(?:and|but|while|whereas|which|who|where|although|though|yet)\s|\s(?:but|while|whereas)\s/g;

/** The `[start, end)` of the clause around `at`. */
export function clauseAround(plain: string, at: number): [number, number] {
  let start = 0;
  let end = plain.length;
  clauseBreak.lastIndex = 0;
  for (let match = clauseBreak.exec(plain); match; match = clauseBreak.exec(plain)) {
    if (match.index + match[0].length <= at) start = match.index + match[0].length;
    else if (match.index >= at) {
      end = match.index;
      break;
    }
  }
  return [start, end];
}

// An opening adverbial that dates the whole sentence: `Following their deaths in 2013, …`.
const openingPhrase = /^(?:following|after|before|since|until|by|during|in|on|at|with|upon|from|around|about|circa|c\.|early in|late in|in early|in late|in mid)\b/i;

/**
 * The date that opens the sentence and dates all of it: `In 2018, …`,
 * `On 9 June 2018, …`, `Following their deaths in 2013, …` — the last date
 * of an opening adverbial phrase that ends at the first comma.
 */
export function leadingDate(view: SentenceView): Mention | undefined {
  // `In 1745 a daughter was born`: a date right after the opening preposition, comma or not.
  const first = view.dates[0];
  if (first && /^(?:in|on|by|during|from|since|around|about|circa|c\.)$/i.test(view.plain.slice(0, first.start).trim())) return first;
  const comma = view.plain.indexOf(',');
  if (comma < 0 || comma > 120 || !openingPhrase.test(view.plain.trimStart())) return undefined;
  const inPhrase = view.dates.filter((mention) => mention.end <= comma && comma - mention.end <= 1);
  return inPhrase[inPhrase.length - 1];
}

// A date before its trigger belongs to it only when close, with no comma between (`in 2013 he died`).
const closeBefore = 30;

/**
 * The date tied to a trigger at `[from, to)`: the nearest after it in its
 * clause, else one just before it, else the sentence's opening date
 * (`In 2018, …`). A date further back belongs to another predicate.
 */
export function dateFor(view: SentenceView, from: number, to: number): Mention | undefined {
  const [start, end] = clauseAround(view.plain, from);
  // A date inside a relative clause after the trigger dates that clause (`captured four members who had
  // been accused of a murder the past February`), not the trigger.
  // Nor does a date after a second, coordinated verb (`was born and left England four months later`).
  const after = view.dates.filter((mention) => mention.start >= to && mention.end <= end && !/\b(?:who|whom|which|that|whose|and|but)\b/i.test(view.plain.slice(to, mention.start)));
  if (after[0]) return after[0];
  const before = view.dates.filter((mention) => mention.start >= start && mention.end <= from && from - mention.end <= closeBefore && !view.plain.slice(mention.end, from).includes(','));
  return before[before.length - 1] ?? leadingDate(view);
}

/** Name mentions of the given kinds. */
export function namesOf(view: SentenceView, kinds: readonly string[]): Mention[] {
  return view.names.filter((mention) => kinds.includes(mention.claim.kind));
}

/** The nearest name mention ending before `at` in the same clause, skipping parenthesised aliases. */
export function nameBefore(view: SentenceView, at: number, kinds: readonly string[]): Mention | undefined {
  const [start] = clauseAround(view.plain, at);
  const candidates = namesOf(view, kinds).filter((mention) => mention.end <= at && mention.start >= start);
  for (let index = candidates.length - 1; index >= 0; index--) {
    const mention = candidates[index] as Mention;
    // `Víctor Quispe Palomino ("Comrade José")`: the alias in parentheses stands for the name before it.
    const previous = candidates[index - 1];
    if (previous && insideParentheses(view.plain, mention.start) && !insideParentheses(view.plain, previous.start)) return previous;
    return mention;
  }
  return undefined;
}

/** The nearest name mention starting at or after `at` within `limit` characters of plain text. */
export function nameAfter(view: SentenceView, at: number, kinds: readonly string[], limit = 60): Mention | undefined {
  return namesOf(view, kinds).find((mention) => mention.start >= at && mention.start - at <= limit);
}

/** Whether `offset` lies inside an open parenthesis of `plain`. */
export function insideParentheses(plain: string, offset: number): boolean {
  let depth = 0;
  for (let index = 0; index < offset; index++) {
    const char = plain[index];
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The date claim of a mention. */
export function dateClaim(mention: Mention | undefined): DateClaim | undefined {
  return mention?.claim.kind === 'date' ? mention.claim : undefined;
}

/** The entity of a name mention. */
export function mentionEntity(context: EventContext, mention: Mention | undefined): Entity | undefined {
  return mention ? context.entity(entityOf(mention.claim)) : undefined;
}

/** The words of `plain` in `[from, to)`, lower case, single-spaced. */
export function wordsBetween(plain: string, from: number, to: number): string {
  return plain.slice(Math.max(0, from), Math.max(from, to)).toLowerCase().replace(/\s+/g, ' ').trim();
}

const nameConnectors = new Set(['de', 'del', 'la', 'el', 'of', 'the']);

/**
 * `the San Miguel del Ene attack`: where the run of capitalized words (with
 * name connectors inside) that ends right before `at` starts, at most
 * `maxWords` capitalized words back; undefined when there is none.
 */
export function capitalizedPhraseBefore(plain: string, at: number, maxWords = 5): number | undefined {
  let cursor = at;
  let start: number | undefined;
  let capitalized = 0;
  while (capitalized < maxWords) {
    let wordEnd = cursor;
    while (wordEnd > 0 && plain[wordEnd - 1] === ' ') wordEnd--;
    if (wordEnd === cursor || wordEnd === 0) break;
    let wordStart = wordEnd;
    while (wordStart > 0 && wordEnd - wordStart < 31 && /[\p{L}'-]/u.test(plain[wordStart - 1] as string)) wordStart--;
    const word = plain.slice(wordStart, wordEnd);
    if (/^\p{Lu}/u.test(word)) {
      capitalized++;
      start = wordStart;
    } else if (!nameConnectors.has(word) || capitalized === 0) break;
    cursor = wordStart;
  }
  return start;
}

/** The pronoun or `the group`-like phrase right before `at`, if any. */
export function referringPhraseBefore(plain: string, at: number): { phrase: string; start: number } | undefined {
  const window = plain.slice(Math.max(0, at - 40), at);
  // The pronoun may be separated from the trigger by a short verb group: `he became the`, `she was appointed`.
  const match = /(?:^|[\s,(])((?:the|its|their|his|her) [a-z]{2,20}|he|she|they|it|his|her|their|its)(?:'s)?(?: [a-z]{2,14}){0,3}\s*$/i.exec(window);
  if (!match) return undefined;
  const phrase = match[1] as string;
  return { phrase, start: at - window.length + (match.index + match[0].indexOf(phrase)) };
}

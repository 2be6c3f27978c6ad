import winkNLP, { type WinkMethods } from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { predicatesOf } from '../lexicon/events.js';
import { irregularParticipleVerbs } from '../lexicon/grammar.js';
import { isLetters, startsUpperCase } from '../util/letters.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
const possessiveWord = /^(\p{L}[\p{L}\p{M}.-]*)(['’]s)$/u;

/** Universal Dependencies part-of-speech tags, as the tagger gives them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One word or punctuation mark of a sentence's readable text. */
export interface Token {
  /** Offsets in the sentence's plain text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** `text` in lower case. */
  lower: string;
  pos: PartOfSpeech;
  /** The dictionary form, lower case: `founded` → `found`, `born` → `bear`. */
  lemma: string;
  /** Inside the scope of a negation (`did not lead`). */
  negated: boolean;
}

// Sentence boundaries, negation and part of speech; wink's sentiment and
// entity recognisers are left out: claimcheck finds dates, figures and names
// with its own grammar, and they cost as much again.
let tagger: WinkMethods | undefined;
function winkTagger(): WinkMethods {
  tagger ??= winkNLP(winkModel, ['sbd', 'negation', 'pos']);
  return tagger;
}

// Sentences are tagged in batches joined by blank lines: one call per batch
// keeps the per-call cost low, and a bounded batch keeps wink's token arrays
// bounded on a 50 MB article.
const batchCharacters = 64_000;
// A "sentence" longer than this is a list or residue run together; it gets no
// tokens (nothing downstream reads clause structure in it).
export const maxTaggedSentence = 3000;

/**
 * Tags every sentence: tokens with exact offsets into its plain text, part of
 * speech, lemma and negation, from wink-nlp's English model (chosen by
 * measurement on Universal Dependencies, docs/design.md). Sentences longer
 * than `maxTaggedSentence` get no tokens.
 */
export function tagSentences(plains: readonly string[]): Token[][] {
  const result: Token[][] = plains.map(() => []);
  let batch: number[] = [];
  let size = 0;
  const flush = (): void => {
    if (batch.length > 0) tagBatch(plains, batch, result);
    batch = [];
    size = 0;
  };
  plains.forEach((plain, index) => {
    if (plain.length === 0 || plain.length > maxTaggedSentence) return;
    if (size + plain.length > batchCharacters) flush();
    batch.push(index);
    size += plain.length + 2;
  });
  flush();
  return result.map((tokens) => coordinatedPastTenses(participlesAfterBe(nounsAfterPrepositions(joinHyphenCompounds(tokens)))));
}

/**
 * `was born at the lighthouse on 3 March 1870 and retired on 30 June 1939`:
 * after `and` or `but`, a word in -ed the tagger took for an adjective, with a
 * preposition next and a verb earlier in the sentence, is a second verb of the
 * clause — when its stem is a verb the event registry knows.
 */
function coordinatedPastTenses(tokens: Token[]): Token[] {
  let verbSeen = false;
  return tokens.map((token, index) => {
    if (token.pos === 'VERB') verbSeen = true;
    if (!verbSeen || token.pos !== 'ADJ' || !token.lower.endsWith('ed')) return token;
    const before = tokens[index - 1];
    if ((before?.lower !== 'and' && before?.lower !== 'but') || tokens[index + 1]?.pos !== 'ADP') return token;
    const lemma = [token.lower.slice(0, -1), token.lower.slice(0, -2)].find((stem) => predicatesOf(stem).length > 0);
    return lemma === undefined ? token : { ...token, pos: 'VERB', lemma };
  });
}

/**
 * `The Skerry Light was first lit in 1871`: the tagger takes an irregular
 * participle for a noun or an adjective now and then; after a form of `be`
 * (an adverb between) and before a preposition or the clause's end it is the
 * passive verb.
 */
function participlesAfterBe(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const verb = irregularParticipleVerbs.get(token.lower);
    if (verb === undefined || (token.pos !== 'NOUN' && token.pos !== 'ADJ')) return token;
    const previous = tokens[index - 1];
    const auxiliary = previous?.pos === 'ADV' || previous?.lower === 'first' ? tokens[index - 2] : previous;
    const after = tokens[index + 1];
    if (auxiliary?.pos !== 'AUX' || auxiliary.lemma !== 'be' || (after !== undefined && after.pos !== 'ADP' && after.pos !== 'PUNCT')) return token;
    return { ...token, pos: 'VERB', lemma: verb };
  });
}

/**
 * `established by act of Parliament`, `in search of`: a word between a
 * preposition and `of` is a noun, whatever the tagger guessed — no verb but a
 * gerund follows a preposition, and `to` (an infinitive's) is not one here.
 */
function nounsAfterPrepositions(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    if (token.pos !== 'VERB' || token.lower.endsWith('ing') || index === 0) return token;
    const before = tokens[index - 1] as Token;
    const after = tokens[index + 1];
    if (before.pos !== 'ADP' || before.lower === 'to' || after?.lower !== 'of') return token;
    return { ...token, pos: 'NOUN', lemma: token.lower };
  });
}

/**
 * wink cuts a hyphenated compound with a middle word (`commander-in-chief`,
 * `son-in-law`, `aide-de-camp`, `face-to-face`) into five tokens, and a
 * capitalised pair (`Minister-President`) into three; each is one word,
 * inflected on its first part (`commanders-in-chief`).
 */
function joinHyphenCompounds(tokens: Token[]): Token[] {
  if (tokens.length < 5) return tokens;
  const joined: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index] as Token;
    // The chain `word - word - word …`, each piece touching the next.
    let last = index;
    while (isLetters(first.text) && hyphenLinks(tokens, last)) last += 2;
    // Two capitalised words (`Minister-President`, `Director-General`) are one title or name too, as is an office
    // ending in `-general` (`secretary-general`); two lower-case ones (`well-known`) the tagger reads well apart.
    const second = (tokens[last] as Token).text;
    const capitalisedPair = last - index === 2 && ((startsUpperCase(first.text) && startsUpperCase(second)) || second.toLowerCase() === 'general');
    if (last - index < 4 && !capitalisedPair) {
      joined.push(first);
      index++;
      continue;
    }
    const parts = tokens.slice(index, last + 1);
    const end = parts[parts.length - 1] as Token;
    const text = parts.map((part) => part.text).join('');
    const following = tokens[last + 1];
    // `a face-to-face meeting`: before a noun the compound modifies it.
    const pos: PartOfSpeech = first.pos === 'PROPN' ? 'PROPN' : following?.pos === 'NOUN' ? 'ADJ' : 'NOUN';
    const lemma = [first.lemma, ...parts.slice(1).map((part) => part.lower)].join('');
    joined.push({ start: first.start, end: end.end, text, lower: text.toLowerCase(), pos, lemma, negated: parts.some((part) => part.negated) });
    index = last + 1;
  }
  return joined;
}

/** Whether the token at `at` is followed, touching, by a hyphen and a word. */
function hyphenLinks(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  const hyphen = tokens[at + 1];
  const next = tokens[at + 2];
  return hyphen !== undefined && next !== undefined && hyphen.text === '-' && word.end === hyphen.start && hyphen.end === next.start && isLetters(next.text);
}

function tagBatch(plains: readonly string[], batch: readonly number[], result: Token[][]): void {
  const nlp = winkTagger();
  const starts: number[] = [];
  let joined = '';
  for (const index of batch) {
    starts.push(joined.length);
    // Newlines inside a sentence would be read as boundaries; spaces keep offsets.
    joined += (plains[index] as string).replace(/[\n\r]/g, ' ') + '\n\n';
  }
  // wink splits words at letters past Latin-1 (`Dvořák` → `Dvo`, `ř`, `ák`); it reads them folded to their base
  // letter, one code unit for one, so every offset still points into the text.
  const read = foldBeyondLatin1(joined);
  const tokens = nlp.readDoc(read).tokens();
  const values = tokens.out(nlp.its.value) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  const lemmas = tokens.out(nlp.its.lemma as never) as string[];
  const negations = tokens.out(nlp.its.negationFlag) as unknown as boolean[];
  let at = 0;
  let sentence = 0;
  values.forEach((value, index) => {
    if (isBlank(value)) return;
    const found = read.indexOf(value, at);
    if (found < 0) return;
    at = found + value.length;
    while (sentence + 1 < batch.length && found >= (starts[sentence + 1] as number)) sentence++;
    const offset = starts[sentence] as number;
    const list = result[batch[sentence] as number] as Token[];
    const text = read === joined ? value : joined.slice(found, found + value.length);
    const lemma = (lemmas[index] ?? value).toLowerCase();
    const token: Token = {
      start: found - offset,
      end: found - offset + value.length,
      text,
      lower: text.toLowerCase(),
      pos: (tags[index] ?? 'X') as PartOfSpeech,
      // A folded word the tagger left as it was keeps its own letters: `dvořák`, not `dvorak`.
      lemma: text !== value && lemma === value.toLowerCase() ? text.toLowerCase() : lemma,
      negated: negations[index] === true,
    };
    if (mayBePossessive(value)) list.push(...splitPossessive(token));
    else list.push(token);
  });
}

// Letters past Latin-1 that one code unit holds: Latin Extended-A and -B, and Latin Extended Additional.
const beyondLatin1 = /[\u0100-\u024f\u1e00-\u1eff]/u;
// Letters whose base NFD does not give.
const unfolded: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N', ŧ: 't', Ŧ: 'T', ƒ: 'f' };

/**
 * The text with each letter past Latin-1 replaced by its base letter (`ř` →
 * `r`, `ł` → `l`), code unit for code unit, so offsets stay those of the
 * text; a letter with no one-unit base stays as it is.
 */
export function foldBeyondLatin1(text: string): string {
  if (!beyondLatin1.test(text)) return text;
  let folded = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const extended = char.length === 1 && ((code >= 0x100 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff));
    const base = extended ? (unfolded[char] ?? char.normalize('NFD').charAt(0)) : char;
    folded += base.length === 1 && /[A-Za-z]/.test(base) ? base : char;
  }
  return folded;
}

/** Whether a token is whitespace only: a printable ASCII first character answers without trimming every token. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return value.trim() === '';
}

/** Whether a word ends in `'s` or `’s`: the only words `splitPossessive` may split, checked without a regular expression per token. */
function mayBePossessive(value: string): boolean {
  const mark = value.charCodeAt(value.length - 2);
  return value.length > 2 && value.charCodeAt(value.length - 1) === 0x73 && (mark === 0x27 || mark === 0x2019);
}

/**
 * wink-nlp caches how it first split a word: after it has read `brother's`
 * whole once (before a full stop), it keeps it whole in every later document,
 * so one article's tokens would depend on the articles read before it. A
 * possessive is always split as wink splits it when fresh: the word, then
 * `'s` as a particle.
 */
function splitPossessive(token: Token): Token[] {
  const match = possessiveWord.exec(token.text);
  if (!match) return [token];
  const word = match[1] as string;
  const mark = match[2] as string;
  const wordEnd = token.start + word.length;
  // A whole word the tagger took for a name is a name only when capitalised.
  const pos: PartOfSpeech = token.pos === 'PROPN' && !startsUpperCase(word) ? 'NOUN' : token.pos === 'PART' ? 'NOUN' : token.pos;
  return [
    { ...token, end: wordEnd, text: word, lower: word.toLowerCase(), pos, lemma: word.toLowerCase() },
    { ...token, start: wordEnd, text: mark, lower: mark.toLowerCase(), pos: 'PART', lemma: mark.toLowerCase() },
  ];
}

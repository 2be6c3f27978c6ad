import type { Entity, Mention } from '../schema/entities.js';
import type { ArticleSentence } from '../segment/index.js';
import type { Token } from '../segment/tokens.js';
import { appendTo, groupBy } from '../util/group.js';
import type { ResolvedArticle, Resolver } from './types.js';

// Verbs that give someone a name of the speaker's making; not `named` or `styled`, which give honours and titles
// many hold (`was named "Coach of the Year"`, `styled "His Majesty"`).
const namingVerbs: ReadonlySet<string> = new Set(['nicknamed', 'dubbed', 'called', 'christened', 'known']);
// How far `as` may follow `known`: `known to the music press as`.
const asReach = 5;
// Forms of `be` before a passive naming verb: `he was occasionally nicknamed`.
const passiveAuxiliaries: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const openQuotes: ReadonlySet<string> = new Set(['"', '“', '„', '«']);
const closeQuotes: ReadonlySet<string> = new Set(['"', '”', '»']);
// How many tokens a quoted name may hold, and how far back a relative pronoun may stand from its verb.
const maxQuotedTokens = 12;
const relativeReach = 6;
// How many words a name may hold before a bracket that quotes it in English.
const maxNameWords = 4;
// Resolutions too loose to give someone a name: a guess, or nothing.
const looseStrategies: ReadonlySet<string> = new Set(['unresolved', 'subject-guess']);
const hasLetter = /\p{L}/u;

/**
 * `he was occasionally nicknamed … the "Second Ptolemy"`, `Ibn Sahl, whom
 * Latin writers nicknamed the "Second Ptolemy"`, `Cook dubbed him "the
 * bubonic plagiarist"`, `Miller, dubbed "the bubonic plagiarist" by Cook`:
 * a quoted name given by a naming verb is a nickname of whoever the clause
 * names — the passive's subject, the active's object, the relative
 * pronoun's antecedent or the name a participle is set after — when the
 * mentions resolver tied that word to someone. The name extractor ties
 * names to names; this step reaches pronouns, relatives and nominals, so one
 * nickname given to two people shows in their aliases.
 */
export const namingResolver: Resolver = {
  name: 'naming',
  resolve(resolved) {
    const bySentence = groupBy(resolved.mentions, (mention) => mention.sentence);
    const given = new Map<string, Quoted[]>();
    for (const sentence of resolved.article.sentences) {
      const tokens = resolved.tokens[sentence.index] ?? [];
      const mentions = bySentence.get(sentence.index) ?? [];
      tokens.forEach((token, index) => {
        const naming = namingVerbs.has(token.lower) && token.pos === 'VERB' ? readNaming(sentence, tokens, index, mentions) : token.lower === 'nickname' ? readNicknameNoun(sentence, tokens, index, mentions) : undefined;
        if (naming) appendTo(given, naming.entity, naming);
      });
    }
    if (given.size === 0) return resolved;
    const entities = resolved.entities.map((entity) => withNicknames(resolved, entity, given.get(entity.id) ?? []));
    return { ...resolved, entities };
  },
};

/** A quoted name and the source span of its quotation. */
type Quoted = { name: string; start: number; end: number };
/** A quoted name given to an entity. */
type Naming = Quoted & { entity: string };

/** The mention covering a token of the sentence. */
function mentionFinder(sentence: ArticleSentence, tokens: readonly Token[], mentions: readonly Mention[]): (index: number) => Mention | undefined {
  return (index) => {
    const token = tokens[index];
    if (!token) return undefined;
    const start = sentence.toSource(token.start);
    return mentions.find((mention) => mention.position.start.offset <= start && start < mention.position.end.offset);
  };
}

/**
 * `earned him the nickname "the Iron Chancellor"`, `gave Smith the nickname
 * "Doc"`, `his nickname "Doc"`: the one before `the nickname`, as an object
 * or a possessive, bears the quoted name.
 */
function readNicknameNoun(sentence: ArticleSentence, tokens: readonly Token[], noun: number, mentions: readonly Mention[]): Naming | undefined {
  const mentionAt = mentionFinder(sentence, tokens, mentions);
  const quoted = quotedName(sentence, tokens, tokens[noun + 1]?.lower === 'of' ? noun + 2 : noun + 1);
  if (!quoted) return undefined;
  const before = tokens[noun - 1]?.lower === 'the' ? noun - 2 : noun - 1;
  const target = mentionAt(before);
  if (!target?.entity || looseStrategies.has(target.strategy) || (target.form !== 'pronoun' && target.form !== 'name')) return undefined;
  return { entity: target.entity, ...quoted };
}

function readNaming(sentence: ArticleSentence, tokens: readonly Token[], verb: number, mentions: readonly Mention[]): Naming | undefined {
  const mentionAt = mentionFinder(sentence, tokens, mentions);
  // `known to the press as the "Iron Chancellor"`: the name follows `as`.
  let at = verb + 1;
  if (tokens[verb]?.lower === 'known') {
    const as = tokens.findIndex((token, index) => index > verb && index - verb <= asReach && token.lower === 'as');
    if (as < 0) return undefined;
    at = as + 1;
  }
  let object: Mention | undefined;
  const after = mentionAt(at);
  if (after && (after.form === 'pronoun' || after.form === 'name') && at === verb + 1) {
    object = after;
    while (at < tokens.length && mentionAt(at) === after) at++;
  }
  const quoted = quotedName(sentence, tokens, at) ?? quotedName(sentence, tokens, bracketAfterName(tokens, at));
  if (!quoted) return undefined;
  const target = object ?? subjectOfNaming(tokens, verb, mentionAt);
  if (!target?.entity || looseStrategies.has(target.strategy)) return undefined;
  return { entity: target.entity, ...quoted };
}

/** `Ptolemaeus secundus (the "Second Ptolemy")`: the token inside a bracket after a few words, where a translated name is quoted. */
function bracketAfterName(tokens: readonly Token[], at: number): number {
  for (let index = at; index < tokens.length && index - at <= maxNameWords; index++) {
    const token = tokens[index] as Token;
    if (token.text === '(') return index > at ? index + 1 : -1;
    if (!['PROPN', 'NOUN', 'ADJ'].includes(token.pos)) return -1;
  }
  return -1;
}

/** The quoted words opening at token `open` (`the` before the quote passed over): their source span and text, when they hold a letter and a handful of words. */
function quotedName(sentence: ArticleSentence, tokens: readonly Token[], at: number): Quoted | undefined {
  const open = tokens[at]?.lower === 'the' ? at + 1 : at;
  if (!openQuotes.has(tokens[open]?.text ?? '')) return undefined;
  for (let close = open + 2; close < tokens.length && close - open <= maxQuotedTokens; close++) {
    if (!closeQuotes.has((tokens[close] as Token).text)) continue;
    // The evidence quotes the name with its quotation marks, as the text gives it.
    const start = sentence.toSource((tokens[open] as Token).start);
    const end = sentence.toSource((tokens[close] as Token).end, true);
    const name = sentence.plain.slice((tokens[open + 1] as Token).start, (tokens[close - 1] as Token).end).replace(/\s+/gu, ' ');
    return hasLetter.test(name) ? { name, start, end } : undefined;
  }
  return undefined;
}

/**
 * Who a naming verb with no object names: the subject of `was (occasionally)
 * nicknamed`, the relative pronoun before it (`whom Latin writers
 * nicknamed`), or the name a participle is set after (`Miller, dubbed`).
 */
function subjectOfNaming(tokens: readonly Token[], verb: number, mentionAt: (index: number) => Mention | undefined): Mention | undefined {
  let at = verb - 1;
  while (at >= 0 && (tokens[at] as Token).pos === 'ADV') at--;
  if (passiveAuxiliaries.has(tokens[at]?.lower ?? '')) {
    while (at >= 0 && ((tokens[at] as Token).pos === 'AUX' || (tokens[at] as Token).pos === 'ADV' || passiveAuxiliaries.has((tokens[at] as Token).lower))) at--;
    return mentionAt(at);
  }
  if (tokens[at]?.text === ',') return apposedTo(tokens, at - 1, mentionAt);
  for (let back = verb - 1; back >= 0 && verb - back <= relativeReach; back--) {
    const token = tokens[back] as Token;
    if (token.text === ',' || token.text === ';') break;
    if ((token.lower === 'whom' || token.lower === 'which') && tokens[back - 1]?.text === ',') return mentionAt(back) ?? mentionAt(back - 2);
  }
  // `Keith Arlow, the band member known to the press as …`: the noun a participle follows, apposed to a name.
  if (tokens[verb]?.lower === 'known') return nounReferent(tokens, nounPhraseStart(tokens, verb - 1), mentionAt);
  // `was the member the music press nicknamed "…"`: an object relative without `whom`; its head noun stands before its subject.
  const agent = nounPhraseStart(tokens, verb - 1);
  if (agent >= verb || agent < 1) return undefined;
  return nounReferent(tokens, nounPhraseStart(tokens, agent - 1), mentionAt);
}

/**
 * The name a participle set off by a comma is said of, ending at token
 * `last`: `Miller, dubbed …`, but not the `of` object in `The stepped roof of
 * La Pedrera, called …` (the roof is called so).
 */
function apposedTo(tokens: readonly Token[], last: number, mentionAt: (index: number) => Mention | undefined): Mention | undefined {
  const mention = mentionAt(last);
  if (!mention) return undefined;
  let first = last;
  while (first > 0 && mentionAt(first - 1) === mention) first--;
  return tokens[first - 1]?.pos === 'ADP' ? undefined : mention;
}

const nounPhraseTags: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The first token of the noun phrase ending at `last` (its determiner included), or `last + 1` when there is none. */
function nounPhraseStart(tokens: readonly Token[], last: number): number {
  let at = last;
  while (at >= 0 && nounPhraseTags.has((tokens[at] as Token).pos)) at--;
  if (at < last && tokens[at]?.pos === 'DET') at--;
  return at + 1;
}

/**
 * Who the noun phrase opening at `first` is: the name it is apposed to
 * (`Keith Arlow, the band member`), the subject of the copula it completes
 * (`Paul Dunmore was the member`), or its own mention (`the building`).
 */
function nounReferent(tokens: readonly Token[], first: number, mentionAt: (index: number) => Mention | undefined): Mention | undefined {
  if (tokens[first]?.pos !== 'DET' && tokens[first]?.pos !== 'NOUN') return undefined;
  if (tokens[first - 1]?.text === ',') return mentionAt(first - 2);
  let at = first - 1;
  while (at >= 0 && (tokens[at] as Token).pos === 'ADV') at--;
  if (tokens[at]?.lemma === 'be') {
    at--;
    while (at >= 0 && ((tokens[at] as Token).pos === 'ADV' || (tokens[at] as Token).text === ',')) at--;
    return mentionAt(at);
  }
  return mentionAt(first);
}

function withNicknames(resolved: ResolvedArticle, entity: Entity, given: readonly Quoted[]): Entity {
  if (given.length === 0) return entity;
  const aliases = entity.aliases.map((alias) => ({ ...alias, evidence: [...alias.evidence] }));
  const fold = (name: string): string => name.toLowerCase().replace(/^the\s+/u, '');
  for (const { name, start, end } of given) {
    const evidence = { quote: resolved.article.text.slice(start, end), position: resolved.article.locator.position(start, end), role: 'nickname' };
    const known = aliases.find((alias) => fold(alias.name) === fold(name));
    if (known) {
      if (!known.evidence.some((item) => item.position.start.offset === start)) known.evidence.push(evidence);
      continue;
    }
    if (fold(name) === fold(entity.canonical)) continue;
    aliases.push({ name, form: 'nickname', evidence: [evidence] });
  }
  return { ...entity, aliases };
}

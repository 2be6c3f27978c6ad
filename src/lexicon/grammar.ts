import { keysOf, type LexiconModule, words } from './list.js';
import { ORDINAL_TEEN_WORDS, ORDINAL_UNIT_WORDS } from './numbers.js';

/**
 * English function words the clause reader needs: pronouns with their
 * features, relative words, subordinators, negation and copulas. Closed
 * classes, listed from the Universal Dependencies English guidelines
 * (universaldependencies.org/en/) and checked against the tags of GUM.
 */

/** Personal pronouns: gender, number, and whether they stand for a person. */
export const personalPronouns: ReadonlyMap<string, { gender: 'male' | 'female' | 'neuter' | 'any'; number: 'singular' | 'plural'; possessive: boolean }> = new Map([
  ['he', { gender: 'male', number: 'singular', possessive: false }],
  ['him', { gender: 'male', number: 'singular', possessive: false }],
  ['himself', { gender: 'male', number: 'singular', possessive: false }],
  ['his', { gender: 'male', number: 'singular', possessive: true }],
  ['she', { gender: 'female', number: 'singular', possessive: false }],
  ['her', { gender: 'female', number: 'singular', possessive: true }],
  ['herself', { gender: 'female', number: 'singular', possessive: false }],
  ['hers', { gender: 'female', number: 'singular', possessive: true }],
  ['it', { gender: 'neuter', number: 'singular', possessive: false }],
  ['its', { gender: 'neuter', number: 'singular', possessive: true }],
  ['itself', { gender: 'neuter', number: 'singular', possessive: false }],
  ['they', { gender: 'any', number: 'plural', possessive: false }],
  ['them', { gender: 'any', number: 'plural', possessive: false }],
  ['their', { gender: 'any', number: 'plural', possessive: true }],
  ['theirs', { gender: 'any', number: 'plural', possessive: true }],
  ['themselves', { gender: 'any', number: 'plural', possessive: false }],
]);

/** Words that open a relative clause and stand for the noun phrase before them. */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Words that open an adverbial clause with a subject of its own. */
export const subordinators: ReadonlySet<string> = new Set([
  'when', 'while', 'whilst', 'after', 'before', 'because', 'although', 'though', 'as', 'since', 'until', 'till', 'if', 'unless', 'whereas', 'where', 'once', 'whereby',
]);

/** Words that negate the verb group they sit in. */
export const negators: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no longer']);

/** Verbs that link a subject to a complement (`was chairman`, `became president`, `remained leader`). */
export const copulas: ReadonlySet<string> = new Set(['be', 'become', 'remain']);

/** Auxiliaries that make a passive with a past participle. */
export const passiveAuxiliaries: ReadonlySet<string> = new Set(['be', 'get']);

/** Modal auxiliaries: the word after one is a verb's base form (`would open`, `will merge`), whatever the tagger says. */
export const modalAuxiliaries: ReadonlySet<string> = new Set(words('would will could can should shall may might must'));

/**
 * Verbs of intending and scheduling: an infinitive after one (`plan to build`,
 * `is scheduled to open`) is an event planned, read as a frame that is marked
 * so and never compared as a fact.
 */
export const planningVerbs: ReadonlySet<string> = new Set(words('plan intend aim schedule propose'));

/**
 * Words of getting a building, a line or an instrument ready: told of a place
 * before it opens (`the dock was designed by Lunn in 1849`, `the site was
 * bought`, `a contract was let`), they are its making, not its use. Read with
 * the verbs of planning and dating, the nouns of intention and the registry's
 * nouns of founding and building, which say the same.
 */
export const preparationWords: ReadonlySet<string> = new Set(words('dedicate design build construct erect lay survey tender excavate dig prepare choose select buy acquire lease cast finance scheme contract competition excavation preparation'));

/**
 * Prepositions before a place or a thing that say something happened on, in
 * or with it (`performed on its stage`, `observed with the refractor`), read
 * with the locative prepositions of the places lexicon.
 */
export const usePrepositions: ReadonlySet<string> = new Set(words('on into onto within through along up over with from to via aboard'));

/** Words before a noun that set the thing apart from the one that opened later: `the old dock`, `the original hall`, `the future station`. */
export const otherThingWords: ReadonlySet<string> = new Set(words('old former original earlier previous temporary existing future planned proposed projected intended unfinished'));

/** Words that put a use before an opening on purpose: `before the dock opened`, `until the hall was ready`, `pending its completion`. */
export const beforeOpeningWords: ReadonlySet<string> = new Set(words('before until till prior pending awaiting ahead'));

/**
 * Verbs of ordering, asking and allowing: the object of one is who is to do
 * the infinitive after it (`ordered a patrol to destroy the boats`, `allowed
 * them to settle`), not the verb's subject.
 */
export const controllingVerbs: ReadonlySet<string> = new Set(words('order instruct direct ask urge persuade convince compel oblige allow permit enable encourage invite require send'));

/**
 * Verbs and nouns of performing: a role after `as` on one (`appeared as a
 * guest judge`, `had a cameo … as a federation judge`) is a part played, no
 * office held.
 */
export const performingVerbs: ReadonlySet<string> = new Set(words('appear star guest portray impersonate'));
export const performanceNouns: ReadonlySet<string> = new Set(words('cameo appearance performance portrayal'));

/**
 * Words that rank the noun before an infinitive: `the first woman to hold the
 * post`, `the only player to be drafted` state that it happened (with the
 * ordinals).
 */
export const rankWords: ReadonlySet<string> = new Set(words('only sole'));

/** Nouns of aims and chances: `the first attempt to climb it`, `his last chance to win` do not say it happened. */
export const intentionNouns: ReadonlySet<string> = new Set(words('attempt effort bid plan step proposal chance opportunity right decision offer promise request way intention'));

/** Ordinal words, which the tagger sometimes reads as adverbs (`the group's second plenary session`): the numbers' ordinals, and `last` and `final`. */
export const ordinalWords: ReadonlySet<string> = new Set([...keysOf(ORDINAL_UNIT_WORDS), ...keysOf(ORDINAL_TEEN_WORDS), ...words('last final')]);

/** Nouns that, after an ordinal, count how often something happened (`a second term`, `for the third time`). */
export const repeatNouns: ReadonlySet<string> = new Set(['term', 'time', 'spell', 'stint', 'tenure', 'period', 'stretch', 'mandate', 'marriage', 'wife', 'husband']);

/** Words that say an event happened before (`again`, `re-elected`): a repeat, not a restatement. */
export const repeatCues: ReadonlySet<string> = new Set(['again', 'another', 'once more', 'anew', 'reappointed', 're-appointed', 're-elected', 'reelected', 'rejoined', 're-joined', 'returned', 'resumed', 'reinstated', 're-established', 'reestablished', 're-formed', 'reformed', 'reunited', 'refounded', 're-founded', 'rebuilt', 'reopened', 're-opened', 'recaptured', 're-arrested', 'rearrested', 'remarried', 'twice', 'successive', 'consecutive']);

/** Past participles that do not end in -ed or -en, with their verbs: for telling a participle from a past tense, and a verb the tagger took for a noun (`was first lit`). */
export const irregularParticipleVerbs: ReadonlyMap<string, string> = new Map([
  ['born', 'bear'], ['borne', 'bear'], ['made', 'make'], ['held', 'hold'], ['led', 'lead'], ['built', 'build'], ['sold', 'sell'], ['bought', 'buy'], ['found', 'find'], ['set', 'set'], ['put', 'put'], ['shut', 'shut'], ['hit', 'hit'], ['cut', 'cut'], ['sent', 'send'], ['spent', 'spend'], ['lost', 'lose'], ['won', 'win'], ['fought', 'fight'], ['brought', 'bring'], ['thought', 'think'], ['caught', 'catch'], ['taught', 'teach'], ['told', 'tell'], ['paid', 'pay'], ['laid', 'lay'], ['left', 'leave'], ['kept', 'keep'], ['slain', 'slay'], ['shot', 'shoot'], ['hung', 'hang'], ['struck', 'strike'], ['run', 'run'], ['begun', 'begin'], ['met', 'meet'], ['read', 'read'], ['heard', 'hear'], ['sworn', 'swear'], ['let', 'let'], ['dealt', 'deal'], ['meant', 'mean'], ['felt', 'feel'], ['lit', 'light'], ['fed', 'feed'], ['bred', 'breed'], ['fled', 'flee'], ['sat', 'sit'], ['spun', 'spin'], ['stuck', 'stick'], ['sung', 'sing'], ['swung', 'swing'], ['wound', 'wind'], ['wrung', 'wring'],
]);

/** Past participles that do not end in -ed or -en. */
export const irregularParticiples: ReadonlySet<string> = new Set(irregularParticipleVerbs.keys());

/** Where these words come from. */
export const source = 'Closed classes of English from the Universal Dependencies English guidelines (universaldependencies.org/en/), checked against the tags of GUM: pronouns, relative words, subordinators, negators, copulas, modals; ordinals, verbs of planning, of performing and repeat cues from the corpus wording.';

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'grammar',
  source,
  lists: {
    personalPronouns: [...personalPronouns.keys()],
    relativePronouns: [...relativePronouns],
    subordinators: [...subordinators],
    negators: [...negators],
    copulas: [...copulas],
    repeatNouns: [...repeatNouns],
    repeatCues: [...repeatCues],
    irregularParticiples: [...irregularParticiples],
    modalAuxiliaries: [...modalAuxiliaries],
    planningVerbs: [...planningVerbs],
    preparationWords: [...preparationWords],
    usePrepositions: [...usePrepositions],
    otherThingWords: [...otherThingWords],
    beforeOpeningWords: [...beforeOpeningWords],
    rankWords: [...rankWords],
    intentionNouns: [...intentionNouns],
    controllingVerbs: [...controllingVerbs],
    performingVerbs: [...performingVerbs],
    performanceNouns: [...performanceNouns],
  },
};

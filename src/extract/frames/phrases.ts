import { copulas, irregularParticiples, negators, passiveAuxiliaries, personalPronouns, relativePronouns, subordinators } from '../../lexicon/grammar.js';
import { eventNoun, predicatesOf } from '../../lexicon/events.js';
import { roleNouns } from '../../lexicon/roles.js';
import type { Unit } from './types.js';
import { startsUpperCase } from '../../util/letters.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
// A count glued to its unit by a hyphen: `31-kilometre`, `a 36-gun`.
const hyphenedUnit = /\d-\p{L}/u;

/** A noun phrase: `the company`, `John Smith`, `his father`, `300 people`, `he`. */
export interface NounPhrase {
  type: 'np';
  first: number;
  last: number;
  /** Index of the head unit: the last noun, name, figure or pronoun. */
  head: number;
  form: 'name' | 'pronoun' | 'nominal' | 'figure';
  /** A possessive before the head: `Smith's`, `his`, `the club's`. */
  possessor?: NounPhrase;
  /** Date units inside the phrase (`the 1986 bombing`). */
  dates: number[];
}

/** A verb group: auxiliaries, adverbs and negation around one main verb. */
export interface VerbGroup {
  type: 'vg';
  first: number;
  last: number;
  /** Index of the main verb (or of the copula when there is no other verb). */
  main: number;
  lemma: string;
  /** A particle read with the verb (`set up`, `took over`, `came into being`), the index of its last unit. */
  particle?: number;
  /** The particle's words, lower case (`up`, `into being`). */
  particleText?: string;
  voice: 'active' | 'passive';
  copula: boolean;
  negated: boolean;
  /** `finite` has tense; a `participle` (`founded in 1948`, `succeeding Bell`) or `infinitive` borrows its subject. */
  form: 'finite' | 'participle' | 'gerund' | 'infinitive';
}

/** Any other unit: a preposition, conjunction, punctuation mark, adverb or date. */
export interface OtherPhrase {
  type: 'prep' | 'rel' | 'sub' | 'conj' | 'punct' | 'date' | 'other';
  first: number;
  last: number;
}

export type Phrase = NounPhrase | VerbGroup | OtherPhrase;

const nominalPos = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
const headPos = new Set(['NOUN', 'PROPN']);
// Adverbs that sit inside a verb group without ending it: `has not yet been`, `later became`; and
// `first` or `last`, which the tagger calls adjectives there (`had first been appointed`).
const groupAdverb = (unit: Unit): boolean => unit.kind === 'word' && ((unit.pos === 'ADV' && !/^(?:there|here|where|when|how|why)$/.test(unit.lower)) || (unit.pos === 'ADJ' && (unit.lower === 'first' || unit.lower === 'last')));

function isVerb(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'word' && (unit.pos === 'VERB' || unit.pos === 'AUX');
}

/** Whether a verb form can be a past participle: `founded`, `born`, `taken`. */
export function looksParticiple(unit: Unit): boolean {
  return /(?:ed|en|wn|ne)$/.test(unit.lower) || irregularParticiples.has(unit.lower);
}

// Words that open a clause of time before its subject: `after the bridge opened`, `until the war ended`.
const clauseOpeners: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'when', 'while', 'as']);

// Quantifiers that may float after the subject they count: `they both joined`, `the two each won`.
const floatingQuantifiers: ReadonlySet<string> = new Set(['both', 'each', 'all']);

/** Cuts a sentence's units into phrases: noun phrases, verb groups and single units. */
export function buildPhrases(units: readonly Unit[]): Phrase[] {
  const phrases: Phrase[] = [];
  let index = 0;
  while (index < units.length) {
    const unit = units[index] as Unit;
    if (unit.kind === 'date') {
      if (startsNominal(units, index) && index > 0 && isDeterminerOrPossessive(units[index - 1] as Unit)) {
        index = pushNounPhrase(units, index, phrases);
        continue;
      }
      phrases.push({ type: 'date', first: index, last: index });
      index++;
      continue;
    }
    // `Smith and Jones both joined the party`: a quantifier floated after its subject, before the verb, belongs to
    // neither; it must not take the verb into a noun phrase.
    const subjectBefore = units[index - 1]?.kind === 'name' || units[index - 1]?.pos === 'PROPN' || units[index - 1]?.pos === 'PRON' || units[index - 1]?.pos === 'NOUN';
    if (floatingQuantifiers.has(unit.lower) && subjectBefore && isVerb(units[index + 1])) {
      phrases.push({ type: 'other', first: index, last: index });
      index++;
      continue;
    }
    // `self-proclaimed`, `non-affiliated`: a verb form inside a hyphenated word is an adjective. `at around 1 am`: the
    // time of day, no verb.
    const hyphenBefore = units[index - 1]?.text === '-' && units[index - 1]?.end === unit.start;
    const clockTime = (unit.lower === 'am' || unit.lower === 'pm') && /^\d{1,2}(?:[:.]\d{2})?$/.test(units[index - 1]?.text ?? '');
    if ((hyphenBefore || clockTime) && isVerb(unit)) {
      phrases.push({ type: 'other', first: index, last: index });
      index++;
      continue;
    }
    // `according to the 2011 census`: a preposition, not a verb.
    if (unit.lower === 'according' && units[index + 1]?.lower === 'to') {
      phrases.push({ type: 'prep', first: index, last: index + 1 });
      index += 2;
      // `according to rules`, `according to reports`: after the preposition a word the tagger took for a verb is its noun.
      const next = units[index];
      if (next && isVerb(next) && next.pos === 'VERB') {
        phrases.push({ type: 'np', first: index, last: index, head: index, form: 'nominal', dates: [] });
        index++;
      }
      continue;
    }
    if (attributive(units, index)) {
      phrases.push({ type: 'other', first: index, last: index });
      index++;
      continue;
    }
    if (isVerb(unit) || (unit.lower === 'to' && isVerb(units[index + 1]))) {
      index = pushVerbGroup(units, index, phrases);
      continue;
    }
    // `whose term …`: the tagger reads `whose` as a determiner; it opens a relative clause.
    if (unit.lower === 'whose') {
      phrases.push({ type: 'rel', first: index, last: index });
      index++;
      continue;
    }
    if (unit.kind === 'name' || unit.kind === 'figure' || nominalPos.has(unit.pos) || isPossessivePronoun(unit)) {
      if (unit.pos === 'ADJ' && !continuesNominal(units, index)) {
        phrases.push({ type: 'other', first: index, last: index });
        index++;
        continue;
      }
      index = pushNounPhrase(units, index, phrases);
      continue;
    }
    if (unit.pos === 'PRON') {
      if (relativePronouns.has(unit.lower) && !(unit.lower === 'that' && !isVerb(units[index + 1]) && !isRelativeThat(units, index))) {
        phrases.push({ type: 'rel', first: index, last: index });
      } else {
        phrases.push({ type: 'np', first: index, last: index, head: index, form: 'pronoun', dates: [] });
      }
      index++;
      continue;
    }
    // `The railway that the company opened in 1874`: a `that` the tagger took for a conjunction opens a relative
    // clause when a noun stands before it and the clause's verb lacks its object.
    const relativeThat = unit.lower === 'that' && unit.pos === 'SCONJ' && isRelativeThat(units, index) && !contentNouns.has(units[index - 1]?.lemma ?? '') && objectGapAfter(units, index);
    // `and once held 12,000 scrolls`: `once` right before a verb is the adverb, not the conjunction of `once the war ended`.
    const adverbOnce = unit.lower === 'once' && ['VERB', 'AUX'].includes(units[index + 1]?.pos ?? '');
    phrases.push({ type: relativeThat ? 'rel' : adverbOnce ? 'other' : classify(unit), first: index, last: index });
    index++;
  }
  return phrases;
}

// Nouns a `that` clause states the content of (`the claim that the company collapsed`), not a relative clause.
const contentNouns: ReadonlySet<string> = new Set(['claim', 'fact', 'news', 'idea', 'belief', 'rumour', 'rumor', 'report', 'possibility', 'evidence', 'hope', 'fear', 'view', 'argument', 'suggestion', 'statement', 'announcement', 'notion', 'assumption', 'allegation', 'theory', 'sign', 'proof', 'assertion', 'conclusion', 'impression']);

/** After `that`: a noun phrase, a verb, and then no object (a preposition, a date, a mark or the end). */
function objectGapAfter(units: readonly Unit[], that: number): boolean {
  let at = that + 1;
  const start = at;
  while (at < units.length && ((units[at] as Unit).kind !== 'word' || ['DET', 'ADJ', 'NOUN', 'PROPN'].includes((units[at] as Unit).pos)) && (units[at] as Unit).kind !== 'date') at++;
  if (at === start || (units[at] as Unit | undefined)?.pos !== 'VERB') return false;
  const next = units[at + 1];
  return next === undefined || next.kind === 'date' || next.pos === 'ADP' || next.pos === 'PUNCT';
}

function classify(unit: Unit): OtherPhrase['type'] {
  if (unit.pos === 'PUNCT') return 'punct';
  // `served as chief executive`: the tagger reads `as` as an adverb or conjunction as often as a preposition.
  if (unit.lower === 'as') return 'prep';
  if (unit.lower === 'according') return 'prep';
  if (unit.pos === 'CCONJ') return 'conj';
  if (subordinators.has(unit.lower) && (unit.pos === 'SCONJ' || unit.pos === 'ADV' || unit.pos === 'ADP')) return unit.pos === 'ADP' && !['after', 'before', 'since', 'until', 'till', 'as'].includes(unit.lower) ? 'prep' : unit.pos === 'SCONJ' || unit.pos === 'ADV' ? 'sub' : 'prep';
  if (unit.pos === 'ADP' || unit.pos === 'PART') return 'prep';
  return 'other';
}

function isRelativeThat(units: readonly Unit[], index: number): boolean {
  const before = units[index - 1];
  return before !== undefined && (before.kind === 'name' || before.pos === 'NOUN' || before.pos === 'PROPN');
}

function isPossessivePronoun(unit: Unit): boolean {
  return unit.pos === 'PRON' && personalPronouns.get(unit.lower)?.possessive === true;
}

function startsNominal(units: readonly Unit[], index: number): boolean {
  const next = units[index + 1];
  // `the 1983 Beirut barracks bombings`: a name that modifies the noun after it.
  const modifier = next?.kind === 'name' && units[index + 2]?.kind === 'word' && units[index + 2]?.pos === 'NOUN';
  return next !== undefined && ((next.kind === 'word' && (next.pos === 'NOUN' || next.pos === 'PROPN')) || modifier);
}

function continuesNominal(units: readonly Unit[], index: number): boolean {
  for (let at = index + 1; at < units.length; at++) {
    const unit = units[at] as Unit;
    if (unit.kind === 'name' || unit.kind === 'figure' || headPos.has(unit.pos)) return true;
    if (!(unit.pos === 'ADJ' || unit.pos === 'ADV' || unit.lower === ',' || unit.pos === 'CCONJ')) return false;
  }
  return false;
}

function pushNounPhrase(units: readonly Unit[], first: number, phrases: Phrase[]): number {
  let possessor: NounPhrase | undefined;
  let start = first;
  let at = first;
  let head = -1;
  const dates: number[] = [];
  const flushPossessor = (end: number, headIndex: number, pronoun: boolean): void => {
    possessor = {
      type: 'np',
      // `his father's death`: the owner is `his father`, its pronoun included, as the resolver reads kin.
      first: !pronoun && possessor?.form === 'pronoun' && possessor.last === start - 1 ? possessor.first : start,
      last: end,
      head: headIndex,
      form: pronoun ? 'pronoun' : formOf(units[headIndex] as Unit),
      dates: [],
      ...(possessor ? { possessor } : {}),
    };
  };
  while (at < units.length) {
    const unit = units[at] as Unit;
    if (isPossessivePronoun(unit) && at === start) {
      flushPossessor(at, at, true);
      at++;
      start = at;
      continue;
    }
    // `22 years' service`, `the Smiths' house`: an apostrophe closing a plural is its possessive mark.
    const pluralMark = (unit.lower === "'" || unit.lower === '’') && head === at - 1 && unit.start === (units[at - 1] as Unit).end && /s$/u.test((units[at - 1] as Unit).text) && nominalPos.has(units[at + 1]?.pos ?? '');
    if (unit.kind === 'word' && (unit.lower === "'s" || unit.lower === '’s' || pluralMark) && head >= 0) {
      flushPossessor(at - 1, head, false);
      at++;
      start = at;
      head = -1;
      continue;
    }
    if (unit.kind === 'date') {
      // `the 1986 bombing`, `his 1990 album`: a date between a determiner and a noun modifies it.
      if (head < 0 && at > first && startsNominal(units, at) && isDeterminerOrPossessive(units[at - 1] as Unit)) {
        dates.push(at);
        at++;
        continue;
      }
      break;
    }
    if (unit.kind === 'name' || unit.kind === 'figure') {
      // `became the second director at the age of thirty-four`: an age after a noun is the clause's, a phrase of its own.
      if (unit.claim?.kind === 'age' && head >= 0) break;
      // `At the 2011 census Lanmore had …`: a name after a dated noun starts a phrase of its own.
      if (unit.kind === 'name' && head >= 0 && dates.length > 0) break;
      head = at;
      at++;
      continue;
    }
    if (unit.kind === 'word' && unit.pos === 'PRON' && !isPossessivePronoun(unit)) break;
    // `appointed Farrant Minister for Health`: an office with its portfolio after a name is the office given, a phrase of its own.
    if (head >= 0 && (units[head] as Unit).kind === 'name' && roleNouns.has(unit.lower) && ['of', 'for'].includes(units[at + 1]?.lower ?? '')) break;
    if (unit.kind === 'word' && (headPos.has(unit.pos) || unit.pos === 'NUM')) {
      if (unit.pos !== 'NUM' || head < 0) head = at;
      at++;
      continue;
    }
    if (unit.kind === 'word' && (unit.pos === 'DET' || unit.pos === 'ADJ') && head < 0) {
      at++;
      continue;
    }
    // `run by the "Old Guard"`: a name quoted after its determiner is the phrase's, quotation marks and all.
    const quoted = units[at + 1];
    if (unit.kind === 'word' && openingQuotes.has(unit.text) && head < 0 && at > first && (units[at - 1] as Unit).pos === 'DET' && quoted !== undefined && quoted.start === unit.end && capitalised(quoted)) {
      let close = at + 1;
      while (close < units.length && close < at + 6 && capitalised(units[close])) close++;
      const mark = units[close];
      if (mark !== undefined && mark.start === (units[close - 1] as Unit).end && (mark.text === unit.text || closingQuotes.has(mark.text))) {
        head = close - 1;
        at = close + 1;
        break;
      }
    }
    // `a new political list`, `a very old church`: an adverb after the determiner, before the adjectives and noun it
    // leads to, modifies them (the tagger reads `new` as an adverb as often as an adjective).
    if (unit.kind === 'word' && unit.pos === 'ADV' && head < 0 && at > first && isDeterminerOrPossessive(units[at - 1] as Unit) && continuesNominal(units, at) && units[at + 1]?.pos !== 'ADV') {
      at++;
      continue;
    }
    // `the 31-kilometre main line`: a figure joined to its unit by a hyphen modifies the words after it.
    if (unit.kind === 'word' && unit.pos === 'ADJ' && head === at - 1 && (units[head] as Unit).kind === 'figure' && hyphenedUnit.test((units[head] as Unit).text)) {
      head = -1;
      at++;
      continue;
    }
    // `an English professional footballer`, `the England national team`: a proper word right after the article, with an
    // adjective and a noun after it, modifies that noun; the noun heads the phrase.
    // `four EF-111 electronic countermeasures aircraft`: so does a proper word after a count.
    const counted = (units[first] as Unit).pos === 'NUM' && head > first && (units[head] as Unit).kind === 'word' && (units[head] as Unit).pos === 'PROPN';
    if (unit.kind === 'word' && unit.pos === 'ADJ' && at === head + 1 && ((head === first + 1 && articles.has((units[first] as Unit).lower)) || counted) && properModifier(units[head] as Unit) && continuesNominal(units, at)) {
      head = -1;
      at++;
      continue;
    }
    // `his capture`, `the ousted president`: a verb form after a determiner or possessive is a noun or a modifier.
    if (unit.kind === 'word' && unit.pos === 'VERB' && head < 0 && at > first && isDeterminerOrPossessive(units[at - 1] as Unit)) {
      const next = units[at + 1];
      if (next && (next.kind === 'name' || headPos.has(next.pos))) {
        at++;
        continue;
      }
      head = at;
      at++;
      continue;
    }
    if (unit.kind === 'word' && unit.text === '-' && head >= 0 && units[at + 1] && headPos.has((units[at + 1] as Unit).pos)) {
      at++;
      continue;
    }
    // `his third-floor Paris apartment`: a hyphen glued to the words on both sides joins a compound modifier.
    const previousUnit = units[at - 1];
    const nextUnit = units[at + 1];
    if (unit.kind === 'word' && unit.text === '-' && at > start && previousUnit?.end === unit.start && nextUnit?.start === unit.end && nextUnit.kind === 'word') {
      // `a Belgian-owned brewery`, `a state-run company`: the participle glued after the hyphen modifies the noun after it.
      const modified = units[at + 2];
      // `the director-general`: an adjective glued after the head's hyphen ends the compound noun.
      if (nextUnit.pos === 'ADJ' && head === at - 1) {
        head = at + 1;
        at += 2;
        continue;
      }
      at += isVerb(nextUnit) && modified !== undefined && (modified.kind === 'name' || headPos.has(modified.pos)) ? 2 : 1;
      continue;
    }
    // `Lindh & Berg`, `the Merchants' Bank of Leeds`: an ampersand, or the apostrophe of a plural possessive glued to
    // a capitalised word, joins it to the capitalised word after it into one name.
    const previous = units[at - 1];
    const joiner = unit.text === '&' || ((unit.text === "'" || unit.text === '’') && previous !== undefined && previous.end === unit.start && previous.text.endsWith('s'));
    if (joiner && head === at - 1 && capitalised(units[head]) && capitalised(units[at + 1])) {
      head = at + 1;
      at += 2;
      continue;
    }
    // `the Battle of Korvel`, `the Treaty of Valmora`: a capitalised noun with `of` and a name is one name —
    // but not an event noun said of a person (`Execution of King Charles I` opening a list row).
    if (unit.lower === 'of' && head >= 0 && startsUpperCase((units[head] as Unit).text) && capitalised(units[at + 1]) && !eventOfPerson(units, head, at + 1)) {
      at++;
      while (at < units.length && capitalised(units[at])) at++;
      break;
    }
    break;
  }
  if (head < 0) {
    if (possessor) {
      // `his` alone before a verb or preposition: the possessive pronoun is the phrase.
      phrases.push(possessor);
      return Math.max(at, first + 1);
    }
    phrases.push({ type: 'other', first, last: Math.max(first, at - 1) });
    return Math.max(at, first + 1);
  }
  const last = Math.max(head, at - 1);
  const form = last > head && (units[head + 1] as Unit).lower === 'of' ? 'name' : formOf(units[head] as Unit);
  phrases.push({ type: 'np', first, last, head, form, dates, ...(possessor ? { possessor } : {}) });
  return last + 1;
}

const articles: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** A proper word that can modify a noun: a word the tagger calls proper (`English`), or a place's name (`England`). */
function properModifier(unit: Unit): boolean {
  return (unit.kind === 'word' && unit.pos === 'PROPN') || (unit.kind === 'name' && unit.claim?.kind === 'place');
}

function capitalised(unit: Unit | undefined): boolean {
  return unit !== undefined && (unit.kind === 'name' || (unit.kind === 'word' && unit.pos === 'PROPN' && startsUpperCase(unit.text)));
}

function isDeterminerOrPossessive(unit: Unit): boolean {
  return unit.kind === 'word' && (unit.pos === 'DET' || isPossessivePronoun(unit) || unit.lower === "'s" || unit.lower === '’s');
}

function formOf(unit: Unit): NounPhrase['form'] {
  if (unit.kind === 'name' || (unit.kind === 'word' && unit.pos === 'PROPN')) return 'name';
  if (unit.kind === 'figure' || unit.pos === 'NUM') return 'figure';
  if (unit.pos === 'PRON') return 'pronoun';
  return 'nominal';
}

const emphaticReflexives: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);

function pushVerbGroup(units: readonly Unit[], first: number, phrases: Phrase[]): number {
  let at = first;
  let main = -1;
  let negated = false;
  let auxiliaries: Unit[] = [];
  let infinitive = false;
  while (at < units.length) {
    const unit = units[at] as Unit;
    if (unit.kind !== 'word') break;
    if (unit.lower === 'to' && at === first) {
      infinitive = true;
      at++;
      continue;
    }
    if (negators.has(unit.lower)) {
      negated = true;
      at++;
      continue;
    }
    if (unit.pos === 'AUX' || unit.pos === 'VERB') {
      if (main >= 0) {
        const previous = units[main] as Unit;
        // `was elected`, `has been`: an auxiliary followed by more verb; a second full verb starts a new group.
        if (previous.pos !== 'AUX' && !(previous.lemma === 'be' || previous.lemma === 'have' || previous.lemma === 'get')) break;
        auxiliaries.push(previous);
      }
      main = at;
      at++;
      continue;
    }
    // `was himself killed`: an emphatic reflexive between the auxiliary and its verb stays in the group.
    if ((groupAdverb(unit) || (emphaticReflexives.has(unit.lower) && (units[main] as Unit | undefined)?.pos === 'AUX')) && main >= 0 && nextIsVerb(units, at)) {
      at++;
      continue;
    }
    break;
  }
  if (main < 0) {
    phrases.push({ type: 'other', first, last: first });
    return first + 1;
  }
  const verb = units[main] as Unit;
  let particle: number | undefined;
  let particleText: string | undefined;
  const next = units[at];
  // `came into being`: a particle of two words is read whole.
  const following = units[at + 1];
  const twoWords = next && following && next.kind === 'word' && following.kind === 'word' ? `${next.lower} ${following.lower}` : undefined;
  for (const entry of predicatesOf(verb.lemma)) {
    if (next && next.kind === 'word' && entry.predicate.particle === next.lower) {
      particle = at;
      particleText = next.lower;
    } else if (twoWords && entry.predicate.particle === twoWords) {
      particle = at + 1;
      particleText = twoWords;
      break;
    }
  }
  // `burned it down`, `set them up`: a particle after an object pronoun is the verb's, the pronoun its object.
  const split = particle === undefined && next?.pos === 'PRON' && following?.kind === 'word' && predicatesOf(verb.lemma).some((entry) => entry.predicate.particle === following.lower);
  if (split) {
    particle = at + 1;
    particleText = (following as Unit).lower;
  } else if (particle !== undefined) at = particle + 1;
  // The tagger leaves `being` unlemmatised: `before being traded to the Crew` is a passive.
  const passive = auxiliaries.some((aux) => passiveAuxiliaries.has(aux.lemma) || aux.lower === 'being') && verb.pos === 'VERB' && looksParticiple(verb) && !verb.lower.endsWith('ing');
  const copula = (verb.pos === 'AUX' && verb.lemma === 'be') || (copulas.has(verb.lemma) && verb.lemma !== 'be');
  let form: VerbGroup['form'] = 'finite';
  if (infinitive) form = 'infinitive';
  else if (auxiliaries.length === 0 && verb.pos === 'VERB') {
    if (verb.lower.endsWith('ing')) form = 'gerund';
    else if (looksParticiple(verb) && participleContext(units, first, at)) form = 'participle';
  } else if (auxiliaries[0]?.lower === 'being' || auxiliaries[0]?.lower === 'having') {
    // `before being traded`, `having been elected`: a gerund made of auxiliaries, with no subject of its own.
    form = 'gerund';
  }
  phrases.push({
    type: 'vg',
    first,
    last: at - 1,
    main,
    lemma: verb.lemma,
    ...(particle === undefined || particleText === undefined ? {} : { particle, particleText }),
    voice: passive || form === 'participle' ? 'passive' : 'active',
    copula,
    negated: negated || auxiliaries.some((aux) => aux.negated && negators.has(aux.lower)),
    form,
  });
  return at;
}

/** `Execution of King Charles I`: an event noun whose `of` phrase is a person. */
function eventOfPerson(units: readonly Unit[], head: number, after: number): boolean {
  return units[after]?.claim?.kind === 'person' && eventNoun((units[head] as Unit).lower).length > 0;
}

const openingQuotes: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
const closingQuotes: ReadonlySet<string> = new Set(['”', '’']);

/**
 * `a newly elected Bundestag`, `the newly founded company`: a participle
 * between a determiner (and its adverb) and a noun describes the noun; it
 * tells of no event of its own.
 */
function attributive(units: readonly Unit[], at: number): boolean {
  const unit = units[at] as Unit;
  if (unit.pos !== 'VERB' || unit.kind !== 'word' || !looksParticiple(unit)) return false;
  let before = at - 1;
  if (units[before]?.pos === 'ADV') before--;
  // `a "dedicated academician"`: an opening quotation mark between the article and the participle.
  if (openingQuotes.has(units[before]?.text ?? '') && units[before]?.end === unit.start) before--;
  const next = units[at + 1];
  return units[before]?.pos === 'DET' && next !== undefined && next.kind === 'word' && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

function nextIsVerb(units: readonly Unit[], at: number): boolean {
  for (let index = at + 1; index < units.length; index++) {
    const unit = units[index] as Unit;
    if (isVerb(unit)) return true;
    if (!(unit.pos === 'ADV' || negators.has(unit.lower))) return false;
  }
  return false;
}

/**
 * Whether a bare `-ed` verb is a participle rather than a past tense: it
 * opens the sentence (`Founded in 1948, the firm …`), follows a comma or a
 * noun phrase directly and is followed by a preposition, `by` or a date
 * rather than an object (`a maker founded in 1948`, `the firm, founded in
 * 1948,`), and a finite verb follows later.
 */
function participleContext(units: readonly Unit[], first: number, after: number): boolean {
  let previous = first - 1;
  while (previous >= 0 && (units[previous] as Unit).pos === 'ADV') previous--;
  const before = units[previous];
  const next = units[after];
  // `smuggled out a letter`: a particle with an object after it makes the verb transitive, so finite.
  const particleObject = next?.pos === 'ADP' && ['out', 'up', 'off', 'down'].includes(next.lower) && units[after + 1]?.pos === 'DET';
  // `Margaret Hollis, appointed editor in 1914, was …`: a bare role noun after a verb that makes its object a holder is
  // the office it was given, no object.
  const verb = units[after - 1];
  const roleComplement = next?.pos === 'NOUN' && roleNouns.has(next.lower) && verb !== undefined && predicatesOf(verb.lemma).some((entry) => entry.predicate.holder === 'object');
  const takesNoObject = !particleObject && (roleComplement || next === undefined || next.kind === 'date' || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'ADV' || next.pos === 'SCONJ' || next.pos === 'CCONJ');
  // `Appointed head coach in 1990, Wyche …`: prose never opens on a past tense with no subject, so a role after it is its complement.
  if (previous < 0 && laterFiniteVerb(units, after)) return true;
  if (!takesNoObject) return false;
  // `the railway which the company opened in 1874`: after a relative pronoun and its subject the verb is finite.
  let opener = previous;
  while (opener >= 0 && ((units[opener] as Unit).kind !== 'word' || nominalPos.has((units[opener] as Unit).pos))) opener--;
  if (opener >= 0 && opener < previous && relativePronouns.has((units[opener] as Unit).lower)) return false;
  // `after the bridge opened`, `before the war began`: a subject after a clause-opening word makes the verb finite.
  if (opener >= 0 && opener < previous && clauseOpeners.has((units[opener] as Unit).lower)) return false;
  if (before === undefined || before.lower === ':' || before.lower === '–' || before.lower === '—' || before.lower === ';') return true;
  // `where she graduated …, served as editor …, and was active on …`: a verb between commas in a series of verbs
  // that ends on `, and` and a finite verb, after a finite verb of the clause, is finite too.
  if (before.lower === ',' && earlierFiniteVerb(units, previous) && seriesEndsFinite(units, after)) return false;
  // `Sales of the Lada Granta, a car developed with Renault, started in 2011`: after an apposition to the subject that
  // stands alone, the verb with no other after it is the sentence's own.
  if (before.lower === ',') return !(closesApposition(units, previous) && !laterFiniteVerb(units, after));
  if (before.lower === '(') return true;
  // `Anne Wood served as rector`: after a name a bare `-ed` verb is its verb, unless the clause already has one.
  // A capitalised first word that names nothing is a common noun (`Workers arrested on 20 March were released`).
  const commonFirst = previous === 0 && before.kind === 'word' && before.pos === 'PROPN';
  if (!commonFirst && (before.kind === 'name' || before.pos === 'PROPN')) return earlierFiniteVerb(units, previous);
  if (commonFirst) return laterFiniteVerb(units, after) || earlierFiniteVerb(units, previous);
  if (before.pos === 'NOUN' || before.kind === 'figure') return laterFiniteVerb(units, after) || earlierFiniteVerb(units, previous) || apposedIndefinite(units, previous);
  return false;
}

/**
 * Whether the comma at `comma` closes an apposition or a participle clause
 * set off after the sentence's opening noun phrase (`Sales of the Lada
 * Granta, a subcompact car developed with Renault,`): a determiner or a verb
 * opens it, and no verb stands before it.
 */
function closesApposition(units: readonly Unit[], comma: number): boolean {
  let open = comma - 1;
  while (open >= 0 && (units[open] as Unit).lower !== ',') {
    const unit = units[open] as Unit;
    if (unit.pos === 'AUX' || unit.pos === 'SCONJ' || unit.pos === 'CCONJ' || relativePronouns.has(unit.lower)) return false;
    open--;
  }
  // `The museum, housed in a mansion built in 1902, opened`: a participle clause is set off the same way.
  if (open < 1 || (units[open + 1]?.pos !== 'DET' && units[open + 1]?.pos !== 'VERB' && !bareRoleOpens(units, open + 1))) return false;
  // `In 1990, the company, founded by Smith, merged`: right after a fronted phrase the noun phrase is the subject, not
  // an apposition; the clause set off after it is one.
  const opening = units[0] as Unit;
  let fronted = false;
  for (let index = 0; index < open; index++) {
    const unit = units[index] as Unit;
    if (unit.pos === 'VERB' || unit.pos === 'AUX') return false;
    fronted ||= unit.lower === ',';
  }
  return fronted || opening.kind === 'name' || ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(opening.pos);
}

/** `Erik Brandt, chairman from 1959, served`, `X, then party secretary, was`: an apposition that opens on a role noun with no article. */
function bareRoleOpens(units: readonly Unit[], from: number): boolean {
  let at = from;
  while (at < from + 2 && (units[at]?.pos === 'ADV' || units[at]?.pos === 'ADJ')) at++;
  const unit = units[at];
  return unit !== undefined && unit.pos === 'NOUN' && roleNouns.has(unit.lower);
}

/** `, a subcompact car developed in collaboration with Renault`: an indefinite noun phrase set off by a comma has no verb of its own. */
function apposedIndefinite(units: readonly Unit[], noun: number): boolean {
  let at = noun;
  while (at > 0 && ((units[at] as Unit).pos === 'NOUN' || (units[at] as Unit).pos === 'ADJ' || (units[at] as Unit).pos === 'PROPN')) at--;
  if (!['a', 'an'].includes((units[at] as Unit | undefined)?.lower ?? '') || units[at - 1]?.lower !== ',') return false;
  // `In October of that year, a police operation led to …`: the comma closing a fronted phrase opens the subject.
  return !(fronting.has((units[0] as Unit).pos) && !units.slice(1, at - 1).some((unit) => unit.lower === ','));
}

// Parts of speech that open a fronted phrase: `In 1990,`, `Later,`, `When …,`.
const fronting: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ']);

/** `declared mourning for the 16 people killed in the attack`: a finite verb earlier in the clause makes a second bare `-ed` verb a participle. */
function earlierFiniteVerb(units: readonly Unit[], before: number): boolean {
  for (let index = before; index >= 0; index--) {
    const unit = units[index] as Unit;
    if (unit.lower === ';' || unit.pos === 'CCONJ' || relativePronouns.has(unit.lower) || subordinators.has(unit.lower) || unit.pos === 'SCONJ') return false;
    // `After being promoted to Serie A, the team merged`: a gerund's auxiliary and its participle make no finite verb.
    if (unit.lower.endsWith('ing') || (unit.pos === 'VERB' && units[index - 1]?.pos === 'AUX' && (units[index - 1] as Unit).lower.endsWith('ing'))) continue;
    // `the deposed leader`: a verb form between a determiner and its noun modifies the noun.
    if (unit.pos === 'AUX' || (unit.pos === 'VERB' && !attributive(units, index))) return true;
  }
  return false;
}

/** Whether the clause goes on to a series' last item, `and` (or `, and`) with a finite verb, before another clause opens. */
function seriesEndsFinite(units: readonly Unit[], from: number): boolean {
  for (let index = from; index < units.length; index++) {
    const unit = units[index] as Unit;
    // `served as editor`: a subordinator read as a preposition opens no clause.
    if (unit.lower === ';' || unit.pos === 'SCONJ' || (subordinators.has(unit.lower) && unit.pos !== 'ADP') || relativePronouns.has(unit.lower)) return false;
    if (unit.lower !== 'and') continue;
    const next = units[index + 1];
    const finite = next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')));
    // `passed for 2,500 yards, rushed for 1,100 yards and totaled 25 touchdowns`: the last item's comma is often left out;
    // an `and` with no comma that joins no verb joins two nouns inside an item.
    if (units[index - 1]?.lower === ',' || finite) return finite;
  }
  return false;
}

function laterFiniteVerb(units: readonly Unit[], from: number): boolean {
  for (let index = from; index < units.length; index++) {
    const unit = units[index] as Unit;
    // A verb after `and`, `when` or `which` belongs to another clause, not to the participle's noun.
    if (unit.lower === ';' || unit.pos === 'CCONJ' || unit.pos === 'SCONJ' || subordinators.has(unit.lower) || relativePronouns.has(unit.lower)) return false;
    if (unit.pos === 'AUX') return true;
    if (unit.pos === 'VERB' && !unit.lower.endsWith('ing') && !(units[index - 1]?.lower === 'to')) {
      const before = units[index - 1];
      if (before && (before.kind === 'name' || before.pos === 'NOUN' || before.pos === 'PRON' || before.pos === 'PROPN')) return true;
    }
  }
  return false;
}

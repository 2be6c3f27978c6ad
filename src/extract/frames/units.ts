import { DEMONYMS } from '../../lexicon/demonyms.js';
import { agentNouns, eventNoun, predicatesOf } from '../../lexicon/events.js';
import { modalAuxiliaries, ordinalWords, planningVerbs } from '../../lexicon/grammar.js';
import { roleOfWords } from '../../lexicon/roles.js';
import type { Claim } from '../../schema/claims.js';
import type { Token } from '../../segment/tokens.js';
import type { SentenceInput, Unit, UnitKind } from './types.js';
import { startsUpperCase } from '../../util/letters.js';

function kindOf(claim: Claim): UnitKind | undefined {
  switch (claim.kind) {
    case 'person':
    case 'organization':
    case 'place':
      return 'name';
    case 'date':
      return 'date';
    case 'quantity':
    case 'money':
    case 'age':
      return 'figure';
    default:
      return undefined;
  }
}

// Where two claims cover one token, the longer reads as the word; on a tie,
// dates before figures before names (`1948` is a date before it is a count).
const rank: Record<UnitKind, number> = { date: 0, figure: 1, name: 2, word: 3 };

/**
 * Merges a sentence's tokens and claims into units: each claim becomes one
 * unit covering the tokens it spans; every other token is a unit of its own.
 * A claim that starts or ends inside a token keeps the whole token.
 */
export function buildUnits(input: SentenceInput): Unit[] {
  const spans: Array<SentenceInput['claims'][number] & { kind: UnitKind }> = [];
  for (const entry of input.claims) {
    const kind = kindOf(entry.claim);
    if (kind) spans.push({ ...entry, kind });
  }
  spans.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || rank[a.kind] - rank[b.kind]);
  const units: Unit[] = [];
  const tokens = input.tokens;
  let next = 0;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    while (next < spans.length && (spans[next] as (typeof spans)[number]).end <= token.start) next++;
    const span = spans[next];
    if (span && span.start < token.end && span.end > token.start) {
      let last = index;
      while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < span.end) last++;
      const end = Math.max(span.end, (tokens[last] as Token).end);
      const start = Math.min(span.start, token.start);
      const text = input.plain.slice(start, end);
      units.push({
        kind: span.kind,
        start,
        end,
        text,
        lower: text.toLowerCase(),
        pos: span.kind === 'name' ? 'PROPN' : 'NUM',
        lemma: text.toLowerCase(),
        negated: false,
        claim: span.claim,
      });
      index = last + 1;
      next++;
      continue;
    }
    // `the group's second plenary session`: an ordinal before a noun modifies it, whatever the tagger says.
    // `Execution of King Charles I 30 January 1650` opening a list row: an event noun capitalised by position is a noun.
    // `Construction is scheduled to begin`: so is one before its verb.
    const openingEventNoun = token.pos === 'PROPN' && units.length === 0 && (tokens[index + 1]?.lower === 'of' || tokens[index + 1]?.pos === 'AUX') && eventNoun(token.lower).length > 0;
    // `was acting chairman`, `the acting president`: `acting` before a role names an interim holder, not a verb.
    const interim = token.lower === 'acting' && roleOfWords([tokens[index + 1]?.lemma ?? '']) !== null;
    // `Quell, then chair of the foundation,`: a role word after a time adverb and before `of` is the role, not a verb.
    const roleNoun = token.pos === 'VERB' && tokens[index + 1]?.lower === 'of' && roleAdverbs.has(tokens[index - 1]?.lower ?? '') && roleOfWords([token.lemma]) !== null;
    // `moved to French club Stade Brest`: a capitalised word inside a sentence after `to` is no infinitive's verb.
    const capitalisedAfterTo = token.pos === 'VERB' && index > 1 && tokens[index - 1]?.lower === 'to' && startsUpperCase(token.text);
    // `Luise Rainer, recipient of the best actress Oscar`, `N-Bios laureate`: a noun of one who did an event is a noun,
    // though the tagger may read it as an adjective.
    const doerNoun = token.pos === 'ADJ' && agentNouns.has(token.lower);
    const pos = capitalisedAfterTo ? (demonymWords.has(token.text) ? 'ADJ' : 'PROPN') : openingEventNoun || roleNoun || doerNoun ? 'NOUN' : interim || (token.pos === 'ADV' && ordinalWords.has(token.lower) && (tokens[index + 1]?.pos === 'ADJ' || tokens[index + 1]?.pos === 'NOUN')) ? 'ADJ' : token.pos;
    // `Murchison married Anne Morris`, `he was married to Jane`: the tagger reads some past tenses of event
    // verbs as adjectives; after a subject or a form of `be` they are the verb.
    const previous = units[units.length - 1];
    // `he was apprenticed by his father`: any past form between `be` and a `by` agent is a passive verb.
    const byPassive = pos === 'ADJ' && token.lower.endsWith('ed') && previous?.lemma === 'be' && tokens[index + 1]?.lower === 'by';
    // `the deposed leader smuggled out a letter`: a past form between a noun and its object is the verb.
    const objectAfter = tokens[index + 1]?.pos === 'DET' || tokens[index + 1]?.pos === 'PRON' || (tokens[index + 1]?.pos === 'ADP' && particles.has(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.pos === 'DET');
    // `he smuggled out a letter`: after a subject pronoun, too — no adjective stands between a pronoun and an object.
    const subjectPronoun = previous?.pos === 'PRON' && subjectPronouns.has(previous.lower);
    const transitive = pos === 'ADJ' && (previous?.pos === 'NOUN' || previous?.pos === 'PROPN' || previous?.kind === 'name' || subjectPronoun) && objectAfter;
    const verb = pos === 'ADJ' && token.lower.endsWith('ed') ? (eventVerbLemma(token.lower) ?? (byPassive || transitive ? pastFormLemma(token.lower) : undefined)) : undefined;
    const afterSubject = previous !== undefined && (previous.kind === 'name' || previous.pos === 'PRON' || previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.lemma === 'be');
    // `studied law in Uppsala, married the diplomat Erik Sand`: after a comma, with its object following, too.
    const following = tokens[index + 1];
    const listedVerb = previous?.lower === ',' && (following?.pos === 'DET' || following?.pos === 'PROPN');
    // `co-founded`, `re-formed`: the tagger leaves a hyphenated past form as its own lemma.
    const hyphenated = pos === 'VERB' && token.lower.includes('-') && token.lower.endsWith('ed') && predicatesOf(token.lemma).length === 0 ? eventVerbLemma(token.lower) : undefined;
    // `The library, designed by …, houses 40,000 volumes`: a verb of counts read as a plural noun, after its subject and before its count.
    const countingVerb = pos === 'NOUN' && token.lower.endsWith('s') && following?.pos === 'NUM' && (afterSubject || previous?.lower === ',') && predicatesOf(token.lemma).some(({ predicate }) => predicate.object === 'figure');
    // `the airport would open in 2030`: after a modal, a word the registry knows as a verb is that verb.
    const afterModal = (pos === 'ADJ' || pos === 'NOUN') && previous?.pos === 'AUX' && modalAuxiliaries.has(previous.lower) && predicatesOf(token.lower).length > 0;
    // `Oakham Rovers plan to build`: a verb of planning read as a noun after its subject, before its infinitive.
    const planning = pos === 'NOUN' && (previous?.kind === 'name' || previous?.pos === 'PROPN' || previous?.pos === 'NOUN' || subjectPronoun) && planningVerbs.has(token.lemma) && following?.lower === 'to' && tokens[index + 2]?.pos === 'VERB';
    if (afterModal) units.push({ kind: 'word', start: token.start, end: token.end, text: token.text, lower: token.lower, pos: 'VERB', lemma: token.lower, negated: token.negated });
    else if (planning) units.push({ kind: 'word', start: token.start, end: token.end, text: token.text, lower: token.lower, pos: 'VERB', lemma: token.lemma, negated: token.negated });
    else if (countingVerb) units.push({ kind: 'word', start: token.start, end: token.end, text: token.text, lower: token.lower, pos: 'VERB', lemma: token.lemma, negated: token.negated });
    else if (verb && (afterSubject || listedVerb)) units.push({ kind: 'word', start: token.start, end: token.end, text: token.text, lower: token.lower, pos: 'VERB', lemma: verb, negated: token.negated });
    else if (hyphenated) units.push({ kind: 'word', start: token.start, end: token.end, text: token.text, lower: token.lower, pos, lemma: hyphenated, negated: token.negated });
    else units.push({ kind: 'word', start: token.start, end: token.end, text: token.text, lower: token.lower, pos, lemma: token.lemma, negated: token.negated });
    index++;
  }
  return units;
}

const demonymWords: ReadonlySet<string> = new Set(DEMONYMS);

const roleAdverbs: ReadonlySet<string> = new Set(['then', 'still', 'now', 'later', 'former', 'formerly', 'currently']);

// Particles a phrasal verb takes before its object: `smuggled out a letter`.
const particles: ReadonlySet<string> = new Set(['out', 'up', 'off', 'down']);

const subjectPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'who']);

/** A regular past form's likely lemma when no registry verb decides: `apprenticed` → `apprentice`, `praised` → `praise`. */
function pastFormLemma(word: string): string {
  const stem = word.slice(0, -2);
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (/(.)\1$/.test(stem) && !/[ls]$/.test(stem)) return stem.slice(0, -1);
  return /(?:[cvzu]|[^aeioung]g|[^aeiouy]l|[^aeiou][^aeiouy]?[aeiou][^aeiouwxy])$/.test(stem) ? `${stem}e` : stem;
}

/** The lemma of a past form whose verb the registry knows: `married` → `marry`, `based` → `base`, `stopped` → `stop`. */
function eventVerbLemma(word: string): string | undefined {
  const stem = word.slice(0, -2);
  const candidates = [stem, `${stem}e`, word.endsWith('ied') ? `${word.slice(0, -3)}y` : '', /(.)\1$/.test(stem) ? stem.slice(0, -1) : '', stem.replace('-', '')];
  return candidates.find((candidate) => candidate !== '' && predicatesOf(candidate).length > 0);
}

import { fateVerbs } from '../../lexicon/events.js';
import { KIN_NOUNS, KIN_PLURALS, SPOUSE_AND_CHILD_NOUNS } from '../../lexicon/kin.js';
import { words } from '../../lexicon/list.js';
import { NAME_ARTICLES, NAME_PARTICLES } from '../../lexicon/particles.js';
import { LENGTH_SYMBOLS, SPELLED_UNITS, UNIT_SYMBOLS } from '../../lexicon/units.js';
import type { Token } from '../../segment/tokens.js';
import type { SentenceFigure } from './sentence-figures.js';
import { isLetters } from '../../util/letters.js';

/**
 * How a sentence says that figures are the parts of a total: the grammar the
 * parts-total-conflict rule reads, over one sentence's tagged tokens.
 */

/** Where a list of parts begins after a total, and whether it is said to be all of it. */
export interface TotalMarker {
  /** The token the list starts at. */
  next: number;
  /** A colon, a dash, brackets or `consisting of`: the parts make the whole. `including` and its kind name only some. */
  complete: boolean;
  /** The list starts right after the total, so names listed there are what it counts. */
  names: boolean;
  /** Figures may follow as parts: not after a bare comma, where `13 titles, 5 cups and 2 leagues` is a list of totals. */
  parts: boolean;
  /** A semicolon: the parts after it itemise the total only as a list of two or more (`4,908 degrees in 2012; 4,096 undergraduate degrees and 912 graduate degrees`). */
  listOnly?: boolean;
  /** `131 fights with 74 wins, 29 losses and 26 draws`: the parts make the whole only when they are a record of outcomes. */
  withParts?: boolean;
  /** `the four founders, Anna, Carl and Eva`: names apposed to the count, which end where a semicolon ends its item. */
  apposed?: boolean;
  /** The list follows a colon, which says it is the whole. */
  colon?: boolean;
}

/** One part: its figure, and the words that say what it counts (`Labour 28`, `three gold`), as plain-text offsets. */
export interface Part {
  figure: SentenceFigure;
  start: number;
  end: number;
  /** `one firm each of A and B`: the figure counts once for every one named, so it is a least. */
  each?: boolean;
}

/** Parts read after a total; `clean` when the list ends where the clause does. */
export interface PartList {
  parts: Part[];
  clean: boolean;
  /** The parts count kinds of the total's thing (`five medals (three gold, two silvers and a bronze)`): they may not exceed it, but need not make it. */
  kinds?: boolean;
}

// Words that say the parts make the whole, and words that say they are only some of it.
const completePhrases = [['consisting', 'of'], ['consisted', 'of'], ['comprising'], ['comprised'], ['made', 'up', 'of'], ['composed', 'of'], ['of', 'whom'], ['of', 'which'], ['namely']] as const;
export const partialPhrases = [['including'], ['included'], ['among', 'them'], ['among', 'whom'], ['among', 'which'], ['such', 'as'], ['notably'], ['mostly'], ['mainly'], ['chiefly'], ['primarily'], ['especially'], ['particularly']] as const;
const dashCharacters = '-\u2013\u2014';
// Determiners between `of` and the whole a share is taken from: `12 of the 40`, `Of its 300 members`.
const wholeDeterminers: ReadonlySet<string> = new Set(words('the its their his her these those'));
// Words after a total and before its marker: `25 people were killed in the attack: …`.
const maxGap = 8;
// Words a relative clause on the counted noun may run to before its colon.
const maxRelativeGap = 24;
const relativeOpeners: ReadonlySet<string> = new Set(words('who which that whom'));

/** Nouns that count people: a total of people may be itemised by any of them (`25 people: 12 soldiers and 13 civilians`). */
const personNouns: ReadonlySet<string> = new Set([
  ...KIN_NOUNS,
  ...SPOUSE_AND_CHILD_NOUNS,
  ...words(`
    person people member founder child man woman boy girl adult infant baby teenager minor
    soldier civilian officer policeman policewoman police troop marine sailor airman pilot crew fighter militant rebel insurgent guerrilla
    regular conscript recruit
    attacker gunman assailant hostage prisoner captive survivor victim casualty passenger tourist pedestrian driver bystander
    resident inhabitant citizen national foreigner villager refugee migrant peasant farmer worker miner employee staff volunteer
    student pupil teacher doctor nurse guard firefighter journalist priest monk nun official leader protester demonstrator
    player musician singer dancer actor actress athlete coach delegate deputy senator representative councillor candidate minister judge
    brother sister sibling grandchild relative spectator fan visitor customer guest
    goalkeeper defender midfielder forward striker winger back batsman bowler
  `),
]);

// Agent nouns (`defender`, `cyclist`, `historian`, `assistant`, `student`, `trainee`) count people when the total does.
const agentSuffixes = words('er or ist ian ant ent ee');

const separators = new Set([',', 'and', '&']);
const possessives: ReadonlySet<string> = new Set(words('its his her their our my your'));
// Words that take a share of what follows their `of`: `some of the 40`, `most of the 12 members`.
const shareWords: ReadonlySet<string> = new Set(words('some many most all none few each one half part majority minority rest remainder total out'));
const boundaries = new Set(['.', ';', ')', '!', '?']);

/** The head of a counted noun phrase: `soviet soldier` → `soldier`. */
function headOf(noun: string | null): string | null {
  if (noun === null) return null;
  const parts = noun.split(' ');
  return parts[parts.length - 1] ?? null;
}

function isPersonNoun(noun: string | null): boolean {
  const head = headOf(noun);
  return head !== null && personNouns.has(head);
}

/** A part of a total of people: a noun for people, or an agent noun. */
export function isPersonPart(noun: string): boolean {
  const head = headOf(noun) ?? '';
  // `militiaman`, `crewman`: a compound of `man` or `woman` is a person.
  return personNouns.has(head) || agentSuffixes.some((suffix) => head.length > suffix.length + 2 && head.endsWith(suffix)) || /.{3}(?:wo)?man$/u.test(head);
}

/** Whether the words from `index` are `phrase`; the index after it, or -1. */
function matchPhrase(tokens: readonly Token[], index: number, phrase: readonly string[]): number {
  for (let offset = 0; offset < phrase.length; offset++) if (tokens[index + offset]?.lower !== phrase[offset]) return -1;
  return index + phrase.length;
}

function matchAny(tokens: readonly Token[], index: number, phrases: ReadonlyArray<readonly string[]>): number {
  for (const phrase of phrases) {
    const next = matchPhrase(tokens, index, phrase);
    if (next >= 0) return next;
  }
  return -1;
}

/** `of the Constituent Assembly`: the words `[from, to)` are an `of` and a noun phrase of names and nouns. */
function ofPhraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.lower !== 'of' || to - from < 2) return false;
  return tokens.slice(from + 1, to).every((token, at) => (at === 0 && token.pos === 'DET') || token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ');
}

/** Whether a count is the first thing its sentence says: `Three men were …`, `The seven members …`. */
function opensSentence(tokens: readonly Token[], total: SentenceFigure): boolean {
  return total.first === 0 || (total.first === 1 && tokens[0]?.pos === 'DET');
}

/** A dash with space on both sides: `killed 25 people – 12 soldiers …`, not `Franco-Prussian`. */
function isSpacedDash(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.text.length !== 1 || !dashCharacters.includes(token.text)) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return before !== undefined && after !== undefined && before.end < token.start && token.end < after.start;
}

/**
 * The marker after a total that opens a list of its parts: `25 people were
 * killed: …`, `40 passengers (…)`, `a crew of 12, including …`. The words
 * between total and marker may hold no other figure, conjunction or clause
 * break, so the list belongs to this total.
 */
export function readTotalMarker(tokens: readonly Token[], total: SentenceFigure, byFirst: ReadonlyMap<number, SentenceFigure>): TotalMarker | null {
  const previous = tokens[total.first - 1];
  // `in the two days of fighting: …`: a span of time in a phrase is when, not what the list itemises.
  if (timeNouns.has(headOf(total.noun) ?? '') && ['ADP', 'DET'].includes(previous?.pos ?? '')) return null;
  // `12 of the 40 passengers`: the total of a share, read by readRemainder; `two sons and three daughters:` counts neither alone.
  const of = previous?.lower === 'of' ? total.first - 1 : previous?.lower === 'the' && tokens[total.first - 2]?.lower === 'of' ? total.first - 2 : -1;
  // `a career of 131 fights` is a total of its own: only a figure or a quantifier before `of` takes a share.
  const sharer = tokens[of - 1];
  // … but `a total of five medals` is the total itself.
  const totalled = sharer?.lower === 'total' && ['a', 'the'].includes(tokens[of - 2]?.lower ?? '');
  if (of >= 0 && !totalled && (sharer === undefined || sharer.pos === 'NUM' || sharer.pos === 'DET' || sharer.pos === 'PRON' || shareWords.has(sharer.lower) || [...byFirst.values()].some((figure) => figure.last === of - 1))) return null;
  if (previous && (previous.pos === 'CCONJ' || previous.text === ',') && [...byFirst.values()].some((figure) => figure.last === total.first - 2)) return null;
  // A total counts something: its own noun (`25 people`), or a verb it is the subject of (`25 were killed: …`).
  // `a five-piece line-up`: a band's size told by its pieces counts its members, hyphen and all.
  const pieces = total.compound && headOf(total.noun) === 'piece';
  // `a population of 4,312, of whom …`, `The shore party numbered fourteen: …`: a bare count after the noun it
  // measures, or after a verb of counting, counts that.
  const measured = total.noun === null && (countingVerbs.has(previous?.lemma ?? '') || (of >= 0 && sharer?.pos === 'NOUN'));
  let counted = (total.noun !== null && !total.compound) || pieces || measured;
  // `four deputies who had left the party in protest at the cuts: A, B, …`: a relative clause on the counted noun
  // stands between the count and its colon; nothing in it ends the count but a colon or the sentence.
  if (counted && relativeOpeners.has(tokens[total.last + 1]?.lower ?? '')) {
    for (let index = total.last + 2; index < tokens.length && index <= total.last + maxRelativeGap; index++) {
      const token = tokens[index] as Token;
      if (token.text === ':') return { next: index + 1, complete: true, names: true, parts: true, colon: true };
      if (boundaries.has(token.text) || byFirst.has(index)) return null;
    }
    return null;
  }
  for (let index = total.last + 1, gap = 0; index < tokens.length && gap <= maxGap; index++, gap++) {
    const token = tokens[index] as Token;
    const adjacent = gap === 0;
    const marker = (complete: boolean, names: boolean, parts = true): TotalMarker | null => (counted ? { next: index + 1, complete, names: names && total.noun !== null, parts } : null);
    // `Three singles—"Until It Sleeps", …—were released`: an em dash set close is a dash all the same.
    // `five members of the Constituent Assembly: A, B, …`: the count's `of` phrase stands between it and its names.
    // `Three men were later decorated for the rescue: A, B, …`: a count that opens the sentence is what its colon names.
    if (token.text === ':' || isSpacedDash(tokens, index) || (token.text === '\u2014' && adjacent)) {
      const found = marker(true, adjacent || ofPhraseBetween(tokens, total.last + 1, index) || (token.text === ':' && opensSentence(tokens, total)));
      return found && token.text === ':' ? { ...found, colon: true } : found;
    }
    if (token.lower === 'with' && adjacent) {
      const found = marker(false, false);
      return found ? { ...found, withParts: true } : null;
    }
    if (token.text === ';') {
      const found = marker(true, false);
      return found ? { ...found, listOnly: true } : null;
    }
    // `4,908 degrees in 2012; …`: the year the total is of.
    if (token.pos === 'NUM' && /^\d{4}$/.test(token.text) && tokens[index - 1]?.lower === 'in' && !byFirst.has(index)) continue;
    // `eleven warships in the two days of fighting: …`: a span of time the total was counted over counts nothing of it.
    const span = byFirst.get(index);
    if (span && timeNouns.has(headOf(span.noun) ?? '') && ['ADP', 'DET'].includes(tokens[index - 1]?.pos ?? '')) {
      index = span.last;
      gap += span.last - span.first;
      continue;
    }
    if (token.text === '(' && adjacent) return marker(true, false);
    const wordAt = token.text === ',' ? index + 1 : index;
    const complete = matchAny(tokens, wordAt, completePhrases);
    // `The five-piece line-up comprised A, B, …`: the members, named.
    if (complete >= 0) return counted ? { next: complete, complete: true, names: pieces, parts: !pieces } : null;
    const partial = matchAny(tokens, wordAt, partialPhrases);
    if (partial >= 0) return counted ? { next: partial, complete: false, names: total.noun !== null && (adjacent || (gap === 1 && token.text === ',')), parts: true } : null;
    // `the four founders, Anna, Carl and Eva`: an apposition right after the count.
    // `three former pilots of Velmoran Airways, Ivo Marek, …`: the count's `of` phrase stands before its apposition too.
    // (Of people only: `the three kingdoms of England, Scotland and Ireland` lists the kingdoms from its `of` on.)
    if (token.text === ',' && (adjacent || (total.noun !== null && isPersonPart(total.noun) && ofPhraseBetween(tokens, total.last + 1, index)))) {
      const found = marker(true, true, false);
      return found ? { ...found, apposed: true } : null;
    }
    // `his two opponents Lautier, Ivanchuk and Gelfand`: people named right after their count, no comma between.
    if (adjacent && token.pos === 'PROPN' && total.noun !== null && isPersonPart(total.noun) && counted) return { next: index, complete: true, names: true, parts: false };
    // `line-up`: a hyphen inside a word joins it, no clause break.
    if (token.text === '-' && tokens[index - 1]?.end === token.start && tokens[index + 1]?.start === token.end) continue;
    // `six Pulitzer Prizes in its history, including …`: a possessive is part of the phrase, no new clause.
    if (token.pos === 'NUM' || byFirst.has(index) || token.pos === 'CCONJ' || token.pos === 'PUNCT' || token.pos === 'SYM' || (token.pos === 'PRON' && !possessives.has(token.lower))) return null;
    if (token.pos === 'VERB' || (adjacent && casualtyWords.has(token.lower))) counted = !total.compound || pieces;
  }
  return null;
}

const participleEnding = /(?:ing|ed)$/u;

// Verbs whose bare count is the size of their subject: `The shore party numbered fourteen`, `losses totalled 1,240`.
const countingVerbs: ReadonlySet<string> = new Set(words('number total'));

// Units of time a total may be counted over: `in the two days of fighting`, `over three years`.
const timeNouns: ReadonlySet<string> = new Set(words('day days week weeks month months year years hour hours'));

// Words right after a count that make it a count of people: `41,000 dead: 17,000 soldiers, …`.
const casualtyWords: ReadonlySet<string> = new Set(words('dead wounded injured killed missing captured'));
const reflexives: ReadonlySet<string> = new Set(words('itself themselves himself herself'));

// Contests a record counts, and the outcomes it itemises them by: `131 fights: 74 wins, 29 losses and 26 draws`.
const contestNouns: ReadonlySet<string> = new Set(words('fight bout match game contest start race appearance'));
const outcomeNouns: ReadonlySet<string> = new Set(words('win victory loss defeat draw tie'));

/** Whether parts are a record of outcomes of the contests the total counts. */
export function isRecord(total: SentenceFigure, parts: readonly SentenceFigure[]): boolean {
  return contestNouns.has(headOf(total.noun) ?? '') && parts.length >= 2 && parts.every((part) => outcomeNouns.has(headOf(part.noun) ?? ''));
}

// Verbs that tell a contest's outcome, by lemma: `having won 33, lost 6 and drawn 3`.
const outcomeVerbs: ReadonlySet<string> = new Set(words('win lose draw tie'));
// Words between a count of contests and the first outcome verb: `41 fights, having won …`, `In 41 bouts he won …`.
const beforeOutcomes: ReadonlySet<string> = new Set(words(', and having he she they it'));

/**
 * `a record of 41 fights, having won 33, lost 6 and drawn 3`, `In 41 bouts he
 * won 33, lost 6 and drew 3`: a count of contests followed by outcome verbs,
 * each with its count. Complete when it names wins, losses and draws, so
 * they make the whole; fewer outcomes may leave some unsaid (no contests,
 * abandoned games), so they may only not exceed it.
 */
export function readOutcomeVerbs(tokens: readonly Token[], total: SentenceFigure, byFirst: ReadonlyMap<number, SentenceFigure>): { list: PartList; complete: boolean } | null {
  if (!contestNouns.has(headOf(total.noun) ?? '')) return null;
  let index = total.last + 1;
  for (let gap = 0; gap < 3 && beforeOutcomes.has(tokens[index]?.lower ?? ''); gap++) index++;
  const parts: Part[] = [];
  const seen = new Set<string>();
  for (;;) {
    const verb = tokens[index];
    const figure = byFirst.get(index + 1);
    if (!verb || verb.pos !== 'VERB' || !outcomeVerbs.has(verb.lemma) || seen.has(verb.lemma) || !figure || figure.percent || (figure.noun !== null && !outcomeNouns.has(headOf(figure.noun) ?? ''))) break;
    seen.add(verb.lemma);
    parts.push({ figure, start: verb.start, end: figure.end });
    index = figure.last + 1;
    if (tokens[index]?.text === ',') index++;
    if (tokens[index]?.lower === 'and') index++;
  }
  if (parts.length < 2) return null;
  const closed = tokens[index] === undefined || boundaries.has((tokens[index] as Token).text);
  return { list: { parts, clean: closed }, complete: closed && ['win', 'lose', 'draw'].every((lemma) => seen.has(lemma)) };
}

/** Whether parts with these nouns count what the total counts: people by any people noun, anything else by its own noun. */
function sameMeasure(total: SentenceFigure, parts: readonly SentenceFigure[]): boolean {
  if (isRecord(total, parts)) return true;
  const nouns = parts.map((part) => part.noun).filter((noun): noun is string => noun !== null);
  // `a population of 4,312, of whom 2,960 lived in …, 811 in …`: bare counts itemise a bare count.
  if (total.noun === null) return nouns.length === 0 || (nouns.length === parts.length && (nouns.every(isPersonPart) || nouns.every((noun) => headOf(noun) === headOf(nouns[0] ?? null))));
  if (isPersonNoun(total.noun)) return nouns.every(isPersonPart);
  return nouns.every((noun) => headOf(noun) === headOf(total.noun));
}

/**
 * A list of parts: `12 soldiers and 13 civilians`, `Labour 60, the
 * Conservatives 50 and the Liberals 15`, `12 from Spain and 28 from France`.
 * Each part is a figure, perhaps after a name and before a phrase of nouns
 * and prepositions, never a verb. Null when the first part does not read, or
 * the parts count different things.
 */
export function readPartList(tokens: readonly Token[], start: number, byFirst: ReadonlyMap<number, SentenceFigure>, total: SentenceFigure): PartList | null {
  const parts: Part[] = [];
  let index = start;
  let coordinated = false;
  let clean = false;
  for (;;) {
    // `three golds, two silvers and a bronze`: the last part may be counted by its article.
    const part = readPart(tokens, index, byFirst) ?? (parts.length > 0 && tokens[index - 1]?.lower === 'and' ? articlePart(tokens, index) : null);
    if (!part) {
      // `…, according to police`: a list that was closed by `and` may end at a comma.
      clean = coordinated && tokens[index - 1]?.text === ',' && tokens[index]?.pos !== 'NUM';
      break;
    }
    parts.push(part);
    index = part.next;
    const token = tokens[index];
    if (!token || boundaries.has(token.text)) {
      clean = true;
      break;
    }
    // `… and 4 cattlemen travelling to Halifax.`: the last part's participle phrase closes the list.
    if (coordinated && token.pos === 'VERB' && participleEnding.test(token.lower)) {
      clean = true;
      break;
    }
    if (!separators.has(token.lower)) break;
    if (token.lower !== ',') coordinated = true;
    index++;
    if (token.text === ',' && (tokens[index]?.lower === 'and' || tokens[index]?.text === '&')) {
      coordinated = true;
      index++;
    }
  }
  const figures = parts.map((part) => part.figure);
  if (figures.length === 0 || figures.some((figure) => figure.percent || figure.compound)) return null;
  const kinds = !sameMeasure(total, figures) && kindsOf(total, figures);
  if (!kinds && !sameMeasure(total, figures)) return null;
  // One part alone is a part only when it says what it counts (`including 30 soldiers`, not `(44)`).
  if (figures.length === 1 && figures[0]?.noun === null) return null;
  return kinds ? { parts, clean, kinds } : { parts, clean };
}

const unitWords: ReadonlySet<string> = new Set([...LENGTH_SYMBOLS, ...UNIT_SYMBOLS, ...Object.keys(SPELLED_UNITS)].map((word) => word.toLowerCase()));

function isUnit(noun: string): boolean {
  return unitWords.has(noun.toLowerCase());
}

/**
 * `five medals (three gold, two silvers and a bronze)`, `1,000 troops: 300
 * cavalry and 700 infantry`: parts right after a total that each name one
 * other kind in one word, none a person, are kinds of the total's thing.
 */
function kindsOf(total: SentenceFigure, parts: readonly SentenceFigure[]): boolean {
  if (total.noun === null || parts.length < 2 || isPersonNoun(total.noun) || isUnit(total.noun)) return false;
  // `three gold` is read as a bare number: a part may leave its kind unsaid.
  const nouns = parts.map((part) => part.noun).filter((noun): noun is string => noun !== null);
  // `530 mph (853 km/h; 237 m/s)`: a measure converted to other units is one measure, no kinds of it.
  // `six passenger steamers, five cargo ships`: a kind may be named by its modifier and head, each of letters.
  if (nouns.length === 0 || nouns.some((noun) => !noun.split(' ').every(isLetters) || isPersonNoun(noun) || isUnit(noun))) return false;
  return new Set(nouns.map((noun) => headOf(noun))).size === nouns.length;
}

// Words after a figure that make it the sum of the figures listed before it: `…, 74 families in all`.
const sumPhrases = [['in', 'all'], ['in', 'total'], ['altogether'], ['all', 'told']] as const;

/**
 * Parts listed before their total: `12 in Arvika, 30 in Sunne and 30 in
 * Torsby, 74 families in all`. A list of figures whose last one says it is
 * the sum (`in all`, `in total`, `altogether`); the parts before it must add
 * up to it.
 */
export function readPartsBeforeTotal(tokens: readonly Token[], figures: readonly SentenceFigure[], byFirst: ReadonlyMap<number, SentenceFigure>): Array<{ total: SentenceFigure; list: PartList }> {
  const found: Array<{ total: SentenceFigure; list: PartList }> = [];
  for (const figure of figures) {
    if (!sumPhrases.some((phrase) => matchPhrase(tokens, figure.last + 1, phrase) >= 0)) continue;
    const separator = tokens[figure.first - 1];
    if (separator?.text !== ',' && separator?.text !== ':' && !isSpacedDash(tokens, figure.first - 1)) continue;
    const parts = partsEndingAt(tokens, figure.first - 1, byFirst);
    if (parts.length < 2) continue;
    const list = { parts, clean: true };
    const partFigures = parts.map((part) => part.figure);
    if (partFigures.some((part) => part.percent || part.compound) || figure.percent || figure.compound || !sameMeasure(figure, partFigures)) continue;
    found.push({ total: figure, list });
  }
  return found;
}

/** The list of parts that ends right before token `end`: found by reading forward from each earlier figure. */
function partsEndingAt(tokens: readonly Token[], end: number, byFirst: ReadonlyMap<number, SentenceFigure>): Part[] {
  for (const [first] of [...byFirst].sort(([a], [b]) => a - b)) {
    if (first >= end) break;
    const parts: Part[] = [];
    let index = first;
    const before = tokens[first - 1];
    // A list starts its clause: not after a comma or `and`, which would make it the tail of a longer one.
    if (before && (before.text === ',' || before.lower === 'and')) continue;
    for (;;) {
      // `two gold medals and a silver medal, four medals in all`: the last part may be counted by its article.
      const part = readPart(tokens, index, byFirst) ?? (parts.length > 0 && tokens[index - 1]?.lower === 'and' ? articlePart(tokens, index) : null);
      if (!part) break;
      parts.push(part);
      index = part.next;
      if (index === end) return parts;
      const token = tokens[index];
      if (!token || !separators.has(token.lower)) break;
      index++;
      if (token.text === ',' && tokens[index]?.lower === 'and') index++;
    }
  }
  return [];
}

/** One part: an optional name, the figure, then words that say what it counts; the index after it. */
function readPart(tokens: readonly Token[], start: number, byFirst: ReadonlyMap<number, SentenceFigure>): (Part & { next: number }) | null {
  let index = start;
  if (tokens[index]?.lower === 'the') index++;
  const named = index;
  for (let names = 0; names < 4 && tokens[index]?.pos === 'PROPN' && !byFirst.has(index); names++) index++;
  const figure = byFirst.get(index);
  if (!figure) return null;
  index = figure.last + 1;
  let each = false;
  for (let trailing = 0; trailing < 6; trailing++, index++) {
    const token = tokens[index];
    if (!token || separators.has(token.lower) || boundaries.has(token.text)) break;
    // `810 killed and 520 wounded`, `142 on Corran itself`: a casualty word or a reflexive says what the part counts too.
    // `four sunk by gunfire, five captured`: a bare count's participle says what befell that part.
    // `612 were Spanish`: so does a copula.
    const saysWhat = casualtyWords.has(token.lower) || reflexives.has(token.lower) || (trailing === 0 && figure.noun === null && (token.pos === 'VERB' || (token.pos === 'AUX' && token.lemma === 'be')));
    // `first-class matches`: a hyphen inside a word joins it.
    if (token.text === '-' && tokens[index - 1]?.end === token.start && tokens[index + 1]?.start === token.end) continue;
    // `4 cattlemen travelling to collect livestock`: a participle after the counted noun opens a phrase on it, past the part.
    if (!saysWhat && token.pos === 'VERB' && participleEnding.test(token.lower)) break;
    // `in league matches`: a plural noun after a noun, tagged as a verb, heads the phrase all the same.
    const plural = token.pos === 'VERB' && ['NOUN', 'ADJ'].includes(tokens[index - 1]?.pos ?? '') && token.lower.endsWith('s') && token.lower !== token.lemma;
    if ((!['ADJ', 'NOUN', 'PROPN', 'ADP', 'DET', 'PART'].includes(token.pos) && !saysWhat && !plural) || byFirst.has(index)) return null;
    if (token.lower === 'each') each = true;
  }
  const span = { figure, start: Math.min(figure.start, (tokens[named] as Token).start), end: Math.max(figure.end, (tokens[index - 1] as Token).end), next: index };
  return each ? { ...span, each } : span;
}

/** `a bronze`, `an observer`: one of a noun, by its indefinite article, closing a list of counted parts. */
function articlePart(tokens: readonly Token[], index: number): (Part & { next: number }) | null {
  const article = tokens[index];
  // `a bronze`, and `a silver medal`: one word may stand before the noun.
  const modified = tokens[index + 2]?.pos === 'NOUN' && ['ADJ', 'NOUN'].includes(tokens[index + 1]?.pos ?? '') ? 1 : 0;
  const last = index + 1 + modified;
  const noun = tokens[last];
  const after = tokens[last + 1];
  if (!article || !noun || (article.lower !== 'a' && article.lower !== 'an') || noun.pos !== 'NOUN') return null;
  if (after && !separators.has(after.lower) && !boundaries.has(after.text)) return null;
  const figure: SentenceFigure = { start: article.start, end: noun.end, first: index, last, low: 1, high: 1, exact: true, noun: noun.lemma, percent: false, compound: false };
  return { figure, start: article.start, end: noun.end, next: last + 1 };
}

const nameWords = new Set([...NAME_PARTICLES, ...NAME_ARTICLES, 'of', 'the']);
// A relative pronoun after the last name closes the list: `Lautier, Ivanchuk and Gelfand who took 1st, 2nd and 4th place`.
const listClosers: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);
const openingQuotes: ReadonlySet<string> = new Set(['"', '“']);
const closingQuotes: ReadonlySet<string> = new Set(['"', '”']);
// How many tokens a quoted title may hold.
const maxQuotedTokens = 16;
const nameSuffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function isCapitalized(token: Token | undefined): boolean {
  const first = token?.text[0];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * Names listed after a count: `Anna Berg, Carl Lund and Eva Holm`. Each name
 * is a run of capitalised words (with particles: `Eva de Holm`, `Duke of
 * York`); the list needs its `and`, and ends after the name that follows it.
 * A list that may go on (`Marks and Spencer, Tesco and Asda`) or runs into
 * more names reads as nothing. Answers each name's span in the plain text.
 */
/**
 * Where the names begin past a plural noun phrase that says what they are:
 * `the school friends Tom Ashworth, …`, `the brothers Henry and Edwin Pike`.
 */
export function pastDescriptor(tokens: readonly Token[], start: number): number {
  let index = start;
  if (tokens[index]?.pos !== 'DET') return start;
  index++;
  // `the under-manager John Kerr`: a hyphen set close joins two words of the descriptor.
  const joined = (at: number): boolean => tokens[at]?.text === '-' && tokens[at - 1]?.end === tokens[at]?.start && tokens[at]?.end === tokens[at + 1]?.start;
  // `the Auchenbrae surgeon Dr Alexander Munro`: a place's name may stand before the descriptor's noun.
  const descriptive = (at: number): boolean => tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'NOUN' || joined(at) || joined(at + 1) || (tokens[at]?.pos === 'PROPN' && tokens[at + 1]?.pos === 'NOUN');
  while (index < start + 6 && descriptive(index)) index++;
  return index > start + 1 && tokens[index - 1]?.pos === 'NOUN' && tokens[index]?.pos === 'PROPN' ? index : start;
}

export function readNameList(tokens: readonly Token[], start: number, semicolons = true): Array<[number, number]> | null {
  if (semicolons && splitBySemicolons(tokens, start)) return readSemicolonList(tokens, start);
  const names: Array<[number, number]> = [];
  let index = start;
  for (;;) {
    // `the surveyor Thomas Harte, the physicist Alan Dorsey and …`: each name may come after its own descriptor.
    const name = readName(tokens, pastDescriptor(tokens, index));
    if (!name) return null;
    names.push([name.start, name.end]);
    index = name.next;
    if (tokens[index]?.text === ',' && nameSuffixes.has((tokens[index + 1]?.lower ?? '').replace('.', ''))) {
      const suffix = tokens[index + 1] as Token;
      (names[names.length - 1] as [number, number])[1] = suffix.end;
      index += 2;
      if (tokens[index]?.text === '.') index++;
      // `Clinton Williams Murchison, Jr. (September 12, 1923 – March 30, 1987)`: the aside after the suffix.
      if (tokens[index]?.text === '(') {
        const close = tokens.findIndex((token, at) => at > index && token.text === ')');
        if (close < 0 || close - index > 30) return null;
        index = close + 1;
      }
    }
    const token = tokens[index];
    if (token?.text === ',' && (tokens[index + 1]?.lower === 'and' || tokens[index + 1]?.text === '&')) index++;
    const separator = tokens[index];
    if (separator?.lower === 'and' || separator?.text === '&') {
      // `Constanze (1971), Veronica (1977), Dominic (1980) and five grandchildren`: an `and` before another count ends the
      // list before it.
      if (tokens[index + 1]?.pos === 'NUM' || countWords.has(tokens[index + 1]?.lower ?? '')) return names.length >= 2 ? names : null;
      const last = readName(tokens, pastDescriptor(tokens, index + 1));
      if (!last) return null;
      names.push([last.start, last.end]);
      // The list ends with the name after `and`: at the clause's end, or a comma before lower-case words
      // (`…, moved to Oslo`). `St Peter at Gowts are …` or `Accounting as well as …` may go on.
      const after = tokens[last.next];
      // …, a comma, or the dash that closes the aside the list stands in (`Three singles—"A", … and "D"—were released`).
      if (after && !boundaries.has(after.text) && after.text !== ',' && after.text !== '\u2014' && !isSpacedDash(tokens, last.next) && !listClosers.has(after.lower)) return null;
      const following = tokens[last.next + 1]?.lower === 'the' ? tokens[last.next + 2] : tokens[last.next + 1];
      if (after?.text === ',' && isCapitalized(following)) return null;
      return names.length >= 2 ? names : null;
    }
    if (separator?.text !== ',') return null;
    index++;
  }
}

// How many tokens one item of a list split by semicolons may hold: `Architecture, Planning and Design`.
const maxSemicolonItem = 16;

/** Whether the list from `start` splits its items by semicolons: one comes before the clause ends. */
function splitBySemicolons(tokens: readonly Token[], start: number): boolean {
  for (let at = start; at < tokens.length && at - start <= maxSemicolonItem; at++) {
    const text = (tokens[at] as Token).text;
    if (text === ';') return true;
    if (boundaries.has(text) && text !== ')' && text !== '(') return false;
  }
  return false;
}

/**
 * `Agriculture; Architecture, Planning and Design; …; and Veterinary
 * Medicine`, `Philip Amis, a graphics designer; …; and Sally Amis`: each item
 * runs to its semicolon, commas and appositions inside it, and opens with a
 * name. The list needs its closing `; and` item. Answers each item's name.
 */
function readSemicolonList(tokens: readonly Token[], start: number): Array<[number, number]> | null {
  const names: Array<[number, number]> = [];
  let index = start;
  let closed = false;
  for (;;) {
    // `the surveyor Thomas Harte, the physicist Alan Dorsey and …`: each name may come after its own descriptor.
    const name = readName(tokens, pastDescriptor(tokens, index));
    if (!name) return null;
    names.push([name.start, name.end]);
    let at = name.next;
    while (at < tokens.length && at - index <= maxSemicolonItem && (tokens[at] as Token).text !== ';' && !(boundaries.has((tokens[at] as Token).text) && (tokens[at] as Token).text !== ')')) at++;
    if (tokens[at]?.text !== ';' || closed) return closed && names.length >= 2 ? names : null;
    index = at + 1;
    if (tokens[index]?.lower === 'and') {
      closed = true;
      index++;
    }
  }
}

// Number words that open another count after a list's `and`.
const countWords: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'many']);

// How many tokens one name of a list sharing its first word may hold: `Faculty of Mechanical Engineering and Computer Engineering (FIMK)`.
const maxOpenerNameTokens = 16;

/**
 * Names that all open with the same word, listed after a count: `Faculty of
 * Geosciences (FGJT), …, Faculty of Mechanical Engineering and Computer
 * Engineering (FIMK), … and Faculty of Education (FE)`. The shared first
 * word tells where each name starts, so an `and` inside a name does not
 * split it. Needs three names or more, the last after `and`, and ends at the
 * clause's end.
 */
export function readOpenerList(tokens: readonly Token[], start: number): Array<[number, number]> | null {
  const opener = tokens[start];
  if (!opener || !isCapitalized(opener) || opener.pos === 'NUM' || opener.pos === 'DET') return null;
  const names: Array<[number, number]> = [];
  let first = start;
  let last = false;
  for (let index = start + 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (index - first > maxOpenerNameTokens) return null;
    if (boundaries.has(token.text) && token.text !== ')') {
      names.push([(tokens[first] as Token).start, (tokens[index - 1] as Token).end]);
      return last && names.length >= 3 ? names : null;
    }
    const comma = token.text === ',';
    const and = token.lower === 'and' ? index : comma && tokens[index + 1]?.lower === 'and' ? index + 1 : -1;
    const next = and >= 0 ? and + 1 : comma ? index + 1 : -1;
    if (next < 0 || tokens[next]?.text !== opener.text) continue;
    if (last) return null;
    names.push([(tokens[first] as Token).start, (tokens[index - 1] as Token).end]);
    last = and >= 0;
    first = next;
    index = next;
  }
  return null;
}

// Words after `one of N Xs` that name the others: `, along with A, B and C`.
const othersPhrases = [['along', 'with'], ['together', 'with'], ['alongside']] as const;

/**
 * `the Padres joined the league as one of three new expansion teams, along
 * with the Montreal Expos, the Kansas City Royals, and the Seattle Pilots`:
 * the subject is one of the total and the names after `along with` are the
 * others, so they must number one fewer than the total. Answers where the
 * names start.
 */
export function readOneOfOthers(tokens: readonly Token[], total: SentenceFigure): number | null {
  let before = total.first - 1;
  if (tokens[before]?.lower === 'the') before--;
  if (tokens[before]?.lower !== 'of' || tokens[before - 1]?.lower !== 'one') return null;
  for (let index = total.last + 1, gap = 0; index < tokens.length && gap <= maxGap; index++, gap++) {
    const token = tokens[index] as Token;
    if (token.text !== ',') {
      if (token.pos === 'VERB' || token.pos === 'PUNCT' || token.pos === 'NUM') return null;
      continue;
    }
    const next = matchAny(tokens, index + 1, othersPhrases);
    return next >= 0 ? next : null;
  }
  return null;
}

/** Subjects that name the dead counted before them: `The dead comprised …`. */
const deadSubjects: ReadonlySet<string> = new Set(['dead', 'victims', 'fatalities', 'casualties', 'killed']);
/** Nouns of a count of the dead: `claimed 23 lives`, `killed 40 people`. */
const deadCounts: ReadonlySet<string> = new Set(['life', 'death', 'fatality', 'casualty', 'victim', 'person', 'people']);

/**
 * `The dead comprised the eight players, three members of staff and
 * fourteen journalists`: a sentence opening with the dead and a verb that
 * lists them itemises the count of the dead told just before it. Answers
 * where the list starts and whether it is all of them (`included` names
 * only some).
 */
export function readDeadItemised(tokens: readonly Token[]): { next: number; complete: boolean } | null {
  const [first, second, verb, after] = tokens;
  if (!first || !second || !verb || !(['the', 'those'].includes(first.lower) && deadSubjects.has(second.lower))) return null;
  if (verb.lower === 'comprised' || verb.lower === 'were') return { next: 3, complete: true };
  if (verb.lower === 'consisted' && after?.lower === 'of') return { next: 4, complete: true };
  if (verb.lower === 'included') return { next: 3, complete: false };
  return null;
}

/**
 * `Allied casualties totalled 1,240 … . Of these, 612 were Spanish, 389
 * British and 187 Portuguese.`: a sentence that opens by sharing out what the
 * sentence before counted. Answers where its parts begin.
 */
export function readOfThese(tokens: readonly Token[]): number | null {
  const [first, second, third] = tokens;
  // `Of these 210, 63 were …`: a whole named again is the sentence's own, read by the share readers.
  if (first?.lower !== 'of' || !['these', 'those', 'them'].includes(second?.lower ?? '') || third?.text !== ',') return null;
  return 3;
}

/**
 * `Of the 2019 population, 2,960 lived in the central district, …`: a
 * sentence that opens by sharing out a size the article gives elsewhere,
 * named by its noun and perhaps its year. Answers the noun, the year and
 * where the parts begin.
 */
export function readOfTheSize(tokens: readonly Token[]): { noun: string; year: number | null; next: number } | null {
  if (tokens[0]?.lower !== 'of' || !['the', 'its'].includes(tokens[1]?.lower ?? '')) return null;
  let at = 2;
  const year = /^\d{4}$/u.test(tokens[at]?.text ?? '') ? Number(tokens[at]?.text) : null;
  if (year !== null) at++;
  const noun = tokens[at];
  if (noun?.pos !== 'NOUN' || tokens[at + 1]?.text !== ',') return null;
  return { noun: noun.lemma, year, next: at + 2 };
}

/** The count a sentence ends on, which `Of these` in the next one shares out: its last exact figure that counts something. */
export function lastCount(figures: readonly SentenceFigure[]): SentenceFigure | undefined {
  return figures.filter((figure) => figure.exact && !figure.percent && !figure.compound && figure.high >= 2).at(-1);
}

/** The count of the dead a sentence gives, read as a count of people: `23 lives` in `The disaster claimed 23 lives, including …`. */
export function deadCount(figures: readonly SentenceFigure[]): SentenceFigure | undefined {
  const count = figures.find((figure) => figure.exact && !figure.percent && figure.noun !== null && deadCounts.has(figure.noun));
  return count ? { ...count, noun: 'person' } : undefined;
}

// How many tokens a work's title may hold before its bracketed year.
const maxTitleTokens = 16;

/**
 * Works listed after a count of them, each with its year in brackets:
 * `All the News That's Fit to Sing (1964), I Ain't Marching Anymore (1965),
 * and Phil Ochs in Concert (1966)`. A title holds any words, so the bracket
 * closing each one is what tells them apart; the list needs its `and` and
 * ends at the clause's end. Answers each title's span in the plain text.
 */
export function readTitleList(tokens: readonly Token[], start: number): Array<[number, number]> | null {
  const titles: Array<[number, number]> = [];
  let index = start;
  for (let last = false; ; ) {
    const first = tokens[index];
    if (!first || !(isCapitalized(first) || first.text === '"' || first.text === '“') || first.pos === 'NUM') return null;
    const open = tokens.findIndex((token, at) => at > index && token.text === '(');
    const close = open < 0 ? -1 : tokens.findIndex((token, at) => at > open && token.text === ')');
    if (open < 0 || open - index > maxTitleTokens || close < 0 || close - open > 4 || !tokens.slice(open + 1, close).some((token) => token.pos === 'NUM')) return null;
    if (tokens.slice(index, open).some((token) => token.text === ',' || token.text === ';')) return null;
    titles.push([first.start, (tokens[open - 1] as Token).end]);
    index = close + 1;
    if (last) return boundaries.has(tokens[index]?.text ?? '.') && titles.length >= 2 ? titles : null;
    if (tokens[index]?.text === ',') index++;
    if (tokens[index]?.lower === 'and') {
      index++;
      last = true;
    } else if (tokens[index - 1]?.text !== ',') return null;
  }
}

/** One name: capitalised words and the particles between them, and a bracketed aside after it. */
function readName(tokens: readonly Token[], from: number): { start: number; end: number; next: number } | null {
  // `the Montreal Expos, the Kansas City Royals and …`: a name's article is no part of it.
  const start = tokens[from]?.lower === 'the' && isCapitalized(tokens[from + 1]) ? from + 1 : from;
  const first = tokens[start];
  // `"Hero of the Day"`: a title in quotation marks is one name, whatever its words.
  if (first && openingQuotes.has(first.text)) {
    const close = tokens.findIndex((token, index) => index > start && closingQuotes.has(token.text));
    if (close < 0 || close - start > maxQuotedTokens || close === start + 1) return null;
    return { start: first.start, end: (tokens[close] as Token).end, next: close + 1 };
  }
  if (!first || !isCapitalized(first) || first.pos === 'NUM' || first.pos === 'DET' || first.pos === 'PRON') return null;
  let last = start;
  for (let index = start + 1; index < tokens.length && index < start + 8; index++) {
    const token = tokens[index] as Token;
    if (isCapitalized(token) && token.pos !== 'NUM') last = index;
    else if (token.text === '.' && token.start === tokens[index - 1]?.end && (tokens[index - 1]?.text.length ?? 0) === 1) last = index;
    else if ((token.text === '-' || token.text === '\'') && token.start === tokens[index - 1]?.end) continue;
    else if (nameWords.has(token.lower) && isCapitalized(tokens[index + 1])) continue;
    else break;
  }
  let next = last + 1;
  // `Mary (1901–1950)`: an aside about the name.
  if (tokens[next]?.text === '(') {
    const close = tokens.findIndex((token, index) => index > next && token.text === ')');
    if (close < 0 || close - next > 30) return null;
    next = close + 1;
  }
  return { start: first.start, end: (tokens[last] as Token).end, next };
}

/**
 * `12 of the 40 passengers survived; the other 30 died` and `Of the 40
 * passengers, 12 survived and the remaining 30 died`: a share, the whole it
 * is taken from, and the rest.
 */
export function readRemainder(tokens: readonly Token[], figures: readonly SentenceFigure[]): Array<{ total: SentenceFigure; parts: Part[] }> {
  const found: Array<{ total: SentenceFigure; parts: Part[] }> = [];
  const byFirst = new Map(figures.map((figure) => [figure.first, figure]));
  const restIndex = figures.findIndex((figure) => {
    const before = tokens[figure.first - 1]?.lower;
    return (before === 'other' || before === 'remaining') && tokens[figure.first - 2]?.lower === 'the';
  });
  const rest = figures[restIndex];
  if (!rest || figures.slice(restIndex + 1).some((figure) => ['other', 'remaining'].includes(tokens[figure.first - 1]?.lower ?? ''))) return found;
  for (const whole of figures.slice(0, restIndex)) {
    const of = whole.first - (wholeDeterminers.has(tokens[whole.first - 1]?.lower ?? '') ? 2 : 1);
    if (tokens[of]?.lower !== 'of') continue;
    // `12 of the 40`, or `Of the 40 passengers, 12 …`.
    let share = figures.find((figure) => figure.last === of - 1);
    if (!share && of === 0 && tokens[whole.last + 1]?.text === ',') share = byFirst.get(whole.last + 2);
    if (!share) continue;
    const between = figures.filter((figure) => figure.start > Math.max(share.start, whole.start) && figure.start < rest.start);
    if (between.length > 0 || share.percent || whole.percent || rest.percent) continue;
    if (rest.noun !== null && whole.noun !== null && headOf(rest.noun) !== headOf(whole.noun)) continue;
    // The rest is quoted with the words that make it one: `the other 30`.
    const restStart = (tokens[rest.first - 2] as Token).start;
    found.push({ total: whole, parts: [{ figure: share, start: share.start, end: share.end }, { figure: rest, start: restStart, end: rest.end }] });
  }
  return found;
}

/**
 * `Of the 34 men aboard, 21 were lost and 11 were picked up`, `21 of the 34
 * crew died and 11 survived`: a whole taken by `of`, then counts that each
 * open a clause of their own. They may not exceed the whole; they make it
 * when their verbs tell both fates (lost and saved, `fateVerbs`), so that no
 * one is left unaccounted for.
 */
export function readShareClauses(tokens: readonly Token[], figures: readonly SentenceFigure[]): Array<{ total: SentenceFigure; list: PartList; complete: boolean }> {
  const found: Array<{ total: SentenceFigure; list: PartList; complete: boolean }> = [];
  figures.forEach((whole, at) => {
    const of = whole.first - (wholeDeterminers.has(tokens[whole.first - 1]?.lower ?? '') ? 2 : 1);
    if (tokens[of]?.lower !== 'of' || whole.percent || whole.compound) return;
    const later = figures.slice(at + 1);
    const shared = figures[at - 1];
    let first: SentenceFigure | undefined;
    if (of === 0) {
      // `Of the 34 men aboard, 21 …`: the first count after the comma that closes the fronted phrase.
      const comma = tokens.findIndex((token, index) => index > whole.last && token.text === ',');
      // Past a relative clause on the whole: `Of the fourteen men who sailed from Hobart, nine …`.
      first = comma >= 0 && comma - whole.last <= 8 ? later.find((figure) => figure.first === comma + 1) : undefined;
    } else if (shared && shared.last === of - 1) first = shared;
    if (!first) return;
    const parts: SentenceFigure[] = [first];
    for (const figure of later) {
      if (figure.first <= first.last || figure === whole) continue;
      const before = tokens[figure.first - 1]?.lower ?? '';
      if ((before !== 'and' && before !== ',') || !opensClause(tokens, figure)) break;
      parts.push(figure);
    }
    if (parts.length < 2 || parts.some((part) => part.percent || part.compound) || !parts.every((part) => part.noun === null || sameMeasure(whole, [part]))) return;
    // `21 of the 34 crew died`: the first part's verb comes after the whole.
    const fates = parts.map((part) => fateOf(tokens, part === shared ? whole.last : part.last));
    const complete = fates.includes('lost') && fates.includes('saved') && fates.every((fate) => fate !== undefined);
    found.push({ total: whole, list: { parts: parts.map((figure) => ({ figure, start: figure.start, end: figure.end })), clean: true }, complete });
  });
  return found;
}

/** A count that is the subject of its own clause: a verb, perhaps after an auxiliary, right after it. */
function opensClause(tokens: readonly Token[], figure: SentenceFigure): boolean {
  const next = tokens[figure.last + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADJ' && fateVerbs.has(next.lemma)));
}

/** The fate the first verb after token `after` (a count, or the whole a count is taken from) gives it, if it tells one. */
function fateOf(tokens: readonly Token[], after: number): 'lost' | 'saved' | undefined {
  for (let index = after + 1; index <= after + 3; index++) {
    const token = tokens[index];
    // `17 drowned`: the tagger reads some past forms of fate as adjectives.
    if (token?.pos === 'VERB' || (token?.pos === 'ADJ' && fateVerbs.has(token.lemma))) return fateVerbs.get(token.lemma);
  }
  return undefined;
}

/**
 * `the state holds 56%, and the remaining 44% is traded`: a percentage
 * called the rest, with the shares listed before it, makes the whole (100%).
 * Answers each such list, the rest last.
 */
export function readShareRemainders(tokens: readonly Token[], figures: readonly SentenceFigure[]): SentenceFigure[][] {
  const shares = figures.filter((figure) => figure.percent);
  const found: SentenceFigure[][] = [];
  shares.forEach((rest, at) => {
    const before = tokens[rest.first - 1]?.lower;
    if ((before !== 'other' && before !== 'remaining') || tokens[rest.first - 2]?.lower !== 'the') return;
    const list = [rest];
    for (let index = at - 1; index >= 0; index--) {
      const share = shares[index] as SentenceFigure;
      const preceding = tokens[share.first - 1]?.lower ?? '';
      if (notShares.has(preceding) || preceding === 'of' || preceding === 'at' || !joins(tokens, share, list[0] as SentenceFigure, index === 0)) break;
      list.unshift(share);
    }
    // `Telia has owned 58.55% of Geocell, while Turkcell owns the remaining 43.45%`: the rest of the one share before it, across its own clause.
    // Only when it is the sentence's one other share: with more, the list is some other reading's.
    const previous = list.length === 1 && at === 1 ? (shares[0] as SentenceFigure) : undefined;
    if (previous && restOfShare(tokens, previous, rest)) list.unshift(previous);
    if (list.length > 1 && new Set(list.map((share) => wholeOf(tokens, share)).filter((whole) => whole !== null)).size <= 1) found.push(list);
  });
  return found;
}

// How many words may stand between a share and `the remaining` share that completes it.
const restReach = 16;

/** Whether `the remaining B%` completes the share before it: a handful of words between, none a number, a change or a comparison. */
function restOfShare(tokens: readonly Token[], share: SentenceFigure, rest: SentenceFigure): boolean {
  if (rest.first - share.last > restReach || notShares.has(tokens[share.first - 1]?.lower ?? '')) return false;
  for (let index = share.last + 1; index < rest.first; index++) {
    const token = tokens[index] as Token;
    if (token.pos === 'NUM' || notShares.has(token.lower) || token.text === ';' || token.text === ':') return false;
  }
  return true;
}

// Words that make percentages in one clause no shares of one whole: changes, comparisons, one figure each.
const notShares = new Set(words('from to by than respectively each per point points increase decrease rise rose fell grew growth drop dropped margin lead compared versus vs against average rate'));

/** The noun after `of` behind a share: `45% of the vote` → `vote`. */
function wholeOf(tokens: readonly Token[], share: SentenceFigure): string | null {
  if (tokens[share.last + 1]?.lower !== 'of') return null;
  let head: string | null = null;
  for (let index = share.last + 2; index < tokens.length && index < share.last + 8; index++) {
    const token = tokens[index] as Token;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token.lemma;
    else if (head !== null || (token.pos !== 'DET' && token.pos !== 'ADJ')) break;
  }
  return head;
}

/**
 * Percentages listed as shares of one whole: `won 45% of the vote, the
 * Liberals 38% and the Greens 22%`, `45% were Catholic, 40% Protestant and
 * 20% Muslim`. Consecutive percentages join one list when the words between
 * them hold no verb (but the copula after the first), no other number, no
 * change or comparison, and no second `of` whole; a phrase such as `in the
 * runoff` after a later share makes it a share of something else.
 */
export function readShareLists(tokens: readonly Token[], figures: readonly SentenceFigure[]): SentenceFigure[][] {
  const shares = figures.filter((figure) => figure.percent);
  const lists: SentenceFigure[][] = [];
  let list: SentenceFigure[] = [];
  const close = () => {
    if (list.length > 1 && tailIsPlain(tokens, list[list.length - 1] as SentenceFigure)) lists.push(list);
    list = [];
  };
  for (const share of shares) {
    const before = tokens[share.first - 1]?.lower ?? '';
    if (notShares.has(before) || before === 'of' || before === 'at') {
      close();
      continue;
    }
    const previous = list[list.length - 1];
    if (previous && !joins(tokens, previous, share, list.length === 1)) close();
    list.push(share);
  }
  close();
  return lists.filter((found) => {
    const wholes = new Set(found.map((share) => wholeOf(tokens, share)).filter((whole) => whole !== null));
    return wholes.size <= 1;
  });
}

/** Whether the words between two percentages let them be shares of one list. */
function joins(tokens: readonly Token[], left: SentenceFigure, right: SentenceFigure, afterFirst: boolean): boolean {
  let separated = false;
  for (let index = left.last + 1; index < right.first; index++) {
    const token = tokens[index] as Token;
    // `taking only 34 percent of the vote to Chiluba's 75 percent`: a share set against another holder's.
    const againstHolder = afterFirst && token.lower === 'to' && tokens[index + 1]?.pos === 'PROPN' && ["'s", '’s'].includes(tokens[index + 2]?.lower ?? '');
    if (againstHolder) {
      separated = true;
      continue;
    }
    // `morning humidity: 82%, evening humidity: 58%`: each labelled by a colon is a figure of its own.
    if (token.pos === 'NUM' || notShares.has(token.lower) || token.text === ':') return false;
    // `the remaining 44%` is tagged as a verb; the copula after the first share is gapped (`45% were Catholic, 40% Protestant`).
    const rest = index === right.first - 1 && (token.lower === 'remaining' || token.lower === 'other');
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !rest && !(afterFirst && token.lemma === 'be')) return false;
    if (token.pos === 'ADP' && token.lower !== 'of' && !afterFirst) return false;
    if (token.text === ',' || token.lower === 'and' || token.text === ';') separated = true;
    // `unemployment was 12%, inflation 95%`: a common noun labelling the next share names another whole; a name (`the Liberals 38%`) names another holder of this one.
    else if (separated && token.pos === 'NOUN') return false;
  }
  return separated;
}

/** After the last share, up to the clause's end: no phrase of its own (`in the runoff`), no number (`in 2015`). */
function tailIsPlain(tokens: readonly Token[], share: SentenceFigure): boolean {
  for (let index = share.last + 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (boundaries.has(token.text) || token.text === ',') return true;
    if (token.pos === 'NUM' || notShares.has(token.lower) || (token.pos === 'ADP' && token.lower !== 'of') || token.pos === 'VERB') return false;
  }
  return true;
}

/**
 * `holding 600,000 shares between them, were Niels Jensen (250,000 shares),
 * Ole Henriksen (160,000), Mogens Glad (100,000), and Kahn (80,000)`: a total
 * shared `between them` among the names after it, each name's part in the
 * bracket right after it. Every later figure of the sentence must be such a
 * part, of the total's noun or none.
 */
export function readSharedOut(tokens: readonly Token[], total: SentenceFigure, figures: readonly SentenceFigure[]): PartList | null {
  const after = tokens[total.last + 1]?.lower;
  if ((after !== 'between' && after !== 'among') || tokens[total.last + 2]?.lower !== 'them') return null;
  const later = figures.filter((figure) => figure.first > total.last);
  const head = headOf(total.noun);
  const parts: Part[] = [];
  for (const figure of later) {
    const open = tokens[figure.first - 1];
    const owner = tokens[figure.first - 2];
    if (open?.text !== '(' || tokens[figure.last + 1]?.text !== ')' || owner?.pos !== 'PROPN' || figure.percent) return null;
    if (figure.noun !== null && headOf(figure.noun) !== head) return null;
    parts.push({ figure, start: figure.start, end: figure.end });
  }
  return parts.length >= 2 ? { parts, clean: true } : null;
}

import { DEMONYMS } from '../../lexicon/demonyms.js';
import { OFFICE_TITLE_WORDS, POST_NOMINAL_ABBREVIATIONS } from '../../lexicon/honorifics.js';
import { LENGTH_SYMBOLS } from '../../lexicon/units.js';
import { agentNouns, bracketedStates, namingVerbs, renamingBracketCues, causingVerbs, consequenceVerbs, datingVerbs, documentNouns, eventNoun, eventType, partnerNoun, placeAdjective, lightVerbs, nonActs, objectDependentActs, ownedThingNouns, predicatesOf, stateEndVerbs, stateStartVerbs, sizeAtVerbs, sizeBeyondVerbs, extentVerbs, fixedMeasures, sizeNounMeasures, sizeNouns, sizeVerbs, tallNouns, deepNouns, weakEventNouns, workNouns, type Aspect, type EventTypeDefinition, type EventTypeId, type Predicate } from '../../lexicon/events.js';
import { ANNIVERSARY_NOUNS } from '../../lexicon/durations.js';
import { controllingVerbs, intentionNouns, ordinalWords, performanceNouns, performingVerbs, planningVerbs, rankWords, repeatCues, repeatNouns, subordinators } from '../../lexicon/grammar.js';
import { kinNouns, organizationNouns, peopleNouns, placeNouns, portfolioOffices, roleNouns, roleOfWords } from '../../lexicon/roles.js';
import type { Claim } from '../../schema/claims.js';
import { buildPhrases, looksParticiple, type NounPhrase, type Phrase, type VerbGroup } from './phrases.js';
import type { ArgumentStrategy, Frame, FrameArgument, SentenceInput, Unit } from './types.js';
import { buildUnits } from './units.js';
import { startsLowerCase, startsUpperCase } from '../../util/letters.js';

// Built once: esbuild writes a `\p{…}` literal as `new RegExp(…)`, which inside a function is made again at each call.
// Units of area as the figure reader writes them: `ha`, `acre`, `km²`.
const areaSymbols = /^(?:ha|acre|km²|mi²|m²|sq mi|sq km)$/u;
const andCapitalisedWords = /^\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s?)+/u;
// `The Earl of Thornwick`: a capitalised title before `of`.
const titleOfNobility = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)\s+of\s/u;

/** What the reader knows beyond the sentence: who a list row or infobox line is about. */
export interface ReaderContext {
  /** The argument a clause with no subject of its own is about (a list row's head, the infobox's subject). */
  implicitSubject?: FrameArgument;
  /** For a list row under a heading that names an office (`Leaders`, `Presidents`): that office. */
  listRole?: string;
  /** The body such a list's offices are of: the article's subject. */
  listBody?: FrameArgument;
}

/** A sentence cut into units and phrases, with the lookups every frame builder shares. */
export interface ParsedSentence {
  input: SentenceInput;
  units: Unit[];
  phrases: Phrase[];
  /** For each unit, the index of the phrase that holds it. */
  phraseOf: number[];
}

/** Cuts a sentence into units and phrases. */
export function parseSentence(input: SentenceInput): ParsedSentence {
  const units = buildUnits(input);
  const phrases = buildPhrases(units);
  const phraseOf: number[] = [];
  phrases.forEach((phrase, index) => {
    for (let unit = phrase.first; unit <= phrase.last; unit++) phraseOf[unit] = index;
  });
  return { input, units, phrases, phraseOf };
}

/**
 * Reads the frames of one sentence: verb clauses of registry predicates
 * (active, passive, participles, relative clauses, coordinated verbs),
 * copulas with a role noun, event nouns (`the founding of X`, `his death in
 * D`) and parenthesised life spans. Each argument records the strategy that
 * found it.
 */
export function readFrames(parsed: ParsedSentence, context: ReaderContext = {}): Frame[] {
  const reader = new ClauseReader(parsed, context);
  return reader.read();
}

// The dimensions a length is given in (`63.8 metres in length`, `10.9 metres in beam`) and the adjectives that name one.
const dimensionNouns: ReadonlySet<string> = new Set(['length', 'beam', 'breadth', 'width', 'height', 'depth', 'diameter', 'draught', 'draft', 'span']);
const dimensionAdjectives: ReadonlyMap<string, string> = new Map([['long', 'length'], ['high', 'height'], ['tall', 'height'], ['wide', 'width'], ['deep', 'depth']]);

// Nouns of the occasion an event is held on: `opening night`, `launch ceremony`, `wedding day`.
const occasionNouns: ReadonlySet<string> = new Set(['night', 'day', 'ceremony', 'date', 'service']);

// Words that take a part of what follows their `of`: `some of the work`, `most of the members`.
const quantifierWords: ReadonlySet<string> = new Set(['some', 'many', 'most', 'all', 'one', 'each', 'several', 'both', 'none', 'few', 'part', 'half', 'much', 'any', 'either', 'neither']);

// Nouns of posts whose `of` phrase names the role: `the title of chancellor`, `the post of treasurer`.
/** Verbs whose participle after an event noun says it took place: `the wedding, celebrated in 1894`. */
const occurringVerbs: ReadonlySet<string> = new Set(['hold', 'celebrate', 'conduct', 'perform', 'solemnise', 'solemnize', 'stage']);

/** Personal pronouns in the subject case: never the object of a preposition. */
const subjectPronouns: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they']);

/** Prepositions from a site (`his post`, `the streets`) to the named place it is in or on. */
const siteLinks: ReadonlySet<string> = new Set(['of', 'on', 'in', 'at', 'near', 'outside']);

/** Nouns after `at`/`in` that are not sites: `at the age of 80`, `in the service of Spain`, `at the hands of`. */
const nonSiteNouns: ReadonlySet<string> = new Set(['age', 'time', 'year', 'hand', 'service', 'name', 'behalf', 'request', 'invitation', 'expense', 'head', 'rank']);

const postNouns: ReadonlySet<string> = new Set(['title', 'post', 'office', 'position', 'rank', 'role', 'job']);

// Prepositions that also open a clause: `after the university was founded`, `before the war began`.
const clauseOpeningPrepositions: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'once']);

const demonyms: ReadonlySet<string> = new Set(DEMONYMS);

// Verbs that put works out: a count of works is what they publish (`released three albums`).
const releasingVerbs: ReadonlySet<string> = new Set(['release', 'publish', 'issue', 'reissue']);

// Words before an event noun that make it an illness: `heart attack`, `panic attack`, `asthma attack`.
const illnessModifiers: ReadonlySet<string> = new Set(['heart', 'panic', 'asthma', 'anxiety', 'epileptic', 'coughing']);

const reflexives: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);

// Verbs of saying and writing: acts of a living speaker, though what they say may be dated otherwise.
const reportingVerbs: ReadonlySet<string> = new Set(['say', 'tell', 'write', 'state', 'claim', 'report']);

// Nouns of an order given: `on the orders of X`, `by order of X`, `at the behest of X`.
const orderNouns: ReadonlySet<string> = new Set(['order', 'orders', 'command', 'behest', 'instruction', 'instructions', 'direction']);

// A verb's prepositions that a `where` clause's antecedent stands for: `the Center, where he works` (works at it).
const whereLocatives: ReadonlySet<string> = new Set(['at']);

// Words that say where a move goes to or comes from: `moved to Paris`, `moved back`, `moved abroad`.
const directionWords: ReadonlySet<string> = new Set(['to', 'from', 'into', 'back', 'away', 'abroad', 'there', 'here', 'home', 'overseas', 'west', 'east', 'north', 'south', 'in', 'out']);

// Event types whose noun names no event without its holder or winner: an office, an award.
const holderNounTypes: ReadonlySet<EventTypeId> = new Set(['office', 'award']);

/**
 * A frame that tells of nobody, kept while reading only for the verbs and
 * bounds that read it: an office or a win named by its noun with no holder,
 * winner or body (`the 2005 election`, `a royalist victory`, `the national
 * title`; `the group's leadership` keeps its body), an office verb with no
 * holder, body, role or date (`replaced with Windows`), a verb of dying with
 * no one who dies (German `Die Sache`), a home of no one (`live cells`, `in
 * living cells`). A death noun stands alone (`condemned the assassination`).
 */
// Prepositions that put a death inside another event: `killed in an ambush`, `died during the siege`.
const occasionWords: ReadonlySet<string> = new Set(['in', 'during']);

// A role named at a time its holder did not hold it: `the former vicar`, `the future president`.
// How many participles a passive series may list before its last: `was seized, beaten, tortured and killed`.
const seriesReach = 4;

// Verbs that always take an object: bare, they are passive (`was kidnapped, tortured, and killed`).
const objectVerbs: ReadonlySet<string> = new Set(['kill', 'murder', 'assassinate', 'execute', 'behead', 'torture', 'arrest', 'capture', 'imprison', 'detain', 'wound', 'injure', 'kidnap', 'abduct']);

/** `sales of US$5.3 billion`: sales counted in money are takings, measured as revenue; counted in units they are sales. */
function salesMeasure(noun: string, claim: Claim | undefined): 'revenue' | undefined {
  return claim?.kind === 'money' && /\bsales$/i.test(noun) ? 'revenue' : undefined;
}

// `X, then president of Y,`, `X, still its leader,`: a role apposed with these holds when its clause happens.
const heldNowAdverbs: ReadonlySet<string> = new Set(['then', 'still', 'now', 'currently']);

const otherTimeRoleWords: ReadonlySet<string> = new Set(['former', 'future', 'late', 'later', 'eventual', 'onetime', 'one-time', 'previous', 'outgoing', 'incoming', 'next', 'new']);

// Deeds one does in a role without holding it by the deed (`unveiled the memorial as president`): `as` then says the role was held.
const actingTypes: ReadonlySet<EventTypeId> = new Set(['act', 'opening', 'occurrence', 'publication', 'signing']);

// `Coach of the Year`, `Player of the Month`: an honour named like a role.
const honourPeriods: ReadonlySet<string> = new Set(['year', 'month', 'season', 'decade', 'century', 'week', 'match', 'tournament', 'series']);

// `X's first act`, `its first-ever draft selection`, `their earliest recordings`: the first of an owner's deeds.
const firstOwnedPattern = /(?:['’]s|\b(?:its|their|his|her))\s+(?:first|earliest|inaugural)\b/i;

function saidOfNobody(frame: Frame): boolean {
  if (frame.voice === 'structure') return false;
  // `the leadership of the two factions agreed`: an undated office noun with no holder names the body's leaders, no tenure.
  if (frame.voice === 'noun') return frame.agent === null && (frame.patient === null || (frame.type === 'office' && frame.dates.length === 0)) && holderNounTypes.has(frame.type);
  // `replaced with Windows`, `taking over such rules`: an office verb with no holder, body, role or date tells of no office.
  if (frame.type === 'office' && frame.agent === null && frame.patient === null && frame.role === null && frame.dates.length === 0) return true;
  return (frame.type === 'death' && frame.patient === null) || (frame.type === 'residence' && frame.agent === null);
}

// Event types whose frames carry figures.
const figureTypes: ReadonlySet<EventTypeId> = new Set(['size', 'casualties', 'acquisition', 'conviction', 'award']);

const isPunct = (phrase: Phrase | undefined, text: string, units: readonly Unit[]): boolean =>
  phrase !== undefined && phrase.type === 'punct' && (units[phrase.first] as Unit).text === text;

class ClauseReader {
  private readonly units: Unit[];
  private readonly phrases: Phrase[];
  private readonly subjects = new Map<number, FrameArgument | null>();
  private readonly frames: Frame[] = [];
  /** Frames an infinitive of result gives (`merged with Vacuum Oil to form Socony-Vacuum`): facts, never aims. */
  private readonly results = new Set<Frame>();
  /** `X succeeded Y in 1990`: Y's term ends when X's begins; read after the successor's frame. */
  private readonly pendingPredecessors: Array<{ frame: () => Frame | undefined; predecessor: FrameArgument }> = [];
  /** Stateful noun frames and the last phrase of their noun, for the bounds a later noun gives. */
  private readonly nounEnds = new Map<Frame, number>();
  /** Date units already given to an event noun: the verb of the clause does not take them too. */
  private readonly takenDates = new Set<number>();
  /** Date units of an occasion the clause happens at (`at the Berlin festival in February 1990`): the verb's too. */
  private readonly settingDates = new Set<number>();

  constructor(
    private readonly parsed: ParsedSentence,
    private readonly context: ReaderContext,
  ) {
    this.units = parsed.units;
    this.phrases = parsed.phrases.map((phrase, index) => (this.sharesPassive(parsed.phrases, index) ? { ...(phrase as VerbGroup), voice: 'passive' as const } : phrase));
  }

  /** `was captured and later executed`: a bare participle coordinated with a passive verb is passive too. */
  private sharesPassive(phrases: readonly Phrase[], index: number): boolean {
    const group = phrases[index];
    // One bare participle, with its particle if any: `were captured and set afire`.
    if (group?.type !== 'vg' || group.voice === 'passive' || group.first !== group.main || !looksParticiple(this.units[group.main] as Unit)) return false;
    if (group.last !== group.main && group.last !== group.particle) return false;
    // `was built by his son and held 12,000 scrolls`: a participle with an object of its own is active.
    if (phrases[index + 1]?.type === 'np') return false;
    let at = index - 1;
    while ((phrases[at] as Phrase | undefined)?.type === 'other' && (this.units[(phrases[at] as Phrase).first] as Unit).pos === 'ADV') at--;
    // `was kidnapped off the street, tortured, and killed`: a verb that takes an object, with none, ending a series of
    // participles after a passive is passive too, past the commas and a phrase on the verb before.
    if (objectVerbs.has((this.units[group.main] as Unit).lemma) && this.endsPassiveSeries(phrases, at)) return true;
    if (phrases[at]?.type !== 'conj') return false;
    // Only right after the passive verb, its auxiliary shared: `was born in 1900 and moved to Paris` is active;
    // or after its `by` phrase (`designed by Henry Vale and completed in 1889`).
    const byPhrase = phrases[at - 2]?.type === 'prep' && (this.units[(phrases[at - 2] as Phrase).first] as Unit).lower === 'by' && phrases[at - 1]?.type === 'np';
    const previous = phrases[byPhrase ? at - 3 : at - 1];
    return previous?.type === 'vg' && previous.voice === 'passive';
  }

  /**
   * Whether the phrases before `at` are a series of participles opened by a
   * passive verb: `was kidnapped off the street, tortured, and …` — each item
   * after a comma, a participle the tagger may have read as a noun, with one
   * phrase on the first verb.
   */
  private endsPassiveSeries(phrases: readonly Phrase[], at: number): boolean {
    let back = phrases[at]?.type === 'conj' ? at - 1 : at;
    // Without `and`, the series needs its comma: `was kidnapped, killed`.
    if (back === at && !isPunct(phrases[back], ',', this.units)) return false;
    for (let items = 0; items <= seriesReach; items++) {
      if (isPunct(phrases[back], ',', this.units)) back--;
      const item = phrases[back];
      if (item?.type === 'vg' && item.voice === 'passive') return true;
      // `tortured` read as a noun, `beaten` as a bare participle: a lone participle of the series.
      const lone = item !== undefined && item.first === item.last && (item.type === 'np' || item.type === 'vg') && looksParticiple(this.units[item.first] as Unit);
      if (lone) {
        back--;
        continue;
      }
      // `kidnapped off the street`: one phrase on the opening verb.
      if (item?.type !== 'np' || phrases[back - 1]?.type !== 'prep') return false;
      const verb = phrases[back - 2];
      return verb?.type === 'vg' && verb.voice === 'passive';
    }
    return false;
  }

  read(): Frame[] {
    this.phrases.forEach((phrase, index) => {
      if (phrase.type !== 'np') return;
      this.readNoun(phrase, index);
      this.readFigurePhrase(phrase, index);
    });
    // A state named by a noun ends or starts at a later noun's date (`leadership until his death in 2021`).
    for (const [frame, to] of this.nounEnds) frame.dates.push(...this.boundsAfter(to));
    this.phrases.forEach((phrase, index) => {
      if (phrase.type === 'vg') {
        const before = this.frames.length;
        this.readVerb(phrase, index);
        if (this.plannedInfinitive(phrase, index) || this.aimedInfinitive(phrase, index)) for (const frame of this.frames.slice(before)) if (!this.results.has(frame)) this.markPlanned(frame);
      }
      if (phrase.type === 'np' || phrase.type === 'other') this.readNativeOf(phrase, index);
      if (phrase.type === 'np') this.readPlaceOfEvent(phrase, index);
      if (phrase.type === 'np') {
        this.readParenthesisedLife(phrase, index);
        this.readWorkYear(phrase, index);
        this.readBracketedState(index);
        this.readBracketedRenaming(phrase, index);
        this.readAppositiveRole(phrase, index);
        this.readAppositivePartner(phrase, index);
        this.readNamedPartner(phrase, index);
        this.readOwnedPlace(phrase, index);
        this.readTitleRole(phrase, index);
        this.readDefunct(phrase, index);
      }
    });
    this.readPlaceBorn();
    this.dateGovernedNouns();
    this.marriedPairs();
    this.succeedingAtEnd();
    this.datedByObject();
    this.datedByOccasion();
    this.datedByHappening();
    const said = this.frames.filter((frame) => !saidOfNobody(frame) && !this.honourTitle(frame));
    this.frames.splice(0, this.frames.length, ...said);
    const combining = this.frames.some((frame) => frame.type === 'acquisition' || frame.type === 'merger');
    for (const frame of this.frames) {
      frame.tense = this.tenseAt(frame.trigger[0]);
      frame.span = this.withSubject(frame);
      if (combining && frame.type === 'founding' && frame.patient?.form === 'name') frame.patient = this.combined(frame.patient);
    }
    return this.frames.flatMap(expandConjuncts);
  }

  /**
   * `named NFL Coach of the Year in 1981`, `was the Player of the Month`: a
   * role noun before `of the Year` is an honour, no office held.
   */
  private honourTitle(frame: Frame): boolean {
    if (frame.type !== 'office' || !frame.role) return false;
    return this.units.some((unit, at) => {
      if (unit.lower !== 'of' || unit.start < frame.span[0] || unit.end > frame.span[1]) return false;
      const [role, the, period] = [this.units[at - 1], this.units[at + 1], this.units[at + 2]];
      return the?.lower === 'the' && period !== undefined && honourPeriods.has(period.lower) && role !== undefined && roleOfWords([role.lemma]) === frame.role;
    });
  }

  /** The tense of the verb group a frame's trigger sits in, or of the sentence's first finite verb. */
  private tenseAt(offset: number): Frame['tense'] {
    const own = this.phrases.find((phrase): phrase is VerbGroup => phrase.type === 'vg' && (this.units[phrase.first] as Unit).start <= offset && offset < (this.units[phrase.last] as Unit).end);
    // `officials, led by president Ruth Calder, searched`: a bare participle is told in its sentence's tense.
    const bareParticiple = own !== undefined && own.form === 'participle' && own.first === own.main;
    const group = (bareParticiple ? undefined : own) ?? this.phrases.find((phrase): phrase is VerbGroup => phrase.type === 'vg' && phrase.form === 'finite');
    if (!group) return null;
    for (let at = group.first; at <= group.last; at++) {
      const word = (this.units[at] as Unit).lower;
      if (['was', 'were', 'had', 'did'].includes(word)) return 'past';
      if (['is', 'are', 'am', 'has', 'have', 'does', 'do'].includes(word)) return 'present';
    }
    const main = this.units[group.main] as Unit;
    if (group.form !== 'finite') return null;
    // `wrote`, `founded`: an inflected form that is no third-person `-s` is past.
    const thirdPerson = main.lower === `${main.lemma}s` || main.lower === `${main.lemma}es` || (main.lemma.endsWith('y') && main.lower === `${main.lemma.slice(0, -1)}ies`);
    if (main.lower !== main.lemma && !thirdPerson) return 'past';
    return 'present';
  }

  /**
   * `On 9 June 2018, X announced the creation of the party`: an undated event
   * noun governed by a verb of announcing or completing happens when the verb
   * does.
   */
  private dateGovernedNouns(): void {
    for (const verb of this.frames) {
      if (verb.voice === 'noun' || verb.dates.length === 0 || !datingVerbs.has(verb.predicate)) continue;
      for (const noun of this.frames) {
        if (noun.voice !== 'noun' || noun.dates.length > 0 || noun.trigger[0] < verb.trigger[1] || noun.trigger[1] > verb.span[1]) continue;
        noun.dates = [...verb.dates];
      }
    }
  }

  /**
   * `was killed in an ambush in 1998`, `died in a crash in 2001`: an undated
   * death happens when the event it happened in does — the event noun right
   * after `in` or `during` in its clause.
   */
  private datedByOccasion(): void {
    for (const death of this.frames) {
      if ((death.type !== 'death' && death.type !== 'casualties') || death.voice === 'noun' || death.dates.length > 0) continue;
      const occasion = this.frames.find((noun) => noun.voice === 'noun' && noun.dates.length > 0 && noun.trigger[0] > death.trigger[1] && noun.trigger[1] <= death.span[1] && occasionWords.has(this.wordBefore(noun.trigger[0])));
      if (occasion) death.dates = [...occasion.dates];
    }
  }

  /**
   * `The formal opening took place on 12 October 1883`, `The premiere was
   * held in Vienna`: an event noun that a verb of happening takes as its
   * subject is dated and placed by that clause. The noun's own frame gets the
   * clause's dates and place, and the bare happening is dropped.
   */
  private datedByHappening(): void {
    const happenings = this.frames.filter((frame) => frame.type === 'occurrence' && happeningPredicates.has(frame.predicate) && frame.patient?.form === 'nominal' && frame.patient.start !== undefined && frame.patient.end !== undefined);
    for (const happening of happenings) {
      const [start, end] = [happening.patient?.start as number, happening.patient?.end as number];
      if (happening.dates.length === 0) continue;
      const noun = this.frames.find((frame) => frame.voice === 'noun' && frame.type !== 'occurrence' && frame.dates.length === 0 && frame.trigger[0] >= start && frame.trigger[1] <= end);
      if (noun) {
        noun.dates = [...happening.dates];
        noun.place ??= happening.place;
        this.frames.splice(this.frames.indexOf(happening), 1);
        continue;
      }
      // `The formal opening took place …` with no owner: a once-only event of the article's subject, as `the 1912 launch` is.
      const words = this.parsed.input.plain.slice(start, end).toLowerCase().split(/\s+/u);
      const head = words.at(-1) ?? '';
      const type = eventNoun(head).find((candidate) => candidate !== 'occurrence');
      const definition = type ? eventType(type) : undefined;
      if (!type || !definition || words[0] !== 'the' || definition.once !== 'patient' || definition.stateful || definition.nounOwner !== 'patient') continue;
      happening.type = type;
      happening.predicate = head;
      happening.voice = 'noun';
      happening.aspect = null;
      happening.patient = { text: this.parsed.input.plain.slice(start, end), start, end, form: 'subject', strategy: 'bare-event' };
    }
  }

  /**
   * `he and Margrethe were married`: a reciprocal passive's coordinated
   * subject is both partners. `Jellicoe married, at Holy Trinity church, on 1
   * July 1902, Florence Cayzer`: an active one's partner may follow its
   * places and dates.
   */
  private marriedPairs(): void {
    for (const frame of this.frames) {
      if (eventType(frame.type).reciprocal && frame.voice === 'active' && frame.agent && !frame.patient) frame.patient = this.partnerAfter(frame.trigger[0]);
      if (!eventType(frame.type).reciprocal || frame.voice !== 'passive' || frame.agent || frame.patient?.start === undefined) continue;
      const start = frame.patient.start;
      const at = this.phrases.findIndex((phrase) => phrase.type === 'np' && (this.units[phrase.first] as Unit).start === start);
      const other = this.phrases[at - 2];
      if (at < 2 || this.phrases[at - 1]?.type !== 'conj' || (this.units[(this.phrases[at - 1] as Phrase).first] as Unit).lower !== 'and' || other?.type !== 'np') continue;
      frame.agent = this.argument(other, 'coordination');
    }
  }

  /** The first person named after the verb at an offset, past its places, dates and commas, not after a preposition. */
  private partnerAfter(offset: number): FrameArgument | null {
    const verb = this.phrases.findIndex((phrase) => phrase.type === 'vg' && (this.units[phrase.first] as Unit).start <= offset && offset < (this.units[phrase.last] as Unit).end);
    if (verb < 0) return null;
    for (let at = verb + 1; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub' || phrase.type === 'conj' || isPunct(phrase, ';', this.units)) return null;
      if (phrase.type !== 'np' || this.phrases[at - 1]?.type === 'prep') continue;
      if (phrase.form === 'name' && (this.units[phrase.head] as Unit).claim?.kind === 'person') return this.argument(phrase, 'object');
    }
    return null;
  }

  /**
   * `X was the ILO's Director-General from 1999 until October 2012, when Guy
   * Ryder was elected`: one chosen for no named post when another's tenure
   * ends takes up that post.
   */
  private succeedingAtEnd(): void {
    for (const chosen of this.frames) {
      const end = chosen.dates[0];
      if (chosen.type !== 'office' || chosen.role !== null || chosen.aspect !== 'start' || end?.part !== 'to') continue;
      const held = this.frames.find((frame) => frame !== chosen && frame.type === 'office' && frame.role !== null && frame.dates.some((date) => date.claim.id === end.claim.id));
      if (!held) continue;
      chosen.role = held.role;
      chosen.patient ??= held.patient;
    }
  }

  /** `negotiated their release the following year`: an undated deed whose object is a dated event happens when that event does. */
  private datedByObject(): void {
    for (const act of this.frames) {
      if (act.type !== 'act' || act.voice === 'noun' || act.dates.length > 0 || act.patient?.start === undefined || act.patient.end === undefined) continue;
      const { start, end } = act.patient;
      const object = this.frames.find((noun) => noun !== act && noun.voice === 'noun' && noun.dates.length > 0 && noun.trigger[0] >= start && noun.trigger[1] <= end);
      if (object) act.dates = [...object.dates];
    }
  }

  /** The lower-case word before the noun phrase of an offset, past its determiner: `in` of `in an ambush`. */
  private wordBefore(offset: number): string {
    let at = this.units.findIndex((unit) => unit.start === offset) - 1;
    while (at >= 0 && ((this.units[at] as Unit).pos === 'DET' || (this.units[at] as Unit).pos === 'ADJ')) at--;
    return (this.units[at] as Unit | undefined)?.lower ?? '';
  }

  // ── verbs ───────────────────────────────────────────────────────────────

  private readVerb(group: VerbGroup, index: number): void {
    // `to overthrow the president`, `instructed her to leave`: what is wanted or planned, not what happened;
    // a perfect infinitive (`is said to have been born`) tells a past event.
    const ranked = group.form === 'infinitive' ? this.rankedDoer(index) : null;
    if (group.form === 'infinitive' && !this.perfectInfinitive(group) && !this.plannedInfinitive(group, index) && !ranked) {
      const before = this.frames.length;
      this.readMergedInto(group, index);
      if (this.frames.length > before) return;
    }
    // `Beginning in 1986, …`, `Starting in 2001, …`: a fronted time, no event.
    if (index === 0 && group.form === 'gerund' && ['beginning', 'starting'].includes((this.units[group.first] as Unit).lower) && this.phrases[1]?.type !== 'np') return;
    this.readFirstOwned(group, index);
    if (group.copula) {
      this.readCopula(group, index);
      return;
    }
    const particle = group.particleText;
    // `He is said to have been born`: an infinitive's subject is the one of the verb it hangs on.
    const aimer = this.aimedInfinitive(group, index) ? this.aimDoer(index) : undefined;
    // An aim is read when who aims is said, or hidden by a finite passive (`negotiations were launched to form a party`).
    if (this.aimedInfinitive(group, index) && aimer === undefined) return;
    const subject = ranked ?? (aimer !== undefined ? aimer : (this.subjectOf(index) ?? (group.form === 'infinitive' && this.phrases[index - 1]?.type === 'vg' ? this.subjectOf(index - 1) : null)));
    const object = this.objectOf(index);
    if (this.readLightVerb(group, index, subject)) return;
    if (this.readStateBound(group, index, subject)) return;
    // `ruled that`, `found that`: a verb whose object is a clause tells a decision or a finding, never the registry's event.
    const next = this.phrases[index + 1];
    if (next && next.type !== 'np' && (this.units[next.first] as Unit).lower === 'that') {
      this.readAct(group, index, subject, object);
      return;
    }
    for (const { type, predicate } of predicatesOf(group.lemma)) {
      if ((predicate.particle ?? undefined) !== particle && predicate.particle !== undefined) continue;
      if (predicate.voice && predicate.voice !== group.voice) continue;
      if (predicate.first && !this.firstBefore(group)) continue;
      // `the Bipartisan Policy Center (BPC), where he works`: a body a `where` clause follows is where its verb happens.
      const prepositional = predicate.preposition ? (this.prepositionalObject(index, predicate.preposition) ?? (whereLocatives.has(predicate.preposition) ? this.bodyBeforeWhere(index) : undefined)) : undefined;
      if (predicate.preposition && !prepositional) continue;
      // A passive reading declared so has no object before its preposition either: `was named in the squad`, not
      // `was named the head coach at X in Summit`.
      if (predicate.intransitive && (group.voice === 'active' || predicate.voice === 'passive') && object && object !== prepositional) continue;
      // `working for three years at Fulbright`: a span of time after the preposition is no participant.
      if (prepositional && isDuration(prepositional)) continue;
      if (predicate.objectHeads && !(object?.head && predicate.objectHeads.has(object.head))) continue;
      // `left the chairmanship of X`: an office noun as the object is the office itself; the office reader takes its body from the `of`.
      const objectArgument = predicate.objectHeads ? this.headedPatient(predicate, type, index, object) : (prepositional ?? object);
      // What the object constraint is about: the object, or in a passive the subject that stands for it;
      // for `died`, whose subject undergoes it, the subject (`1,200 soldiers died` is a count, not someone's death).
      const undergoer = group.voice === 'active' && predicate.subject === 'patient';
      const patientSide = (group.voice === 'passive' && predicate.subject !== 'agent' && !predicate.preposition) || undergoer ? subject : objectArgument;
      if (undergoer && predicate.object !== 'figure' && subject?.form === 'figure') continue;
      if (predicate.object === 'figure' && patientSide?.form !== 'figure') continue;
      if (predicate.counts && !predicate.counts.has(this.countedNoun(patientSide))) continue;
      if (predicate.objectNouns && !(patientSide?.form === 'nominal' && patientSide.head !== undefined && predicate.objectNouns.has(patientSide.head))) continue;
      if (predicate.notObjectNouns && patientSide?.form === 'nominal' && patientSide.head !== undefined && predicate.notObjectNouns.has(patientSide.head)) continue;
      const after = this.phrases[index + 1];
      if (predicate.notBefore && after?.type === 'prep' && predicate.notBefore.includes((this.units[after.first] as Unit).lower)) continue;
      if (predicate.onlyBefore && !this.followedBy(group, predicate.onlyBefore)) continue;
      // `managed to maintain his settlement`, `elected to leave the party`: an active verb with an infinitive after it says
      // what was tried or chosen, not its own event (a passive keeps it: `was elected to serve a second term`; so does a
      // verb that needs no object: `The bridge opened to traffic`).
      // A verb of moving keeps its event before an infinitive of purpose (`came back to see her`).
      if (group.voice === 'active' && !predicate.unaccusative && type !== 'residence' && after?.type === 'vg' && after.form === 'infinitive') continue;
      if (predicate.body && !this.namesBody(objectArgument)) continue;
      // `took over a project`, `led the attack`: an office is of a body, a post or a role; a common noun of anything
      // else is another deed.
      if (type === 'office' && !predicate.holder && !predicate.role && !predicate.preposition && group.voice === 'active' && objectArgument?.form === 'nominal' && !this.officeObject(objectArgument)) continue;
      // A passive's subject is what the event happens to, as an unaccusative's is (`the firm is located in Leeds`).
      if (predicate.organization && !this.namesOrganization(objectArgument ?? (predicate.unaccusative || group.voice === 'passive' ? subject : null))) continue;
      if (predicate.notSubjectNouns && subject?.form === 'nominal' && subject.head !== undefined && predicate.notSubjectNouns.has(subject.head)) continue;
      if (predicate.work && !this.namesWork(objectArgument ?? (predicate.unaccusative ? subject : null))) continue;
      if (predicate.people && !this.namesPeople(patientSide)) continue;
      if (predicate.notPeople && this.namesPeople(patientSide)) continue;
      if (predicate.notWork && this.namesWork(group.voice === 'passive' ? subject : objectArgument)) continue;
      if (predicate.directed && !this.directed(group, index)) continue;
      const undergoing = objectArgument ?? (predicate.unaccusative ? subject : null);
      if (predicate.notDoers && (this.namesPeople(undergoing) || this.namesOrganization(undergoing))) continue;
      if (predicate.signee && !(this.namesOrganization(subject) && this.namesSignee(object))) continue;
      // `released three studio albums`, not `wrote three books` (writing is no publication).
      const counted = patientSide?.form === 'figure' && !(type === 'publication' && releasingVerbs.has(group.lemma) && countsWorks(patientSide));
      if (predicate.object === 'entity' && (group.voice === 'active' ? !patientSide || counted : counted)) continue;
      if (predicate.object === 'none' && (objectArgument || this.phrases[index + 1]?.type === 'vg')) continue;
      // `2,480 people living in the village`: a count that lives somewhere is a population, not someone's home.
      if (type === 'residence' && subject?.form === 'figure') return;
      const frame = this.verbFrame(type, predicate, group, index, subject, objectArgument);
      // `The bank's merger with Tyne Mutual in 1999 created Northbridge Bank`: an event that makes something is its
      // cause, no founder; the event's own frame names who took part.
      if (type === 'founding' && group.voice === 'active' && frame.agent?.form === 'nominal' && frame.agent.head !== undefined && eventNoun(frame.agent.head).length > 0) {
        // It happens when its cause does.
        const cause = frame.agent;
        const dated = this.frames.find((noun) => noun.voice === 'noun' && noun.dates.length > 0 && noun.trigger[0] >= (cause.start ?? 0) && noun.trigger[1] <= (cause.end ?? 0));
        if (frame.dates.length === 0 && dated) frame.dates = [...dated.dates];
        frame.agent = null;
      }
      // `the first woman to hold the post`: a post held is the office itself, no body; its `of` phrase is one.
      if (type === 'office' && frame.patient?.form === 'nominal' && frame.patient.head !== undefined && postNouns.has(frame.patient.head) && frame.patient === objectArgument) {
        frame.patient = this.ofPhraseAfter(this.phraseIndexOfArgument(frame.patient, index)) ?? null;
      }
      if (predicate.topicObject && frame.patient?.form === 'nominal' && !this.namesOrganization(frame.patient)) frame.patient = null;
      // `from Baylor Law School in 2006, where she graduated`: a school or employer a `where` clause follows is where one
      // studies or works, when the verb names none.
      if (frame.patient === null && (type === 'education' || type === 'employment') && group.voice === 'active') frame.patient = this.bodyBeforeWhere(index) ?? null;
      // `laid the foundations of RAWA`: the head noun an idiom is read by is the event's own noun.
      this.absorbObjectNoun(frame, predicate.objectHeads ? object : objectArgument);
      // `was named the league's most valuable player`: a verb that names no office of its own is one only with a role.
      if (!(predicate.needsRole && frame.role === null)) this.frames.push(frame);
      this.pushGapped(frame, index);
      if (type === 'office' && predicate.preposition === 'as' && frame.role !== null) this.pushListedRoles(frame, index);
      // `Frederick Rapp sold the first bolts in 1838`: the one who gives up what another acquires acts too.
      if (predicate.agentPreposition && group.voice === 'active' && subject && subject.form !== 'figure') {
        const verb = this.units[group.main] as Unit;
        this.frames.push({ ...frame, type: 'act', trigger: [verb.start, verb.end], agent: subject, patient: frame.patient, figures: [], role: null, aspect: null });
      }
      // `has five arches and a total length of 241 m`: a size noun among the other objects is a size of its own.
      if (type === 'size') this.readHadSize(group, index, subject);
      for (const { frame, predecessor } of this.pendingPredecessors.splice(0)) {
        const successor = frame();
        if (successor) this.frames.push({ ...successor, agent: predecessor, aspect: 'end', predicate: `${successor.predicate} (predecessor)` });
      }
      return;
    }
    if (this.readHadSize(group, index, subject)) return;
    // `the city's population passed 100,000 in 1950`: a size noun that reaches a figure has it, or more.
    const reached = this.phrases[index + 1];
    if ((group.lemma === 'reach' || sizeBeyondVerbs.has(group.lemma)) && group.voice === 'active' && reached?.type === 'np' && reached.form === 'figure' && this.readCopulaSize(group, index, reached)) return;
    // `Attendance peaked in 2019 at 12,900`: the figure after `at` is the size.
    const at = sizeAtVerbs.has(group.lemma) ? this.figureAfterAt(index) : undefined;
    if (at && this.readCopulaSize(group, index, at)) return;
    if (this.readExtent(group, index, subject)) return;
    this.readAct(group, index, subject, object);
  }

  /**
   * Whether a verb of motion's clause says where to or from: a preposition of
   * direction or a place adverb after it (`moved to Paris`, `moved back`,
   * `moved there with his wife`), or a `where` clause it stands in.
   */
  private directed(group: VerbGroup, index: number): boolean {
    if (group.particleText !== undefined && directionWords.has(group.particleText)) return true;
    const [from, to] = this.clauseOf(index);
    const opener = this.phrases[from - 1] ?? this.phrases[from];
    if (opener !== undefined && (this.units[opener.first] as Unit).lower === 'where') return true;
    return this.phrases.slice(index + 1, to + 1).some((phrase) => directionWords.has((this.units[phrase.first] as Unit).lower) || (phrase.type === 'np' && (this.units[phrase.head] as Unit).claim?.kind === 'place'));
  }

  /**
   * `won the Nordic Championship in 1964`: an object that is an event noun of
   * the verb's own type is one fact with the verb; the noun's frame, read
   * first, gives its dates and role to the verb's and is dropped.
   */
  private absorbObjectNoun(frame: Frame, object: FrameArgument | null): void {
    if (!object || object.start === undefined || object.end === undefined) return;
    const at = this.frames.findIndex((noun) => noun.voice === 'noun' && noun.type === frame.type && noun.trigger[0] >= (object.start as number) && noun.trigger[1] <= (object.end as number));
    if (at < 0) return;
    const noun = this.frames[at] as Frame;
    if (frame.dates.length === 0) frame.dates = noun.dates;
    // `resigned his presidency`: the office the noun names.
    if (frame.role === null && noun.role !== null) frame.role = noun.role;
    this.frames.splice(at, 1);
  }

  /**
   * `He was the first and only Tyler player to be drafted`, `made her the
   * first woman to hold the post`: an infinitive after a ranked noun says the
   * one ranked did it — the copula's subject, or the object before the noun.
   * Not a noun of aims (`the first attempt to climb it`).
   */
  private rankedDoer(index: number): FrameArgument | null {
    const noun = this.phrases[index - 1];
    if (noun?.type !== 'np' || noun.form === 'name' || intentionNouns.has((this.units[noun.head] as Unit).lemma)) return null;
    const ranks = (phrase: Phrase): boolean => this.units.slice(phrase.first, phrase.last + 1).some((unit) => ordinalWords.has(unit.lower) || rankWords.has(unit.lower));
    let ranked = ranks(noun);
    let at = index - 2;
    while (at >= 0 && ((this.phrases[at] as Phrase).type === 'other' || (this.phrases[at] as Phrase).type === 'conj')) {
      ranked ||= ranks(this.phrases[at] as Phrase);
      at--;
    }
    if (!ranked) return null;
    // `made her the first woman`: the object pronoun read into the noun phrase before its article.
    const [first, second] = [this.units[noun.first] as Unit, this.units[noun.first + 1]];
    if (first.pos === 'PRON' && second?.pos === 'DET') return { start: first.start, end: first.end, text: first.text, form: 'pronoun', strategy: 'subject' };
    const before = this.phrases[at];
    if (before?.type === 'vg' && before.copula) return this.subjectOf(at);
    return before?.type === 'np' && this.phrases[at - 1]?.type === 'vg' ? this.argument(before, 'object') : null;
  }

  /** `has voiced`, `have distanced`: a perfect, a deed done. */
  private perfect(group: VerbGroup): boolean {
    for (let at = group.first; at < group.main; at++) if (['has', 'have'].includes((this.units[at] as Unit).lower)) return true;
    return false;
  }

  private perfectInfinitive(group: VerbGroup): boolean {
    for (let at = group.first; at < group.main; at++) if ((this.units[at] as Unit).lower === 'have') return true;
    return false;
  }

  /**
   * `was negotiating to buy the paper`, `ordered a patrol to destroy the
   * boats`, `reversed its decision to merge`: any other infinitive (not
   * perfect, not after a ranked noun) tells an aim, an order or a purpose —
   * read as its frame, marked planned, so never compared as a fact.
   */
  private aimedInfinitive(group: VerbGroup, index: number): boolean {
    return group.form === 'infinitive' && !this.perfectInfinitive(group) && !this.plannedInfinitive(group, index) && this.rankedDoer(index) === null;
  }

  /**
   * Who is to do an aimed infinitive. `ordered a patrol of the coast to
   * destroy the boats`, `allowed them to settle`: after a verb of ordering or
   * allowing, the object before the infinitive (its `of` phrases are part of
   * it); otherwise the subject of the verb the infinitive hangs on.
   */
  private aimDoer(index: number): FrameArgument | null | undefined {
    let at = index - 1;
    while (at >= 2 && this.phrases[at]?.type === 'np' && this.phrases[at - 1]?.type === 'prep' && (this.units[(this.phrases[at - 1] as Phrase).first] as Unit).lower === 'of') at -= 2;
    const object = this.phrases[at];
    const verb = this.phrases[at - 1];
    if (object?.type === 'np' && verb?.type === 'vg' && verb.voice === 'active' && controllingVerbs.has(verb.lemma)) return this.argument(object, 'object');
    // `was negotiating to buy`, `who had taken advantage of the situation to capture`, `reversed its decision to
    // merge`: whoever does the verb the infinitive hangs on aims at it; a passive's doer is not said.
    let governor = index - 1;
    while (governor >= 0 && this.phrases[governor]?.type !== 'vg') {
      const phrase = this.phrases[governor] as Phrase;
      if (phrase.type === 'rel' || phrase.type === 'sub' || isPunct(phrase, ';', this.units)) return undefined;
      governor--;
    }
    const verbGroup = this.phrases[governor];
    if (verbGroup?.type !== 'vg') return undefined;
    if (verbGroup.voice === 'passive') return verbGroup.form === 'finite' ? null : undefined;
    // `expressed to want to reunite`: an infinitive on an infinitive has its aimer.
    if (verbGroup.form === 'infinitive') return this.aimDoer(governor);
    return this.subjectOf(governor) ?? undefined;
  }

  /** `plan to build`, `was scheduled to open`: an infinitive right after a verb of planning is the event planned. */
  private plannedInfinitive(group: VerbGroup, index: number): boolean {
    const governor = this.phrases[index - 1];
    return group.form === 'infinitive' && governor?.type === 'vg' && planningVerbs.has(governor.lemma);
  }

  /**
   * Marks a frame planned. `In 2019 she planned to retire after the
   * Olympics`: a date before the plan's infinitive is when it was planned, not
   * when the planned event is to happen.
   */
  private markPlanned(frame: Frame): void {
    frame.planned = true;
    frame.dates = frame.dates.filter(({ claim }) => this.units.some((unit) => unit.claim === claim && unit.start >= frame.trigger[1]));
  }

  /**
   * `The alliance was terminated in 2012`, `their partnership ended in 1990`:
   * a state named by its noun, whose verb starts or ends it, is that state's
   * start or end, its owner (`their`, `Smith's`) the holder.
   */
  private readStateBound(group: VerbGroup, index: number, subject: FrameArgument | null): boolean {
    const aspect: Aspect | undefined = stateEndVerbs.has(group.lemma) ? 'end' : stateStartVerbs.has(group.lemma) ? 'start' : undefined;
    if (!aspect || subject?.form !== 'nominal' || !subject.head) return false;
    const type = eventNoun(subject.head)[0];
    // An office noun keeps its own reading, with its role (`his term as rector ended`).
    if (!type || type === 'office' || !eventType(type).stateful) return false;
    const [from, to] = this.clauseOf(index);
    // `The dock strike began in 1911`: a named event that begins is itself what happens; a state's owner holds it.
    const occurrence = type === 'occurrence';
    this.frames.push({
      ...this.bare(type, `${subject.head} ${group.lemma}`, [(this.units[group.main] as Unit).start, (this.units[group.main] as Unit).end], from, to, index, group.voice),
      agent: occurrence ? null : (subject.owner ?? null),
      patient: occurrence ? subject : null,
      aspect,
      negated: group.negated,
    });
    return true;
  }

  /** `formed an alliance with X`, `launched an attack on Y`: the event noun's type, the verb's subject as agent. */
  private readLightVerb(group: VerbGroup, index: number, subject: FrameArgument | null): boolean {
    if (!lightVerbs.has(group.lemma) || group.voice !== 'active') return false;
    const object = this.phrases[index + 1];
    if (object?.type !== 'np') return false;
    const head = this.units[object.head] as Unit;
    // `started studies at`: the tagger lemmatises a plural event noun to a word of another sense (`study`).
    const type = head.kind === 'word' && head.pos === 'NOUN' ? (eventNoun(head.lemma)[0] ?? eventNoun(head.lower)[0]) : undefined;
    if (!type || type === 'founding') return false;
    const prep = this.phrases[index + 2];
    // `started studies at Moscow's Chess School`, `began work at the mill`: where one studies or works.
    const partners = type === 'education' || type === 'employment' ? ['with', 'on', 'against', 'at'] : ['with', 'on', 'against'];
    const partner = prep?.type === 'prep' && partners.includes((this.units[prep.first] as Unit).lower) && this.phrases[index + 3]?.type === 'np' ? this.argument(this.phrases[index + 3] as NounPhrase, 'preposition') : null;
    const [from, to] = this.clauseOf(index);
    // The noun's own frame, read first, is replaced by this fuller one.
    const own = this.frames.findIndex((frame) => frame.voice === 'noun' && frame.trigger[0] === head.start);
    if (own >= 0) this.frames.splice(own, 1);
    const definition = eventType(type);
    // `announced his resignation from his job as an archaeologist`: leaving a job is no office.
    const job = type === 'office' && this.phrases.slice(index + 2, to + 1).some((phrase) => phrase.type === 'np' && ['job', 'post'].includes((this.units[phrase.head] as Unit).lemma) && this.roleAfterAs(this.phrases.indexOf(phrase)) === null);
    if (job) return true;
    this.frames.push({
      ...this.bare(type, `${group.lemma} ${head.lemma}`, [(this.units[group.main] as Unit).start, head.end], from, to, index, 'active'),
      agent: subject,
      patient: partner,
      // `took up the appointment`, `announced his resignation`: the noun says whether a state starts or ends.
      aspect: definition.stateful ? (nounAspect(head.lemma, definition) === 'end' ? 'end' : 'start') : null,
      negated: group.negated,
    });
    return true;
  }

  /**
   * `The town has a population of 12,000`, `has five arches and a total
   * length of 241 m`, `reported revenue of £1.4 billion`: a size given as an
   * object's `of` figure, for each size noun among the verb's coordinated
   * objects.
   */
  private readHadSize(group: VerbGroup, index: number, subject: FrameArgument | null): boolean {
    if (!sizeVerbs.has(group.lemma)) return false;
    let found = false;
    for (let at = index + 1; at < this.phrases.length; at++) {
      const object = this.phrases[at] as Phrase;
      if (object.type === 'np') {
        const noun = this.units[object.head] as Unit;
        if ((sizeNouns.has(noun.lemma) || noun.lower === 'sales') && this.readSizeObject(group, index, at, object, subject)) found = true;
        continue;
      }
      // Objects joined by `and` or a comma, and an object's own `of` phrase; anything else ends the objects.
      const joins = (object.type === 'conj' && (this.units[object.first] as Unit).lower === 'and') || isPunct(object, ',', this.units);
      const of = object.type === 'prep' && (this.units[object.first] as Unit).lower === 'of';
      if (!joins && !of) break;
    }
    return found;
  }

  private readSizeObject(group: VerbGroup, index: number, at: number, object: NounPhrase, subject: FrameArgument | null): boolean {
    const figure = this.ofPhraseAfter(at);
    const claim = figure?.form === 'figure' ? this.units.find((unit) => unit.claim?.id === figure.claim)?.claim : undefined;
    if (!claim) return false;
    const head = this.units[object.head] as Unit;
    const takings = salesMeasure(head.lower, claim);
    if (head.lower === 'sales' && !takings) return false;
    const noun = head.lemma;
    const [from, to] = this.clauseOf(index);
    this.frames.push({
      ...this.bare('size', `${group.lemma} ${noun}`, [(this.units[object.head] as Unit).start, (this.units[object.head] as Unit).end], from, to, index, group.voice),
      agent: subject,
      patient: figure ?? null,
      figures: [claim],
      measure: takings ?? sizeNounMeasures.get(noun) ?? noun,
    });
    return true;
  }

  /**
   * Any other finite verb in the active voice is an act of its subject
   * (`In 1995 he opened a factory`), unless it is no act at all (`be`,
   * `remain`, `is remembered`): the checks that the dead do not act read it.
   */
  private readAct(group: VerbGroup, index: number, subject: FrameArgument | null, object: FrameArgument | null): void {
    if (group.voice === 'passive') {
      this.readPassiveAct(group, index, subject);
      return;
    }
    // `In 1915 his father wrote to the director`: a verb of saying under a date fronted before its subject is said
    // then, by a living speaker; elsewhere (`wrote of the 1820 battle`) its dates may be what it speaks of.
    const said = reportingVerbs.has(group.lemma) && this.frontedDates.length > 0 && !this.speaksOf(index);
    if (group.voice !== 'active' || group.form !== 'finite' || (nonActs.has(group.lemma) && !said) || !subject || subject.form === 'figure') return;
    // `Roskill wrote that Beatty and Chatfield deserve some praise`: a deed is told in the past (or done, in the
    // perfect: `has voiced support`); the present judges.
    if (this.tenseAt((this.units[group.main] as Unit).start) === 'present' && !this.perfect(group)) return;
    const lightObjects = objectDependentActs.get(group.lemma);
    // `took part in the rescue`: `part` (tagged an adverb) makes the light verb a deed of its own.
    const takesPart = group.lemma === 'take' && this.units[group.last + 1]?.lower === 'part';
    if (lightObjects && !takesPart && (!object || group.particle !== undefined || lightObjects.has(object.head ?? ''))) return;
    const verb = this.units[group.main] as Unit;
    if (verb.pos !== 'VERB') return;
    const [from, to] = this.clauseOf(index);
    const frame = { ...this.bare('act', group.lemma, [verb.start, verb.end], from, to, index, 'active'), agent: subject, patient: object, negated: group.negated };
    // `In 2013, a film was announced, …, and Unitas himself signed on`: a date fronted before the sentence's first
    // clause dates the clauses coordinated with it that give none of their own.
    if (frame.dates.length === 0 && this.mainClauseVerb(index)) frame.dates = this.frontedDates.map((unit) => ({ claim: (this.units[unit] as Unit).claim as Claim }));
    this.frames.push(frame);
  }

  /**
   * `In 1931, Socony merged with Vacuum Oil to form Socony-Vacuum`: what a
   * merger forms is founded by it, when it happens — an infinitive of result,
   * not of purpose, after a verb of merging.
   */
  private readMergedInto(group: VerbGroup, index: number): void {
    if (!predicatesOf(group.lemma).some((entry) => entry.type === 'founding')) return;
    let merger = index - 1;
    while (merger >= 0 && this.phrases[merger]?.type !== 'vg' && !isPunct(this.phrases[merger], ';', this.units)) merger--;
    const verb = this.phrases[merger];
    if (verb?.type !== 'vg' || verb.form !== 'finite' || !predicatesOf(verb.lemma).some((entry) => entry.type === 'merger')) return;
    const formed = this.objectOf(index);
    if (!formed || (formed.form !== 'name' && formed.form !== 'nominal')) return;
    const [from] = this.clauseOf(merger);
    const [, to] = this.clauseOf(index);
    const main = this.units[group.main] as Unit;
    // `Hellas merged with two city rivals … to form AC Verona`: the merger's subject (and any name coordinated with it)
    // forms what the merger makes; the partners after `with` are the merger's.
    const founder = this.subjectOf(merger);
    // `the institute merged with the College of Commerce in 1970 to form Ellery Polytechnic`: a body the clause names
    // by a noun or a pronoun is one told of already, going on in a new standing, not a body founded afresh.
    const continuing = founder?.form === 'nominal' || founder?.form === 'pronoun';
    const founding: Frame = { ...this.bare('founding', group.lemma, [main.start, main.end], from, to, merger, 'active'), agent: founder?.form === 'name' ? founder : null, patient: formed, ...(continuing ? { role: 'merger' } : {}) };
    this.results.add(founding);
    this.frames.push(founding);
  }

  /**
   * `Its first shipment of ale, in 1839, was …`, `The school's first diplomas
   * were awarded in 1826`: the first thing an owner sent, made or did, dated,
   * is a deed of the owner at that date, whatever the verb. Not a person
   * (`his first wife died`), nor a thing that may stand before its owner
   * exists (`its first building`).
   */
  private readFirstOwned(group: VerbGroup, index: number): void {
    if (group.form !== 'finite') return;
    const subject = this.subjectOf(index);
    const owner = subject?.owner;
    const head = subject?.head;
    if (!subject || !owner || !head || subject.form !== 'nominal' || subject.start === undefined || subject.end === undefined) return;
    if (!firstOwnedPattern.test(subject.text) || kinNouns.has(head) || roleNouns.has(head) || agentNouns.has(head) || organizationNouns.has(head) || placeNouns.has(head) || ownedThingNouns.has(head)) return;
    const [from, to] = this.clauseOf(index);
    const frame = { ...this.bare('act', head, [subject.start, subject.end], from, to, index, 'noun'), agent: owner, negated: group.negated };
    if (frame.dates.length > 0) this.frames.push(frame);
  }

  /**
   * `In 1423 he was apprenticed by his father`, `a match in 2006, kicked off
   * by Johnny Haynes`: a passive verb with a `by` agent names the one who
   * acted, a person or a body; a participle's date may stand on the noun it
   * follows.
   */
  private readPassiveAct(group: VerbGroup, index: number, subject: FrameArgument | null): void {
    if (nonActs.has(group.lemma) || (group.form !== 'finite' && group.form !== 'participle')) return;
    const agent = this.byAgent(index);
    if (!agent || (agent.form !== 'name' && agent.form !== 'nominal' && agent.form !== 'pronoun')) return;
    const verb = this.units[group.main] as Unit;
    if (verb.pos !== 'VERB') return;
    const [from, to] = this.clauseOf(index);
    const frame = { ...this.bare('act', group.lemma, [verb.start, verb.end], from, to, index, 'passive'), agent, patient: subject, negated: group.negated };
    if (frame.dates.length === 0 && group.form === 'participle' && isPunct(this.phrases[index - 1], ',', this.units)) frame.dates = this.datesIn(Math.max(0, index - 4), index - 1, index);
    this.frames.push(frame);
  }

  /**
   * Whether the verb is the sentence's first finite verb or one coordinated
   * with it, and tells no earlier past (`had played`): not a verb of a `that`,
   * relative or subordinate clause, whose time the fronted date may not be.
   */
  private mainClauseVerb(index: number): boolean {
    const group = this.phrases[index] as VerbGroup;
    for (let at = group.first; at < group.main; at++) if ((this.units[at] as Unit).lower === 'had') return false;
    const first = this.phrases.findIndex((phrase) => phrase.type === 'vg' && phrase.form === 'finite');
    if (first === index) return this.phrases.slice(0, index).every((phrase) => phrase.type !== 'sub' && phrase.type !== 'rel');
    // `…, and Unitas himself signed on`: a clause a conjunction opens, its subject its own or shared.
    const [from] = this.clauseOf(index);
    const opener = this.phrases[from - 1]?.type === 'conj' ? from - 1 : this.phrases[from]?.type === 'conj' ? from : -1;
    if (opener >= 0 && isPunct(this.phrases[opener - 1], ',', this.units)) return true;
    return this.subjectOf(index)?.strategy === 'coordination' && this.phrases.slice(first, index).every((phrase) => phrase.type !== 'sub' && phrase.type !== 'rel' && (this.units[phrase.first] as Unit).lower !== 'that');
  }

  /** `wrote of the battle`, `said that …`, `told of his escape`: the verb speaks of another event. */
  private speaksOf(index: number): boolean {
    const next = this.phrases[index + 1];
    const word = next ? (this.units[next.first] as Unit).lower : '';
    return ['of', 'about', 'that', 'on', 'how'].includes(word);
  }

  /** A frame with its clause's values and no participants yet. */
  private bare(type: EventTypeId, predicate: string, trigger: [number, number], from: number, to: number, verb: number, voice: Frame['voice']): Frame {
    return {
      type,
      predicate,
      trigger,
      span: this.spanOf(from, to),
      voice,
      agent: null,
      patient: null,
      dates: this.datesIn(from, to, verb),
      figures: [],
      place: this.placeIn(from, to),
      role: null,
      aspect: null,
      negated: false,
      repeated: this.repeatedIn(from, to),
      source: this.source(),
    };
  }

  private verbFrame(type: EventTypeId, predicate: Predicate, group: VerbGroup, index: number, subject: FrameArgument | null, object: FrameArgument | null): Frame {
    let agent: FrameArgument | null;
    let patient: FrameArgument | null;
    if (group.voice === 'passive' && predicate.subject === 'agent') {
      agent = subject;
      patient = object;
    } else if (group.voice === 'passive') {
      patient = subject;
      agent = this.byAgent(index);
      if (predicate.subject === 'patient' && !agent) agent = null;
    } else if (predicate.subject === 'patient' || (predicate.unaccusative && !object)) {
      patient = subject;
      agent = null;
    } else {
      agent = subject;
      patient = object;
    }
    // `The prize was awarded to Bohr in 1922`: the winner is the object of `to`, the prize the subject.
    if (type === 'award' && group.voice === 'passive') {
      const winner = this.prepositionalObject(index, 'to');
      if (winner && winner.form !== 'figure') {
        agent = winner;
        patient = subject;
      }
    }
    // `Corran Steel, based in Motherwell`, `the club moved to a new boathouse`: who lives or moves is the agent in either
    // voice; the place is the frame's place, no participant.
    if (type === 'residence') {
      agent = subject;
      patient = null;
    }
    // `X sold Y to Z`, `Y was traded to Z`: the new owner or club is the object of `to`.
    if (predicate.agentPreposition) {
      agent = this.prepositionalObject(index, predicate.agentPreposition) ?? null;
      patient = group.voice === 'active' ? object : subject;
    }
    // `The school was merged with St. Clare's Hospital`: either party may be the subject, in either voice; the other is the `with` phrase.
    if (type === 'merger' && group.voice === 'passive' && predicate.preposition === 'with') {
      agent = subject;
      patient = object;
    }
    // `captured four members of the MPCP: A (…), B (…) and C`: the count is told by the names listed after it.
    if (patient && (patient.form === 'figure' || patient.form === 'nominal') && type !== 'size' && type !== 'casualties') {
      const listed = this.namesAfterColon(index, true);
      if (listed.length > 0) patient = { ...(listed[0] as FrameArgument), ...(listed.length > 1 ? { conjuncts: listed.slice(1) } : {}) };
    }
    const definition = eventType(type);
    let role: string | null = null;
    if (definition.stateful && (type === 'office' || predicate.holder)) {
      const office = this.officeParts(type, predicate, group, index, subject, object, agent, patient);
      agent = office.holder;
      patient = office.body;
      role = office.role;
      if (office.predecessor) this.pendingPredecessors.push({ frame: () => this.frames[this.frames.length - 1], predecessor: office.predecessor });
    }
    // `Wood's term as rector ended in 2001`: an office noun that begins or ends is the office's start or end.
    if (type === 'occurrence' && patient?.form === 'nominal' && patient.head && eventNoun(patient.head)[0] === 'office' && (predicate.aspect === 'start' || predicate.aspect === 'end')) {
      const nounPhrase = this.phraseIndexOfArgument(patient, index);
      const holder = patient.owner ?? null;
      const asRole = this.roleAfterAs(nounPhrase);
      const [from, to] = this.clauseOf(index);
      return {
        ...this.bare('office', `${patient.head} ${group.lemma}`, [(this.units[group.main] as Unit).start, (this.units[group.main] as Unit).end], from, to, index, group.voice),
        agent: holder,
        patient: null,
        role: normalRole(asRole ?? this.roleOfNoun(patient.head)),
        aspect: predicate.aspect,
        negated: group.negated,
      };
    }
    // `16 people killed in the attack`: the event the dead were counted in.
    if (type === 'casualties' && (!agent || agent.form !== 'nominal' || !eventNoun(agent.head ?? '').length)) agent = this.eventPhraseIn(index) ?? agent;
    // `was converted into a university`, `incorporated as a city`: the standing it takes.
    if (type === 'status') role = object?.head ?? object?.text ?? null;
    if (type === 'incorporation') role = this.asPhraseHead(index);
    const figures = this.figuresIn(index, patient?.form === 'figure' ? patient : object, type);
    const [from, to] = this.clauseOf(index);
    const particle = group.particleText === undefined ? '' : ` ${group.particleText}`;
    return {
      type,
      predicate: `${group.lemma}${particle}`,
      trigger: [(this.units[group.main] as Unit).start, (this.units[group.particle ?? group.main] as Unit).end],
      span: this.spanOf(from, to),
      voice: group.voice,
      agent,
      patient,
      dates: this.datesIn(from, to, index),
      figures,
      place: this.placeIn(from, to),
      role,
      aspect: (predicate.aspect ?? (definition.stateful ? 'point' : null)) as Aspect | null,
      negated: group.negated,
      repeated: this.repeatedIn(from, to),
      source: this.source(),
      ...(predicate.measure ? { measure: predicate.measure } : type === 'size' ? this.dimensionOf(figures) : {}),
    };
  }

  /**
   * An office read the same whatever the verb: the holder (the subject of
   * `led`, the object of `appointed`, the one appointed in a passive), the
   * body (`of Y` after the role, the object of `led`), and the role (`as
   * chairman`, `appointed manager of Y`, or the verb's own: `chaired`). For
   * `succeeded Y` and `replaced Y`, Y is the predecessor, whose term ends.
   */
  private officeParts(type: EventTypeId, predicate: Predicate, group: VerbGroup, index: number, subject: FrameArgument | null, object: FrameArgument | null, agent: FrameArgument | null, patient: FrameArgument | null): { holder: FrameArgument | null; body: FrameArgument | null; role: string | null; predecessor?: FrameArgument } {
    const active = group.voice === 'active';
    let holder = predicate.holder === 'object' ? (active ? object : subject) : agent;
    // `was traded to the Columbus Crew`, `played for Arsenal`: the body is the object of the verb's own preposition.
    let body: FrameArgument | null = predicate.holder ? (predicate.preposition ? (this.prepositionalObject(index, predicate.preposition) ?? null) : null) : patient;
    // `Baylor University hired Mitchell`, `Mitchell was drafted by the Clash`: who takes on a member or an employee is the body;
    // who appoints to an office (a board, a king, voters) is not the office's body.
    if (predicate.holder === 'object' && !body && type !== 'office') body = active ? subject : this.byAgent(index);
    let predecessor: FrameArgument | undefined;
    if (predicate.holder === 'successor') {
      holder = active ? subject : this.byAgent(index);
      predecessor = (active ? object : subject) ?? undefined;
      body = null;
    }
    let role: string | null = null;
    // A role noun after the verb or after `as`: `appointed manager of Y`, `served as chairman of Y`.
    const rolePhrase = this.rolePhraseAfter(index);
    if (rolePhrase !== undefined) {
      const rolePhraseNp = this.phrases[rolePhrase] as NounPhrase;
      role = this.roleOfPhrase(rolePhraseNp);
      // `chairman of Y`, `head coach at Y`, `a lieutenant in the United States Army`, `Washington State University's next president`.
      // `served as its first chairman`: a body's `its` too, not a person's `his` (`served as his deputy`).
      const possessor = rolePhraseNp.possessor;
      const bodyPronoun = possessor?.form === 'pronoun' && ['its', 'their'].includes((this.units[possessor.head] as Unit).lower);
      const owner = possessor && (possessor.form === 'name' || bodyPronoun) ? this.argument(possessor, 'possessor') : undefined;
      // What one serves as is the role itself, never its body: `served as his Chief Staff Attorney`.
      body = this.ofPhraseAfter(rolePhrase) ?? this.ofInsideName(rolePhraseNp) ?? this.placedPhraseAfter(rolePhrase) ?? owner ?? (predicate.preposition === 'as' ? null : body);
      if (holder && holder.start === (this.units[(this.phrases[rolePhrase] as NounPhrase).first] as Unit).start) {
        // `appointed new commanders: Major A (overall commander) and Captain B`: the holders are the names listed.
        const listed = this.namesAfterColon(index);
        if (listed.length > 0) holder = { ...(listed[0] as FrameArgument), ...(listed.length > 1 ? { conjuncts: listed.slice(1) } : {}) };
        else holder = predicate.holder === 'object' && active ? null : subject;
      }
    } else if (predicate.preposition === 'as' && body) {
      // `serves as a Senior Fellow at the BPC`, `served as a judicial law clerk`: what one serves as is a post, not the
      // body; the body is the post's `of` or `at` phrase, if any.
      const post = this.phraseIndexOfArgument(body, index);
      body = this.ofPhraseAfter(post) ?? this.placedPhraseAfter(post) ?? null;
    }
    // `did not resign from the board`, `stepped down from the council`: what one leaves an office of follows `from`.
    if (!body && (predicate.aspect ?? 'state') === 'end' && !predicate.holder) {
      const left = this.prepositionalObject(index, 'from') ?? null;
      if (this.namesBody(left)) body = left;
    }
    // `took over chairmanship of the High Peace Council`: an office noun as the object names the office; the body is its `of`.
    if (body?.form === 'nominal' && body.head && eventNoun(body.head).includes('office')) body = this.ofPhraseAfter(this.phraseIndexOfArgument(body, index)) ?? null;
    if (body && body.form === 'nominal' && body.head && roleNouns.has(body.head)) body = null;
    // `had been captain of the side`: a role noun the tagger read as a verb after `been` is the copula's complement, and
    // its `of` phrase the body.
    const verb = this.units[group.main] as Unit;
    if (!body && type === 'office' && (this.units[group.main - 1] as Unit | undefined)?.lower === 'been' && group.main > group.first && roleOfWords([verb.lower]) !== null) body = this.ofPhraseAfter(index) ?? null;
    // `sworn into office`, `left office`: office with no determiner is the post, no body.
    if (body?.text.toLowerCase() === 'office') body = null;
    role = normalRole(role ?? predicate.role ?? null);
    // `led by president Ruth Calder`: the title the holder is named with is the post the verb's leading is.
    // `the managing director Arthur Pell, who succeeded Louis Ferrand`: a successor named with a title takes the post by it.
    if (holder && (role === 'leader' || role === 'head' || (role === null && predicate.holder === 'successor'))) role = normalRole(titleBefore(holder.text)) ?? role;
    return { holder, body, role, ...(predecessor ? { predecessor } : {}) };
  }

  /**
   * `functioning successively as counsellor, treasurer, and secretary`, `served as Senior Editor of X and the Managing
   * Editor of Y`: each further role of a series after `as` is an office of its own, with its own `of` body if it has one.
   */
  private pushListedRoles(frame: Frame, index: number): void {
    const first = this.rolePhraseAfter(index);
    if (first === undefined) return;
    const ofAfter = (phrase: number): number => (this.ofPhraseAfter(phrase) ? phrase + 2 : phrase);
    const listed: Array<{ role: string; body: FrameArgument | null }> = [];
    for (let at = ofAfter(first) + 1; at < this.phrases.length; at = ofAfter(at) + 1) {
      if (isPunct(this.phrases[at], ',', this.units)) at++;
      if (this.phrases[at]?.type === 'conj' && (this.units[(this.phrases[at] as Phrase).first] as Unit).lower === 'and') at++;
      const phrase = this.phrases[at];
      const role = phrase?.type === 'np' ? this.roleOfPhrase(phrase) : null;
      if (role === null) break;
      listed.push({ role, body: this.ofPhraseAfter(at) ?? null });
    }
    if (listed.length === 0) return;
    // `as secretary, treasurer and counsellor of the Choir`: an `of` body only after the last role is every role's.
    const last = listed[listed.length - 1] as { role: string; body: FrameArgument | null };
    const shared = !this.ofPhraseAfter(first) && listed.slice(0, -1).every((entry) => entry.body === null) ? last.body : null;
    if (shared && frame.patient === null) frame.patient = shared;
    for (const entry of listed) this.frames.push({ ...frame, role: normalRole(entry.role), patient: entry.body ?? shared ?? (this.ofPhraseAfter(first) ? null : frame.patient) });
  }

  /** The names listed after a colon in the verb's clause: `…: A (role) and B (role)`. */
  private namesAfterColon(index: number, pastClauses = false): FrameArgument[] {
    let at = index + 1;
    while (at < this.phrases.length && !isPunct(this.phrases[at], ':', this.units)) {
      // A verb between ends the clause; a relative clause on the object (`four members who had been accused …:`) does not, when asked.
      if ((this.phrases[at] as Phrase).type === 'vg' && !pastClauses) return [];
      if (isPunct(this.phrases[at], ';', this.units)) return [];
      at++;
    }
    const names: FrameArgument[] = [];
    let depth = 0;
    for (at++; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (isPunct(phrase, '(', this.units)) depth++;
      else if (isPunct(phrase, ')', this.units)) depth--;
      else if (depth === 0 && phrase.type === 'np' && phrase.form === 'name') names.push(this.argument(phrase, 'object'));
      else if (depth === 0 && (phrase.type === 'vg' || isPunct(phrase, ';', this.units))) break;
    }
    return names;
  }

  /** The role noun phrase right after a verb (past its object) or after its `as`: its phrase index. */
  private rolePhraseAfter(index: number): number | undefined {
    const [, to] = this.clauseOf(index);
    for (let at = index + 1; at <= Math.min(to, index + 4) && at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'np' && this.roleOfPhrase(phrase) !== null) return at;
      // `assumed the title of chancellor`, `took the post of treasurer`: the role is the `of` phrase of a noun of posts.
      const previous = this.phrases[at - 1];
      const ofPost = previous?.type === 'np' && postNouns.has((this.units[previous.head] as Unit).lemma) && (this.units[phrase.first] as Unit).lower === 'of';
      if (phrase.type === 'prep' && (this.units[phrase.first] as Unit).lower !== 'as' && !ofPost) return undefined;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub') return undefined;
    }
    return undefined;
  }

  /** `X was chairman of Y from 1990`, `X became president in 1999`. */
  private readCopula(group: VerbGroup, index: number): void {
    // `was also the leader of …`: adverbs between the copula and its complement are stepped over.
    let next = index + 1;
    while ((this.phrases[next] as Phrase | undefined)?.type === 'other' && (this.units[(this.phrases[next] as Phrase).first] as Unit).pos === 'ADV') next++;
    const complement = this.phrases[next];
    if (!complement || complement.type !== 'np') return;
    if (complement.form === 'figure' && this.readExistentialCount(group, index, complement)) return;
    if (complement.form === 'figure' && this.readCopulaSize(group, index, complement)) return;
    if (complement.form === 'figure' && this.readCopulaDimension(group, index, complement)) return;
    this.readRetiredComplement(group, index, complement);
    const head = (this.units[complement.head] as Unit).lemma;
    const role = this.roleOfPhrase(complement);
    const lemma0 = (this.units[group.main] as Unit).lemma;
    if (!role && complement.form === 'name' && this.readInvertedRole(group, index, complement)) return;
    // `became a university`; not `became the youngest player` (a record) nor `became the leader` (an office).
    const indefinite = ['a', 'an'].includes((this.units[complement.first] as Unit).lower);
    if (!role && !agentNouns.has(head) && lemma0 === 'become' && complement.form === 'nominal' && indefinite) {
      // `became a university in 1994`: the subject takes on a new standing — the whole of it (`a comprehensive school`
      // is not `a grammar school`), up to a coordinated one (`and co-educational in 1991`), whose date is its own.
      const [from, clauseEnd] = this.clauseOf(index);
      let to = next;
      while (to < clauseEnd && this.phrases[to + 1]?.type !== 'conj') to++;
      const standing = this.parsed.input.plain.slice((this.units[complement.first + 1] as Unit).start, (this.units[complement.last] as Unit).end).toLowerCase();
      this.frames.push({ ...this.bare('status', `become ${head}`, [(this.units[group.main] as Unit).start, (this.units[complement.last] as Unit).end], from, to, index, 'copula'), patient: this.subjectOf(index), role: standing, negated: group.negated });
      return;
    }
    if (!role && !agentNouns.has(head)) {
      // `is a Swedish architect and a member of the Academy`: a role or a membership in a coordinated complement.
      const second = this.phrases[next + 2];
      if (this.phrases[next + 1]?.type === 'conj' && second?.type === 'np' && second.form === 'nominal') {
        const secondRole = this.roleOfPhrase(second);
        const secondHead = (this.units[second.head] as Unit).lemma;
        if (secondRole || agentNouns.has(secondHead)) this.pushCopulaRole(group, index, next + 2, second, secondRole, secondHead);
      }
      return;
    }
    this.pushCopulaRole(group, index, next, complement, role, head);
  }

  /** `the now defunct Montreal Expos`: a name that `defunct` describes names a body that has ceased to exist. */
  private readDefunct(phrase: NounPhrase, index: number): void {
    if (phrase.form !== 'name') return;
    for (let at = phrase.first; at < phrase.head; at++) {
      const unit = this.units[at] as Unit;
      if (unit.lower !== 'defunct') continue;
      const name = this.argument(phrase, 'subject');
      const start = (this.units[at + 1] as Unit).start;
      // It says that the body ended, not when: the clause's dates are another event's.
      this.frames.push({ ...this.bare('dissolution', 'be defunct', [unit.start, unit.end], index, index, index, 'copula'), patient: { ...name, start, text: this.parsed.input.plain.slice(start, name.end) }, dates: [] });
      return;
    }
  }

  /** `X is a retired American football wide receiver`: a copula's complement that is `retired` tells the subject retired. */
  private readRetiredComplement(group: VerbGroup, index: number, complement: NounPhrase): void {
    let retired: Unit | undefined;
    for (let at = complement.first; at < complement.head; at++) if ((this.units[at] as Unit).lower === 'retired') retired = this.units[at] as Unit;
    const subject = this.subjectOf(index);
    if (!retired || !subject) return;
    const [from, to] = this.clauseOf(index);
    this.frames.push({ ...this.bare('retirement', 'be retired', [retired.start, retired.end], from, to, index, 'copula'), agent: subject, negated: group.negated });
  }

  /** `chancellor of UWO (2004–2008)`: a bracketed span right after a role phrase (at `at`) is its term. */
  private bracketedTerm(at: number): Frame['dates'] {
    if (!isPunct(this.phrases[at + 1], '(', this.units) || !isPunct(this.phrases[at + 3], ')', this.units)) return [];
    const inside = this.phrases[at + 2] as Phrase;
    const claim = inside.type === 'date' ? (this.units[inside.first] as Unit).claim : undefined;
    return claim?.kind === 'date' && claim.value.granularity === 'range' ? [{ claim }] : [];
  }

  /** The office, membership or deed a copula's complement names: `X was chairman of Y`, `X is a member of Y`, `X was the founder of Y`. */
  private pushCopulaRole(group: VerbGroup, index: number, next: number, complement: NounPhrase, role: string | null, head: string): void {
    const subject = this.subjectOf(index);
    const [from, to] = this.clauseOf(index);
    const lemma = (this.units[group.main] as Unit).lemma;
    // `an op-ed columnist for the Boston Herald`, `a drummer with the Quell`: a deed's body after `for`, `with` or `at`
    // when no `of`. Not an office's: `President-in-Residence at the African Presidential Archives` is no presidency.
    const patient = complement.possessor ? this.argument(complement.possessor, 'possessor') : (this.ofPhraseAfter(next) ?? (role ? (this.bodyNamedBefore(complement) ?? undefined) : this.bodyAfter(next)));
    const type = role ? 'office' : (agentNouns.get(head) ?? 'membership');
    // `She is a drummer`, `he was a winner`: a deed's noun with nothing it was done to is a trade or a praise, no event.
    if (type !== 'office' && head !== 'member' && !patient) return;
    const stateful = eventType(type).stateful;
    this.frames.push({
      type,
      predicate: `${lemma} ${role ?? head}`,
      trigger: [(this.units[complement.first] as Unit).start, (this.units[complement.last] as Unit).end],
      span: this.spanOf(from, to),
      voice: 'copula',
      agent: subject,
      patient: patient ?? null,
      dates: this.datesIn(from, to, index).concat(stateful ? this.bracketedTerm(patient ? next + 2 : next) : []),
      figures: [],
      place: null,
      role: normalRole(role ?? null),
      aspect: !stateful ? null : lemma === 'become' ? 'start' : 'state',
      negated: group.negated,
      repeated: this.repeatedIn(from, to),
      source: this.source(),
    });
  }

  /**
   * `As of the census of 2010, there were 1,402 people … in the city`: a count
   * of people that `there were` gives is a population, of the place it names or
   * of the article's subject.
   */
  private readExistentialCount(group: VerbGroup, index: number, complement: NounPhrase): boolean {
    const before = this.phrases[index - 1];
    if (before?.type !== 'np' || (this.units[before.head] as Unit).lower !== 'there') return false;
    const claim = (this.units[complement.head] as Unit).claim;
    if (claim?.kind !== 'quantity' || !claim.value.noun || !['person', 'people', 'inhabitant', 'resident'].includes(claim.value.noun)) return false;
    const [from, to] = this.clauseOf(index);
    this.frames.push({
      ...this.bare('size', 'there be', [(this.units[group.main] as Unit).start, (this.units[complement.last] as Unit).end], from, to, index, 'copula'),
      agent: this.placeArgumentIn(index),
      patient: this.argument(complement, 'object'),
      figures: [claim],
      measure: 'population',
    });
    return true;
  }

  /** `… residing in the city`: the last `in` place phrase of the verb's clause, or none. */
  private placeArgumentIn(index: number): FrameArgument | null {
    let found: FrameArgument | null = null;
    for (let at = index + 1; at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (isPunct(phrase, ';', this.units)) break;
      if (phrase.type === 'prep' && (this.units[phrase.first] as Unit).lower === 'in' && this.phrases[at + 1]?.type === 'np') found = this.argument(this.phrases[at + 1] as NounPhrase, 'preposition');
    }
    return found;
  }

  /** `The population was 12,000`, `its membership is 300`: a size noun as subject, a figure as complement. */
  private readCopulaSize(group: VerbGroup, index: number, complement: NounPhrase): boolean {
    const subject = this.subjectOf(index);
    const claim = (this.units[complement.head] as Unit).claim;
    // `Attendance peaked at 12,900`: a size noun opening the sentence, capitalised, is a name to the tagger.
    const head = subject?.form === 'nominal' ? subject.head : subject?.form === 'name' && subject.claim === undefined && !/\s/.test(subject.text) ? subject.text.toLowerCase() : undefined;
    if (!subject || !head || !claim) return false;
    const takings = salesMeasure(subject.text, claim);
    if (!sizeNouns.has(head) && !takings) return false;
    const subjectPhrase = this.phraseIndexOfArgument(subject, index);
    // `The population was 650,000 in the metropolitan area`: a place after the figure owns it; with no owner at all,
    // the article's subject does.
    // Only the bare noun (`Attendance`, `The population`): `the average household size` is the households'.
    const bare = sizeNouns.has(head) && subject.text.trim().split(/\s+/).length <= 2;
    const owner = subject.owner ?? this.ofPhraseAfter(subjectPhrase) ?? this.phraseAfter(index + 1, 'in') ?? (bare ? { text: subject.text, form: 'subject' as const, strategy: 'bare-measure' as const } : null);
    const [from, to] = this.clauseOf(index);
    const frame = {
      ...this.bare('size', `${group.lemma} ${head}`, [subject.start ?? 0, subject.end ?? 0], from, to, index, 'copula'),
      agent: owner,
      patient: this.argument(complement, 'object'),
      figures: [claim],
      measure: takings ?? sizeNounMeasures.get(head) ?? head,
      negated: group.negated,
    };
    // `The town's population in 2011 was 15,200`: the date hangs on the subject, and comes first (`…, up from 14,900 in
    // 2001` dates the earlier count).
    if (this.phrases[subjectPhrase]?.type === 'np') {
      const own = this.nounDates(this.phrases[subjectPhrase] as NounPhrase, subjectPhrase).filter((date) => !frame.dates.some((other) => other.claim.id === date.claim.id));
      frame.dates = [...own, ...frame.dates];
    }
    this.frames.push(frame);
    return true;
  }

  /**
   * `The tower is 142 metres high`, `the shaft was 410 yards deep`: a length
   * and an adjective of extent after a copula is that dimension of the subject.
   */
  private readCopulaDimension(group: VerbGroup, index: number, complement: NounPhrase): boolean {
    const subject = this.subjectOf(index);
    const claim = (this.units[complement.head] as Unit).claim;
    const measure = dimensionAdjectives.get((this.units[complement.last + 1] as Unit | undefined)?.lower ?? '');
    // `Its summit pound is 4.5 kilometres long`: a part of something owned is measured, not its owner.
    if (!subject || subject.owner || /^(?:its|their|his|her)\s/iu.test(subject.text) || claim?.kind !== 'quantity' || !LENGTH_SYMBOLS.includes(claim.value.noun ?? '') || !measure) return false;
    // `118 metres high from its foundation and 96 metres above the riverbed`: a height measured from a point is one of several.
    if (['from', 'above', 'below', 'at'].includes((this.units[complement.last + 2] as Unit | undefined)?.lower ?? '')) return false;
    const [from, to] = this.clauseOf(index);
    this.frames.push({
      ...this.bare('size', `be ${measure}`, [(this.units[group.main] as Unit).start, (this.units[complement.last + 1] as Unit).end], from, to, index, 'copula'),
      agent: subject,
      figures: [claim],
      measure,
      negated: group.negated,
    });
    return true;
  }

  /**
   * `The shaft was sunk to a depth of 410 yards`, `an arch with a clear span
   * of 186 metres`: a dimension with its length in an `of` phrase, after `to`
   * or `at`, is the clause subject's; after `with`, the noun's before it.
   */
  private readDimensionOf(phrase: NounPhrase, index: number): boolean {
    const head = this.units[phrase.head] as Unit;
    const preposition = this.phrases[index - 1];
    const word = preposition?.type === 'prep' ? (this.units[preposition.first] as Unit).lower : '';
    if (head.kind !== 'word' || !dimensionNouns.has(head.lemma) || !['to', 'at', 'with'].includes(word) || phrase.possessor) return false;
    const figure = this.ofPhraseAfter(index);
    const claim = figure?.form === 'figure' ? this.units.find((unit) => unit.claim?.id === figure.claim)?.claim : undefined;
    if (claim?.kind !== 'quantity' || !LENGTH_SYMBOLS.includes(claim.value.noun ?? '')) return false;
    const before = this.phrases[index - 2];
    const [from, to] = this.clauseOf(index);
    // The verb the phrase hangs on, back to the last comma: `was sunk to a depth of …`.
    let verb = index - 2;
    while (verb >= 0 && this.phrases[verb]?.type !== 'vg' && this.phrases[verb]?.type !== 'punct') verb--;
    const owner = word === 'with' ? (before?.type === 'np' && before.form !== 'figure' ? this.argument(before, 'object') : null) : this.phrases[verb]?.type === 'vg' ? this.subjectOf(verb) : null;
    if (!owner) return false;
    this.frames.push({
      ...this.bare('size', `have ${head.lemma}`, [head.start, head.end], from, to, index, 'noun'),
      agent: owner,
      figures: [claim],
      measure: head.lemma === 'span' ? 'span' : head.lemma,
    });
    return true;
  }

  /**
   * `She measured 63.8 metres in length`, `a tower 142 metres high`: the dimension a length gives, named after it by
   * `in` and a noun or by an adjective of extent.
   */
  private dimensionOf(figures: readonly Claim[]): { measure?: string } {
    const claim = figures[0];
    if (claim?.kind !== 'quantity' || !LENGTH_SYMBOLS.includes(claim.value.noun ?? '')) return {};
    const at = this.units.findIndex((unit) => unit.claim?.id === claim.id);
    const next = this.units[at + 1];
    const noun = next?.lower === 'in' ? this.units[at + 2]?.lower : undefined;
    const measure = noun !== undefined && dimensionNouns.has(noun) ? noun : dimensionAdjectives.get(next?.lower ?? '');
    return measure ? { measure } : {};
  }

  /**
   * `The line ran for 38 kilometres`, `the wall stretches over 12 miles`: a
   * length after `for` or `over` of a verb of extent is its subject's length.
   */
  private readExtent(group: VerbGroup, index: number, subject: FrameArgument | null): boolean {
    // `The borough covers 31.8 square kilometres`: an area is what its subject covers.
    if (subject && group.lemma === 'cover' && !group.negated && this.readCoveredArea(group, index, subject)) return true;
    const preposition = this.phrases[index + 1];
    const figure = this.phrases[index + 2];
    if (!subject || !extentVerbs.has(group.lemma) || preposition?.type !== 'prep' || !['for', 'over'].includes((this.units[preposition.first] as Unit).lower)) return false;
    const claim = figure?.type === 'np' && figure.form === 'figure' ? (this.units[figure.head] as Unit).claim : undefined;
    if (claim?.kind !== 'quantity' || !LENGTH_SYMBOLS.includes(claim.value.noun ?? '')) return false;
    const [from, to] = this.clauseOf(index);
    this.frames.push({
      ...this.bare('size', `${group.lemma} for`, [(this.units[group.main] as Unit).start, (this.units[(figure as NounPhrase).last] as Unit).end], from, to, index, 'copula'),
      agent: subject,
      patient: null,
      figures: [claim],
      measure: 'length',
      negated: group.negated,
    });
    return true;
  }

  private readCoveredArea(group: VerbGroup, index: number, subject: FrameArgument): boolean {
    const figure = this.phrases[index + 1];
    const claim = figure?.type === 'np' && figure.form === 'figure' ? (this.units[figure.head] as Unit).claim : undefined;
    if (claim?.kind !== 'quantity' || !/²$/u.test(claim.value.noun ?? '')) return false;
    const [from, to] = this.clauseOf(index);
    this.frames.push({
      ...this.bare('size', 'cover area', [(this.units[group.main] as Unit).start, (this.units[(figure as NounPhrase).last] as Unit).end], from, to, index, 'copula'),
      agent: subject,
      patient: null,
      figures: [claim],
      measure: 'area',
      negated: false,
    });
    return true;
  }

  /**
   * `Its 4,500 employees in 2010`, `the city's 12 districts`: a count with a
   * possessor is a size of the possessor; `the 25,000-capacity stadium` a
   * size of the noun it modifies.
   */
  private readFigurePhrase(phrase: NounPhrase, index: number): void {
    const head = this.units[phrase.head] as Unit;
    // `produced some 61,300 to 76,300 civilian deaths`: a count of the dead is a toll, of the cause the verb's subject names.
    const counted = countedNounOf(head.claim);
    if (head.kind === 'figure' && head.claim && casualtyNouns.has(counted)) {
      this.frames.push({
        ...this.bare('casualties', `count ${counted}`, [head.start, head.end], index, index, index, 'noun'),
        agent: this.causingEvent(index) ?? null,
        dates: this.nounDates(phrase, index),
        figures: [head.claim],
        measure: counted,
      });
      return;
    }
    if (this.readWithCount(phrase, index)) return;
    if (this.readDimensionOf(phrase, index)) return;
    const owner = phrase.possessor ? this.argument(phrase.possessor, 'possessor') : this.whoseOwner(index);
    if (owner && this.readOwnedSizeOf(phrase, index, owner)) return;
    // `the chains were hung across the main span of 428 metres`: a fixed measure no one is said to own, with its
    // figure in its `of` phrase, is the article subject's.
    if (!owner && this.definiteMeasure(phrase) && this.readOwnedSizeOf(phrase, index, { text: this.argument(phrase, 'subject').text, form: 'subject', strategy: 'bare-measure' })) return;
    // `In his two years at quarterback`, `her five seasons with the club`: a span of one's time is no size one has.
    if (owner && head.kind === 'figure' && head.claim?.kind === 'quantity' && head.claim.value.noun && !durationNouns.has(head.claim.value.noun.replace(/s$/, ''))) {
      this.frames.push({
        ...this.bare('size', `have ${head.claim.value.noun}`, [head.start, head.end], index, index, index, 'noun'),
        agent: owner,
        patient: this.argument(phrase, 'object'),
        dates: this.nounDates(phrase, index),
        figures: [head.claim],
        // `Its 68 kilometres included …`: a distance owned is the owner's length.
        measure: LENGTH_SYMBOLS.includes(head.claim.value.noun) ? 'length' : head.claim.value.noun,
      });
      return;
    }
    for (let at = phrase.first; at < phrase.head; at++) {
      const unit = this.units[at] as Unit;
      if (unit.kind !== 'figure' || unit.claim?.kind !== 'quantity') continue;
      const noun = unit.claim.value.noun ?? unit.lower.split('-').pop() ?? '';
      // `The 141-metre tower`, `the 16-mile line`, `the 31-kilometre main line`: a length before the noun (past its
      // modifiers) is the thing's height or length.
      // `the 480-yard winding shaft`: a modifier in -ing is tagged as a verb.
      const modifiers = this.units.slice(at + 1, phrase.head).every((between) => between.kind === 'word' && (between.pos === 'ADJ' || between.pos === 'NOUN' || between.text === '-' || (between.pos === 'VERB' && between.lower.endsWith('ing'))));
      // `its 35-hectare grounds`, `a 12-acre site`: an area before the noun is the area of the noun's owner, or the thing's.
      const area = areaSymbols.test(noun) && modifiers ? 'area' : undefined;
      const extent = area ?? (LENGTH_SYMBOLS.includes(noun) && modifiers ? (tallNouns.has(head.lemma) ? 'height' : deepNouns.has(head.lemma) ? 'depth' : 'length') : undefined);
      if (!sizeNouns.has(noun) && !extent) continue;
      const measure = extent ?? sizeNounMeasures.get(noun) ?? noun;
      this.frames.push({
        ...this.bare('size', `have ${measure}`, [unit.start, unit.end], index, index, index, 'noun'),
        agent: area && phrase.possessor ? this.argument(phrase.possessor, 'possessor') : this.argument(phrase, 'subject'),
        patient: null,
        figures: [unit.claim],
        measure,
      });
    }
  }

  /** `the main span`, `the length`: `the` and a dimension, with at most one modifier. */
  private definiteMeasure(phrase: NounPhrase): boolean {
    const head = this.units[phrase.head] as Unit;
    // A dimension only: `at the cost of approximately $100` is what one thing cost, not the subject's cost.
    return (this.units[phrase.first] as Unit).lower === 'the' && phrase.head - phrase.first <= 2 && head.kind === 'word' && fixedMeasures.has(head.lemma) && (dimensionNouns.has(head.lemma) || head.lemma === 'area' || head.lemma === 'elevation');
  }

  /**
   * `The paper's 1950 circulation of 21,000 has never been equalled`, `the
   * dam's final cost of $55 million`: a size noun its owner has, with the
   * figure in its `of` phrase, is that size of the owner, at the noun's own
   * date. After a verb of having, the verb reads it (`has a population of`).
   */
  private readOwnedSizeOf(phrase: NounPhrase, index: number, owner: FrameArgument): boolean {
    const head = this.units[phrase.head] as Unit;
    const figure = this.ofPhraseAfter(index);
    const claim = figure?.form === 'figure' ? this.units.find((unit) => unit.claim?.id === figure.claim)?.claim : undefined;
    const verb = this.phrases[index - 1];
    if (head.kind !== 'word' || !sizeNouns.has(head.lemma) || !claim || (verb?.type === 'vg' && sizeVerbs.has(verb.lemma))) return false;
    this.frames.push({
      ...this.bare('size', `have ${head.lemma}`, [head.start, head.end], index, index + 2, index, 'noun'),
      agent: owner,
      patient: figure ?? null,
      dates: this.nounDates(phrase, index),
      figures: [claim],
      measure: sizeNounMeasures.get(head.lemma) ?? head.lemma,
    });
    return true;
  }

  /**
   * `Buoyed by 2006 sales of US$5.3 billion, Bacardi purchased …`: sales of a
   * sum are the takings of their possessor, or, in a phrase set before the
   * main clause, of its subject. Sales that are a copula's subject (`its
   * sales were $2 million`) are the copula's to read.
   */
  private readTakings(phrase: NounPhrase, index: number): boolean {
    // Past the subject's own `in 2007`: `The company's sales in 2007 were US$5.5 billion`.
    let verb = index + 1;
    while ((this.phrases[verb]?.type === 'prep' && ['np', 'date'].includes(this.phrases[verb + 1]?.type ?? '')) || this.phrases[verb]?.type === 'date') verb += this.phrases[verb]?.type === 'date' ? 1 : 2;
    const next = this.phrases[verb];
    const complement = this.phrases[verb + 1];
    if (next?.type === 'vg' && next.copula && complement?.type === 'np' && salesMeasure('sales', (this.units[complement.head] as Unit).claim)) return true;
    const figure = this.ofPhraseAfter(index);
    const claim = figure?.form === 'figure' ? this.units.find((unit) => unit.claim?.id === figure.claim)?.claim : undefined;
    if (!figure || !claim || !salesMeasure('sales', claim)) return false;
    const fronted = !this.phrases.slice(0, index).some((before) => before.type === 'vg' && before.form === 'finite');
    const owner = phrase.possessor ? this.argument(phrase.possessor, 'possessor') : fronted ? this.mainSubject(index, 'fronted-participle') : null;
    // `had sales of $3 billion`: the verb's subject owns them, and the verb reads them.
    if (!owner) return true;
    const head = this.units[phrase.head] as Unit;
    const dates = this.nounDates(phrase, index);
    // `2012 sales`: a year just before the noun is its own.
    const year = this.phrases[index - 1];
    const yearUnit = year?.type === 'date' ? (this.units[year.first] as Unit) : undefined;
    if (dates.length === 0 && yearUnit?.claim) {
      dates.push({ claim: yearUnit.claim });
      this.takenDates.add(year?.first as number);
    }
    this.frames.push({
      ...this.bare('size', 'have sales', [head.start, head.end], index, index + 2, index, 'noun'),
      agent: owner,
      patient: figure,
      dates,
      figures: [claim],
      measure: 'revenue',
    });
    return true;
  }

  /** `the Library of Celsus, whose 20,000 scrolls made it …`: the noun phrase a `whose` before the phrase at `index` hangs on. */
  private whoseOwner(index: number): FrameArgument | null {
    const whose = this.phrases[index - 1];
    if (whose?.type !== 'rel' || (this.units[whose.first] as Unit).lower !== 'whose') return null;
    const owner = this.phrases[isPunct(this.phrases[index - 2], ',', this.units) ? index - 3 : index - 2];
    return owner?.type === 'np' && owner.form !== 'pronoun' ? this.argument(owner, 'relative') : null;
  }

  /**
   * `a congressional district with 400,000 residents`, `2 anti-aircraft units
   * with 60 launch pads`: a count after a noun phrase's `with` is what it
   * has. Not after a verb's object (`replaced the board with 20 new
   * members`), nor after a comma (`lasted twelve minutes, with 60 tons of
   * munitions dropped`).
   */
  private readWithCount(phrase: NounPhrase, index: number): boolean {
    const head = this.units[phrase.head] as Unit;
    const claim = head.claim;
    const with_ = this.phrases[index - 1];
    const owner = this.phrases[index - 2];
    if (head.kind !== 'figure' || claim?.kind !== 'quantity' || !claim.value.noun || owner?.type !== 'np' || owner.form === 'pronoun') return false;
    if (with_?.type !== 'prep' || (this.units[with_.first] as Unit).lower !== 'with') return false;
    const governor = this.phrases[index - 3];
    if (governor?.type === 'vg' && !governor.copula) return false;
    if (governor?.type === 'prep') return false;
    this.frames.push({
      ...this.bare('size', `with ${claim.value.noun}`, [head.start, head.end], index, index, index, 'noun'),
      agent: this.argument(owner, 'subject'),
      patient: this.argument(phrase, 'object'),
      figures: [claim],
      measure: claim.value.noun,
    });
    return true;
  }

  /** `The first director of the office was Marek Nowicki`: a role as the subject, its holder as the complement. */
  private readInvertedRole(group: VerbGroup, index: number, complement: NounPhrase): boolean {
    let at = index - 1;
    while (at >= 0 && !(this.phrases[at] as Phrase).type.startsWith('np')) at--;
    // Back over `of Y` to the role noun phrase.
    if (at >= 2 && this.phrases[at - 1]?.type === 'prep' && (this.units[(this.phrases[at - 1] as Phrase).first] as Unit).lower === 'of' && this.phrases[at - 2]?.type === 'np') at -= 2;
    const subject = this.phrases[at];
    if (subject?.type !== 'np') return false;
    const role = this.roleOfPhrase(subject);
    // `The Quell's first drummer was Tom Ayles`, `The club's founder was X`: a deed's noun, read the same way.
    const type = role ? 'office' : subject.form === 'nominal' ? agentNouns.get((this.units[subject.head] as Unit).lemma) : undefined;
    if (!type) return false;
    // `The orchestra's music director is X`, `Its first president was Y`: the possessor is the body.
    // `his first commander was X`: a person's possessive names who is led, not a body.
    const body = this.ofPhraseAfter(at) ?? this.bodyOwner(subject);
    if (!role && !body) return false;
    const [from, to] = this.clauseOf(index);
    const frame = this.bare(type, `be ${role ?? (this.units[subject.head] as Unit).lemma}`, [(this.units[subject.first] as Unit).start, (this.units[subject.last] as Unit).end], from, to, index, 'copula');
    // `The first bishop of the diocese (1958 - 1979) was X`: a bracket of one date right before the verb is the term.
    const open = isPunct(this.phrases[index - 1], ')', this.units) ? this.openingBracket(index - 1) : -1;
    const term = open > at && this.onlyDateInBracket(open) ? (this.units[(this.phrases[index - 2] as Phrase).first] as Unit).claim : undefined;
    this.frames.push({
      ...frame,
      ...(term?.kind === 'date' && frame.dates.length === 0 ? { dates: [{ claim: term }] } : {}),
      agent: this.argument(complement, 'object'),
      patient: body,
      role: normalRole(role),
      aspect: eventType(type).stateful ? 'state' : null,
      negated: group.negated,
    });
    return true;
  }

  // ── event nouns ─────────────────────────────────────────────────────────

  /** `the founding of X by Y in D`, `X's death in D`, `his appointment as manager`. */
  private readNoun(phrase: NounPhrase, index: number): void {
    // `Since its opening night in September 1901`, `the launch ceremony`: an occasion after an event noun is that event's.
    const modifier = phrase.head > phrase.first ? (this.units[phrase.head - 1] as Unit) : undefined;
    const occasion = occasionNouns.has((this.units[phrase.head] as Unit).lemma) && modifier?.kind === 'word' && eventNoun(modifier.lemma).length > 0;
    const head = occasion && modifier ? modifier : (this.units[phrase.head] as Unit);
    // `the Battle of Korvel` as a name claim: its first word says what kind of event it names.
    const named = head.kind === 'name' && head.claim !== undefined && eventNoun(head.text.split(/\s/)[0]?.toLowerCase() ?? '')[0] === 'occurrence';
    if (!named && (head.kind !== 'word' || (head.pos !== 'NOUN' && head.pos !== 'VERB' && head.pos !== 'PROPN'))) return;
    let type = named ? 'occurrence' : eventNoun(head.lemma)[0];
    if (!type) return;
    // `a heart attack`, `a panic attack`: an illness, not an event of the registry.
    if (illnessModifiers.has((this.units[phrase.head - 1] as Unit | undefined)?.lower ?? '')) return;
    if (type === 'occurrence') {
      this.readOccurrenceNoun(phrase, index, head);
      return;
    }
    // `2006 sales of US$5.3 billion`, `its sales were $2 million`: sales counted in money are takings, not a sale.
    if (type === 'acquisition' && head.lower === 'sales' && this.readTakings(phrase, index)) return;
    // `the death of Fulham's favourite son, former captain Johnny Haynes,`: the name apposed to the `of` object.
    const apposed = this.ofPhraseAfter(index) ? this.namedObject(index + 2, 'of-phrase') : null;
    // `a 5-year term of office`: a post after `of` says what the noun is a term of, no one's.
    const ofPost = this.ofPhraseAfter(index);
    const ofPhrase = apposed ?? (ofPost?.head !== undefined && postNouns.has(ofPost.head) ? undefined : ofPost);
    const ofOwner = apposed ?? (ofPhrase ? this.withConjuncts(index + 2, ofPhrase) : null);
    const possessor = phrase.possessor ? this.argument(phrase.possessor, 'possessor') : null;
    // `Delmont's acquisition of the Merchants' Bank`, `Napoleon's invasion of Russia`: with both, the possessor does it
    // and the `of` phrase undergoes it.
    const both = possessor !== null && ofPhrase !== undefined && eventType(type).nounOwner === 'patient';
    const owner = both ? ofOwner : (possessor ?? ofOwner);
    // `the album's release in October 1998`: a noun of two types is a work's publication when a work owns it.
    if (eventNoun(head.lemma).length > 1 && eventNoun(head.lemma).includes('publication') && this.namesWork(owner)) type = 'publication';
    // `from its founding in 1891 to the present day`, `From its founding in 1949 until the 1980s`: a once-only event's
    // noun opens the range it stands in (`his death in 1822–23` is one uncertain date, not a span).
    const own = this.nounDates(phrase, index, type === 'merger').map((date) =>
      !eventType(type as EventTypeId).stateful && !date.part && date.claim.kind === 'date' && date.claim.value.granularity === 'range' && (date.claim.value.to?.timex === 'PRESENT_REF' || spanWords.test(date.claim.text)) ? { ...date, part: 'from' as const } : date,
    );
    const dates = own.length > 0 ? own : this.consequenceDates(index);
    // `its ideological foundation`, `a technical term`: a noun with another common sense names an event only with its `of` or its date.
    // `publications like Payam-e-Zan`, `his many releases`: undated and plural, a noun of publishing names the works.
    if (type === 'publication' && head.lower !== head.lemma && head.lower.endsWith('s') && dates.length === 0) return;
    // A work that owns it says the sense too: `The film's release was held up`.
    if (weakEventNouns.has(head.lemma) && !ofPhrase && dates.length === 0 && !(type === 'publication' && possessor !== null && this.namesWork(possessor))) return;
    const definition = eventType(type);
    let agent = this.byPhraseAfter(index) ?? (both ? possessor : null);
    let patient: FrameArgument | null = null;
    let figures: Claim[] = [];
    if (type === 'death' && owner?.form === 'figure') {
      // `the deaths of 18 people`: a count of the dead, not someone's death.
      type = 'casualties';
      patient = owner;
      figures = this.claimOf(owner);
      agent = agent ?? this.causingEvent(index) ?? null;
    } else if (definition.nounOwner === 'agent') {
      // `his presidency` names its holder; `the group's leadership` the body led, and the holder is the row's subject.
      // `Varga's election as mayor`: only a holder is elected or appointed as a role.
      if (type === 'office' && owner && !personLike(owner, this.units) && this.roleAfterAs(index) === null) {
        patient = owner;
        agent = this.context.implicitSubject ?? agent;
      } else agent = owner ?? agent ?? (type === 'office' ? this.bracketedHolder(index) : null);
    } else patient = owner;
    if (!patient && !agent && this.bareOwnEvent(phrase, type)) patient = { text: this.argument(phrase, 'subject').text, form: 'subject', strategy: 'bare-event' };
    // `Varga's election as mayor of Pécs`: the body is the role's `of` phrase.
    if (type === 'office' && !patient && this.roleAfterAs(index) !== null) patient = this.ofPhraseAfter(index + 2) ?? null;
    // `an air raid on Iranian positions`, `attacks against civilians`: the target.
    if (type === 'attack' && !patient) patient = this.phraseAfter(index, 'on') ?? this.phraseAfter(index, 'against') ?? this.modifyingTarget(phrase) ?? null;
    // `the bank's merger with Tyne Mutual`: the other party.
    if (type === 'merger' && !patient) patient = this.phraseAfter(index, 'with');
    // `Cook's 1965 wedding to Wendy Snowden`, `her divorce from X`: the partner.
    if (type === 'marriage' && !patient) patient = this.phraseAfter(index, 'to') ?? this.phraseAfter(index, 'with') ?? null;
    if (type === 'divorce' && !patient) patient = this.phraseAfter(index, 'from') ?? null;
    // `Its withdrawal from the Northern Labour International`, `its affiliation to the International`: the body.
    if (type === 'membership' && !patient) patient = this.phraseAfter(index, nounAspect(head.lemma, eventType(type)) === 'end' ? 'from' : 'to') ?? null;
    const [from, to] = [index, this.nounEnd(index)];
    const frame: Frame = {
      type,
      predicate: head.lemma,
      trigger: [head.start, head.end],
      span: this.spanOf(from, to),
      voice: 'noun',
      agent: agent ?? null,
      patient,
      dates,
      figures,
      // `his death in Paris`: a place phrase of the noun's own; `Helsinki, the city of her birth`: the place it is apposed to.
      place: this.nounPlace(from, to) ?? this.apposedPlaceOf(from),
      // `Clay's retirement as editor in 1898`: the post retired from.
      role: type === 'office' ? normalRole(this.roleAfterAs(index) ?? this.roleOfNoun(head.lemma)) : type === 'retirement' ? normalRole(this.roleAfterAs(index)) : null,
      aspect: nounAspect(head.lemma, eventType(type)),
      negated: false,
      repeated: this.repeatedIn(from, to) || phraseHasRepeat(this.units, phrase),
      source: this.source(),
      ...this.eventName(phrase),
    };
    this.frames.push(frame);
    if (eventType(type).stateful) this.nounEnds.set(frame, to);
  }

  /**
   * `the attack, which resulted in the deaths of 18 people`, `the bombing
   * caused the deaths of 3`: the event the dead were counted in is the subject
   * of the verb that governs the noun, when that subject names an event.
   */
  private causingEvent(index: number): FrameArgument | undefined {
    const before = this.phrases[index - 1];
    const verbAt = before?.type === 'prep' && (this.units[before.first] as Unit).lower === 'in' ? index - 2 : index - 1;
    const verb = this.phrases[verbAt];
    if (verb?.type !== 'vg' || !causingVerbs.has(verb.lemma)) return undefined;
    // `The war is believed to have produced …`: an infinitive's subject is the one of the verb it hangs on.
    const cause = this.subjectOf(verbAt) ?? (verb.form === 'infinitive' && this.phrases[verbAt - 1]?.type === 'vg' ? this.subjectOf(verbAt - 1) : null);
    if (!cause || (cause.form !== 'name' && !eventNoun(cause.head ?? '').length)) return undefined;
    return cause;
  }

  /** `… until his death in 2021`, `… since the capture of X in 1999`: a bound given by a later event noun's date. */
  private boundsAfter(to: number): Frame['dates'] {
    const prep = this.phrases[to + 1];
    const noun = this.phrases[to + 2];
    if (prep?.type !== 'prep' && prep?.type !== 'sub') return [];
    const word = (this.units[prep.first] as Unit).lower;
    if (!['until', 'till', 'since'].includes(word) || noun?.type !== 'np') return [];
    const bounded = this.frames.find((frame) => frame.voice === 'noun' && frame.trigger[0] === (this.units[noun.head] as Unit).start);
    return (bounded?.dates ?? []).map((date) => ({ claim: date.claim, part: word === 'since' ? ('from' as const) : ('to' as const) }));
  }

  /**
   * `the Battle of Korvel in 1216`, `its second congress in 1983`, `the
   * sinking of the ferry on 14 March 1971`: a named, numbered or described
   * event and its date. An unnamed `the war` is too vague to be one event.
   */
  private readOccurrenceNoun(phrase: NounPhrase, index: number, head: Unit): void {
    const name = this.occurrenceName(phrase, index, head);
    if (!name) return;
    const dates = this.nounDates(phrase, index);
    // Without a date of its own the noun adds nothing a verb frame does not say (`The battle was fought …`).
    if (dates.length === 0) return;
    const setting = this.phrases[index - 1];
    if (setting?.type === 'prep' && ['at', 'during'].includes((this.units[setting.first] as Unit).lower)) {
      for (const date of dates) {
        const unit = this.units.findIndex((candidate) => candidate.claim?.id === date.claim.id);
        if (unit >= 0) this.settingDates.add(unit);
      }
    }
    const to = this.nounEnd(index);
    this.frames.push({
      type: 'occurrence',
      predicate: head.lemma,
      trigger: [head.start, head.end],
      span: this.spanOf(index, to),
      voice: 'noun',
      agent: null,
      patient: this.argument(phrase, 'subject'),
      dates,
      figures: [],
      place: null,
      role: null,
      aspect: 'point',
      negated: false,
      repeated: false,
      source: this.source(),
      name,
    });
  }

  private occurrenceName(phrase: NounPhrase, index: number, head: Unit): string | undefined {
    if (phrase.form === 'name' || head.kind === 'name') return this.phraseWords(phrase);
    const ordinal = this.units.slice(phrase.first, phrase.head).some((unit) => ordinalWords.has(unit.lower) || /^\d+(?:st|nd|rd|th)$/.test(unit.lower));
    if (ordinal) return this.phraseWords(phrase);
    const of = this.ofPhraseAfter(index);
    const ofPhrase = this.phrases[index + 2];
    if (of && ofPhrase?.type === 'np') return `${head.lemma} of ${(this.units[ofPhrase.head] as Unit).lemma}`;
    return this.eventName(phrase).name;
  }

  /** A noun phrase's words without its determiner or possessor: `second congress`, `Battle of Korvel`. */
  private phraseWords(phrase: NounPhrase): string {
    let first = phrase.possessor ? phrase.possessor.last + 1 : phrase.first;
    while (first < phrase.last && ((this.units[first] as Unit).pos === 'DET' || (this.units[first] as Unit).lower === "'s")) first++;
    return this.parsed.input.plain.slice((this.units[first] as Unit).start, (this.units[phrase.last] as Unit).end);
  }

  /** `Marek Nowicki, appointed on 2 May 2001 (term 15 May 2001 – 14 May 2007)`: the person a bracketed term belongs to. */
  private bracketedHolder(index: number): FrameArgument | null {
    if (!isPunct(this.phrases[index - 1], '(', this.units)) return null;
    for (let at = index - 2; at >= 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'np' && phrase.form === 'name' && (this.units[phrase.head] as Unit).claim?.kind === 'person') return this.argument(phrase, 'parenthesis');
    }
    return null;
  }

  private claimOf(argument: FrameArgument): Claim[] {
    const unit = this.units.find((candidate) => candidate.claim?.id === argument.claim);
    return unit?.claim ? [unit.claim] : [];
  }

  // ── roles without a verb ────────────────────────────────────────────────

  /**
   * `Bell, president of the Society from 1899 to 1903, …` (apposition) and
   * `- X (Alias): leader of the group since 1999` (a list row's first phrase):
   * a role noun said of a name is an office it holds.
   */
  private readAppositiveRole(phrase: NounPhrase, index: number): void {
    if (this.readHolderAfter(phrase, index)) return;
    const role = this.roleOfPhrase(phrase);
    // `Nandalal Bose, a key member of the Bengal School of Art`, `Luise Rainer, recipient of the best actress Oscar`: a membership or a deed, said the same way.
    const deed = phrase.form === 'nominal' && this.ofPhraseAfter(index) !== undefined ? agentNouns.get((this.units[phrase.head] as Unit).lemma) : undefined;
    if (role && this.readActingAs(phrase, index, role)) return;
    // `Kaunda, still the ANC's Secretary General,`: a body that owns the role by name is the role's body.
    const body = phrase.possessor?.form === 'name' && role ? this.argument(phrase.possessor, 'possessor') : null;
    if ((!role && !deed) || (phrase.possessor && !body)) return;
    let holder: FrameArgument | null = null;
    // `X, the publisher and treasurer of Y`: the second of coordinated roles is apposed to the same name.
    const coordinated = this.phrases[index - 1]?.type === 'conj' && this.phrases[index - 2]?.type === 'np' && this.roleOfPhrase(this.phrases[index - 2] as NounPhrase) !== null ? index - 2 : index;
    // `Beatty, then commander-in-chief of the Grand Fleet,`: an adverb says the role is held when the clause happens.
    const adverb = this.phrases[coordinated - 1];
    const heldNow = adverb?.type === 'other' && adverb.first === adverb.last && heldNowAdverbs.has((this.units[adverb.first] as Unit).lower);
    const first = heldNow ? coordinated - 1 : coordinated;
    const before = this.phrases[first - 1];
    const name = this.phrases[first - 2];
    // A deed's doer may be a name the name reader left untyped (`Luise Rainer, recipient of …`), never a place.
    const untypedDoer = deed !== undefined && !role && name?.type === 'np' && (this.units[name.head] as Unit).claim === undefined && (this.units[name.head] as Unit).pos === 'PROPN';
    if (isPunct(before, ',', this.units) && name?.type === 'np' && name.form === 'name' && ((this.units[name.head] as Unit).claim?.kind === 'person' || untypedDoer)) {
      holder = this.argument(name, 'apposition');
    } else if (this.context.implicitSubject && this.rowOpener(index)) {
      holder = this.context.implicitSubject;
    } else if (this.frontedAs(first)) {
      // `In 1992, as a member of the Uzbekistan team, Serper won …`: a fronted `as` role is the main subject's.
      holder = this.mainSubject(index, 'apposition');
    }
    if (!holder) return;
    let to = index;
    while (to + 1 < this.phrases.length) {
      const next = this.phrases[to + 1] as Phrase;
      if (next.type === 'vg' || next.type === 'rel' || next.type === 'conj' || isPunct(next, ',', this.units) || isPunct(next, ';', this.units) || isPunct(next, ')', this.units)) break;
      to++;
    }
    // `targeting Morris Dees, an undisclosed federal judge in Illinois, a black radio show host in Missouri, …`: a
    // series of noun phrases, not a name and its apposition.
    const next = this.phrases[to + 2];
    const listed = next?.type === 'np' && (this.units[next.first] as Unit).pos === 'DET' && (isPunct(this.phrases[to + 3], ',', this.units) || this.phrases[to + 3]?.type === 'conj' || this.phrases[to + 3]?.type === 'prep');
    if (holder.strategy === 'apposition' && isPunct(this.phrases[to + 1], ',', this.units) && listed) return;
    const type = role ? 'office' : (deed as EventTypeId);
    // A role held now is dated by the clause the name is the subject of: `In June 1959 Kaunda, still …, was sentenced`.
    let mainVerb = to + 1;
    while (mainVerb < this.phrases.length && this.phrases[mainVerb]?.type !== 'vg') mainVerb++;
    const [clauseFrom, clauseTo] = heldNow && mainVerb < this.phrases.length ? [this.clauseOf(mainVerb)[0], this.clauseOf(mainVerb)[1]] : [index, to];
    this.frames.push({
      type,
      predicate: `be ${role ?? (this.units[phrase.head] as Unit).lemma}`,
      trigger: [(this.units[phrase.first] as Unit).start, (this.units[phrase.last] as Unit).end],
      span: this.spanOf(heldNow && holder.strategy === 'apposition' ? first : index, to),
      voice: 'copula',
      agent: holder,
      // `the publisher and treasurer of the Boston Herald`: coordinated roles share the last one's `of` phrase.
      patient: this.ofPhraseAfter(index) ?? (this.phrases[index + 1]?.type === 'conj' && this.phrases[index + 2]?.type === 'np' ? this.ofPhraseAfter(index + 2) : undefined) ?? body ?? (role ? this.bodyNamedBefore(phrase) : null),
      dates: heldNow ? this.heldNowDates(clauseFrom, clauseTo, index, first - 2) : this.datesIn(index, to, index),
      figures: [],
      place: null,
      role: normalRole(role),
      aspect: eventType(type).stateful ? 'state' : null,
      negated: false,
      repeated: this.repeatedIn(index, to),
      source: this.source(),
    });
  }

  /**
   * The dates of a clause a role held then is apposed in: its own, or those
   * of a `when` clause the sentence opens with (`When the court decided in
   * 1995 that …, Stoiber, then Bavaria's interior minister, said …`).
   */
  private heldNowDates(from: number, to: number, index: number, name: number): Frame['dates'] {
    const own = this.datesIn(from, to, index);
    const opener = this.phrases[0];
    if (own.length > 0 || opener?.type !== 'sub' || (this.units[opener.first] as Unit).lower !== 'when' || name < 2) return own;
    return this.datesIn(1, name - 1, 1);
  }

  /**
   * `presiding over the ceremony as the Center's president`, `unveiled the
   * memorial as president of the Center`: a role after `as` on a verb that is
   * no office of its own says its subject held the role when the verb
   * happened. The verbs that make an office of `as` (`served as`, `was
   * elected as`) have read it already.
   */
  private readActingAs(phrase: NounPhrase, index: number, role: string): boolean {
    const as = this.phrases[index - 1];
    if (as?.type !== 'prep' || (this.units[as.first] as Unit).lower !== 'as' || this.frontedAs(index)) return false;
    let verb = index - 2;
    while (verb >= 0 && this.phrases[verb]?.type !== 'vg') {
      const between = this.phrases[verb] as Phrase;
      if (between.type === 'rel' || between.type === 'sub' || between.type === 'conj' || isPunct(between, ',', this.units) || isPunct(between, ';', this.units)) return false;
      verb--;
    }
    const group = this.phrases[verb];
    if (group?.type !== 'vg' || group.copula) return false;
    // `appeared as a guest judge`, `had a cameo in the film as a judge`: a part played, no office.
    const performed = performingVerbs.has(group.lemma) || this.phrases.slice(verb + 1, index - 1).some((between) => between.type === 'np' && performanceNouns.has((this.units[between.head] as Unit).lemma));
    if (performed) return true;
    const [groupStart, groupEnd] = [(this.units[group.first] as Unit).start, (this.units[group.last] as Unit).end];
    const own = this.frames.filter((frame) => frame.trigger[0] >= groupStart && frame.trigger[0] < groupEnd);
    const possessor = phrase.possessor;
    const bodyPronoun = possessor?.form === 'pronoun' && ['its', 'their'].includes((this.units[possessor.head] as Unit).lower);
    const body = this.ofPhraseAfter(index) ?? (possessor && (possessor.form === 'name' || bodyPronoun) ? this.argument(possessor, 'possessor') : null);
    // `presided over the ceremony as the Center's president`: the office the verb holds is the one `as` names.
    const office = own.find((frame) => frame.type === 'office');
    if (office) {
      office.role = normalRole(role);
      if (body) office.patient = body;
      return true;
    }
    if (own.some((frame) => !actingTypes.has(frame.type))) return true;
    const holder = own.find((frame) => frame.agent !== null)?.agent ?? (group.voice === 'active' ? this.subjectOf(verb) : this.byAgent(verb));
    if (!holder || holder.form === 'figure') return true;
    const [from, to] = this.clauseOf(verb);
    this.frames.push({
      ...this.bare('office', `as ${role}`, [(this.units[phrase.first] as Unit).start, (this.units[phrase.last] as Unit).end], from, Math.max(to, index), verb, 'copula'),
      agent: holder,
      patient: body,
      role: normalRole(role),
      aspect: 'state',
      negated: group.negated,
    });
    return true;
  }

  /** Whether the phrase at `index` follows an `as` that opens the sentence or a part set off by a comma: `As chairman of X, …`. */
  private frontedAs(index: number): boolean {
    const as = this.phrases[index - 1];
    if (as?.type !== 'prep' || (this.units[as.first] as Unit).lower !== 'as') return false;
    return index === 1 || isPunct(this.phrases[index - 2], ',', this.units);
  }

  /**
   * `the Manhattan-born Parker`, `Vienna-born composer Anton Brenner`: a
   * place joined to `born` before a person's name is where the person was born.
   */
  private readPlaceBorn(): void {
    this.units.forEach((unit, at) => {
      const [dash, born] = [this.units[at + 1], this.units[at + 2]];
      if (unit.claim?.kind !== 'place' || dash?.text !== '-' || born?.lower !== 'born' || dash.start !== unit.end || born.start !== dash.end) return;
      // The person named right after, past title words: `Parker`, `composer Anton Brenner`.
      const named = this.units.slice(at + 3, at + 6).findIndex((candidate) => candidate.claim?.kind === 'person');
      if (named < 0 || this.units.slice(at + 3, at + 3 + named).some((between) => between.kind !== 'word' || between.pos !== 'NOUN')) return;
      const [first, person] = [this.units[at + 3] as Unit, this.units[at + 3 + named] as Unit];
      const argument: FrameArgument = { start: first.start, end: person.end, text: this.parsed.input.plain.slice(first.start, person.end), claim: (person.claim as Claim).id, form: 'name', strategy: 'title' };
      const index = this.parsed.phraseOf[at] ?? 0;
      this.frames.push({ ...this.bare('birth', 'place-born', [unit.start, born.end], index, index, index, 'noun'), patient: argument, dates: [], place: unit.claim });
    });
  }

  /**
   * `his wife Ethel`, `her husband, the Dauphin Louis`: a partner noun with an
   * owner, before the partner's name or apposed to it, says the two are
   * married — a state, not the wedding, held when the sentence's fronted date
   * says (`In 1938 … his wife, the editor Helen van Dongen`).
   */
  private readNamedPartner(phrase: NounPhrase, index: number): void {
    if (!phrase.possessor) return;
    let noun = -1;
    for (let at = phrase.first; at <= phrase.last; at++) if ((this.units[at] as Unit).pos === 'NOUN' && partnerNoun((this.units[at] as Unit).lemma)) noun = at;
    if (noun < 0) return;
    let partner: FrameArgument | null = null;
    let to = index;
    if (phrase.form === 'name' && noun < phrase.last) {
      const [first, last] = [this.units[noun + 1] as Unit, this.units[phrase.last] as Unit];
      const claim = (this.units[phrase.head] as Unit).claim;
      if (claim?.kind !== 'person') return;
      partner = { start: first.start, end: last.end, text: this.parsed.input.plain.slice(first.start, last.end), claim: claim.id, form: 'name', strategy: 'apposition' };
    } else if (phrase.form === 'nominal' && noun === phrase.head && isPunct(this.phrases[index + 1], ',', this.units)) {
      const name = this.phrases[index + 2];
      if (name?.type !== 'np' || name.form !== 'name' || (this.units[name.head] as Unit).claim?.kind !== 'person') return;
      partner = this.argument(name, 'apposition');
      to = index + 2;
    }
    if (!partner) return;
    const type = partnerNoun((this.units[noun] as Unit).lemma) as EventTypeId;
    const unit = this.units[noun] as Unit;
    this.frames.push({
      ...this.bare(type, `be ${unit.lemma}`, [unit.start, unit.end], index, to, index, 'copula'),
      agent: this.argument(phrase.possessor, 'possessor'),
      patient: partner,
      dates: this.frontedDates.map((at) => ({ claim: (this.units[at] as Unit).claim as Claim })),
      aspect: 'state',
    });
  }

  /**
   * `Alice Skinner Ochs, Ochs's wife since 1960, …`: a partner noun with an
   * owner, apposed to a person's name and dated, tells when the two married.
   * Undated, it tells nothing a rule could compare.
   */
  private readAppositivePartner(phrase: NounPhrase, index: number): void {
    const type = phrase.form === 'nominal' && phrase.possessor ? partnerNoun((this.units[phrase.head] as Unit).lemma) : undefined;
    const name = this.phrases[index - 2];
    if (!type || !phrase.possessor || !isPunct(this.phrases[index - 1], ',', this.units) || name?.type !== 'np' || name.form !== 'name' || (this.units[name.head] as Unit).claim?.kind !== 'person') return;
    let to = index;
    while (to + 1 < this.phrases.length && !(isPunct(this.phrases[to + 1], ',', this.units) || this.phrases[to + 1]?.type === 'vg' || this.phrases[to + 1]?.type === 'rel')) to++;
    const dates = this.datesIn(index, to, index);
    if (dates.length === 0) return;
    this.frames.push({
      ...this.bare(type, `be ${(this.units[phrase.head] as Unit).lemma}`, [(this.units[phrase.first] as Unit).start, (this.units[phrase.last] as Unit).end], index, to, index, 'copula'),
      agent: this.argument(phrase.possessor, 'possessor'),
      patient: this.argument(name, 'apposition'),
      dates,
    });
  }

  /**
   * `his native Samara`, `her native town of Turku`: a place its owner has by
   * an event the registry names (`native`: born there) states that event of
   * the owner, at that place, undated.
   */
  private readOwnedPlace(phrase: NounPhrase, index: number): void {
    if (!phrase.possessor) return;
    let type: EventTypeId | undefined;
    let adjective = phrase.possessor.last + 1;
    for (; adjective < phrase.head && !type; adjective++) type = placeAdjective((this.units[adjective] as Unit).lower);
    if (!type) return;
    const own = (this.units[phrase.head] as Unit).claim;
    // `her native town of Turku`: the place is the `of` phrase's.
    const ofPlace = this.phrases[index + 1]?.type === 'prep' && (this.units[(this.phrases[index + 1] as Phrase).first] as Unit).lower === 'of' && this.phrases[index + 2]?.type === 'np' ? (this.units[(this.phrases[index + 2] as NounPhrase).head] as Unit).claim : undefined;
    const place = own?.kind === 'place' ? own : ofPlace?.kind === 'place' ? ofPlace : null;
    if (!place) return;
    const to = place === own ? index : index + 2;
    this.frames.push({
      ...this.bare(type, `be ${(this.units[adjective - 1] as Unit).lower}`, [(this.units[phrase.first] as Unit).start, (this.units[(this.phrases[to] as Phrase).last] as Unit).end], index, to, index, 'noun'),
      patient: this.argument(phrase.possessor, 'possessor'),
      dates: [],
      place,
    });
  }

  /**
   * `A native of Kostel, she …`, `Velikova, a native of Kostel, …`, `She was a
   * native of Kostel`: a place adjective the registry knows used as a noun
   * (`native`: born there), with the place in its `of` phrase, states that
   * event of the one it is said of, at that place, undated.
   */
  private readNativeOf(phrase: Phrase, index: number): void {
    // The tagger reads `native` as an adjective, so `A native` may come as no noun phrase.
    const head = this.units[phrase.last] as Unit;
    const article = this.units[phrase.first] as Unit;
    const type = phrase.last === phrase.first + 1 && ['a', 'an'].includes(article.lower) ? placeAdjective(head.lower) : undefined;
    const of = this.phrases[index + 1];
    const object = this.phrases[index + 2];
    if (!type || of?.type !== 'prep' || (this.units[of.first] as Unit).lower !== 'of' || object?.type !== 'np') return;
    const place = (this.units[object.head] as Unit).claim;
    if (place?.kind !== 'place') return;
    const before = this.phrases[index - 1];
    const name = this.phrases[index - 2];
    let holder: FrameArgument | null = null;
    let voice: Frame['voice'] = 'noun';
    if (before?.type === 'vg' && before.copula) {
      holder = this.subjectOf(index - 1);
      voice = 'copula';
    } else if (isPunct(before, ',', this.units) && name?.type === 'np' && name.form === 'name' && (this.units[name.head] as Unit).claim?.kind === 'person') holder = this.argument(name, 'apposition');
    else if (index === 0 && isPunct(this.phrases[index + 3], ',', this.units)) holder = this.mainSubject(index + 3, 'apposition');
    if (!holder) return;
    this.frames.push({
      ...this.bare(type, `be ${head.lower}`, [(this.units[phrase.first] as Unit).start, (this.units[object.last] as Unit).end], index, index + 2, index, voice),
      patient: holder,
      dates: [],
      place,
    });
  }

  /**
   * `Lydgate, the town of his birth`, `Selce, the village of her death`: a
   * place noun apposed to a place's name, whose `of` phrase is an owned event
   * noun, places that event of its owner there, undated.
   */
  private readPlaceOfEvent(phrase: NounPhrase, index: number): void {
    const name = this.phrases[index - 2];
    const event = this.phrases[index + 2];
    if (phrase.form !== 'nominal' || !placeNouns.has((this.units[phrase.head] as Unit).lemma) || !isPunct(this.phrases[index - 1], ',', this.units)) return;
    if (name?.type !== 'np' || this.phrases[index + 1]?.type !== 'prep' || (this.units[(this.phrases[index + 1] as Phrase).first] as Unit).lower !== 'of' || event?.type !== 'np' || !event.possessor) return;
    const place = (this.units[name.head] as Unit).claim;
    const type = eventNoun((this.units[event.head] as Unit).lemma).find((candidate) => eventType(candidate).once !== 'no');
    if (place?.kind !== 'place' || !type) return;
    this.frames.push({
      ...this.bare(type, (this.units[event.head] as Unit).lemma, [(this.units[phrase.first] as Unit).start, (this.units[event.last] as Unit).end], index - 2, index + 2, index, 'noun'),
      patient: this.argument(event.possessor, 'possessor'),
      dates: [],
      place,
    });
  }

  /**
   * `Its commander, Jan Brask, was killed`, `The bank's founder, Josiah
   * Delmont, died`: a role or deed noun of a body, then a person's name set
   * off by a comma, says the person holds the role (did the deed) of that body.
   */
  private readHolderAfter(phrase: NounPhrase, index: number): boolean {
    // `The U.S. Ambassador to France, Robert R. Livingston,`: a capitalised title is a role noun all the same.
    const titled = phrase.form === 'name' && (this.units[phrase.head] as Unit).kind === 'word' && this.roleOfPhrase(phrase) !== null;
    if (phrase.form !== 'nominal' && !titled) return false;
    // Past a place the title names: `Ambassador to France`, `Minister of Finance`.
    let end = index;
    while (this.phrases[end + 1]?.type === 'prep' && this.phrases[end + 2]?.type === 'np' && (this.phrases[end + 2] as NounPhrase).form === 'name') end += 2;
    if (!isPunct(this.phrases[end + 1], ',', this.units)) return false;
    const name = this.phrases[end + 2];
    // A person's name, or a proper name no extractor placed (`Jan Brask`), not a place's or a body's.
    const kind = name?.type === 'np' ? ((this.units[name.head] as Unit).claim?.kind ?? 'person') : undefined;
    if (name?.type !== 'np' || name.form !== 'name' || kind !== 'person') return false;
    const after = this.phrases[end + 3];
    if (after !== undefined && !isPunct(after, ',', this.units) && !isPunct(after, '.', this.units) && after.type !== 'vg') return false;
    const role = this.roleOfPhrase(phrase);
    const type = role ? 'office' : agentNouns.get((this.units[phrase.head] as Unit).lemma);
    const body = this.ofPhraseAfter(index) ?? this.bodyOwner(phrase);
    // `dedicated in 1937 by the vicar, Canon Elliston`: a definite office apposed to its holder is held when the clause
    // happens, body named or not — unless it is held at another time (`the former vicar`). A founder is one for good.
    const opener = (this.units[phrase.possessor ? phrase.possessor.last + 1 : phrase.first] as Unit).lower;
    const held = type === 'office' && (opener === 'the' || phrase.possessor !== undefined) && !this.units.slice(phrase.first, phrase.head + 1).some((unit) => otherTimeRoleWords.has(unit.lower));
    if (!type || (!body && !held)) return false;
    // `The U.S. Ambassador to France, Robert R. Livingston, introduced him … that year`: a title and holder that are
    // the subject are dated by their verb's clause.
    const verb = after?.type === 'vg' ? end + 3 : isPunct(after, ',', this.units) && this.phrases[end + 4]?.type === 'vg' && !this.phrases.slice(0, index).some((before) => before.type === 'vg' || before.type === 'rel' || before.type === 'sub') ? end + 4 : undefined;
    const [from, to] = !held ? [index, index] : verb !== undefined ? [this.clauseOf(index)[0], this.clauseOf(verb)[1]] : this.clauseOf(index);
    this.frames.push({
      ...this.bare(type, `be ${role ?? (this.units[phrase.head] as Unit).lemma}`, [(this.units[phrase.first] as Unit).start, (this.units[phrase.last] as Unit).end], index, end + 2, index, 'copula'),
      agent: this.argument(name, 'apposition'),
      patient: body ?? null,
      dates: held ? this.datesIn(from, to, index) : [],
      role: normalRole(role),
      aspect: eventType(type).stateful ? 'state' : null,
    });
    return true;
  }

  /**
   * `Queen Mary`, `Judge Davis`, `French president Mitterrand`, `King Ordoño
   * II of León`: a title of office before a person's name says the person
   * holds it, at no date of its own.
   */
  private readTitleRole(phrase: NounPhrase, index: number): void {
    const head = this.units[phrase.head] as Unit;
    if (head.claim?.kind !== 'person') return;
    const honorific = head.claim.value.honorific?.replace(/\.$/, '');
    const before = this.units[phrase.head - 1];
    const titled = honorific ?? (phrase.head > phrase.first && before?.kind === 'word' ? before.lemma : undefined);
    const role = titled === undefined ? null : roleOfWords([titled]);
    // `Victoria Cross winner James Henry Finn`: a deed's noun before the name, what it was done to before it.
    const deed = role === null && honorific === undefined && titled !== undefined ? agentNouns.get(titled) : undefined;
    if (deed) {
      const patient = this.namesBefore(phrase, phrase.head - 1);
      if (patient) this.frames.push({ ...this.bare(deed, `title ${titled}`, [(this.units[phrase.first] as Unit).start, (this.units[phrase.last] as Unit).end], index, index, index, 'copula'), agent: this.argument(phrase, 'title'), patient, dates: [], aspect: eventType(deed).stateful ? 'state' : null });
      return;
    }
    if (role === null) {
      // `United States President Barack Obama`: an honorific of several words is read as a title inside the name.
      if ((honorific === undefined && titled === undefined) || (honorific !== undefined && /\s/u.test(honorific))) this.readTitleInName(phrase, index, head);
      return;
    }
    this.frames.push({
      ...this.bare('office', `title ${role}`, [(this.units[phrase.first] as Unit).start, (this.units[phrase.last] as Unit).end], index, index, index, 'copula'),
      agent: this.argument(phrase, 'title'),
      // `King Ordoño II of León`: a titled name that takes its `of` phrase in is of the body after the `of`.
      patient: this.ofPhraseAfter(index) ?? this.ofInsideName(phrase) ?? (honorific === undefined ? this.namesBefore(phrase, phrase.head - 1) : null),
      dates: [],
      role: normalRole(role),
      aspect: 'state',
    });
  }

  /**
   * `Afghan President Hamid Karzai` read as one name: the capitalised office
   * inside it is a title of the name after it, of the place or body named
   * before it (a demonym names none).
   */
  private readTitleInName(phrase: NounPhrase, index: number, head: Unit): void {
    const words = [...head.text.matchAll(/\S+/g)];
    // A full name after the office (`Martin Luther King Jr.` has none: `King` is his name).
    for (let at = 1; at < words.length - 2; at++) {
      const word = words[at] as RegExpMatchArray;
      // `British Prime Minister Tony Blair`: an office of two words is one title, opening at its first.
      const pair = words[at + 1] !== undefined && at + 1 < words.length - 2 && startsUpperCase((words[at + 1] as RegExpMatchArray)[0]) ? roleOfWords([word[0], (words[at + 1] as RegExpMatchArray)[0]]) : null;
      const twoWords = pair !== null && pair !== roleOfWords([(words[at + 1] as RegExpMatchArray)[0]]) && pair !== roleOfWords([word[0]]);
      const role = startsUpperCase(word[0]) ? (twoWords ? pair : roleOfWords([word[0]])) : null;
      if (role === null) continue;
      const nameStart = head.start + ((words[at + (twoWords ? 2 : 1)] as RegExpMatchArray).index ?? 0);
      const before = words.slice(0, at).map((match) => match[0]);
      const body = before.every((text) => demonyms.has(text)) ? null : before.join(' ');
      this.frames.push({
        ...this.bare('office', `title ${role}`, [head.start + (word.index ?? 0), head.start + (word.index ?? 0) + word[0].length], index, index, index, 'copula'),
        agent: { start: nameStart, end: head.end, text: this.parsed.input.plain.slice(nameStart, head.end), ...(head.claim ? { claim: head.claim.id } : {}), form: 'name', strategy: 'title' },
        patient: body === null ? null : { start: head.start, end: head.start + body.length, text: body, form: 'name', strategy: 'title' },
        dates: [],
        role: normalRole(role),
        aspect: 'state',
      });
      return;
    }
  }

  /**
   * `a United States Navy captain`, `a Labour Party councillor`: the names of
   * organisations that modify a role noun are its body (a place or a demonym
   * before it, `a Texas senator`, `a French minister`, says where, not of what).
   */
  private bodyNamedBefore(phrase: NounPhrase): FrameArgument | null {
    if (phrase.form !== 'nominal') return null;
    const body = this.namesBefore(phrase, phrase.head);
    const claim = body?.claim === undefined ? undefined : this.units.find((unit) => unit.claim?.id === body.claim)?.claim;
    return claim?.kind === 'organization' ? body : null;
  }

  /** The owner of a role phrase when it is a body: `the orchestra's`, `its`, not `his`. */
  private bodyOwner(phrase: NounPhrase): FrameArgument | null {
    if (!phrase.possessor) return null;
    const owner = this.argument(phrase.possessor, 'possessor');
    return personLike(owner, this.units) ? null : owner;
  }

  /** `Intifada leader Marwan Barghouti`: the proper names in a phrase before its unit `to`, what a title there is of (`Peruvian president` names no body). */
  private namesBefore(phrase: NounPhrase, to: number): FrameArgument | null {
    let first = phrase.first;
    while (first < to && (this.units[first] as Unit).pos === 'DET') first++;
    const owners = this.units.slice(first, to);
    if (owners.length === 0 || !owners.every((unit) => (unit.kind === 'name' || unit.pos === 'PROPN') && !demonyms.has(unit.text))) return null;
    const [start, end] = [(this.units[first] as Unit).start, (this.units[to - 1] as Unit).end];
    const claim = owners.length === 1 ? owners[0]?.claim : undefined;
    return { start, end, text: this.parsed.input.plain.slice(start, end), ...(claim ? { claim: claim.id } : {}), form: 'name', strategy: 'title' };
  }

  /** Whether the phrase at `index` opens a list row's text after its head (`X (Alias): leader …`). */
  private rowOpener(index: number): boolean {
    for (let at = index - 1; at >= 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (isPunct(phrase, ':', this.units) || isPunct(phrase, '–', this.units) || isPunct(phrase, '—', this.units)) return true;
      if (phrase.type === 'vg' || phrase.type === 'np' && at < index - 0 && !isPunct(this.phrases[at + 1], ':', this.units)) return false;
    }
    return false;
  }

  /** `the San Miguel del Ene attack`, `the 1986 Berlin bombing`: a proper name before the event noun names the event. */
  /**
   * `the 1983 Beirut barracks bombings`: a name and a common noun that modify
   * an attack noun are what was attacked. A place alone (`the Omagh bombing`)
   * says where, a common noun alone may say how (`the suicide bombing`, `an
   * air raid`).
   */
  private modifyingTarget(phrase: NounPhrase): FrameArgument | undefined {
    let first = phrase.first;
    while (first < phrase.head && ((this.units[first] as Unit).pos === 'DET' || (this.units[first] as Unit).kind === 'date' || (this.units[first] as Unit).pos === 'ADJ')) first++;
    const last = phrase.head - 1;
    const modifier = this.units[last];
    if (first >= last || (this.units[first] as Unit).kind !== 'name' || modifier?.kind !== 'word' || modifier.pos !== 'NOUN') return undefined;
    const start = (this.units[first] as Unit).start;
    return { start, end: modifier.end, text: this.parsed.input.plain.slice(start, modifier.end), form: 'nominal', head: modifier.lemma, strategy: 'object' };
  }

  private eventName(phrase: NounPhrase): { name?: string } {
    const named = this.units.slice(phrase.first, phrase.head).some((unit) => unit.kind === 'name' || unit.pos === 'PROPN');
    if (!named) return {};
    let first = phrase.first;
    while (first < phrase.head && (this.units[first] as Unit).pos === 'DET') first++;
    return { name: this.parsed.input.plain.slice((this.units[first] as Unit).start, (this.units[phrase.head] as Unit).end) };
  }

  private roleOfNoun(lemma: string): string | null {
    const map: Record<string, string> = { presidency: 'president', chairmanship: 'chairman', premiership: 'prime minister', captaincy: 'captain', leadership: 'leader', reign: 'monarch' };
    return map[lemma] ?? null;
  }

  /** The dates of an event noun: inside it (`the 1986 bombing`) or right after it (`his death in 1990`, `the capture on 3 May`). */
  private nounDates(phrase: NounPhrase, index: number, withPartner = false): Frame['dates'] {
    const dates: Frame['dates'] = phrase.dates.map((unit) => ({ claim: (this.units[unit] as Unit).claim as Claim }));
    for (const unit of phrase.dates) this.takenDates.add(unit);
    // `The Encyclopedia of the Cold War (2008)`: an event named inside a title; the date after it is the title's.
    const of = this.phrases[index - 1];
    const outer = this.phrases[index - 2];
    if (of?.type === 'prep' && (this.units[of.first] as Unit).lower === 'of' && outer?.type === 'np' && outer.form === 'name' && eventNoun((this.units[outer.head] as Unit).lemma).length === 0) return dates;
    let at = index + 1;
    // Skip `of X`, `by Y`, `as R` complements, and a merger's `with Z` (`its inception with an attack in 1965` dates the attack).
    while (at < this.phrases.length) {
      const phrase = this.phrases[at] as Phrase;
      const word = (this.units[phrase.first] as Unit).lower;
      // … and the possessive inside a name (`in the Battle of St. Matthew's Day in 1217`).
      if (phrase.type === 'prep' && (['of', 'by', 'as', 'to', 'from', 'at', 'in', 'on', "'s", '’s'].includes(word) || (withPartner && word === 'with')) && this.phrases[at + 1]?.type === 'np') {
        at += 2;
        continue;
      }
      // `his death during the 1582 Honnō-ji incident`: the year of the event it happened in.
      const during = this.phrases[at + 1];
      if (phrase.type === 'prep' && ['during', 'in', 'at'].includes(word) && during?.type === 'np' && during.dates.length > 0 && (this.units[during.head] as Unit).kind !== 'figure') {
        for (const unit of during.dates) {
          dates.push({ claim: (this.units[unit] as Unit).claim as Claim });
          this.takenDates.add(unit);
        }
        break;
      }
      if (phrase.type === 'prep' && ['in', 'on', 'at', 'around', 'c.', 'circa'].includes(word) && this.phrases[at + 1]?.type === 'date') {
        const unit = (this.phrases[at + 1] as Phrase).first;
        dates.push({ claim: (this.units[unit] as Unit).claim as Claim });
        this.takenDates.add(unit);
        break;
      }
      if (phrase.type === 'date') {
        dates.push({ claim: (this.units[phrase.first] as Unit).claim as Claim });
        this.takenDates.add(phrase.first);
      }
      if (phrase.type === 'punct' && ['(', ','].includes((this.units[phrase.first] as Unit).text) && this.phrases[at + 1]?.type === 'date' && !this.lifeAfterPerson(at)) {
        const unit = (this.phrases[at + 1] as Phrase).first;
        dates.push({ claim: (this.units[unit] as Unit).claim as Claim });
        this.takenDates.add(unit);
      }
      // `His wedding to Signe, celebrated in Grebbestad church in 1894`: a participle that says the event took place
      // dates it with its own date.
      const participle = this.phrases[at + 1];
      // … not when the noun is another's prepositional object (`an inquiry into the sinking of the ferry, held in 1972`).
      const governed = this.phrases[index - 1]?.type === 'prep' && this.phrases[index - 2]?.type === 'np';
      if (!governed && isPunct(phrase, ',', this.units) && participle?.type === 'vg' && participle.form === 'participle' && occurringVerbs.has(participle.lemma)) {
        at += 2;
        continue;
      }
      // `the capture of X, the founder of Y, on 12 September 1992`: past an apposition to the date after it.
      const closing = this.appositionEnd(at);
      if (closing !== undefined) {
        at = closing + 1;
        continue;
      }
      break;
    }
    return dates;
  }

  /**
   * `In October 1945, the resumption of football led to the appointment of
   * Matt Busby`, `1990 saw the founding of …`: an event noun that is what the
   * clause's verb brought about happened at the time the sentence opens with.
   */
  private consequenceDates(index: number): Frame['dates'] {
    const before = this.phrases[index - 1];
    const word = before ? (this.units[before.first] as Unit).lower : '';
    const group = before?.type === 'prep' ? this.phrases[index - 2] : before;
    if (group?.type !== 'vg' || group.copula || group.voice !== 'active') return [];
    const particle = consequenceVerbs.get(group.lemma);
    if (particle === undefined || (before?.type === 'prep' ? word !== particle : particle !== '')) return [];
    return this.frontedFor(index - 1, index - (before?.type === 'prep' ? 2 : 1));
  }

  /** The last phrase of an event noun's complements (`of X`, `by Y`, `in D`); temporal bounds (`until …`) are not complements. */
  /**
   * The closing comma of an apposition opening at `at` (`, the founder and
   * leader of the Shining Path,`), when a dated phrase follows it: only noun
   * phrases, `of` and `and` between the commas, never a verb.
   */
  private appositionEnd(at: number): number | undefined {
    if (!isPunct(this.phrases[at], ',', this.units) || this.phrases[at + 1]?.type !== 'np') return undefined;
    for (let next = at + 2; next < Math.min(this.phrases.length, at + 10); next++) {
      const phrase = this.phrases[next] as Phrase;
      if (isPunct(phrase, ',', this.units)) {
        // `…, in a car accident in October 2005`: past a prepositional phrase or two to the date.
        let after = next + 1;
        for (let pairs = 0; pairs < 2 && this.phrases[after]?.type === 'prep' && this.phrases[after + 1]?.type === 'np'; pairs++) after += 2;
        const dated = this.phrases[after]?.type === 'date' || (this.phrases[after]?.type === 'prep' && this.phrases[after + 1]?.type === 'date');
        return dated ? next : undefined;
      }
      const word = (this.units[phrase.first] as Unit).lower;
      if (phrase.type !== 'np' && !(phrase.type === 'prep' && word === 'of') && !(phrase.type === 'conj' && word === 'and')) return undefined;
    }
    return undefined;
  }

  private nounEnd(index: number): number {
    let at = index;
    while (at + 2 < this.phrases.length && this.phrases[at + 1]?.type === 'prep' && (this.phrases[at + 2]?.type === 'np' || this.phrases[at + 2]?.type === 'date')) {
      if (['until', 'till', 'since', 'after', 'before'].includes((this.units[(this.phrases[at + 1] as Phrase).first] as Unit).lower)) break;
      at += 2;
    }
    return at;
  }

  // ── parenthesised life spans ────────────────────────────────────────────

  /** `John Smith (1901–1980)`: a birth and a death of the name before the bracket. */
  private readParenthesisedLife(phrase: NounPhrase, index: number): void {
    if (this.readListRowTerm(phrase, index)) return;
    // `John Rushworth Jellicoe, 1st Earl Jellicoe, (5 December 1859 – …)`: a comma may close the title first.
    const open = isPunct(this.phrases[index + 1], ',', this.units) && isPunct(this.phrases[index + 2], '(', this.units) ? index + 2 : index + 1;
    if (!isPunct(this.phrases[open], '(', this.units)) return;
    const named = this.personBeforeTitle(index);
    if (named === undefined || this.namesake(named)) return;
    if (this.readMarkedLife(open, named)) return;
    const insideAt = this.lifeDateIn(open);
    if (insideAt === undefined) return;
    const inside = this.phrases[insideAt] as Phrase;
    const claim = (this.units[inside.first] as Unit).claim;
    if (claim?.kind !== 'date' || claim.value.granularity !== 'range' || !claim.value.from || !claim.value.to) return;
    // `the Division of Phillip (1949–1993)`, `named after Smith (1901–1980)`: the dates are the named thing's.
    const before = this.phrases[index - 1];
    if (before?.type === 'prep' && ['of', 'after', 'for'].includes((this.units[before.first] as Unit).lower)) return;
    // A life is some fifteen to a hundred and ten years; `Helena Charles (1951–1957)` in a list of leaders is a term,
    // and so is `Robert Ives (1974–1990)`: under a heading of an office, a bracketed span is the row's term.
    const years = yearSpan(claim);
    // A child's life is short, but written to the day (`January 26, 1925 – April 15, 1936`), as a term of office seldom is.
    const toTheDay = claim.value.from.granularity === 'day' && claim.value.to.granularity === 'day';
    if (years === null || (years < 15 && !toTheDay) || years > 110 || this.context.listRole) {
      if (this.context.listRole) this.readListTerm(phrase, index, claim, this.context.listRole);
      return;
    }
    const person = this.argument(this.phrases[named] as NounPhrase, 'parenthesis');
    for (const [type, part] of [['birth', 'from'], ['death', 'to']] as const) {
      this.pushBracketFrame(type, `(${part})`, [(this.units[inside.first] as Unit).start, (this.units[inside.last] as Unit).end], this.spanOf(named, insideAt + 1), person, [{ claim, part }]);
    }
  }

  /** A fact a bracket after a person's name states of them: a life's birth and death, `deceased`. */
  private pushBracketFrame(type: EventTypeId, predicate: string, trigger: [number, number], span: [number, number], person: FrameArgument, dates: Frame['dates']): void {
    this.frames.push({
      type,
      predicate,
      trigger,
      span,
      voice: 'structure',
      agent: null,
      patient: person,
      dates,
      figures: [],
      place: null,
      role: null,
      aspect: null,
      negated: false,
      repeated: false,
      source: this.source(),
    });
  }

  /**
   * `Rubén Valle Rojas ("Comrade Javier"; deceased)`: a word of the
   * registry's bracketed states as one part of a bracket after a person's
   * name states that event of the person, undated.
   */
  private readBracketedState(index: number): void {
    if (!isPunct(this.phrases[index + 1], '(', this.units)) return;
    const named = this.personBeforeTitle(index);
    if (named === undefined) return;
    if (this.readBracketedTenure(index, named)) return;
    for (let at = index + 2; at < this.phrases.length && !isPunct(this.phrases[at], ')', this.units); at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.first !== phrase.last) continue;
      const unit = this.units[phrase.first] as Unit;
      const type = bracketedStates.get(unit.lower);
      // One part of the bracket: between its opening, `;` or `,` and its closing, `;` or `,`.
      const alone = (neighbour: Phrase | undefined): boolean => neighbour !== undefined && neighbour.type === 'punct' && [';', ',', '(', ')'].includes((this.units[neighbour.first] as Unit).text);
      if (!type || !alone(this.phrases[at - 1]) || !alone(this.phrases[at + 1])) continue;
      this.pushBracketFrame(type, `(${unit.lower})`, [unit.start, unit.end], this.spanOf(named, at + 1), this.argument(this.phrases[named] as NounPhrase, 'parenthesis'), []);
      return;
    }
  }

  /**
   * `the law firm Fulbright & Jaworski (now known as Norton Rose Fulbright)`,
   * `the Montreal Expos (now the Washington Nationals)`: a bracket that opens
   * on a word of later time and names something else says the name before it
   * was changed to that one. A verb of renaming in the bracket reads itself.
   */
  private readBracketedRenaming(phrase: NounPhrase, index: number): void {
    if (phrase.form !== 'name' || !isPunct(this.phrases[index + 1], '(', this.units)) return;
    const cue = this.phrases[index + 2];
    const word = cue === undefined ? undefined : (this.units[cue.first] as Unit);
    if (cue?.type !== 'other' || word === undefined || !renamingBracketCues.has(word.lower)) return;
    let at = index + 3;
    const verb = this.phrases[at];
    if (verb?.type === 'vg') {
      if (!namingVerbs.has(verb.lemma)) return;
      at++;
      if (this.phrases[at]?.type === 'prep' && (this.units[(this.phrases[at] as Phrase).first] as Unit).lower === 'as') at++;
    }
    if (this.phrases[at]?.type !== 'np' || (this.phrases[at] as NounPhrase).form !== 'name') return;
    let close = at;
    while (close < this.phrases.length && close < at + 4 && !isPunct(this.phrases[close], ')', this.units)) close++;
    if (!isPunct(this.phrases[close], ')', this.units)) return;
    this.pushBracketFrame('renaming', `(${word.lower})`, [word.start, word.end], this.spanOf(index, close), this.argument(phrase, 'parenthesis'), []);
  }

  /**
   * `Elizabeth II (on the throne since 1953)`, `X (in office since 2015)`: a
   * bracket holding only a tenure and its start is the named person's office
   * from then — the monarch's for a throne.
   */
  private readBracketedTenure(index: number, named: number): boolean {
    // `since 1953` is one date unit (a start); a `since` read apart may stand before it.
    const [on, seat] = [this.phrases[index + 2], this.phrases[index + 3]];
    const word = (phrase: Phrase | undefined): string => (phrase ? (this.units[phrase.first] as Unit).lower : '');
    const apart = word(this.phrases[index + 4]) === 'since' && this.phrases[index + 4]?.type !== 'date' ? 1 : 0;
    const date = this.phrases[index + 4 + apart];
    const close = this.phrases[index + 5 + apart];
    const dateClaim = date?.type === 'date' ? (this.units[date.first] as Unit).claim : undefined;
    const since = apart === 1 || (dateClaim?.kind === 'date' && dateClaim.value.relation === 'since');
    if (on?.type !== 'prep' || !['on', 'in'].includes(word(on)) || seat?.type !== 'np' || !since || !dateClaim || !isPunct(close, ')', this.units)) return false;
    const head = this.units[seat.head] as Unit;
    const role = bracketedTenures.get(head.lemma);
    if (role === undefined) return false;
    this.frames.push({
      type: 'office',
      predicate: `(${word(on)} ${head.lemma})`,
      trigger: [head.start, head.end],
      span: this.spanOf(named, index + 5 + apart),
      voice: 'structure',
      agent: this.argument(this.phrases[named] as NounPhrase, 'parenthesis'),
      patient: null,
      dates: [{ claim: dateClaim, part: 'from' }],
      figures: [],
      place: null,
      role,
      aspect: 'state',
      negated: false,
      repeated: false,
      source: this.source(),
    });
    return true;
  }

  /**
   * The person a bracket after the phrase at `index` is about: that phrase
   * when it names a person, or the name before its title (`Augusta Ada King,
   * Countess of Lovelace (…)`): a comma, then noun phrases joined by `of`.
   */
  private personBeforeTitle(index: number): number | undefined {
    const isPerson = (at: number): boolean => {
      const phrase = this.phrases[at];
      return phrase?.type === 'np' && phrase.form === 'name' && (this.units[phrase.head] as Unit).claim?.kind === 'person';
    };
    if (isPerson(index)) return index;
    let at = index;
    while (at >= 2 && this.phrases[at - 1]?.type === 'prep' && (this.units[(this.phrases[at - 1] as Phrase).first] as Unit).lower === 'of' && this.phrases[at - 2]?.type === 'np') at -= 2;
    // `Murchison, Jr. (…)` is another man than Murchison: a generational suffix is no title.
    const title = (this.units[(this.phrases[at] as Phrase).first] as Unit).text.replace(/\.$/, '');
    if (POST_NOMINAL_ABBREVIATIONS.includes(title) || /^I{2,3}$|^IV$/.test(title)) return undefined;
    // `Rev. Dr. Edwin Pond Parker, pastor (1860–1912) of the South Congregational Church`: years after a post
    // written in lower case are its term; a title of rank is capitalised (`…, Countess of Lovelace (1815–1852)`).
    if (startsLowerCase(title)) return undefined;
    return isPunct(this.phrases[at - 1], ',', this.units) && isPerson(at - 2) ? at - 2 : undefined;
  }

  /**
   * `Nathaniel's grandson, also named Nathaniel Pellham (1880–1949)`: a name
   * given as another's too is a namesake, whom the resolver cannot tell from
   * the first bearer, so what its bracket says is no one's to compare.
   */
  private namesake(named: number): boolean {
    const first = (this.phrases[named] as Phrase).first;
    const [also, verb] = [this.units[first - 2], this.units[first - 1]];
    return also?.lower === 'also' && (verb?.lower === 'named' || verb?.lower === 'called');
  }

  /**
   * `under the leadership of Daniel Ferrier (1866–1931)`: a bracket opening
   * at `open` right after a person's name, holding a span as long as a life,
   * gives that person's life, not the time of the event the name is part of.
   */
  private lifeAfterPerson(open: number): boolean {
    const before = this.phrases[open - 1];
    const claim = (this.units[(this.phrases[open + 1] as Phrase).first] as Unit).claim;
    if (!isPunct(this.phrases[open], '(', this.units) || before?.type !== 'np' || before.form !== 'name' || (this.units[before.head] as Unit).claim?.kind !== 'person' || !claim) return false;
    const years = yearSpan(claim);
    return years !== null && years >= 15 && years <= 110 && !this.context.listRole;
  }

  /**
   * `the James Bond films Thunderball (1965)`, `Casino Royale (2006)` in a
   * sentence about films or books: a title with a year in brackets names
   * the year the work came out.
   */
  private readWorkYear(phrase: NounPhrase, index: number): void {
    if (phrase.form !== 'name' || (this.units[phrase.head] as Unit).claim?.kind === 'person') return;
    const open = isPunct(this.phrases[index + 1], ',', this.units) ? index + 2 : index + 1;
    const inside = this.phrases[open + 1];
    if (!isPunct(this.phrases[open], '(', this.units) || inside?.type !== 'date' || !isPunct(this.phrases[open + 2], ')', this.units)) return;
    const claim = (this.units[inside.first] as Unit).claim;
    if (claim?.kind !== 'date' || claim.value.granularity !== 'year') return;
    if (!this.units.some((unit) => unit.kind === 'word' && unit.pos === 'NOUN' && workNouns.has(unit.lemma))) return;
    // The title is the proper name after the phrase's last common noun: `the James Bond films Thunderball`.
    let first = phrase.first;
    for (let at = phrase.first; at < phrase.head; at++) if ((this.units[at] as Unit).pos === 'NOUN' || (this.units[at] as Unit).pos === 'DET') first = at + 1;
    const [start, end] = [(this.units[first] as Unit).start, (this.units[phrase.last] as Unit).end];
    const title: FrameArgument = { start, end, text: this.parsed.input.plain.slice(start, end), form: 'name', strategy: 'parenthesis' };
    this.frames.push({ ...this.bare('publication', '(year)', [(this.units[inside.first] as Unit).start, (this.units[inside.last] as Unit).end], index, open + 2, index, 'noun'), patient: title, dates: [{ claim }] });
  }

  /**
   * `X (b. 20 September 1940, d. 20 September 2011) was …`: each date after
   * its mark, a birth or a death of the name the sentence opens with. In a
   * run of names (`three children: Dean (b.1885), Leslie (b.1888)`) the marks
   * are left alone: a later `he` is the sentence's subject, not the last child.
   */
  private readMarkedLife(open: number, named: number): boolean {
    if (this.phrases.slice(0, named).some((phrase) => phrase.type !== 'punct')) return false;
    const marks: Record<string, 'birth' | 'death'> = { 'b.': 'birth', 'd.': 'death' };
    let found = false;
    for (let at = open + 1; at + 1 < this.phrases.length && !isPunct(this.phrases[at], ')', this.units); at++) {
      const phrase = this.phrases[at] as Phrase;
      const type = phrase.first === phrase.last ? marks[(this.units[phrase.first] as Unit).lower] : undefined;
      const date = this.phrases[at + 1] as Phrase;
      const claim = (this.units[date.first] as Unit).claim;
      if (!type || date.type !== 'date' || claim?.kind !== 'date') continue;
      const person = this.argument(this.phrases[named] as NounPhrase, 'parenthesis');
      this.pushBracketFrame(type, `(${type})`, [(this.units[phrase.first] as Unit).start, (this.units[date.last] as Unit).end], this.spanOf(named, at + 1), person, [{ claim }]);
      found = true;
    }
    return found;
  }

  /** The date phrase a bracket opening at `open` gives a life by: first in it, or first after a `née X;` note. */
  private lifeDateIn(open: number): number | undefined {
    for (let at = open + 1; at < this.phrases.length && !isPunct(this.phrases[at], ')', this.units); at++) {
      if (this.phrases[at]?.type === 'date') return at === open + 1 || isPunct(this.phrases[at - 1], ';', this.units) ? at : undefined;
    }
    return undefined;
  }

  /** `- Helena Charles (1951–1957)` under a `Leaders` heading: a term in the heading's office. */
  /**
   * `- Sándor Peics (1939)` under `== Managers ==`: a row that is a name and
   * a bracketed date, under a heading of an office, is a holder's term, a
   * single year as well as a span, whether or not the name was typed a person
   * (not a body's or a place's name).
   */
  private readListRowTerm(phrase: NounPhrase, index: number): boolean {
    const role = this.context.listRole;
    if (role === undefined || index !== 0 || phrase.form !== 'name' || !isPunct(this.phrases[1], '(', this.units) || !isPunct(this.phrases[3], ')', this.units)) return false;
    const named = (this.units[phrase.head] as Unit).claim;
    if (named !== undefined && named.kind !== 'person') return false;
    const date = this.phrases[2];
    const claim = date?.type === 'date' ? (this.units[date.first] as Unit).claim : undefined;
    if (claim?.kind !== 'date') return false;
    this.readListTerm(phrase, index, claim, role);
    return true;
  }

  private readListTerm(phrase: NounPhrase, index: number, claim: Claim, role: string): void {
    const holder = this.argument(phrase, 'heading');
    const trigger: [number, number] = [(this.units[phrase.first] as Unit).start, (this.units[phrase.last] as Unit).end];
    this.frames.push(listOffice(role, trigger, this.spanOf(index, Math.min(this.phrases.length - 1, index + 3)), holder, this.context.listBody ?? null, [{ claim }], this.source()));
  }

  // ── arguments ───────────────────────────────────────────────────────────

  /** The subject of the verb group at `index`, found by walking left; memoised for coordinated verbs. */
  private subjectOf(index: number): FrameArgument | null {
    if (this.subjects.has(index)) return this.subjects.get(index) ?? null;
    // Marked before the search: two verbs that borrow each other's subject end with none, not a loop.
    this.subjects.set(index, null);
    // `no intentions of reuniting the group`: a gerund after a noun's `of` says what the noun is about; it has no subject.
    const group = this.phrases[index];
    const before = this.phrases[index - 1];
    if (group?.type === 'vg' && group.form === 'gerund' && before?.type === 'prep' && (this.units[before.first] as Unit).lower === 'of' && this.phrases[index - 2]?.type === 'np') return null;
    // `with Julian Bond presiding over the ceremony`: a participle right after `with` and a noun phrase has that phrase as its subject.
    const withPhrase = this.phrases[index - 2];
    const absolute = group?.type === 'vg' && group.form !== 'finite' && before?.type === 'np' && withPhrase?.type === 'prep' && (this.units[withPhrase.first] as Unit).lower === 'with';
    const subject = absolute ? this.argument(before, 'subject') : this.findSubject(index);
    this.subjects.set(index, subject);
    return subject;
  }

  private findSubject(index: number): FrameArgument | null {
    const group = this.phrases[index] as VerbGroup;
    // `spent the season in San Jose before being traded`: a gerund its preposition hangs on the clause has the
    // clause's subject, never a noun phrase between them in the clause (the verb's object, a prepositional object).
    const governedGerund = group.form === 'gerund' && this.phrases[index - 1]?.type === 'prep';
    let at = index - 1;
    let crossedComma = false;
    while (at >= 0) {
      const phrase = this.phrases[at] as Phrase;
      const unit = this.units[phrase.first] as Unit;
      if ((phrase.type === 'other' && unit.pos === 'ADV') || (governedGerund && !crossedComma && phrase.type === 'np')) {
        at--;
        continue;
      }
      // `Unitas himself signed on`: a reflexive after a noun phrase stresses it; the noun phrase is the subject.
      if (phrase.type === 'np' && phrase.first === phrase.last && reflexives.has(unit.lower) && this.phrases[at - 1]?.type === 'np') {
        at--;
        continue;
      }
      if (phrase.type === 'rel') return this.relativeSubject(at, index);
      if (phrase.type === 'conj') {
        // `was built with money left by X and was formally opened`: a finite verb joins the finite verb before, not a
        // bare participle of a noun between.
        const previous = this.previousVerb(at, (this.phrases[index] as Phrase).type === 'vg' && (this.phrases[index] as VerbGroup).form === 'finite');
        if (previous !== undefined) return this.withStrategy(this.subjectOf(previous), 'coordination');
        at--;
        continue;
      }
      if (phrase.type === 'np') {
        const before = this.phrases[at - 1];
        // `After the treaty was signed`: a subordinating word the tagger read as a preposition opens a clause.
        const opener = before === undefined ? '' : (this.units[before.first] as Unit).lower;
        // `as the war ended` opens a clause; `his term as rector ended` does not: a bare role noun after `as` is a role.
        const bareAfterAs = opener === 'as' && (this.units[(phrase as NounPhrase).first] as Unit).pos !== 'DET' && (phrase as NounPhrase).form === 'nominal';
        const subordinating = before?.type === 'prep' && subordinators.has(opener) && at === index - 1 && !bareAfterAs;
        // `mourning for the 16 people killed in the attack`: a participle right after a noun phrase is said of it.
        // `aligned the JDL with the Civil Rights League, created the previous year`: after a comma too, the noun phrase
        // right before it, even inside a prepositional phrase.
        // Not after `by` (`a novel by Mara Quint, published by Faber`: the author is not what was published).
        const reduced = group.form === 'participle' && (at === index - 1 || (at === index - 2 && isPunct(this.phrases[index - 1], ',', this.units) && opener !== 'by'));
        // `Some of the work was published`: the noun phrase after a quantifier's `of` is the subject.
        const quantifier = this.phrases[at - 2];
        if (before?.type === 'prep' && (this.units[before.first] as Unit).lower === 'of' && quantifier !== undefined && quantifier.type !== 'np' && quantifierWords.has((this.units[quantifier.first] as Unit).lower)) {
          return this.argument(phrase as NounPhrase, 'subject');
        }
        // `X is a textile company in Lancashire, founded in 1902`: a place in the copula's complement
        // locates the company; what was founded is the copula's subject.
        // So does any prepositional object of an indefinite complement, coordinated or not: `X was a Flower-class
        // corvette of the Royal Navy, launched in 1940`, `X is a maker of biscuits and cakes, founded in 1919`.
        const governor = before?.type === 'prep' ? at - 1 : before?.type === 'conj' ? this.prepositionBeforeConjuncts(at) : undefined;
        if (reduced && governor !== undefined && at === index - 2) {
          const complement = this.phrases[governor - 1];
          const copula = this.phrases[governor - 2];
          const word = (this.units[(this.phrases[governor] as Phrase).first] as Unit).lower;
          const indefinite = complement?.type === 'np' && ['a', 'an'].includes((this.units[complement.first] as Unit).lower);
          const placed = (this.units[(phrase as NounPhrase).head] as Unit).claim?.kind === 'place';
          // `X was a peace treaty between Lenmark and Sarn, signed in 1712` too, with any preposition but the `by` of a maker.
          if (complement?.type === 'np' && complement.form === 'nominal' && copula?.type === 'vg' && copula.copula && (placed || (indefinite && word !== 'by'))) return this.withStrategy(this.subjectOf(governor - 2), 'reduced-relative');
        }
        // `Proposals to dam the Orrin followed the flood`, `The decision to close the plant was taken`: the object of an
        // infinitive that hangs on a noun is not the subject of the finite verb after it; that noun is.
        // `A road linking the village to Chora was opened in 1962`: nor is the object of a participle that hangs on a noun.
        if (group.form === 'finite' && before?.type === 'vg' && (before.form === 'infinitive' || ((before.form === 'gerund' || before.form === 'participle') && !this.phrases.slice(at + 1, index).some((between) => isPunct(between, ',', this.units)))) && this.phrases[at - 2]?.type === 'np') {
          at -= 2;
          continue;
        }
        if (before?.type === 'prep' && !subordinating && !reduced) {
          // The noun phrase is the object of a preposition: skip the prepositional phrase.
          at -= 2;
          continue;
        }
        // `a joint venture between 21st Century Fox (…) and the Society (…), was established`: the last of coordinated prepositional objects.
        // Never a subject pronoun (`crashed in a sandstorm south of Khartoum and she was killed`): `she` is no object.
        const nominative = (phrase as NounPhrase).form === 'pronoun' && subjectPronouns.has((this.units[(phrase as NounPhrase).head] as Unit).lower);
        const coordinated = before?.type === 'conj' && !reduced && !nominative ? this.prepositionBeforeConjuncts(at) : undefined;
        if (coordinated !== undefined) {
          at = coordinated - 1;
          continue;
        }
        // `studied law in Uppsala, married X and moved to Paris`: an event verb right after a comma, in a series of
        // verbs, shares the subject of the verb whose object stands before the comma. Not any verb: in `collects,
        // organises and archives all documents … active from 1944 to 1989` the dates are the documents'.
        const objectBefore = this.phrases[at - 1];
        if (this.serialVerb(group, index) && crossedComma && objectBefore?.type === 'vg' && objectBefore.form === 'finite') {
          return this.withStrategy(this.subjectOf(at - 1), 'coordination');
        }
        if (before?.type === 'rel' && (this.units[before.first] as Unit).lower === 'whose') {
          const antecedent = this.antecedentOf(at - 1);
          const argument = this.argument(phrase as NounPhrase, 'relative');
          return antecedent ? { ...argument, owner: antecedent } : argument;
        }
        if (group.form === 'participle') {
          // `a stadium in Westbury, England, opened in 1998`: an apposed place name is not what opened.
          if (isPunct(before, ',', this.units) && (this.units[(phrase as NounPhrase).head] as Unit).claim?.kind === 'place') {
            at -= 2;
            continue;
          }
          // `X is a software company founded in 1994`: the complement of a copula is its subject.
          const copula = this.phrases[at - 1];
          if (copula?.type === 'vg' && copula.copula && (phrase as NounPhrase).form === 'nominal') return this.withStrategy(this.subjectOf(at - 1), 'reduced-relative');
          return (at === index - 1 ? this.nameBeforeIndefinite(at) : null) ?? this.withConjuncts(at, this.argument(phrase as NounPhrase, 'reduced-relative'));
        }
        // `The firm, employing 1,200 people by 1914, was …`: a participle clause set off after the opening noun phrase is said of it.
        if (group.form === 'gerund' && crossedComma) return at === 0 && isPunct(this.phrases[1], ',', this.units) ? this.argument(phrase as NounPhrase, 'subject') : this.mainSubject(index, 'fronted-participle');
        const closed = isPunct(this.phrases[at + 1], ',', this.units) || this.phrases[at + 1]?.type === 'prep';
        const apposed = closed || this.opensSentence(at) ? this.appositionHead(at) : null;
        return apposed ?? this.withConjuncts(at, this.withApposedOwner(at, this.argument(phrase as NounPhrase, 'subject')));
      }
      if (phrase.type === 'punct') {
        if (unit.text === ';' || unit.text === ':') break;
        if (unit.text === ')') {
          at = this.openingBracket(at) - 1;
          continue;
        }
        if (unit.text === '(') return this.bracketAntecedent(at);
        if (unit.text === ',') {
          // `The faction, which remained loyal but opposed the ceasefire, was led by …`: step over the relative clause.
          const opening = this.relativeClauseOpening(at);
          if (opening !== undefined && !crossedComma) {
            at = opening - 1;
            continue;
          }
          crossedComma = true;
        }
        at--;
        continue;
      }
      if (phrase.type === 'date' || phrase.type === 'prep' || phrase.type === 'other') {
        at--;
        continue;
      }
      if (phrase.type === 'sub') {
        if (group.form === 'participle' || group.form === 'gerund') return this.mainSubject(index, 'fronted-participle');
        break;
      }
      if (phrase.type === 'vg') {
        // `He went to live with Howard, divorcing Hilary`: past an infinitive to the verb it hangs on, whose subject is
        // the clause's.
        const infinitive = (phrase as VerbGroup).form === 'infinitive' && (group.form === 'participle' || group.form === 'gerund') && crossedComma;
        if ((phrase as VerbGroup).form === 'participle' || (phrase as VerbGroup).form === 'gerund' || infinitive) {
          at--;
          continue;
        }
        // `The MPCP originated in the 1990s, forming after …`: a participle clause after the main clause shares its subject;
        // so does a gerund its preposition hangs on the clause (`studied at X before joining Y`, `was praised for founding Z`).
        const governed = group.form === 'gerund' && this.phrases[index - 1]?.type === 'prep';
        if (((group.form === 'participle' || group.form === 'gerund') && crossedComma) || governed) return this.withStrategy(this.subjectOf(at), 'fronted-participle');
        // `graduated from X in 1915, married Y in 1919 and moved to Z`: the verbs of a series share the first one's subject.
        if ((this.serialVerb(group, index) || this.midSeriesVerb(group, index)) && (phrase as VerbGroup).form === 'finite' && crossedComma) return this.withStrategy(this.subjectOf(at), 'coordination');
        break;
      }
      at--;
    }
    if (at < 0 && (group.form === 'participle' || group.form === 'gerund')) return this.mainSubject(index, 'fronted-participle');
    return this.context.implicitSubject ?? null;
  }

  /** A finite event verb of the registry right after a comma: the next verb of a series (`graduated in 1915, married Y`). */
  private serialVerb(group: VerbGroup, index: number): boolean {
    return group.form === 'finite' && isPunct(this.phrases[index - 1], ',', this.units) && predicatesOf(group.lemma).some(({ predicate }) => !predicate.voice || predicate.voice === group.voice);
  }

  /**
   * `passed for 2,500 yards, rushed for 1,100 yards and totaled 25
   * touchdowns`: a finite verb right after a comma, with `and` and another
   * finite verb later in its clause, is a middle item of a series of verbs,
   * whatever the verb.
   */
  private midSeriesVerb(group: VerbGroup, index: number): boolean {
    if (group.form !== 'finite' || !isPunct(this.phrases[index - 1], ',', this.units)) return false;
    for (let at = index + 1; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub' || isPunct(phrase, ';', this.units)) return false;
      const next = this.phrases[at + 1];
      if (phrase.type === 'conj' && (this.units[phrase.first] as Unit).lower === 'and' && next?.type === 'vg') return next.form === 'finite';
    }
    return false;
  }

  /** `Alipio and Gabriel were killed`, `the deaths of A, B and C`: names coordinated with the phrase at `at`. */
  private withConjuncts(at: number, argument: FrameArgument): FrameArgument {
    if (argument.form !== 'name') return argument;
    const conjuncts: FrameArgument[] = [];
    const add = (index: number): boolean => {
      const phrase = this.phrases[index];
      if (phrase?.type !== 'np' || phrase.form !== 'name') return false;
      conjuncts.push(this.argument(phrase, argument.strategy));
      return true;
    };
    const joiner = (index: number): boolean => {
      const phrase = this.phrases[index];
      return phrase !== undefined && (phrase.type === 'conj' || isPunct(phrase, ',', this.units));
    };
    // Leftwards only through `and` (`Alipio and Gabriel`): a comma there ends a fronted phrase (`According to X, the MPCP …`).
    for (let index = at - 1; this.phrases[index]?.type === 'conj' && add(index - 1); index -= 2);
    for (let index = at + 1; joiner(index); index += 2) {
      if (isPunct(this.phrases[index], ',', this.units) && this.phrases[index + 1]?.type === 'conj') index++;
      if (!add(index + 1)) break;
      // `After the 1876 premiere of La sposa, Benedetti was offered …`: a name after a bare comma with a verb next is
      // the main clause's subject, not one more of the list.
      const next = this.phrases[index + 2];
      if (isPunct(this.phrases[index], ',', this.units) && next?.type === 'vg' && next.form === 'finite') {
        conjuncts.pop();
        break;
      }
    }
    return conjuncts.length > 0 ? { ...argument, conjuncts } : argument;
  }

  /** The comma that opens a `, which …,` or `, who …,` clause closed by the comma at `close`. */
  private relativeClauseOpening(close: number): number | undefined {
    for (let at = close - 1; at > 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (isPunct(phrase, ';', this.units) || isPunct(phrase, '(', this.units) || isPunct(phrase, ')', this.units)) return undefined;
      if (isPunct(phrase, ',', this.units)) return this.phrases[at + 1]?.type === 'rel' ? at : undefined;
    }
    return undefined;
  }

  /** `X, who …`, `X which he chaired`, `the man whose father died`. */
  private relativeSubject(relative: number, verb: number): FrameArgument | null {
    const pronoun = (this.units[(this.phrases[relative] as Phrase).first] as Unit).lower;
    const between = this.phrases.slice(relative + 1, verb).find((phrase): phrase is NounPhrase => phrase.type === 'np');
    const antecedent = this.antecedentOf(relative);
    if (pronoun === 'whose' && between) {
      const argument = this.argument(between, 'relative');
      return antecedent ? { ...argument, owner: antecedent } : argument;
    }
    if (between) return this.argument(between, 'subject');
    return antecedent;
  }

  /**
   * `In the years after the 1912 launch at Birkenhead`: the noun of an event
   * that happens to its participant once, with only a date between `the` and
   * it and no one said to own it, is the article subject's own (a ship's
   * launch, a club's founding); `a launch`, `the launches`, `the press launch`
   * are any.
   */
  private bareOwnEvent(phrase: NounPhrase, type: EventTypeId): boolean {
    const definition = eventType(type);
    const head = this.units[phrase.head] as Unit;
    if (definition.once !== 'patient' || definition.stateful || definition.nounOwner !== 'patient' || head.lower !== head.lemma) return false;
    if ((this.units[phrase.first] as Unit).lower !== 'the' || phrase.head - phrase.first < 2) return false;
    for (let at = phrase.first + 1; at < phrase.head; at++) if ((this.units[at] as Unit).claim?.kind !== 'date') return false;
    return true;
  }

  /** Whether the words right after the verb group start with one of the phrases: `fell at`, `fell in battle`. */
  private followedBy(group: VerbGroup, phrases: readonly string[]): boolean {
    const words: string[] = [];
    for (let at = group.last + 1; at < this.units.length && words.length < 3; at++) {
      const unit = this.units[at] as Unit;
      if (unit.kind !== 'word') break;
      words.push(unit.lower);
    }
    const after = words.join(' ');
    return phrases.some((phrase) => after === phrase || after.startsWith(`${phrase} `));
  }

  /** Whether `first` stands in the verb group or right before it: `was first performed`, `first lit in 1871`. */
  private firstBefore(group: VerbGroup): boolean {
    for (let at = Math.max(0, group.first - 1); at < group.main; at++) if ((this.units[at] as Unit).lower === 'first') return true;
    return false;
  }

  /** The noun phrase a relative pronoun stands for: the one before it, past a comma or a bracket. */
  private antecedentOf(relative: number): FrameArgument | null {
    let at = relative - 1;
    while (at >= 0 && (isPunct(this.phrases[at], ',', this.units) || isPunct(this.phrases[at], '(', this.units))) at--;
    // `the attack on 23 May 2021, which …`: the date hangs on the noun, which is what `which` stands for.
    if (this.phrases[at]?.type === 'date') at -= this.phrases[at - 1]?.type === 'prep' ? 2 : 1;
    // `a political party registered in February 2017 that was formed by X`: a bare participle right after a noun phrase
    // modifies it, and the relative after the participle's values is about that noun phrase too.
    const participle = this.phrases[at];
    if (participle?.type === 'vg' && participle.form === 'participle' && participle.first === participle.main && this.phrases[at - 1]?.type === 'np' && at < relative - 1) at--;
    let phrase = this.phrases[at];
    if (phrase?.type !== 'np') return null;
    const pronoun = (this.units[(this.phrases[relative] as Phrase).first] as Unit).lower;
    // `a department store in Castlebridge, England, which traded …`: a place and the larger place after its comma are one.
    const isPlace = (candidate: Phrase | undefined): boolean => candidate?.type === 'np' && candidate.form === 'name' && (this.units[candidate.head] as Unit).claim?.kind === 'place';
    while (isPlace(phrase) && isPunct(this.phrases[at - 1], ',', this.units) && isPlace(this.phrases[at - 2])) {
      at -= 2;
      phrase = this.phrases[at] as NounPhrase;
    }
    // `a group in Peru that follows …`, `given a drive by X, which included …`: a `which` or `that` after a
    // prepositional phrase is about the noun the phrase hangs on.
    const prep = this.phrases[at - 1];
    if (pronoun !== 'who' && pronoun !== 'whom' && prep?.type === 'prep' && (this.units[prep.first] as Unit).lower !== 'of' && this.phrases[at - 2]?.type === 'np') {
      const head = this.units[phrase.head] as Unit;
      // … but not past a body's name or an event (`a stake in the Harrow Bank, which was founded in 1850`,
      // `apologised for the Omagh bombing, which had killed 29 people`): those are what `which` is about.
      // So is a body named by its noun (`the corruption in the party, which has been run by …`).
      const own = (phrase.form === 'name' && head.claim?.kind !== 'place' && head.claim?.kind !== 'person') || (phrase.form === 'nominal' && organizationNouns.has(head.lemma));
      const event = head.kind === 'word' && eventNoun(head.lemma).length > 0;
      if (head.claim?.kind === 'place' || head.claim?.kind === 'person' || (pronoun === 'which' && !own && !event)) {
        at -= 2;
        phrase = this.phrases[at] as NounPhrase;
      }
    }
    // `Signe Ahlgren, a schoolteacher from Strömstad, whom he married`: `who` and `whom` are never the place a
    // prepositional phrase names; they stand for the noun the phrase hangs on.
    if ((pronoun === 'who' || pronoun === 'whom') && phrase.type === 'np' && phrase.form === 'name' && (this.units[phrase.head] as Unit).claim?.kind !== 'person' && prep?.type === 'prep' && this.phrases[at - 2]?.type === 'np') {
      at -= 2;
      phrase = this.phrases[at] as NounPhrase;
    }
    if (phrase.type !== 'np') return null;
    // `James Henry Finn, a soldier who was awarded …`: a nominal apposed to a person's name stands for the name.
    const named = this.phrases[at - 2];
    if ((pronoun === 'who' || pronoun === 'whom') && phrase.form === 'nominal' && isPunct(this.phrases[at - 1], ',', this.units) && named?.type === 'np' && named.form === 'name' && (this.units[named.head] as Unit).claim?.kind === 'person') {
      return this.argument(named, 'relative');
    }
    // `X is an American politician who has served …`: a predicate nominal stands for the copula's subject.
    const copula = this.phrases[at - 1];
    if (copula?.type === 'vg' && copula.copula && phrase.form === 'nominal') {
      const subject = this.subjectOf(at - 1);
      if (subject) return { ...subject, strategy: 'relative' };
    }
    // `the son of X, who …`: the relative is about the head of the whole phrase unless it is a name.
    if (this.phrases[at - 1]?.type === 'prep' && (this.units[(this.phrases[at - 1] as Phrase).first] as Unit).lower === 'of' && this.phrases[at - 2]?.type === 'np' && phrase.form !== 'name') {
      return this.argument(this.phrases[at - 2] as NounPhrase, 'relative');
    }
    return this.argument(phrase, 'relative');
  }

  /** `Bell (born 1847)`, `Ibn Hafsun (who died in 917)`: the name before the bracket — past another bracket (`Gregory Serper (Григорий Серпер) (born 1969)`). */
  private bracketAntecedent(open: number): FrameArgument | null {
    let before = open - 1;
    while (isPunct(this.phrases[before], ')', this.units)) {
      let depth = 0;
      for (; before >= 0; before--) {
        if (isPunct(this.phrases[before], ')', this.units)) depth++;
        if (isPunct(this.phrases[before], '(', this.units) && --depth === 0) break;
      }
      before--;
    }
    const phrase = this.phrases[before];
    return phrase?.type === 'np' ? this.argument(phrase, 'parenthesis') : null;
  }

  /** `His first opera, The Snow Maiden, was premiered`: a name apposed to an owned noun has that owner. */
  private withApposedOwner(at: number, argument: FrameArgument): FrameArgument {
    const owned = this.phrases[at - 2];
    // `His first opera, The Snow Maiden's Daughter,`: the owned noun's possessor outranks a possessive inside the title.
    if (argument.form !== 'name' || !isPunct(this.phrases[at - 1], ',', this.units) || owned?.type !== 'np' || owned.form !== 'nominal' || !owned.possessor) return argument;
    return { ...argument, owner: this.argument(owned.possessor, 'possessor') };
  }

  /** `Bell, the inventor, founded …`: an apposition's first noun phrase when it is a name. */
  private appositionHead(at: number): FrameArgument | null {
    const apposed = this.phrases[at] as NounPhrase;
    if (apposed.form === 'name') return null;
    // Back over a coordination of nominals: `X, the publisher and treasurer of Y, bought …`.
    let start = at;
    while (this.phrases[start - 1]?.type === 'conj' && this.phrases[start - 2]?.type === 'np' && (this.phrases[start - 2] as NounPhrase).form !== 'name') start -= 2;
    // Back over the adverb of a role held then: `Quell, then chair of the foundation, opened …`.
    const adverb = this.phrases[start - 1];
    if (adverb?.type === 'other' && adverb.first === adverb.last && heldNowAdverbs.has((this.units[adverb.first] as Unit).lower)) start--;
    if (!isPunct(this.phrases[start - 1], ',', this.units)) return null;
    const first = this.phrases[start - 2];
    if (first?.type !== 'np') return null;
    // `His father, a Baptist minister, moved …`: an indefinite nominal apposed to a definite one describes it.
    const article = (this.units[apposed.first] as Unit).lower;
    const definite = first.form === 'nominal' && (first.possessor !== undefined || (this.units[first.first] as Unit).lower === 'the');
    if (first.form !== 'name' && !(definite && start === at && (article === 'a' || article === 'an'))) return null;
    if (this.phrases[start - 3]?.type === 'prep') return null;
    return this.argument(first, 'apposition');
  }

  /**
   * `grew up around Fort Wyeth, a trading post established in 1821`, `born
   * in Lyon, a city founded by the Romans`: an indefinite noun phrase apposed
   * to a name, a preposition's object or not, is that name.
   */
  private nameBeforeIndefinite(at: number): FrameArgument | null {
    const apposed = this.phrases[at] as NounPhrase;
    const name = this.phrases[at - 2];
    if (apposed.form !== 'nominal' || !['a', 'an'].includes((this.units[apposed.first] as Unit).lower)) return null;
    return isPunct(this.phrases[at - 1], ',', this.units) && name?.type === 'np' && name.form === 'name' ? this.argument(name, 'apposition') : null;
  }

  /** Whether only a fronted adverbial (`In October 1917,`) and an apposition stand before the phrase at `at`. */
  private opensSentence(at: number): boolean {
    let names = 0;
    for (let index = 0; index < at; index++) {
      const phrase = this.phrases[index] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub') return false;
      if (phrase.type === 'np' && phrase.form === 'name') names++;
    }
    return names === 1;
  }

  /** The subject of the sentence's main clause: the first subject of a finite verb after `index`, or before it. */
  private mainSubject(index: number, strategy: ArgumentStrategy): FrameArgument | null {
    for (let at = index - 1; at >= 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'rel' || isPunct(phrase, ';', this.units)) break;
      if (phrase.type === 'vg' && phrase.form === 'finite') {
        const subject = this.subjectOf(at);
        return subject ? { ...subject, strategy } : null;
      }
    }
    let closing = -1;
    for (let at = index + 1; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' && phrase.form === 'finite') {
        const subject = this.subjectOf(at);
        return subject ? { ...subject, strategy } : null;
      }
      if (closing < 0 && isPunct(phrase, ',', this.units)) closing = at;
      // `Having won the Cup in 1893, the club moved to …`: the noun phrase right after the comma that closes the fronted
      // clause is the main clause's subject, though the tagger reads its verb as a participle.
      const before = this.phrases[at - 1];
      if (phrase.type === 'vg' && phrase.form === 'participle' && closing === at - 2 && before?.type === 'np' && before.form !== 'pronoun') return this.argument(before, strategy);
    }
    for (let at = index - 1; at >= 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' && phrase.form === 'finite') {
        const subject = this.subjectOf(at);
        return subject ? { ...subject, strategy } : null;
      }
    }
    return this.context.implicitSubject ?? null;
  }

  private previousVerb(conjunction: number, finite = false): number | undefined {
    let infinitive: number | undefined;
    for (let at = conjunction - 1; at >= 0; at--) {
      // `merged with another rival (called Hellas) and commemorated`: a bracket's verb is an aside, not the clause's.
      if (isPunct(this.phrases[at], ')', this.units)) at = this.openingBracket(at);
      const phrase = this.phrases[at] as Phrase;
      // `money left by the mill owner`: a bare participle with its `by` agent after a noun is a reduced relative of that noun.
      if (finite && phrase.type === 'vg' && phrase.form === 'participle' && phrase.first === phrase.main && this.phrases[at - 1]?.type === 'np' && this.phrases[at + 1]?.type === 'prep' && (this.units[(this.phrases[at + 1] as Phrase).first] as Unit).lower === 'by') continue;
      // `was promoted to general and assumed`, `decided to resign and moved`: an infinitive has the subject of the
      // verb it hangs on, so the subject is that verb's.
      if (phrase.type === 'vg' && phrase.form === 'infinitive') infinitive ??= at;
      else if (phrase.type === 'vg') return at;
      if (phrase.type === 'rel' || phrase.type === 'sub' || isPunct(phrase, ';', this.units)) return infinitive;
    }
    return infinitive;
  }

  /** How many brackets are open at the phrase `index`. */
  private bracketDepthAt(index: number): number {
    let depth = 0;
    for (let at = 0; at < index; at++) {
      if (isPunct(this.phrases[at], '(', this.units)) depth++;
      if (isPunct(this.phrases[at], ')', this.units)) depth = Math.max(0, depth - 1);
    }
    return depth;
  }

  private closingBracket(open: number): number | undefined {
    let depth = 0;
    for (let at = open; at < this.phrases.length; at++) {
      if (isPunct(this.phrases[at], '(', this.units)) depth++;
      if (isPunct(this.phrases[at], ')', this.units)) {
        depth--;
        if (depth === 0) return at;
      }
    }
    return undefined;
  }

  /** The preposition that governs the coordinated noun phrases ending at `at` (`between X (…) and Y`), if one does. */
  private prepositionBeforeConjuncts(at: number): number | undefined {
    let first = at;
    let comma = false;
    while (this.phrases[first - 1]?.type === 'conj' || isPunct(this.phrases[first - 1], ',', this.units)) {
      if (isPunct(this.phrases[first - 1], ',', this.units)) comma = true;
      let previous = first - 2;
      if (isPunct(this.phrases[previous], ')', this.units)) previous = this.openingBracket(previous) - 1;
      if (this.phrases[previous]?.type !== 'np') return undefined;
      first = previous;
    }
    const governor = this.phrases[first - 1];
    // `Going into the Olympics, Boitano and Brian Orser had won`: the comma closes a fronted adverbial; what follows it
    // is the subject, no further object of the opening preposition.
    const opening = first - 1 === 0 || (first - 1 === 1 && this.phrases[0]?.type === 'vg');
    if (comma && opening) return undefined;
    return first < at && governor?.type === 'prep' ? first - 1 : undefined;
  }

  private openingBracket(close: number): number {
    let depth = 0;
    for (let at = close; at >= 0; at--) {
      if (isPunct(this.phrases[at], ')', this.units)) depth++;
      if (isPunct(this.phrases[at], '(', this.units)) {
        depth--;
        if (depth === 0) return at;
      }
    }
    return 0;
  }

  private withStrategy(argument: FrameArgument | null, strategy: ArgumentStrategy): FrameArgument | null {
    return argument ? { ...argument, strategy } : null;
  }

  /** The noun phrase right after the verb (past its particle and adverbs), or null. */
  private objectOf(index: number): FrameArgument | null {
    let at = index + 1;
    while (at < this.phrases.length && (this.phrases[at] as Phrase).type === 'other' && (this.units[(this.phrases[at] as Phrase).first] as Unit).pos === 'ADV') at++;
    const phrase = this.phrases[at];
    if (phrase?.type !== 'np' || phrase.form === 'pronoun' && ['who', 'which', 'that'].includes((this.units[phrase.head] as Unit).lower)) {
      // `a company which he founded`: the object is the relative's antecedent.
      return this.relativeObject(index);
    }
    return this.namedObject(at, 'object') ?? this.argument(phrase, 'object');
  }

  /**
   * `launched a radio station named Boston Herald Radio`, `released the band's
   * debut album, Shoreline, in 1981`: a common noun followed by the name it
   * goes by stands for that name.
   */
  private namedObject(at: number, strategy: ArgumentStrategy): FrameArgument | null {
    const nominal = this.phrases[at];
    // `two city rivals, Bentegodi and Scaligera`: a count, too, goes by the names apposed to it.
    if (nominal?.type !== 'np' || (nominal.form !== 'nominal' && nominal.form !== 'figure')) return null;
    const between = this.phrases[at + 1];
    const name = this.phrases[at + 2];
    if (name?.type !== 'np' || name.form !== 'name') return null;
    // `a company called Acme`; not `The Baltimore Sun called Unitas We Stand`, whose capitalised head is a name already.
    const common = startsLowerCase((this.units[nominal.head] as Unit).text);
    const naming = nominal.form === 'nominal' && common && between?.type === 'vg' && between.first === between.last && ['name', 'call', 'title', 'dub'].includes(between.lemma);
    let last = at + 2;
    while (this.phrases[last + 1]?.type === 'conj' && (this.phrases[last + 2] as NounPhrase | undefined)?.form === 'name') last += 2;
    const after = this.phrases[last + 1];
    const apposed = isPunct(between, ',', this.units) && (after === undefined || after.type === 'prep' || [',', '.', ';'].some((mark) => isPunct(after, mark, this.units)));
    return naming || apposed ? this.withConjuncts(at + 2, this.argument(name, strategy)) : null;
  }

  private relativeObject(index: number): FrameArgument | null {
    // `the 44 seats it won in 1936`, `the club he founded`: a relative with no pronoun, its subject a personal pronoun.
    const [subject, antecedent] = [this.phrases[index - 1], this.phrases[index - 2]];
    if (subject?.type === 'np' && subject.form === 'pronoun' && personalSubjects.has((this.units[subject.head] as Unit).lower) && antecedent?.type === 'np' && (antecedent.form === 'nominal' || antecedent.form === 'figure')) {
      // Read as a plain object: its noun is only as sure as the resolver makes it (`the company he co-founded`).
      return this.argument(antecedent, 'object');
    }
    for (let at = index - 1; at >= 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'rel') {
        const pronoun = (this.units[phrase.first] as Unit).lower;
        const subjectBetween = this.phrases.slice(at + 1, index).some((between) => between.type === 'np');
        return pronoun !== 'whose' && subjectBetween ? this.antecedentOf(at) : null;
      }
      if (phrase.type === 'vg' || phrase.type === 'sub' || isPunct(phrase, ';', this.units)) return null;
    }
    return null;
  }

  /** The noun a figure argument counts (`seats` of `41 seats`), lower case, or `''`. */
  private countedNoun(argument: FrameArgument | null): string {
    return countedNounOf(argument?.form === 'figure' ? this.units.find((unit) => unit.claim?.id === argument.claim)?.claim : undefined);
  }

  /** The figure phrase after the first `at` of the verb's clause (`peaked in 2019 at 12,900`). */
  private figureAfterAt(index: number): NounPhrase | undefined {
    for (let at = index + 1; at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub' || phrase.type === 'conj') return undefined;
      const next = this.phrases[at + 1];
      if (phrase.type === 'prep' && (this.units[phrase.first] as Unit).lower === 'at') return next?.type === 'np' && next.form === 'figure' ? next : undefined;
    }
    return undefined;
  }

  /** The object of the verb's own preposition: `served as chairman`, `played for Arsenal`. */
  private prepositionalObject(index: number, preposition: string): FrameArgument | undefined {
    for (let at = index + 1; at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'prep' && (this.units[phrase.first] as Unit).lower === preposition) {
        // `signed to newly formed Bonnier Music`: past an adverb and a participle that modify the noun.
        const modified = this.modifiedNounAfter(at + 1);
        const next = this.phrases[modified];
        return next?.type === 'np' ? (this.namedObject(modified, 'preposition') ?? this.argument(next, 'preposition')) : undefined;
      }
      // `received a bachelor's degree (majoring in Biology) and a master's degree from X`: the preposition after coordinated
      // objects and their brackets is the verb's.
      if (isPunct(phrase, '(', this.units)) {
        at = this.closingBracket(at) ?? at;
        continue;
      }
      const coordinatedObject = phrase.type === 'conj' && (this.units[phrase.first] as Unit).lower === 'and' && this.phrases[at + 1]?.type === 'np';
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub' || (phrase.type === 'conj' && !coordinatedObject)) return undefined;
    }
    return undefined;
  }

  /**
   * The patient of a verb read by its object's head noun: the object of `from`
   * or `at` after it (`received a degree from Texas A&M`), of the preposition
   * the predicate names (`laid the foundations of RAWA`), the object's
   * possessor (`changing its name`), or for an office the object itself.
   */
  private headedPatient(predicate: Predicate, type: EventTypeId, index: number, object: FrameArgument | null): FrameArgument | null {
    if (predicate.headPatient === 'owner') {
      const phrase = this.phrases[index + 1];
      return phrase?.type === 'np' && phrase.possessor ? this.argument(phrase.possessor, 'possessor') : null;
    }
    if (predicate.headPatient !== undefined) return this.prepositionalObject(index, predicate.headPatient) ?? null;
    return this.prepositionalObject(index, 'from') ?? this.prepositionalObject(index, 'at') ?? (type === 'office' ? object : null);
  }

  /** The phrase after an adverb and a participle that modify it (`newly formed Bonnier Music`), or `at` itself. */
  private modifiedNounAfter(at: number): number {
    const adverb = this.phrases[at];
    const participle = this.phrases[at + 1];
    if (adverb?.type !== 'other' || (this.units[adverb.first] as Unit).pos !== 'ADV' || participle?.type !== 'vg' || participle.first !== participle.main) return at;
    return looksParticiple(this.units[participle.main] as Unit) && this.phrases[at + 2]?.type === 'np' ? at + 2 : at;
  }

  /** `in the attack`, `during the bombing`: an event noun after the verb, in its clause. */
  private eventPhraseIn(index: number): FrameArgument | null {
    const [, to] = this.clauseOf(index);
    for (let at = index + 1; at < to && at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      const next = this.phrases[at + 1];
      if (phrase.type !== 'prep' || next?.type !== 'np' || !['in', 'during', 'at'].includes((this.units[phrase.first] as Unit).lower)) continue;
      const head = this.units[next.head] as Unit;
      // `20,000 people killed in the Bamileke Region`: a place is where they died, not what killed them.
      if (eventNoun(head.lemma).length > 0 || (next.form === 'name' && head.claim?.kind !== 'place')) return this.argument(next, 'preposition');
    }
    return null;
  }

  /** `by X` after a passive verb, in its clause. */
  private byAgent(index: number): FrameArgument | null {
    const [, to] = this.clauseOf(index);
    for (let at = index + 1; at <= to && at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      const word = phrase.type === 'prep' ? (this.units[phrase.first] as Unit).lower : '';
      // `executed on the orders of Henry VIII`, `by order of the king`, `at the command of X`: who ordered it did it.
      const order = this.phrases[at + 1];
      if (['by', 'on', 'at', 'upon'].includes(word) && order?.type === 'np' && orderNouns.has((this.units[order.head] as Unit).lemma)) {
        const orderer = this.ofPhraseAfter(at + 1);
        if (orderer) return { ...orderer, strategy: 'by-agent' };
      }
      if (word === 'by' && this.phrases[at + 1]?.type === 'np') {
        // `created by special legislation`, `abolished by decree`: an instrument, not who did it.
        const by = this.phrases[at + 1] as NounPhrase;
        if (by.form === 'nominal' && instrumentNouns.has((this.units[by.head] as Unit).lemma)) return null;
        // `closed by its owner, Volvo`: the name the nominal goes by.
        // `founded by John Smith and Mary Jones`: each name of the agent.
        return this.namedObject(at + 1, 'by-agent') ?? this.withConjuncts(at + 1, this.argument(by, 'by-agent'));
      }
    }
    return null;
  }

  /** `the founding of X by Y`, `the foundation of the airline in 1958 by Lars Eide`: an event noun's `by` phrase, past its complements and date. */
  private byPhraseAfter(index: number): FrameArgument | null {
    for (let at = index + 1; at < this.phrases.length - 1 && at <= index + 6; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'prep' && (this.units[phrase.first] as Unit).lower === 'by' && this.phrases[at + 1]?.type === 'np') {
        return this.argument(this.phrases[at + 1] as NounPhrase, 'by-agent');
      }
      if (phrase.type !== 'prep' && phrase.type !== 'np' && phrase.type !== 'date') return null;
    }
    return null;
  }

  /** `X of Y`: the phrase after `of`. */
  private ofPhraseAfter(index: number): FrameArgument | undefined {
    const prep = this.phrases[index + 1];
    const next = this.phrases[index + 2];
    if (prep?.type === 'prep' && (this.units[prep.first] as Unit).lower === 'of' && next?.type === 'np') return this.argument(next, 'of-phrase');
    return undefined;
  }

  /**
   * `was elected President of UNIP`, `served as the first President of Zambia`: a role written in capitals takes its
   * `of` phrase into one name; what follows the `of` is the role's body.
   */
  private ofInsideName(phrase: NounPhrase): FrameArgument | undefined {
    if (phrase.form !== 'name' || (this.units[phrase.head + 1] as Unit | undefined)?.lower !== 'of' || phrase.head + 2 > phrase.last) return undefined;
    let first = phrase.head + 2;
    if ((this.units[first] as Unit).lower === 'the' && first < phrase.last) first++;
    const start = (this.units[first] as Unit).start;
    const end = (this.units[phrase.last] as Unit).end;
    const claim = this.units[phrase.last]?.claim;
    return { start, end, text: this.parsed.input.plain.slice(start, end), ...(claim ? { claim: claim.id } : {}), form: 'name', strategy: 'of-phrase' };
  }

  private phraseIndexOfArgument(argument: FrameArgument, near: number): number {
    for (let offset = 0; offset < this.phrases.length; offset++) {
      for (const at of [near + offset, near - offset]) {
        const phrase = this.phrases[at];
        if (phrase?.type === 'np' && (this.units[phrase.first] as Unit).start === argument.start) return at;
      }
    }
    return near;
  }

  /** Whether an argument names a body: a name that is no place, or a noun of organisations (`the band`, `the party`). */
  private namesBody(argument: FrameArgument | null): boolean {
    if (!argument || argument.form === 'figure') return false;
    const claim = argument.claim === undefined ? undefined : this.units.find((unit) => unit.claim?.id === argument.claim)?.claim;
    if (argument.form === 'name') return claim?.kind !== 'place';
    return argument.form === 'pronoun' || (argument.head !== undefined && organizationNouns.has(argument.head));
  }

  /** Whether a common noun can be what an office verb holds or heads: a body (`the team`), a post (`the presidency`), a role. */
  private officeObject(argument: FrameArgument): boolean {
    const head = argument.head ?? '';
    return organizationNouns.has(head) || roleNouns.has(head) || postNouns.has(head) || eventNoun(head).includes('office') || kinNouns.has(head);
  }

  /** Whether an argument names an organisation: an organisation's name, or a noun of organisations (`the label`). */
  /** `the band's debut album`, or `Paper Lanterns` apposed to it: a work by its noun. */
  private namesWork(argument: FrameArgument | null): boolean {
    if (!argument) return false;
    if (argument.head !== undefined && workNouns.has(argument.head)) return true;
    const at = this.phraseIndexOfArgument(argument, this.phrases.length);
    const owned = this.phrases[at - 2];
    return argument.form === 'name' && isPunct(this.phrases[at - 1], ',', this.units) && owned?.type === 'np' && workNouns.has((this.units[owned.head] as Unit).lemma);
  }

  private namesOrganization(argument: FrameArgument | null): boolean {
    if (!argument) return false;
    if (argument.form === 'nominal') return argument.head !== undefined && organizationNouns.has(argument.head);
    if (argument.form !== 'name') return false;
    // `French club Stade Brest`, `the law firm Fulbright & Jaworski`: a lower-case noun of organisations before the name says what it is.
    const nounBefore = argument.text.split(' ').some((word) => word === word.toLowerCase() && organizationNouns.has(word));
    return nounBefore || this.units.some((unit) => unit.claim?.id === argument.claim && unit.claim?.kind === 'organization');
  }

  /** Whether a signed object is someone taken on: a name that is no place, no work and no document (`the Low Tides`, not `the Treaty of Paris`). */
  private namesSignee(argument: FrameArgument | null): boolean {
    if (!argument || argument.form !== 'name') return false;
    const claim = this.units.find((unit) => unit.claim?.id === argument.claim)?.claim;
    if (claim && claim.kind !== 'person' && claim.kind !== 'organization') return false;
    return !this.units.some((unit) => unit.start >= (argument.start ?? 0) && unit.end <= (argument.end ?? 0) && documentNouns.has(unit.lemma));
  }

  /** Whether an argument names people: a person's name, `him` or `her`, or a noun of people (`the workers`, `300 prisoners`). */
  private namesPeople(argument: FrameArgument | null): boolean {
    if (!argument) return false;
    if (argument.form === 'pronoun') return ['him', 'her', 'he', 'she'].includes(argument.text.toLowerCase());
    if (argument.form === 'name') {
      // `Workers arrested on 20 March`: a capitalised common noun opening the sentence is a name to the tagger.
      const last = this.units.find((unit) => unit.end === argument.end);
      // `The Earl of Thornwick`: a title of nobility or office before `of` is held by someone.
      const title = titleOfNobility.exec(argument.text)?.[1];
      return this.units.some((unit) => unit.claim?.id === argument.claim && unit.claim?.kind === 'person') || (argument.claim === undefined && last?.kind === 'word' && (peopleNouns.has(last.lemma) || peopleNouns.has(last.lower.replace(/s$/, '')))) || (title !== undefined && OFFICE_TITLE_WORDS.includes(title));
    }
    if (argument.form === 'figure') {
      const claim = this.units.find((unit) => unit.claim?.id === argument.claim)?.claim;
      return claim?.kind === 'quantity' && claim.value.noun !== undefined && claim.value.noun !== null && peopleNouns.has(claim.value.noun);
    }
    return argument.head !== undefined && peopleNouns.has(argument.head);
  }

  /** `at Oratory Preparatory School`, `in the United States Army` right after the phrase at `index`: a named or organisation body. */
  private placedPhraseAfter(index: number): FrameArgument | null {
    const prep = this.phrases[index + 1];
    const next = this.phrases[index + 2];
    if (prep?.type !== 'prep' || next?.type !== 'np' || !['at', 'in', 'with', 'for'].includes((this.units[prep.first] as Unit).lower)) return null;
    const head = this.units[next.head] as Unit;
    if (head.claim?.kind === 'place' || next.form === 'figure' || next.form === 'pronoun') return null;
    return next.form === 'name' || organizationNouns.has(head.lemma) ? this.argument(next, 'preposition') : null;
  }

  /** A body after a role or deed noun's `for`, `with` or `at`: `columnist for the Boston Herald`; not a place (`a teacher at Leeds`). */
  private bodyAfter(index: number): FrameArgument | undefined {
    for (const preposition of ['for', 'with', 'at']) {
      const body = this.phraseAfter(index, preposition);
      if (body) return this.namesBody(body) ? body : undefined;
    }
    return undefined;
  }

  /** The noun phrase of a preposition right after the phrase at `index`: `population in the city`, `merger with Tyne Mutual`. */
  private phraseAfter(index: number, preposition: string): FrameArgument | null {
    const prep = this.phrases[index + 1];
    const next = this.phrases[index + 2];
    return prep?.type === 'prep' && (this.units[prep.first] as Unit).lower === preposition && next?.type === 'np' ? this.argument(next, 'preposition') : null;
  }

  /** The head noun of `as a city` after the verb, in its clause. */
  private asPhraseHead(index: number): string | null {
    const [, to] = this.clauseOf(index);
    for (let at = index + 1; at <= to && at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      const next = this.phrases[at + 1];
      if (phrase.type !== 'prep' || (this.units[phrase.first] as Unit).lower !== 'as' || next?.type !== 'np') continue;
      // `incorporated as the City of Port Ellery` gives its name, not a standing of its own.
      return next.form === 'name' ? null : (this.units[next.head] as Unit).lemma.toLowerCase();
    }
    return null;
  }

  /** `as chairman` after the verb: the role it names. */
  private roleIn(index: number): string | null {
    const [, to] = this.clauseOf(index);
    for (let at = index + 1; at <= to && at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'prep' && (this.units[phrase.first] as Unit).lower === 'as' && this.phrases[at + 1]?.type === 'np') {
        return this.roleOfPhrase(this.phrases[at + 1] as NounPhrase);
      }
    }
    return null;
  }

  private roleAfterAs(index: number): string | null {
    const prep = this.phrases[index + 1];
    const next = this.phrases[index + 2];
    if (prep?.type === 'prep' && (this.units[prep.first] as Unit).lower === 'as' && next?.type === 'np') return this.roleOfPhrase(next);
    return null;
  }

  /** The role noun a noun phrase names: its head, or its last two words (`prime minister`). */
  private roleOfPhrase(phrase: NounPhrase): string | null {
    const head = this.units[phrase.head] as Unit;
    if (head.kind !== 'word') return null;
    // `president-elect`: a role joined by a hyphen to what follows is another title (`Secretary-General` and
    // `President-in-Residence` reach here as one token each).
    const next = this.units[phrase.head + 1];
    if (next?.text === '-' && next.start === head.end) return null;
    // The role the phrase ends with, its modifier kept: `lieutenant governor`, `chief executive officer`.
    const words: string[] = [];
    // `Chief Dunn's son`: the possessor's title is the possessor's, not the phrase's.
    const mark = phrase.possessor ? (this.units[phrase.possessor.last + 1] as Unit | undefined) : undefined;
    const from = phrase.possessor ? phrase.possessor.last + (mark?.lower === "'s" || mark?.lower === '’s' ? 2 : 1) : phrase.first;
    for (let at = Math.max(from, phrase.head - 4); at <= phrase.head; at++) {
      const unit = this.units[at] as Unit;
      words.push(at === phrase.head ? unit.lemma : unit.lower);
    }
    return roleOfWords(words);
  }

  private argument(phrase: NounPhrase, strategy: ArgumentStrategy): FrameArgument {
    const first = this.units[phrase.first] as Unit;
    const last = this.units[phrase.last] as Unit;
    const head = this.units[phrase.head] as Unit;
    const text = this.parsed.input.plain.slice(first.start, last.end);
    const owner = phrase.possessor ? this.argument(phrase.possessor, 'possessor') : undefined;
    return {
      start: first.start,
      end: last.end,
      text,
      ...(head.claim ? { claim: head.claim.id } : {}),
      form: phrase.form,
      ...(phrase.form === 'nominal' ? { head: head.lemma } : {}),
      ...(owner ? { owner } : {}),
      strategy,
    };
  }

  // ── values ──────────────────────────────────────────────────────────────

  /**
   * The phrases of the verb's clause: back to the clause's start (a relative
   * or subordinating word, `;`, a bracket, the sentence start — which takes in
   * a fronted `In 1990,`), forward to the next such word, or a conjunction or
   * comma that opens another clause.
   */
  private clauseOf(index: number): [number, number] {
    let from = index;
    let comma = -1;
    // `graduated in 1915, married Y in 1919`: a verb of a series after a comma has its own values, not the first verb's.
    const serial = isPunct(this.phrases[index - 1], ',', this.units) && this.phrases[index]?.type === 'vg' && this.subjectOf(index)?.strategy === 'coordination';
    // `From 1967 to 1970 the PLO, led until 1969 by Shukeiri, fought …`: a participle set off after its noun is a
    // reduced relative clause, and the values before its noun are the main clause's.
    const verb = this.phrases[index];
    const bare = verb?.type === 'vg' && (verb.form === 'participle' || (verb.voice === 'passive' && verb.first === verb.main));
    // `Established in 1891 with funds left by Carl Grenholm`: so is a participle right after a preposition's object.
    const reduced = bare && ((isPunct(this.phrases[index - 1], ',', this.units) && this.phrases[index - 2]?.type === 'np') || (verb.form === 'participle' && this.phrases[index - 1]?.type === 'np' && this.phrases[index - 2]?.type === 'prep'));
    for (let at = serial || reduced ? -1 : index - 1; at >= 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      // `According to the Continued Biographies (645 AD) by Daoxuan, the monastery was built`: a bracket before the
      // verb is stepped over whole, so the clause does not start inside it.
      if (isPunct(phrase, ')', this.units)) {
        const open = this.openingBracket(at);
        if (open < at) {
          from = open;
          at = open;
          continue;
        }
      }
      // `X, whose term had ended in 2005, later taught`: the relative clause's values are its own.
      if (isPunct(phrase, ',', this.units) && comma < 0 && this.relativeClauseOpening(at) !== undefined) {
        from = index;
        break;
      }
      if (phrase.type === 'rel' || phrase.type === 'sub' || isPunct(phrase, ';', this.units) || isPunct(phrase, '(', this.units)) break;
      if (this.asideDash(at)) {
        const open = this.insideAside(index) ? undefined : this.pairedAsideDash(at, -1);
        if (open === undefined) break;
        from = open;
        at = open;
        continue;
      }
      // `originated in the 1990s as X, forming after the capture of Y`: a participle after a comma keeps its own values.
      if (phrase.type === 'vg' && comma >= 0 && (this.phrases[index] as Phrase).type === 'vg' && (this.phrases[index] as VerbGroup).form !== 'finite') {
        from = comma + 1;
        break;
      }
      if (phrase.type === 'vg' && (phrase as VerbGroup).form === 'finite') break;
      // `A wing added in 1925 was destroyed in 1944`: a participle of the subject keeps its own values.
      if (phrase.type === 'vg' && (phrase as VerbGroup).form === 'participle' && (this.phrases[index] as VerbGroup).form === 'finite') {
        from = index;
        break;
      }
      // `established in 1668, two years after the university was founded`: `after` before a subject and its finite
      // verb opens a clause of its own, and what stands before it is the main clause's.
      if (phrase.type === 'prep' && at === index - 2 && this.phrases[index - 1]?.type === 'np' && (this.phrases[index] as VerbGroup).form === 'finite' && clauseOpeningPrepositions.has((this.units[phrase.first] as Unit).lower)) break;
      if (isPunct(phrase, ',', this.units) && comma < 0) comma = at;
      // `after leaving the army`: a gerund's clause starts at its preposition.
      if (phrase.type === 'prep' && at === index - 1 && (this.phrases[index] as VerbGroup).form === 'gerund') {
        from = at;
        break;
      }
      // `Born in Tambobamba in 1968, she joined …`, `born about 1362, died 11 March 1405`, `Influenced by … in the
      // first half of the century, Mebyon Kernow formed`: a participle clause before a comma keeps its own values.
      if (phrase.type === 'vg' && comma >= 0 && (this.phrases[index] as Phrase).type === 'vg') {
        // `After being promoted in 1957–58, in 1959, the team merged`: the participle clause may end at an earlier comma.
        const own = (phrase as VerbGroup).form === 'finite' ? comma : this.clauseOf(at)[1] + 1;
        from = (own < comma && isPunct(this.phrases[own], ',', this.units) ? own : comma) + 1;
        break;
      }
      if (phrase.type === 'conj' && this.previousVerb(at) !== undefined) break;
      from = at;
    }
    let to = index;
    const nonFinite = verb?.type === 'vg' && (verb.form === 'participle' || verb.form === 'gerund');
    for (let at = index + 1; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      // `merged with Hewlett-Packard (HP) in May 2002`: a bracket inside the clause is stepped over.
      if (isPunct(phrase, '(', this.units)) {
        const close = this.closingBracket(at);
        if (close === undefined) break;
        at = close;
        to = close;
        continue;
      }
      // `died at 36 – the same age at which her father had died – on 27 November 1852`: the main clause steps over
      // an aside between dashes; a verb inside it ends at its closing dash.
      if (this.asideDash(at)) {
        const close = this.insideAside(index) ? undefined : this.pairedAsideDash(at, 1);
        if (close === undefined) break;
        at = close;
        to = close;
        continue;
      }
      if (phrase.type === 'rel' || phrase.type === 'sub' || isPunct(phrase, ';', this.units) || isPunct(phrase, ')', this.units)) break;
      if (phrase.type === 'vg' && (phrase as VerbGroup).form !== 'infinitive') break;
      if (phrase.type === 'conj' && this.opensClause(at)) break;
      if (isPunct(phrase, ',', this.units) && this.opensClause(at)) break;
      // `won three seats in 1910 and seven in 1914`: a figure and a date after `and` are a clause whose verb is left out.
      if (phrase.type === 'conj' && this.gappedFigure(at) !== undefined) break;
      // `His son, Carl, born in 1950, boxed professionally in the 1970s`: a reduced relative ends at the comma before
      // a word the tagger left unread, which is the main clause's verb.
      if (reduced && isPunct(phrase, ',', this.units) && this.phrases[at + 1]?.type === 'other') break;
      // `After being promoted in 1957–58, in 1959, the team merged`: a participle clause that has its date already ends at
      // the comma before another date, which opens the main clause.
      if (nonFinite && isPunct(phrase, ',', this.units) && this.phrases.slice(index + 1, at).some((between) => between.type === 'date') && this.phrases[at + 1]?.type === 'prep' && this.phrases[at + 2]?.type === 'date') break;
      to = at;
    }
    return [from, to];
  }

  /** Whether the phrase at `index` stands between an aside's dashes: an odd number of them before it. */
  private insideAside(index: number): boolean {
    let dashes = 0;
    for (let at = 0; at < index; at++) if (this.asideDash(at)) dashes++;
    return dashes % 2 === 1;
  }

  /** The aside dash that pairs with the one at `from`, looking forward (`step` 1) or back (`step` -1). */
  private pairedAsideDash(from: number, step: 1 | -1): number | undefined {
    for (let at = from + step; at >= 0 && at < this.phrases.length; at += step) if (this.asideDash(at)) return at;
    return undefined;
  }

  /** Whether the phrase is a dash with space on both sides, opening or closing an aside: `… – the same age … – …`. */
  private asideDash(at: number): boolean {
    const phrase = this.phrases[at];
    if (phrase?.type !== 'punct') return false;
    const unit = this.units[phrase.first] as Unit;
    if (unit.text !== '–' && unit.text !== '—') return false;
    const [before, after] = [this.units[phrase.first - 1], this.units[phrase.first + 1]];
    return before !== undefined && after !== undefined && before.end < unit.start && unit.end < after.start;
  }

  /**
   * Whether a date belongs to a noun inside `after …`, `before …`, `until …`:
   * `severed ties after his capture in 1992 and his call for peace in 1993`
   * dates the capture and the call, not the severing.
   */
  private insideTemporalPhrase(date: number): boolean {
    return this.temporalOpener(date);
  }

  /**
   * `coached the team to … their first appearance in the Championships since
   * the 1990s`: `since` after an ordinal noun phrase of the verb's object
   * measures the ranking (the first since then), not when the clause happened.
   */
  private rankedSince(date: number, verb: number): boolean {
    const before = this.phrases[date - 1];
    const claim = (this.units[(this.phrases[date] as Phrase).first] as Unit).claim;
    // The date reader keeps `since` inside the date (`since the 1990s`), or leaves it a preposition before it; `from
    // February 1956` opens a span and says when the clause's state began.
    const within = claim?.kind === 'date' && claim.value.relation === 'since' && /^since\b/i.test(claim.text);
    const apart = before?.type === 'prep' && (this.units[before.first] as Unit).lower === 'since';
    if (!within && !apart) return false;
    for (let at = apart ? date - 2 : date - 1; at > verb; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub' || isPunct(phrase, ',', this.units) || isPunct(phrase, ';', this.units)) return false;
      if (phrase.type !== 'np') continue;
      for (let unit = phrase.first; unit < phrase.head; unit++) if (ordinalWords.has((this.units[unit] as Unit).lower)) return true;
    }
    return false;
  }

  private temporalOpener(date: number): boolean {
    for (let at = date - 1; at >= 0 && at >= date - 10; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || isPunct(phrase, ',', this.units) || isPunct(phrase, ';', this.units)) return false;
      const word = (this.units[phrase.first] as Unit).lower;
      if ((phrase.type === 'prep' || phrase.type === 'sub') && ['after', 'before', 'following', 'until', 'till', 'since', 'upon'].includes(word)) return at < date - 1;
    }
    return false;
  }

  /**
   * `converted in 1668 or 1669 and the Duchess about eight years earlier`: a
   * date right after `and` and a new subject, with no verb of its own, is a
   * clause whose verb is left out, said of that subject, not of this one.
   */
  private gapped(date: number): boolean {
    // The date may sit inside the subject's own phrase (`the Duchess about eight years earlier`).
    let at = this.phrases[date]?.type === 'np' ? date : date - 1;
    const hedge = (phrase: Phrase): boolean => (phrase.type === 'other' && (this.units[phrase.first] as Unit).pos === 'ADV') || ['about', 'around', 'nearly', 'almost', 'some'].includes((this.units[phrase.first] as Unit).lower);
    while (at >= 0 && hedge(this.phrases[at] as Phrase)) at--;
    const subject = this.phrases[at];
    const joiner = this.phrases[at - 1];
    // The new subject opens with a determiner or a name (`the Duchess`), not with a count.
    const opener = subject?.type === 'np' ? (this.units[subject.first] as Unit) : undefined;
    if (!opener || (opener.pos !== 'DET' && opener.kind !== 'name' && opener.pos !== 'PROPN') || joiner?.type !== 'conj') return false;
    if (!['and', 'but', 'while'].includes((this.units[joiner.first] as Unit).lower)) return false;
    // `fought between Kaledia and Ostrava from 1931 to 1933`: `between` joins its two objects, never two clauses.
    const between = this.phrases[at - 3];
    if (this.phrases[at - 2]?.type === 'np' && between?.type === 'prep' && (this.units[between.first] as Unit).lower === 'between') return false;
    // No verb of its own up to the next conjunction or comma: `…, but Mary and Anne were brought up` is another clause.
    for (let at = date + 1; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg') return false;
      if (phrase.type === 'conj' || isPunct(phrase, ',', this.units)) return true;
    }
    return true;
  }

  /** Whether a conjunction or comma at `at` is followed by a new clause or verb (`and sold it`, `, which`, `, succeeding`). */
  /**
   * `and seven in 1914` after `won three seats in 1910`: a conjunction, a
   * figure, a preposition and a date, and nothing more before the clause
   * ends, repeat the verb before with a value and a time of their own.
   */
  private gappedFigure(at: number): { figure: Claim | undefined; date: Claim | undefined; end: number } | undefined {
    const conjunction = this.phrases[at];
    if (conjunction?.type !== 'conj' || (this.units[conjunction.first] as Unit).lower !== 'and') return undefined;
    const figure = this.phrases[at + 1];
    const preposition = this.phrases[at + 2];
    const date = this.phrases[at + 3];
    const after = this.phrases[at + 4];
    if (figure?.type === 'prep') return this.gappedDateFirst(at);
    if (figure?.type !== 'np' || figure.form !== 'figure' || preposition?.type !== 'prep' || date?.type !== 'date') return undefined;
    if (after !== undefined && !isPunct(after, ',', this.units) && !isPunct(after, ';', this.units) && !isPunct(after, '.', this.units)) return undefined;
    const figureClaim = (this.units[figure.head] as Unit).claim;
    const dateClaim = (this.units[date.first] as Unit).claim;
    return { figure: figureClaim, date: dateClaim?.kind === 'date' ? dateClaim : undefined, end: at + 3 };
  }

  /**
   * `won only two seats, and in 1946 and 1950 only one`: the gapped clause with
   * its date first, dates joined by `and`, an adverb before the figure.
   */
  private gappedDateFirst(at: number): { figure: Claim | undefined; date: Claim | undefined; end: number } | undefined {
    let next = at + 2;
    const dates: Claim[] = [];
    while (this.phrases[next]?.type === 'date') {
      const claim = (this.units[(this.phrases[next] as Phrase).first] as Unit).claim;
      if (claim?.kind === 'date') dates.push(claim);
      next += (this.phrases[next + 1] as Phrase | undefined)?.type === 'conj' && this.phrases[next + 2]?.type === 'date' ? 2 : 1;
    }
    while (this.phrases[next]?.type === 'other' && (this.units[(this.phrases[next] as Phrase).first] as Unit).pos === 'ADV') next++;
    const figure = this.phrases[next];
    const after = this.phrases[next + 1];
    if (dates.length === 0 || figure?.type !== 'np' || figure.form !== 'figure') return undefined;
    if (after !== undefined && !isPunct(after, ',', this.units) && !isPunct(after, ';', this.units) && !isPunct(after, '.', this.units)) return undefined;
    return { figure: (this.units[figure.head] as Unit).claim, date: dates[0], end: next };
  }

  /** The frame the gapped clause after a frame's own repeats (`and seven in 1914`), when the frame holds a figure. */
  private pushGapped(frame: Frame, index: number): void {
    if (frame.figures.length === 0) return;
    const to = this.clauseOf(index)[1];
    const gap = this.gappedFigure(to + 1);
    if (!gap?.figure || !gap.date) return;
    const start = (this.units[(this.phrases[to + 2] as Phrase).first] as Unit).start;
    const end = (this.units[(this.phrases[gap.end] as Phrase).last] as Unit).end;
    this.frames.push({ ...frame, figures: [gap.figure], dates: [{ claim: gap.date }], span: [start, end], patient: frame.patient?.form === 'figure' ? null : frame.patient });
  }

  private opensClause(at: number): boolean {
    // `and in 1946 the Japanese Anarchist Federation was founded`: a fronted date of the next clause is stepped over.
    for (let next = at + 1; next < this.phrases.length && next <= at + 9; next++) {
      const phrase = this.phrases[next] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub') return true;
      if (phrase.type === 'np' || (phrase.type === 'other' && (this.units[phrase.first] as Unit).pos === 'ADV')) continue;
      if ((phrase.type === 'date' || phrase.type === 'prep') && next <= at + (this.phrases[at]?.type === 'conj' ? 6 : 3)) continue;
      // `and a year later, in 1872, the brewhouse was destroyed`: a comma after a fronted time is stepped over too.
      if (this.phrases[at]?.type === 'conj' && isPunct(phrase, ',', this.units) && this.fronted(next - 1)) continue;
      return false;
    }
    return false;
  }

  /** Whether the phrase at `at` is a time told before a clause: a date, or `a year later`. */
  private fronted(at: number): boolean {
    const phrase = this.phrases[at];
    if (phrase?.type === 'date') return true;
    return phrase !== undefined && ['later', 'earlier', 'afterwards'].includes((this.units[phrase.last] as Unit).lower);
  }

  /** `as part of its "Baylor 2012" vision`: a date quoted with other words is part of a title, not a time of the clause. */
  private insideQuotedTitle(unit: number): boolean {
    let straight = 0;
    let curly = false;
    for (let at = 0; at < unit; at++) {
      const text = (this.units[at] as Unit).text;
      if (text === '"') straight++;
      else if (text === '“') curly = true;
      else if (text === '”') curly = false;
    }
    if (straight % 2 === 0 && !curly) return false;
    const quote = (text: string | undefined): boolean => text === '"' || text === '“' || text === '”';
    return !(quote(this.units[unit - 1]?.text) && quote(this.units[unit + 1]?.text));
  }

  /**
   * The last phrase of the appositions from `at`: up to the comma that closes
   * each, past the next while it opens on a noun phrase (`, a farmer …`) —
   * not on a preposition or a date, which return to the clause.
   */
  private appositionsEnd(at: number, to: number): number {
    let end = at;
    for (;;) {
      while (end < to && !isPunct(this.phrases[end + 1], ',', this.units)) end++;
      const next = this.phrases[end + 2];
      if (end >= to || next?.type !== 'np' || (next.form !== 'nominal' && next.form !== 'name')) return end;
      end += 2;
    }
  }

  /** `, the eldest son of X`: a kin noun set off by a comma and followed by `of`, at phrase `at`. */
  private apposedRelative(at: number): boolean {
    const phrase = this.phrases[at] as Phrase;
    // `, the only son of X`: the tagger may leave `the only` outside the noun phrase.
    let before = at - 1;
    while (before > at - 4 && this.phrases[before]?.type === 'other') before--;
    return phrase.type === 'np' && phrase.form === 'nominal' && isPunct(this.phrases[before], ',', this.units) && kinNouns.has((this.units[phrase.head] as Unit).lemma) && this.ofPhraseAfter(at) !== undefined;
  }

  /**
   * The commas around a noun phrase apposed to the subject right before the
   * verb (`Halvard Ness, chairman of Norsk Hydro from 1967 to 1979, was
   * born`), when no verb, relative or bracket stands between them.
   */
  private appositionBefore(verb: number): [number, number] | undefined {
    let close = verb - 1;
    while ((this.phrases[close] as Phrase | undefined)?.type === 'other' && (this.units[(this.phrases[close] as Phrase).first] as Unit).pos === 'ADV') close--;
    if (!isPunct(this.phrases[close], ',', this.units)) return undefined;
    for (let at = close - 1; at > 0; at--) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type === 'vg' || phrase.type === 'rel' || phrase.type === 'sub' || isPunct(phrase, ';', this.units) || isPunct(phrase, '(', this.units) || isPunct(phrase, ')', this.units)) return undefined;
      if (isPunct(phrase, ',', this.units)) return this.phrases[at - 1]?.type === 'np' && this.phrases[at + 1]?.type === 'np' ? [at, close] : undefined;
    }
    return undefined;
  }

  /**
   * `where he was born in 2010, the centenary of his birth`: a date an
   * anniversary is apposed to is the anniversary's, not the date of the event
   * the clause tells.
   */
  private anniversaryApposed(at: number): boolean {
    const next = this.phrases[at + 2];
    if (this.phrases[at]?.type !== 'date' || !isPunct(this.phrases[at + 1], ',', this.units) || !next) return false;
    // The tagger may leave `the centenary` outside a noun phrase: its words are read as they stand.
    return this.units.slice(next.first, next.last + 1).some((unit) => ANNIVERSARY_NOUNS.has(unit.lower));
  }

  private datesIn(from: number, to: number, verb: number): Frame['dates'] {
    const dates: Frame['dates'] = [];
    // `since April 25, 2011, when the session was held`: a `when` clause happens at the date it hangs on.
    const opener = this.phrases[from - 1];
    if (opener?.type === 'sub' && (this.units[opener.first] as Unit).lower === 'when') {
      let at = from - 2;
      if (isPunct(this.phrases[at], ',', this.units)) at--;
      const antecedent = this.phrases[at];
      // `in the 1936 election, when it won 41 seats`: a noun phrase's own date too.
      const dateUnit = antecedent?.type === 'date' ? antecedent.first : antecedent?.type === 'np' && antecedent.form === 'nominal' && antecedent.dates.length === 1 ? antecedent.dates[0] : undefined;
      const claim = dateUnit === undefined ? undefined : (this.units[dateUnit] as Unit).claim;
      if (claim?.kind === 'date' && claim.value.granularity === 'range') dates.push({ claim, part: claim.value.to && claim.value.to.timex !== 'PRESENT_REF' ? 'to' : 'from' });
      else if (claim) dates.push({ claim });
    }
    let depth = this.bracketDepthAt(from);
    const verbDepth = this.bracketDepthAt(verb);
    let verbsOwn = false;
    const apposition = this.appositionBefore(verb);
    for (let at = from; at <= to; at++) {
      const phrase = this.phrases[at] as Phrase;
      // `Halvard Ness, chairman of Norsk Hydro from 1967 to 1979, was born in 1915`: the subject's apposition is dated
      // by its own words, not the verb.
      if (apposition && at > apposition[0] && at < apposition[1]) continue;
      // `was born in Norrhamn, the eldest son of Tomas Ekdahl, a member of the Landsting from 1936 to 1956`: an apposed
      // relative, and the appositions after it, tell of that relative, whose dates are not the verb's; a phrase after
      // them is the clause's again (`married Grace Leib, daughter of John Burke, on February 26, 1924`).
      if (at > verb && this.apposedRelative(at)) {
        at = this.appositionsEnd(at, to);
        continue;
      }
      if (isPunct(phrase, '(', this.units)) {
        depth++;
        verbsOwn = at === verb + 1 && this.onlyDateInBracket(at);
      }
      if (isPunct(phrase, ')', this.units)) depth = Math.max(0, depth - 1);
      // `born to Virginia Lee Hubble (née James) (1864–1934)`, `Maren (born 3 April 1931) is Queen`: a date in a bracket the verb is not in is the bracket's
      // — unless the bracket holds only a date and follows the verb: `when Gaudí died (in 1926)`.
      if (depth > verbDepth && !(verbsOwn && depth === verbDepth + 1)) continue;
      // `at the 2010 census`, `in the 2023 season`: a date inside a noun phrase right after `at`, `in` or `during`
      // dates the clause too; one inside a name (`the 1998 FIFA World Cup`) does not.
      const opener = at > 0 ? (this.units[(this.phrases[at - 1] as Phrase).first] as Unit).lower : '';
      // `according to the 2011 census` dates a figure as `at the 2011 census` does.
      const according = opener === 'according' || (opener === 'to' && at > 1 && (this.units[(this.phrases[at - 2] as Phrase).first] as Unit).lower === 'according');
      const timeNoun = phrase.type === 'np' && (['in', 'at', 'during', 'on'].includes(opener) || according) && phrase.form === 'nominal';
      // `Dorn led the party through the land reform campaign of 1920–1922`: a noun's own `of` date is the noun's; it
      // bounds no state the verb holds.
      const nounsOwn = phrase.type === 'date' && opener === 'of' && this.phrases[at - 2]?.type === 'np' && this.statefulVerb(verb);
      // `a family traced back to 1440`, `dating back to 1102`: how far back something reaches, not when the verb happened.
      const reachedBack = phrase.type === 'date' && opener === 'to' && this.units[(this.phrases[at - 1] as Phrase).first - 1]?.lower === 'back';
      const units = nounsOwn || reachedBack || (at > verb && this.phrases[verb]?.type === 'vg' && this.anniversaryApposed(at)) ? [] : phrase.type === 'date' ? [phrase.first] : timeNoun && phrase.type === 'np' ? phrase.dates : [];
      for (const unit of units) {
        if ((this.takenDates.has(unit) && !this.settingDates.has(unit)) || this.insideTemporalPhrase(at) || this.gapped(at) || this.insideQuotedTitle(unit) || this.rankedSince(at, verb)) continue;
        dates.push({ claim: (this.units[unit] as Unit).claim as Claim });
      }
    }
    // `He led the company until his death in 1990`: the death's date ends the state.
    for (let at = verb + 1; at <= to + 2 && at < this.phrases.length - 1; at++) {
      const phrase = this.phrases[at] as Phrase;
      const word = (this.units[phrase.first] as Unit).lower;
      if (phrase.type !== 'prep' && phrase.type !== 'sub') continue;
      if (!['until', 'till', 'since', 'after', 'before'].includes(word)) continue;
      const next = this.phrases[at + 1];
      if (next?.type !== 'np') continue;
      const nounFrame = this.frames.find((frame) => frame.voice === 'noun' && frame.trigger[0] === (this.units[next.head] as Unit).start);
      const part = word === 'since' || word === 'after' ? ('from' as const) : ('to' as const);
      for (const date of nounFrame?.dates ?? []) dates.push({ claim: date.claim, part });
      if (!nounFrame && (word === 'until' || word === 'till')) for (const claim of this.boundClauseDates(at + 2)) dates.push({ claim, part });
    }
    // `Barely a month later, on May 2, he signed …`: an offset from an earlier date leads in to the date the clause
    // states; it is the same day told roughly, no second date.
    const stated = dates.filter((date) => !pureOffset(date.claim));
    if (stated.length > 0 && stated.length < dates.length) return stated;
    if (dates.length > 0) return dates;
    const when = this.whenClauseAfter(to);
    if (when.length > 0) return when;
    const fronted = this.frontedFor(from, verb);
    return fronted.length > 0 ? fronted : this.mainClauseDates(from, to);
  }

  /** Whether the verb at `verb` reads as a state the registry knows (`led`, `served as`, `lived`). */
  private statefulVerb(verb: number): boolean {
    const group = this.phrases[verb];
    return group?.type === 'vg' && predicatesOf(group.lemma).some(({ type, predicate }) => eventType(type).stateful && (predicate.aspect ?? 'state') === 'state');
  }

  /**
   * `until the coalition collapsed in 1958`: the date of the clause `until`
   * opens, whose subject is `verb - 1`, bounds the state before it.
   */
  private boundClauseDates(verb: number): Claim[] {
    const phrase = this.phrases[verb];
    if (phrase?.type !== 'vg' || phrase.form !== 'finite') return [];
    for (let at = verb + 1; at < Math.min(this.phrases.length, verb + 5); at++) {
      const item = this.phrases[at] as Phrase;
      if (item.type === 'date') {
        const claim = (this.units[item.first] as Unit).claim;
        return claim?.kind === 'date' ? [claim] : [];
      }
      if (item.type === 'punct' || item.type === 'sub' || item.type === 'vg') return [];
    }
    return [];
  }

  /**
   * `Led by Loveday Jenkin, it contested the 2001 general election`: an
   * undated participle clause that opens the sentence holds when its main
   * clause does.
   */
  private mainClauseDates(from: number, to: number): Frame['dates'] {
    const opener = this.phrases[from];
    if (from !== 0 || opener?.type !== 'vg' || (opener.form !== 'participle' && opener.form !== 'gerund') || !isPunct(this.phrases[to + 1], ',', this.units)) return [];
    // Only a state (`Led by X`, `Owned by Y`): `Founded by Smith, the firm was sold in 1990` was founded before.
    const state = predicatesOf(opener.lemma).some(({ type, predicate }) => eventType(type).stateful && (predicate.aspect ?? 'state') === 'state');
    if (!state) return [];
    const main = this.phrases.findIndex((phrase, at) => at > to + 1 && phrase.type === 'vg' && phrase.form === 'finite');
    if (main < 0) return [];
    const [mainFrom, mainTo] = this.clauseOf(main);
    return mainFrom > to ? this.datesIn(mainFrom, mainTo, main) : [];
  }

  /**
   * `The war ended when China declared a ceasefire on 20 November 1962`: an
   * undated clause happens when the `when` clause right after it does.
   */
  private whenClauseAfter(to: number): Frame['dates'] {
    let at = to + 1;
    if (isPunct(this.phrases[at], ',', this.units)) at++;
    const when = this.phrases[at];
    if (when?.type !== 'sub' || (this.units[when.first] as Unit).lower !== 'when') return [];
    const dates: Frame['dates'] = [];
    for (at++; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (isPunct(phrase, ',', this.units) || isPunct(phrase, ';', this.units) || phrase.type === 'rel' || phrase.type === 'sub') break;
      if (phrase.type === 'date') dates.push({ claim: (this.units[phrase.first] as Unit).claim as Claim });
    }
    return dates;
  }

  /** Whether the bracket opened at phrase `open` holds one date and at most a preposition before it: `(in 1926)`, `(1926)`. */
  private onlyDateInBracket(open: number): boolean {
    let at = open + 1;
    if (this.phrases[at]?.type === 'prep') at++;
    return this.phrases[at]?.type === 'date' && isPunct(this.phrases[at + 1], ')', this.units);
  }

  /**
   * Dates of the adverbial that opens the sentence and dates every clause of
   * its main subject: `In 1990, …`, `On 9 June 2018, …`, `In 1745 a daughter
   * was born`, and `Following their deaths in 2013, …` (the event noun's date
   * then also dates the main clause, which follows it).
   */
  private get frontedDates(): number[] {
    const first = this.phrases[0];
    if (!first) return [];
    const opener = (this.units[first.first] as Unit).lower;
    // `Following their deaths in 2013, …`, `Beginning in 1986, …`, `Starting in 2001, …`.
    const leading = opener === 'following' || opener === 'beginning' || opener === 'starting';
    const opensAdverbial = first.type === 'prep' || first.type === 'date' || leading || (first.type === 'other' && (this.units[first.first] as Unit).pos === 'ADV');
    // `According to the Continued Biographies (645 AD) by Daoxuan, …` names a source, not a time.
    if (!opensAdverbial || opener === 'according') return [];
    const dates: number[] = [];
    let depth = 0;
    for (let at = 0; at < this.phrases.length; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (isPunct(phrase, ',', this.units)) break;
      if (isPunct(phrase, '(', this.units)) depth++;
      if (isPunct(phrase, ')', this.units)) depth = Math.max(0, depth - 1);
      // A date in brackets is its noun's (`the Jiaqing Chongxiu Yitongzhi (1843)`), not the clause's.
      if (depth > 0) continue;
      if (phrase.type === 'date') dates.push(phrase.first);
      if (phrase.type === 'np') dates.push(...phrase.dates);
      else if (phrase.type === 'vg' && !(at === 0 && leading)) return dates.length > 0 && at > 0 && this.phrases[at - 1]?.type === 'np' ? dates : [];
      else if (phrase.type === 'rel' || phrase.type === 'sub') return [];
    }
    return dates;
  }

  private frontedFor(from: number, verb?: number): Frame['dates'] {
    const fronted = this.frontedDates;
    if (fronted.length === 0) return [];
    const lastFronted = fronted[fronted.length - 1] as number;
    // `In 2011, Nature reported claims that Hubble had played a role`: a past perfect after another verb of the
    // sentence happened before the time the fronted date gives, not at it.
    const group = verb === undefined ? undefined : this.phrases[verb];
    const pastPerfect = group?.type === 'vg' && (this.units[group.first] as Unit).lower === 'had' && group.main !== group.first;
    // `In 1955, eighteen years after the bridge opened, …`: a clause opened by `after` or `before` is timed by it, not
    // by the fronted date.
    const opener = this.phrases[from - 1];
    if (opener?.type === 'prep' && clauseOpeningPrepositions.has((this.units[opener.first] as Unit).lower)) return [];
    // Only a clause of the main sentence: no relative or subordinate word between the fronted date and it, unless a
    // comma closed that clause before it (`In 1989, the Center unveiled its memorial, which was designed by Maya Lin,
    // with Julian Bond presiding`).
    let inner = false;
    // `In 1832 X took over Y, and then in 1840 it absorbed Z`: a date opening a later conjunct is that conjunct's own.
    let conjunct: number | undefined;
    let afterConjunction = false;
    for (let at = (this.parsed.phraseOf[lastFronted] as number) + 1; at < from; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (isPunct(phrase, ';', this.units) || (pastPerfect && phrase.type === 'vg')) return [];
      if (phrase.type === 'rel' || phrase.type === 'sub') inner = true;
      else if (inner && isPunct(phrase, ',', this.units) && this.phrases[at - 1]?.type !== 'rel' && this.phrases[at - 1]?.type !== 'sub') inner = false;
      if (phrase.type === 'conj') afterConjunction = true;
      else if (afterConjunction && phrase.type === 'date') conjunct = phrase.first;
      else if (phrase.type === 'np' || phrase.type === 'vg') afterConjunction = false;
    }
    if (inner) return [];
    if (conjunct !== undefined) return [{ claim: (this.units[conjunct] as Unit).claim as Claim }];
    return fronted.map((unit) => ({ claim: (this.units[unit] as Unit).claim as Claim }));
  }

  private figuresIn(index: number, object: FrameArgument | null, type?: EventTypeId): Claim[] {
    // Only counts, tolls, prices and sentences carry figures: `held between 46 and 48 months after` dates nothing.
    if (type !== undefined && !figureTypes.has(type)) return [];
    if (object?.form === 'figure' && object.claim) {
      const unit = this.units.find((candidate) => candidate.claim?.id === object.claim);
      return unit?.claim ? [unit.claim] : [];
    }
    const [from, to] = this.clauseOf(index);
    const figures: Claim[] = [];
    for (let at = from; at <= to; at++) {
      const phrase = this.phrases[at] as Phrase;
      if (phrase.type !== 'np' || phrase.form !== 'figure') continue;
      const claim = (this.units[phrase.head] as Unit).claim;
      if (claim) figures.push(claim);
    }
    return figures;
  }

  private placeIn(from: number, to: number): Claim | null {
    let building: Claim | null = null;
    for (let at = from + 1; at <= to; at++) {
      const phrase = this.phrases[at] as Phrase;
      const before = this.phrases[at - 1] as Phrase;
      if (phrase.type !== 'np' || before.type !== 'prep') continue;
      if (!['in', 'at', 'near', 'to', 'off'].includes((this.units[before.first] as Unit).lower)) continue;
      const claim = (this.units[phrase.head] as Unit).claim;
      if (claim?.kind === 'place') return claim;
      // `in the mining village of Stennet`: a place noun's `of` names the place.
      const named = this.placeOfPlaceNoun(phrase, at) ?? this.placeAfterSite(phrase, at, to);
      if (named) return named;
      // `in his Paris apartment`, `at a London hospital`: a place naming where the building stands, unless the clause
      // names a place of its own (`in the Qazi Ghel village in Paghman`).
      const modifier = this.units.slice(phrase.first, phrase.head).find((unit) => unit.claim?.kind === 'place')?.claim;
      if (modifier && (this.units[phrase.head] as Unit).kind === 'word' && !placeNouns.has((this.units[phrase.head] as Unit).lemma)) building ??= modifier;
    }
    return building ?? this.placeBeforeWhere(from);
  }

  /** `the mining village of Stennet`, `the town of Selce`: the place after a place noun's `of`. */
  private placeOfPlaceNoun(phrase: NounPhrase, at: number): Claim | null {
    const head = this.units[phrase.head] as Unit;
    const of = this.phrases[at + 1];
    const named = this.phrases[at + 2];
    if (head.kind !== 'word' || !placeNouns.has(head.lemma) || of?.type !== 'prep' || (this.units[of.first] as Unit).lower !== 'of' || named?.type !== 'np') return null;
    const claim = (this.units[named.head] as Unit).claim;
    return claim?.kind === 'place' ? claim : null;
  }

  /**
   * `at his post on Morne Blanc`, `in the streets of Ferrier's Bay`, `at his
   * villa in Stresa`: a common noun for a site, then the named place it is in
   * or on.
   */
  private placeAfterSite(phrase: NounPhrase, at: number, to: number): Claim | null {
    const head = this.units[phrase.head] as Unit;
    const preposition = this.phrases[at + 1];
    const named = this.phrases[at + 2];
    if (at + 2 > to || phrase.form !== 'nominal' || head.kind !== 'word' || nonSiteNouns.has(head.lemma) || preposition?.type !== 'prep' || named?.type !== 'np') return null;
    if (!siteLinks.has((this.units[preposition.first] as Unit).lower)) return null;
    const claim = (this.units[named.head] as Unit).claim;
    return claim?.kind === 'place' ? claim : null;
  }

  /** The place an event noun's own `in`/`at` phrase names, up to the noun phrase's end. */
  private nounPlace(from: number, to: number): Claim | null {
    for (let at = from + 1; at <= to; at++) {
      const phrase = this.phrases[at] as Phrase;
      const before = this.phrases[at - 1] as Phrase;
      if (phrase.type !== 'np' || before.type !== 'prep' || !['in', 'at'].includes((this.units[before.first] as Unit).lower)) continue;
      const claim = (this.units[phrase.head] as Unit).claim;
      if (claim?.kind === 'place') return claim;
    }
    return null;
  }

  /**
   * `Helsinki, the city of her birth`, `Ulm, the town of his death`: an event
   * noun in the `of` phrase of a place noun apposed to a place happened there.
   */
  private apposedPlaceOf(index: number): Claim | null {
    const of = this.phrases[index - 1];
    const holder = this.phrases[index - 2];
    if (of?.type !== 'prep' || (this.units[of.first] as Unit).lower !== 'of' || holder?.type !== 'np') return null;
    if (!placeNouns.has((this.units[holder.head] as Unit).lower) || !isPunct(this.phrases[index - 3], ',', this.units)) return null;
    const place = this.phrases[index - 4];
    const claim = place?.type === 'np' ? (this.units[place.head] as Unit).claim : undefined;
    return claim?.kind === 'place' ? claim : null;
  }

  /**
   * `a Senior Fellow at the Bipartisan Policy Center (BPC), where he works`:
   * the body (no place) that a `where` clause opening the verb's clause
   * follows, a bracketed short name stepped over.
   */
  private bodyBeforeWhere(index: number): FrameArgument | undefined {
    let at = index - 1;
    while (at > index - 4 && at > 0 && ((this.phrases[at] as Phrase).type === 'np' || (this.phrases[at] as Phrase).type === 'other')) at--;
    const opener = this.phrases[at];
    if (opener?.type !== 'sub' || (this.units[opener.first] as Unit).lower !== 'where') return undefined;
    let before = at - 1;
    if (isPunct(this.phrases[before], ',', this.units)) before--;
    if (isPunct(this.phrases[before], ')', this.units)) before = this.openingBracket(before) - 1;
    // `Baylor Law School in 2006, where …`: past the date the body's clause gives it.
    if (this.phrases[before]?.type === 'date' && this.phrases[before - 1]?.type === 'prep') before -= 2;
    const phrase = this.phrases[before];
    if (phrase?.type !== 'np') return undefined;
    const body = this.argument(phrase, 'relative');
    return this.namesBody(body) ? body : undefined;
  }

  /** `in Samara, where Orlov was born`: a clause opened by `where` happens at the place it follows. */
  private placeBeforeWhere(from: number): Claim | null {
    let at = from;
    while (at > 0 && (this.phrases[at] as Phrase).type !== 'sub' && at > from - 2) at--;
    const opener = this.phrases[at] as Phrase | undefined;
    if (opener?.type !== 'sub' || (this.units[opener.first] as Unit).lower !== 'where') return null;
    let before = at - 1;
    if (isPunct(this.phrases[before], ',', this.units)) before--;
    const phrase = this.phrases[before];
    const claim = phrase?.type === 'np' ? (this.units[phrase.head] as Unit).claim : undefined;
    return claim?.kind === 'place' ? claim : null;
  }

  private repeatedIn(from: number, to: number): boolean {
    return repeatIn(this.units, (this.phrases[from] as Phrase).first, (this.phrases[to] as Phrase).last);
  }

  /**
   * `bought out The Boston Journal and created The Boston Herald and Boston
   * Journal`: in a clause that merges or buys, what is created from two
   * names is one body bearing both, not a new founding of each.
   */
  private combined(patient: FrameArgument): FrameArgument {
    const parts = [patient, ...(patient.conjuncts ?? [])];
    let end = (parts[parts.length - 1] as FrameArgument).end;
    if (patient.start === undefined || end === undefined) return patient;
    // The name may have been read as ending at `and` (`The Boston Herald` | `and Boston Journal`).
    const joined = andCapitalisedWords.exec(this.parsed.input.plain.slice(end));
    if (parts.length === 1 && !joined) return patient;
    if (joined) end += joined[0].trimEnd().length;
    const { conjuncts: _conjuncts, claim: _claim, ...rest } = patient;
    return { ...rest, end, text: this.parsed.input.plain.slice(patient.start, end) };
  }

  /**
   * `He is said to have been born`, `It is thought to have been built`: a
   * clause whose verb borrows its subject from a raising verb just before
   * (`is said to`, `seems to`) quotes that subject too, when only a few words
   * and no punctuation stand between them.
   */
  private withSubject(frame: Frame): [number, number] {
    const [from, to] = frame.span;
    const plain = this.parsed.input.plain;
    let start = from;
    for (const argument of [frame.agent, frame.patient]) {
      if (argument?.start === undefined || argument.end === undefined || argument.end > from || argument.start >= start) continue;
      const between = plain.slice(argument.end, from);
      if (wordsOnly.test(between) && between.trim().split(/\s+/u).length <= 4) start = argument.start;
    }
    return [start, to];
  }

  private spanOf(from: number, to: number): [number, number] {
    const first = this.units[(this.phrases[Math.max(0, from)] as Phrase).first] as Unit;
    const last = this.units[(this.phrases[Math.min(this.phrases.length - 1, to)] as Phrase).last] as Unit;
    return [first.start, last.end];
  }

  private source(): Frame['source'] {
    const where = this.parsed.input.where;
    return where === 'infobox' ? 'infobox' : where === 'list' ? 'list' : where === 'table' ? 'table' : 'prose';
  }
}

// Built once: the bundler writes a `\p{…}` literal as `new RegExp(…)`, made again at every call, and every frame asks.
/** The office the lower-case words before a name give: `president` of `president Ruth Calder`. */
function titleBefore(text: string): string | null {
  const words = text.split(/\s+/u);
  const lower: string[] = [];
  for (const word of words) {
    if (!startsLowerCase(word) || ['the', 'a', 'an'].includes(word)) {
      if (lower.length > 0 || !['the', 'a', 'an'].includes(word)) break;
      continue;
    }
    lower.push(word);
  }
  return lower.length > 0 && lower.length < words.length ? roleOfWords(lower) : null;
}

const wordsOnly = /^[\s\p{L}'’-]*$/u;

function phraseHasRepeat(units: readonly Unit[], phrase: NounPhrase): boolean {
  return repeatIn(units, phrase.first, phrase.last);
}

/** `again`, `re-elected`, `a second term`, `for the third time` between two units. */
function repeatIn(units: readonly Unit[], first: number, last: number): boolean {
  for (let at = first; at <= last; at++) {
    const unit = units[at] as Unit;
    if (repeatCues.has(unit.lower)) return true;
    if (ordinalWords.has(unit.lower) && unit.lower !== 'first' && repeatNouns.has(units[at + 1]?.lemma ?? '')) return true;
    if (unit.pos === 'VERB' && /^re-?[a-z]/.test(unit.lower) && repeatCues.has(unit.lower)) return true;
  }
  return false;
}

/** A frame a list row's or table's structure states, with no clause of its own: no place, no figures, stated once. */
export function structureFrame(type: EventTypeId, predicate: string, trigger: [number, number], span: [number, number], parts: Pick<Frame, 'agent' | 'patient' | 'dates' | 'role' | 'aspect' | 'source'>): Frame {
  return { type, predicate, trigger, span, voice: 'structure', figures: [], place: null, negated: false, repeated: false, ...parts };
}

/** A list row's office: `holder` held `role` of `body` over `dates`, read from the row's structure. */
export function listOffice(role: string, trigger: [number, number], span: [number, number], holder: FrameArgument, body: FrameArgument | null, dates: Frame['dates'], source: Frame['source']): Frame {
  return structureFrame('office', `list ${role}`, trigger, span, { agent: holder, patient: body, dates, role, aspect: 'state', source });
}

// Predicates of the occurrence type that only say an event happened: `took place`, `occurred`, `was held`.
const happeningPredicates: ReadonlySet<string> = new Set(['take place', 'occur', 'happen', 'hold']);

// Nouns of the means an act was done by, not a doer: `created by special legislation`, `abolished by decree`.
// A range written out in words runs from one time to another; a dash may join two guesses at one date.
const spanWords = /\s(?:until|till|to)\s/iu;

const instrumentNouns: ReadonlySet<string> = new Set(['legislation', 'law', 'act', 'decree', 'statute', 'charter', 'order', 'resolution', 'referendum', 'vote', 'ordinance', 'edict', 'proclamation']);

// Nouns a count of the dead or hurt is written with: `4,000 deaths`, `300 casualties`.
const casualtyNouns: ReadonlySet<string> = new Set(['deaths', 'dead', 'casualties', 'fatalities', 'death', 'casualty', 'fatality']);

// Nouns of spans of time: `for three years` says how long, not for whom.
// What a bracketed tenure is held in, and the office it is: `(on the throne since 1953)`, `(in office since 2015)`.
const bracketedTenures: ReadonlyMap<string, string | null> = new Map([['throne', 'monarch'], ['office', null], ['power', null]]);

const durationNouns: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'season', 'decade', 'century']);

/** `three years`, `two seasons`: a figure that counts time. */
function isDuration(argument: FrameArgument): boolean {
  if (argument.form !== 'figure') return false;
  return durationNouns.has((argument.text.toLowerCase().split(/\s+/).pop() ?? '').replace(/s$/, ''));
}

/** `three studio albums`: a count of works. */
function countsWorks(argument: FrameArgument): boolean {
  const last = argument.text.toLowerCase().split(/\s+/).pop() ?? '';
  return workNouns.has(last.replace(/s$/, ''));
}

/** Whether an argument names a person: a personal pronoun or a person's name. */
/** A date told only as an offset from an earlier one: `a month later`, `two years after`; not `May 2` or `the following June`. */
function pureOffset(claim: Claim): boolean {
  const relative = claim.kind === 'date' ? claim.value.relative : undefined;
  return relative !== undefined && relative.unit !== undefined && relative.shift !== 0 && relative.month === undefined && relative.day === undefined && relative.weekday === undefined;
}

function personLike(argument: FrameArgument, units: readonly Unit[]): boolean {
  if (argument.form === 'pronoun') return ['his', 'her', 'he', 'she', 'him', 'their'].includes(argument.text.toLowerCase());
  if (argument.form !== 'name') return false;
  // `The Quell's first drummer`: one word after the article is a band's or a firm's name, though the name
  // extractor took it for a surname of someone named nearby.
  const named = units.find((unit) => unit.claim !== undefined && unit.claim.id === argument.claim);
  if (named?.claim?.kind === 'person' && argument.text.toLowerCase().startsWith('the ') && !named.claim.text.includes(' ')) return false;
  return named?.claim?.kind === 'person';
}

/**
 * A frame whose agent or patient names several coordinated names holds for
 * each of them; for a reciprocal type, two coordinated names with no other
 * participant are the pair (`Ann and Bob married`, `were married`).
 */
function expandConjuncts(frame: Frame): Frame[] {
  const agents = frame.agent?.conjuncts ? [frame.agent, ...frame.agent.conjuncts] : [frame.agent];
  const patients = frame.patient?.conjuncts ? [frame.patient, ...frame.patient.conjuncts] : [frame.patient];
  if (agents.length === 1 && patients.length === 1) return [frame];
  const strip = (argument: FrameArgument | null): FrameArgument | null => {
    if (!argument) return null;
    const { conjuncts: _conjuncts, ...rest } = argument;
    return rest;
  };
  const pair = agents.length === 2 && !frame.patient ? agents : patients.length === 2 && !frame.agent ? patients : null;
  if (pair && eventType(frame.type).reciprocal) return [{ ...frame, agent: strip(pair[0] ?? null), patient: strip(pair[1] ?? null) }];
  return agents.flatMap((agent) => patients.map((patient) => ({ ...frame, agent: strip(agent), patient: strip(patient) })));
}

/** An office by its one name: `chairman` and `chairwoman` are the `chair`; `head coach` is the `manager`. */
function normalRole(role: string | null): string | null {
  if (role === null) return null;
  // `minister of interior`: a post with its portfolio is already the post's name.
  if (portfolioOffices.has(role.split(' ')[0] ?? '') && role.includes(' of ')) return role;
  return roleOfWords(role.split(' ')) ?? role;
}

/** The years a range claim spans, or null when either end has no year. */
/** The last word of the noun a count counts (`seats` of `41 seats`, `deaths` of `18 civilian deaths`), lower case, or `''`. */
function countedNounOf(claim: Claim | undefined): string {
  return claim?.kind === 'quantity' ? (claim.value.noun ?? '').toLowerCase().split(/\s+/).pop() ?? '' : '';
}

// Personal pronouns that can be the subject of a relative clause with no relative pronoun (`the club he founded`).
const personalSubjects: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we']);

function yearSpan(claim: Claim): number | null {
  if (claim.kind !== 'date') return null;
  const year = (iso: string | null | undefined): number | null => {
    const match = /^(-?\d{4})/.exec(iso ?? '');
    return match ? Number(match[1]) : null;
  };
  const from = year(claim.value.from?.start);
  const to = year(claim.value.to?.end ?? claim.value.to?.start);
  return from === null || to === null ? null : to - from;
}

/** What an event noun says of its state: `his appointment` starts it, `her resignation` ends it, `his tenure` is all of it. */
function nounAspect(lemma: string, definition: EventTypeDefinition): Aspect | null {
  if (!definition.stateful) return null;
  return definition.nounAspects?.[lemma] ?? 'state';
}

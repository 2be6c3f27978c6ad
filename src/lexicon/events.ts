import { copulas } from './grammar.js';
import { type LexiconModule } from './list.js';
import { peopleNouns } from './roles.js';

/**
 * The registry of event types: what each kind of event is, declared once.
 *
 * A type lists the predicates that state it (verb lemmas with their particle
 * and how their grammatical arguments map to agent and patient), the event
 * nouns that name it (`founding`, `death`), whether it happens once, whether
 * its participants must be alive to take part, and the infobox keys that give
 * it. The frame reader, the resolver and the rules ask this table
 * (`eventType`, `predicatesOf`, `eventNoun`, `infoboxEvent`) and keep no word
 * sets of their own. The vocabulary comes from the event classes of
 * docs/frames.md and the wording of the corpus articles.
 */

/** Which participant a fact is about, or must be alive. */
export type Participant = 'agent' | 'patient';

/** Whether a type happens once: per patient (a birth), per agent and patient (a marriage to X), or may repeat. */
export type Once = 'patient' | 'pair' | 'agent' | 'no';

/** Where a state stands: it begins, ends, holds over a span, or happens at a point. */
export type Aspect = 'start' | 'end' | 'state' | 'point';

/** A verb that states an event type, with how its arguments map. */
export interface Predicate {
  /** The verb's lemma as the tagger gives it (`found`, `set`, `bear`). */
  lemma: string;
  /** A particle that must follow it (`set up`, `take over`, `pass away`). */
  particle?: string;
  /** Only in this voice (`bear` states a birth only in the passive: `was born`). */
  voice?: 'active' | 'passive';
  /** A preposition that must introduce the object (`preside over`, `play for`, `graduate from`). */
  preposition?: string;
  /**
   * In the active voice, the grammatical subject is the agent unless this says
   * `patient` (`X died`: the one who dies is the patient). The passive swaps
   * as usual: the subject is the patient, `by X` the agent — unless a passive
   * predicate says `agent` (`the city is divided into 14 districts`: the city
   * has the districts).
   */
  subject?: Participant;
  /** The aspect the verb gives a stateful type: `took over` starts an office, `resigned` ends it. */
  aspect?: Aspect;
  /**
   * The object must be a count (`killed 18 people`), must be there and not be
   * one (`killed Smith`), or must be absent, with no verb following either
   * (`the war began` but not `began advocating`).
   */
  object?: 'figure' | 'entity' | 'none';
  /** With no object, the subject is what the event happens to: `the band formed in 1965`, `the stadium opened`. */
  unaccusative?: boolean;
  /**
   * For offices and memberships: the one who holds the state is the verb's
   * object (`the board appointed X`, `X was appointed`), not its subject; and
   * for `succeed`/`replace`, the object is the predecessor, whose state ends.
   */
  holder?: 'object' | 'successor';
  /** The office a verb names: `chaired` → `chair`, `reigned` → `monarch`. */
  role?: string;
  /** The verb starts an office only with a role noun after it: `named CEO`, not `named the most valuable player`. */
  needsRole?: boolean;
  /** The agent is the object of this preposition, not the subject: `X sold Y to Z` (Z acquires), `X was traded to Z`. */
  agentPreposition?: string;
  /**
   * What the verb's count counts, whatever noun the figure has: `employed 300
   * people` and `had 450 employees` are both counts of employees.
   */
  measure?: string;
  /**
   * The object's head must be one of these nouns, and the patient is then the
   * object of `from` or `at` after it: `received a bachelor's degree from
   * Texas A&M` is a study at Texas A&M, not an award.
   */
  objectHeads?: ReadonlySet<string>;
  /**
   * With `objectHeads`, where the patient is instead: the object of this
   * preposition after the object (`laid the foundations of RAWA`: RAWA is
   * founded), or `owner`, the object's possessor (`changed its name`: it is
   * renamed).
   */
  headPatient?: string;
  /**
   * What the event happens to (the object, or a passive's subject) must be a
   * common noun with one of these heads: `defeated the rebels` is a fight,
   * `defeated Manchester United` a won match.
   */
  objectNouns?: ReadonlySet<string>;
  /** What the event happens to must not be a common noun with one of these heads: `the votes it has received` are no honour. */
  notObjectNouns?: ReadonlySet<string>;
  /** The subject must not be a common noun with one of these heads: `the army moved to Turrus` marches, no one moves home. */
  notSubjectNouns?: ReadonlySet<string>;
  /**
   * The verb's common-noun object is what the act is about, no participant:
   * `studied law in Uppsala` names no school; a name or a noun of
   * organisations still is one.
   */
  topicObject?: boolean;
  /** The verb has no direct object before its preposition: `signed with Polydor`, not `signed a recording contract with Polydor`. */
  intransitive?: boolean;
  /** The clause says where to or from (`moved to Paris`, `moved back`, `moved there`, `where he moved`): `it moves slowly` is no move of home. */
  directed?: boolean;
  /** Prepositions right after the verb that give it another sense: `led to a conflict`, `was based on a novel`, `builds upon`. */
  notBefore?: readonly string[];
  /** Words one of which must come right after the verb for this sense: `fell at the Water Gate`, `fell in battle` is a death; `fell ill`, `fell in love` are not. */
  onlyBefore?: readonly string[];
  /** The object must be a body (a name that is no place, or an organisation noun): `left the band`, not `left Córdoba` or `left an impression`. */
  body?: boolean;
  /** What the event happens to (the object, or an unaccusative subject) must be an organisation: its name, or a noun of organisations. */
  organization?: boolean;
  /** What the event happens to must be a work, by its noun or a noun it is apposed to: `the debut album, Paper Lanterns, came out`, not `she came out in 1990`. */
  work?: boolean;
  /** What the event happens to (the object, or a passive's subject) must be people: a person's name, `him`/`her`, or a noun of people (`workers`, `prisoners`). */
  people?: boolean;
  /** The figure must count one of these nouns: `won 41 seats` is a result one has, `won 3 games` a tally that grows. */
  counts?: ReadonlySet<string>;
  /** What the event happens to must not be people: `the election was held in May`, not `the earl was held at the castle`. */
  notPeople?: boolean;
  /** What the event happens to (the object, or a passive's subject) must not be a work: `an album released by V2 Records` is published, not let go. */
  notWork?: boolean;
  /** What the event happens to (the object, or an unaccusative's subject) must be neither people nor an organisation: `the new team debuted in Serie B` joins a league and publishes nothing. */
  notDoers?: boolean;
  /**
   * The object is someone taken on, not a document: the subject must be an
   * organisation and the object a name that is neither a place nor a document
   * (`Brightwater Records … signed the Low Tides`, not `signed the Treaty of Paris`).
   */
  signee?: boolean;
  /**
   * The verb tells the event only with `first` before it: `was first performed
   * at La Fenice` is a premiere, `was performed` any staging; `first lit in
   * 1871` opens a lighthouse.
   */
  first?: boolean;
  /**
   * This reading goes before the lemma's other readings when it applies: `was
   * elected to the Royal Society` is a membership, though `elect` alone starts
   * an office.
   */
  preferred?: boolean;
}

/** The ids of the event types, in the order the schema lists them. */
export const eventTypeIds = [
  'birth', 'death', 'burial', 'marriage', 'divorce', 'founding', 'dissolution', 'office', 'membership', 'employment',
  'education', 'residence', 'capture', 'release', 'conviction', 'attack', 'casualties', 'acquisition', 'merger',
  'renaming', 'construction', 'opening', 'closure', 'publication', 'award', 'occurrence', 'size', 'signing',
  'retirement', 'alliance', 'status', 'incorporation', 'act',
] as const;

/** One of the registry's event types. */
export type EventTypeId = (typeof eventTypeIds)[number];

/** One event type. */
export interface EventTypeDefinition {
  id: EventTypeId;
  description: string;
  predicates: readonly Predicate[];
  /** Event nouns: `the founding of X by Y`, `X's death`. Lemmas. */
  nouns: readonly string[];
  /** For nouns: which participant an `of` phrase or a possessive names (`the founding of X`: patient; `his resignation`: agent). */
  nounOwner: Participant;
  once: Once;
  /** The participant the fact is about: its timeline and its identity in comparisons. */
  about: Participant;
  /** Participants that must be alive for the event to happen (an act after death is a contradiction). */
  alive: readonly Participant[];
  /** Whether the type has start, end and state (an office) rather than one point (a birth). */
  stateful: boolean;
  /** Infobox keys (lower case, spaces for `_`) that give the type for the article's subject, and what their value holds. */
  infobox: ReadonlyArray<{ key: string; value: 'date' | 'place' | 'figure' | 'name' | 'span'; aspect?: Aspect }>;
  /**
   * Once only for the article's own subject: the bridge an article is about
   * opened once, but the other buildings, lines and editions it mentions are
   * built, opened and published again and again under one name.
   */
  onceForSubjectOnly?: boolean;
  /** The value that identifies one occurrence besides its participants: the role of an office, the measure of a size. */
  keyedBy?: 'role' | 'measure';
  /** For a stateful type, the nouns that start or end the state (`his appointment`, `her resignation`); the others name it whole. */
  nounAspects?: Readonly<Record<string, 'start' | 'end'>>;
  /**
   * The work's owner is its maker, who must be born by then: `his first opera
   * was premiered in 1843` is his work, so 1843 cannot precede his birth.
   */
  ownerMakes?: boolean;
  /** Adjectives that make a place someone owns the place of this event: `his native Samara` is where he was born. */
  placeAdjectives?: readonly string[];
  /** Nouns naming one participant by the event, with the other as owner: `Ochs's wife since 1960`. */
  partnerNouns?: readonly string[];
  /**
   * Two people do it to each other: `Ann and Bob married` is Ann marrying Bob,
   * and `they married` after `he met Ann` is the two of them.
   */
  reciprocal?: boolean;
  /**
   * Predicates and nouns (lemmas) that tell the first time only, which any
   * participant has once whoever the article is about: a work is premiered
   * once (`was first performed on 3 February 1874`, `the 1876 premiere of`),
   * though it is published, released and staged again.
   */
  firstTellings?: readonly string[];
  /** The kinds of entity each participant may be, when the type allows only some: only a person is born. */
  kinds?: { agent?: ReadonlyArray<'person' | 'organization' | 'place'>; patient?: ReadonlyArray<'person' | 'organization' | 'place'> };
}

const v = (lemma: string, extra: Omit<Predicate, 'lemma'> = {}): Predicate => ({ lemma, ...extra });

// Nouns of academic degrees: what a school gives, not a prize.
/** Nouns naming an office held, as the object of a verb that ends it: `left the chairmanship`, `lost the premiership`. */
const officeNouns: ReadonlySet<string> = new Set(['chairmanship', 'presidency', 'premiership', 'captaincy', 'leadership', 'throne', 'post', 'office', 'editorship', 'directorship', 'governorship', 'mayoralty']);

const degreeNouns: ReadonlySet<string> = new Set(['degree', 'diploma', 'doctorate', 'doctor', 'bachelor', 'master', 'phd', 'ba', 'ma', 'bsc', 'msc', 'mba', 'jd']);

/** Nouns of units under arms: what they do on the move is a march, no change of home. */
const unitNouns: ReadonlySet<string> = new Set(['army', 'force', 'troop', 'regiment', 'battalion', 'brigade', 'division', 'column', 'squadron', 'fleet', 'garrison', 'cavalry', 'infantry']);

/**
 * Nouns of those one fights (and people beaten): a verb of winning with one of them as its object is a fight
 * (`defeated the rebel army`, `These peoples were never defeated by the Zulu`, `women being beaten`); with a
 * name it is as often a won match or election.
 */
const foughtNouns: ReadonlySet<string> = new Set([...peopleNouns, ...unitNouns, 'rebel', 'enemy', 'tribe', 'insurgent', 'invader', 'warrior', 'militia', 'rebellion', 'uprising', 'revolt', 'peoples']);

/** What one receives from others that is no honour: votes, support, criticism, attention (`the number of votes it has received`). */
const reactionNouns: ReadonlySet<string> = new Set(['vote', 'ballot', 'support', 'criticism', 'attention', 'coverage', 'complaint']);

/** Nouns of undertakings, which fail rather than close: `This project collapsed`, `the talks collapsed`. */
const undertakingNouns: ReadonlySet<string> = new Set(['project', 'plan', 'talks', 'negotiation', 'negotiations', 'deal', 'scheme', 'venture', 'bid', 'effort', 'attempt', 'initiative']);

/** Nouns of a beginning one lays: `laid the foundations of RAWA` founds it. */
const foundationNouns: ReadonlySet<string> = new Set(['foundation', 'foundations', 'groundwork']);

/** Nouns of documents one signs: `signed the Treaty of Paris` signs a paper, `signed the Low Tides` takes on a band. */
export const documentNouns: ReadonlySet<string> = new Set(['treaty', 'agreement', 'accord', 'pact', 'act', 'charter', 'convention', 'contract', 'declaration', 'protocol', 'deal', 'lease', 'bill', 'law', 'memorandum', 'petition', 'letter', 'armistice', 'truce', 'covenant', 'constitution', 'decree', 'order']);

/** The event types, in the order the schema lists them. */
export const eventTypes: readonly EventTypeDefinition[] = [
  {
    id: 'birth',
    description: 'someone is born',
    // `his wife Marguerite gave birth to a daughter in 1745`: the mother is the agent, and alive then.
    predicates: [v('bear', { voice: 'passive' }), v('give', { particle: 'birth', preposition: 'to' }), v('give', { particle: 'birth' })],
    nouns: ['birth'],
    nounOwner: 'patient',
    placeAdjectives: ['native'],
    once: 'patient',
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    kinds: { patient: ['person'] },
    infobox: [
      { key: 'born', value: 'date' },
      { key: 'birth date', value: 'date' },
      { key: 'date of birth', value: 'date' },
      { key: 'birth place', value: 'place' },
      { key: 'place of birth', value: 'place' },
    ],
  },
  {
    id: 'death',
    description: 'an identified someone dies',
    predicates: [
      v('die', { subject: 'patient' }),
      v('pass', { particle: 'away', subject: 'patient' }),
      v('perish', { subject: 'patient' }),
      v('drown', { subject: 'patient' }),
      v('succumb', { subject: 'patient' }),
      // A soldier's death: `fell at the Water Gate`, `fell in action`; not `fell ill`, `fell from power`, nor a city's fall.
      v('fall', { subject: 'patient', people: true, onlyBefore: ['at', 'dead', 'in battle', 'in action', 'in the battle', 'in combat'] }),
      v('kill', { object: 'entity' }),
      v('execute', { object: 'entity' }),
      v('assassinate'),
      v('murder'),
      v('slay'),
      v('behead'),
      // Not `The roadway is hung from 250 pairs of ropes`.
      v('hang', { voice: 'passive', notBefore: ['from'] }),
      v('shoot', { voice: 'passive', particle: 'dead' }),
      // `he was found dead in his Paris apartment`: where and when the body was found is the death's.
      v('find', { voice: 'passive', particle: 'dead' }),
      v('suffocate', { voice: 'passive' }),
      v('strangle', { voice: 'passive' }),
      v('smother', { voice: 'passive' }),
    ],
    nouns: ['death', 'assassination', 'execution', 'murder', 'killing', 'demise', 'suicide'],
    nounOwner: 'patient',
    once: 'patient',
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    kinds: { patient: ['person'] },
    infobox: [
      { key: 'died', value: 'date' },
      { key: 'death date', value: 'date' },
      { key: 'date of death', value: 'date' },
      { key: 'death place', value: 'place' },
      { key: 'place of death', value: 'place' },
    ],
  },
  {
    id: 'burial',
    description: 'someone is buried',
    predicates: [v('bury', { voice: 'passive' }), v('inter', { voice: 'passive' })],
    nouns: ['burial', 'funeral', 'interment'],
    nounOwner: 'patient',
    once: 'patient',
    about: 'patient',
    alive: [],
    stateful: false,
    kinds: { patient: ['person'] },
    infobox: [{ key: 'resting place', value: 'place' }, { key: 'burial place', value: 'place' }],
  },
  {
    id: 'marriage',
    description: 'two people marry',
    predicates: [v('marry', { preposition: 'to' }), v('marry'), v('wed'), v('remarry', { preposition: 'to' }), v('remarry'), v('engage', { voice: 'passive', preposition: 'to' })],
    nouns: ['marriage', 'wedding'],
    nounOwner: 'agent',
    once: 'pair',
    reciprocal: true,
    partnerNouns: ['wife', 'husband', 'spouse'],
    about: 'agent',
    alive: ['agent', 'patient'],
    stateful: false,
    kinds: { agent: ['person'], patient: ['person'] },
    infobox: [{ key: 'spouse', value: 'name' }, { key: 'spouses', value: 'name' }, { key: 'spouse(s)', value: 'name' }],
  },
  {
    id: 'divorce',
    description: 'a marriage ends',
    predicates: [v('divorce')],
    nouns: ['divorce'],
    nounOwner: 'agent',
    once: 'pair',
    reciprocal: true,
    about: 'agent',
    alive: ['agent'],
    stateful: false,
    kinds: { agent: ['person'], patient: ['person'] },
    infobox: [],
  },
  {
    id: 'founding',
    description: 'an organization, place, series or work comes into being by someone’s act',
    predicates: [
      v('found'),
      v('co-found'),
      v('cofound'),
      v('establish'),
      v('form', { unaccusative: true }),
      v('set', { particle: 'up' }),
      v('create', { object: 'entity' }),
      // `she laid the foundations of RAWA`: the idiom founds what its `of` names.
      v('lay', { objectHeads: foundationNouns, headPatient: 'of' }),
      // Not `A-6 Intruders … launched from aircraft carriers`: aircraft and rockets launched from somewhere take off.
      v('launch', { unaccusative: true, notBefore: ['from'] }),
      v('charter', { voice: 'passive' }),
      v('institute', { voice: 'passive' }),
      v('start', { object: 'entity' }),
      v('open', { object: 'entity', preposition: 'as' }),
      v('reform', { unaccusative: true }),
      v('reunite', { unaccusative: true }),
      v('come', { particle: 'into being', subject: 'patient' }),
      v('come', { particle: 'into existence', subject: 'patient' }),
      // Not `Italian football was organised into regional groups`.
      v('organize', { voice: 'passive', notBefore: ['into'] }),
      v('organise', { voice: 'passive', notBefore: ['into'] }),
    ],
    nouns: ['founding', 'establishment', 'formation', 'creation', 'foundation', 'inception', 'launch'],
    nounOwner: 'patient',
    once: 'patient',
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    // `He was created a peer in 1906`: a person is made something, never founded.
    kinds: { patient: ['organization', 'place'] },
    infobox: [
      { key: 'founded', value: 'date' },
      { key: 'established', value: 'date' },
      { key: 'formation', value: 'date' },
      { key: 'formed', value: 'date' },
      { key: 'foundation', value: 'date' },
      { key: 'inception', value: 'date' },
      { key: 'settled', value: 'date' },
      // A ship's infobox: `Launched: 22 March 1904`, as the prose's `was launched on …`.
      { key: 'launched', value: 'date' },
      { key: 'founder', value: 'name' },
      { key: 'founders', value: 'name' },
      { key: 'founded by', value: 'name' },
    ],
  },
  {
    id: 'dissolution',
    description: 'an organization ceases to exist',
    predicates: [
      v('dissolve', { unaccusative: true }),
      v('disband', { unaccusative: true }),
      v('fold', { unaccusative: true }),
      v('abolish'),
      v('liquidate'),
      v('shut', { particle: 'down' }),
      v('close', { particle: 'down' }),
      v('wind', { particle: 'up' }),
      v('cease', { subject: 'patient' }),
      v('split', { unaccusative: true, object: 'none' }),
      // `the label closed in 1986`, `it would close the Herald American`: a body that closes ceases to exist (a building closes its doors).
      v('close', { unaccusative: true, organization: true, preferred: true }),
      v('disestablish'),
      v('dismantle'),
      v('merge', { preposition: 'into', voice: 'passive' }),
    ],
    nouns: ['dissolution', 'disbandment', 'abolition', 'liquidation', 'breakup', 'break-up'],
    nounOwner: 'patient',
    once: 'patient',
    about: 'patient',
    alive: [],
    stateful: false,
    infobox: [
      { key: 'dissolved', value: 'date' },
      { key: 'defunct', value: 'date' },
      { key: 'disbanded', value: 'date' },
      { key: 'abolished', value: 'date' },
    ],
  },
  {
    id: 'office',
    description: 'someone holds, takes or leaves an office, rank or leading role',
    predicates: [
      v('lead', { aspect: 'state', role: 'leader', notBefore: ['to'] }),
      v('head', { aspect: 'state', role: 'leader' }),
      v('chair', { aspect: 'state', role: 'chair' }),
      v('direct', { aspect: 'state', role: 'director' }),
      v('command', { aspect: 'state', role: 'commander' }),
      v('govern', { aspect: 'state', role: 'governor' }),
      v('rule', { aspect: 'state', role: 'monarch' }),
      v('reign', { aspect: 'state', role: 'monarch' }),
      v('preside', { aspect: 'state', preposition: 'over', role: 'chair' }),
      v('manage', { aspect: 'state', role: 'manager' }),
      v('coach', { aspect: 'state', role: 'manager' }),
      v('captain', { aspect: 'state', role: 'captain' }),
      v('serve', { aspect: 'state', preposition: 'as' }),
      // `functioning successively as counsellor, treasurer`, `acted as regent`: serving in a role under other words.
      v('function', { aspect: 'state', preposition: 'as' }),
      v('act', { aspect: 'state', preposition: 'as' }),
      v('hold', { aspect: 'state', voice: 'active', object: 'entity' }),
      v('run', { aspect: 'state', object: 'entity', role: 'leader' }),
      v('choose', { aspect: 'start', holder: 'object' }),
      v('select', { aspect: 'start', holder: 'object' }),
      v('nominate', { aspect: 'start', holder: 'object' }),
      v('reappoint', { aspect: 'start', holder: 'object' }),
      v('re-elect', { aspect: 'start', holder: 'object' }),
      v('reelect', { aspect: 'start', holder: 'object' }),
      v('assume', { aspect: 'start' }),
      v('retire', { preposition: 'as', aspect: 'end' }),
      v('vacate', { aspect: 'end' }),
      v('relinquish', { aspect: 'end' }),
      v('succeed', { aspect: 'start', holder: 'successor' }),
      v('replace', { aspect: 'start', holder: 'successor' }),
      v('take', { particle: 'over', aspect: 'start' }),
      v('take', { particle: 'charge', aspect: 'start' }),
      v('take', { particle: 'office', aspect: 'start' }),
      v('ascend', { aspect: 'start', role: 'monarch' }),
      v('appoint', { aspect: 'start', holder: 'object' }),
      v('elect', { aspect: 'start', holder: 'object' }),
      v('name', { aspect: 'start', holder: 'object', needsRole: true }),
      // `was installed as vicar`: a person installed takes an office; `an assembly line was installed` is no one's.
      v('install', { voice: 'passive', aspect: 'start', holder: 'object', people: true }),
      v('inaugurate', { voice: 'passive', aspect: 'start', holder: 'object', people: true }),
      v('crown', { aspect: 'start', holder: 'object', role: 'monarch' }),
      // `he was consecrated in Lambeth Palace chapel`: a person consecrated is made a bishop (a church consecrated opens).
      v('consecrate', { voice: 'passive', aspect: 'start', holder: 'object', role: 'bishop', people: true }),
      v('swear', { particle: 'in', aspect: 'start', holder: 'object' }),
      v('swear', { preposition: 'into', aspect: 'start', holder: 'object' }),
      v('promote', { aspect: 'start', holder: 'object' }),
      v('resign', { aspect: 'end' }),
      v('leave', { aspect: 'end', objectHeads: officeNouns, preferred: true }),
      v('lose', { aspect: 'end', objectHeads: officeNouns }),
      v('give', { particle: 'up', aspect: 'end', objectHeads: officeNouns }),
      v('step', { particle: 'down', aspect: 'end' }),
      v('abdicate', { aspect: 'end', role: 'monarch' }),
      v('depose', { aspect: 'end', holder: 'object' }),
      v('oust', { aspect: 'end', holder: 'object' }),
      v('dismiss', { aspect: 'end', holder: 'object' }),
      v('remove', { voice: 'passive', aspect: 'end', holder: 'object' }),
      v('overthrow', { aspect: 'end', holder: 'object' }),
      // `After the Taliban government was toppled`: toppling a government or ruler ends its rule, as overthrowing does.
      v('topple', { aspect: 'end', holder: 'object' }),
    ],
    nouns: [
      'leadership', 'presidency', 'chairmanship', 'premiership', 'captaincy', 'reign', 'tenure', 'term', 'rule',
      'appointment', 'election', 'accession', 'coronation', 'inauguration', 'resignation', 'abdication', 'deposition',
      'departure', 'dismissal', 'sacking', 'ouster',
    ],
    nounAspects: {
      appointment: 'start', election: 'start', accession: 'start', coronation: 'start', inauguration: 'start',
      resignation: 'end', abdication: 'end', deposition: 'end', departure: 'end', dismissal: 'end', sacking: 'end', ouster: 'end',
    },
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: true,
    kinds: { agent: ['person'] },
    infobox: [
      { key: 'leader', value: 'name', aspect: 'state' },
      { key: 'leaders', value: 'name', aspect: 'state' },
      { key: 'term start', value: 'date', aspect: 'start' },
      { key: 'term end', value: 'date', aspect: 'end' },
      { key: 'assumed office', value: 'date', aspect: 'start' },
      { key: 'took office', value: 'date', aspect: 'start' },
      { key: 'left office', value: 'date', aspect: 'end' },
      { key: 'in office', value: 'span', aspect: 'state' },
      { key: 'reign', value: 'span', aspect: 'state' },
      { key: 'years', value: 'span', aspect: 'state' },
    ],
    keyedBy: 'role',
  },
  {
    id: 'membership',
    description: 'someone joins, belongs to or leaves a group, club, party, band or body',
    predicates: [
      v('join', { aspect: 'start' }),
      v('elect', { voice: 'passive', preposition: 'to', aspect: 'start', holder: 'object', preferred: true }),
      v('admit', { voice: 'passive', preposition: 'to', aspect: 'start', holder: 'object' }),
      v('play', { preposition: 'with', aspect: 'state' }),
      // `represented it in parliament`, `represented the constituency in the Landtag`: one who represents in a body sits in it.
      v('represent', { preposition: 'in', aspect: 'state', body: true }),
      v('serve', { preposition: 'in', aspect: 'state' }),
      v('sign', { preposition: 'for', aspect: 'start', intransitive: true }),
      v('sign', { preposition: 'with', aspect: 'start', intransitive: true }),
      // `were signed to indie label Bonnier Music`: the signed act joins the label.
      v('sign', { voice: 'passive', preposition: 'to', aspect: 'start', holder: 'object', preferred: true }),
      // `Brightwater Records … signed the Low Tides`: a label or club that signs an act or a player takes it on.
      v('sign', { voice: 'active', aspect: 'start', holder: 'object', signee: true, preferred: true }),
      v('enlist', { aspect: 'start' }),
      v('play', { preposition: 'for', aspect: 'state' }),
      // `played college football at Texas A&M University`; not `played at Wembley` (a place).
      v('play', { preposition: 'at', aspect: 'state', body: true }),
      v('spend', { preposition: 'with', aspect: 'state' }),
      v('appear', { preposition: 'for', aspect: 'state' }),
      v('rejoin', { aspect: 'start' }),
      v('draft', { aspect: 'start', holder: 'object' }),
      v('recruit', { aspect: 'start', holder: 'object' }),
      v('trade', { voice: 'passive', aspect: 'start', preposition: 'to', holder: 'object' }),
      v('transfer', { preposition: 'to', aspect: 'start' }),
      v('loan', { voice: 'passive', preposition: 'to', aspect: 'start', holder: 'object' }),
      v('leave', { aspect: 'end', object: 'entity', voice: 'active', body: true }),
      v('quit', { aspect: 'end' }),
      v('expel', { aspect: 'end', holder: 'object' }),
      v('release', { voice: 'passive', preposition: 'by', aspect: 'end', notWork: true }),
      v('resign', { preposition: 'from', aspect: 'end' }),
      v('defect', { preposition: 'to', aspect: 'start' }),
      // `first affiliated to the Northern Labour International in 1951`, `withdrew from the International`: a body joins
      // and leaves a larger one.
      v('affiliate', { preposition: 'to', aspect: 'start', body: true }),
      v('affiliate', { preposition: 'with', aspect: 'start', body: true }),
      v('withdraw', { preposition: 'from', aspect: 'end', body: true }),
      v('disaffiliate', { preposition: 'from', aspect: 'end', body: true }),
      // `debuted in Serie B`, `debuted for Liverpool`, `was promoted to Serie A`: a team or player enters a league or
      // club (a body, not a place: `debuted in London` keeps its other reading).
      v('debut', { preposition: 'in', aspect: 'start', body: true, preferred: true }),
      v('debut', { preposition: 'for', aspect: 'start', body: true, preferred: true }),
      v('promote', { voice: 'passive', preposition: 'to', aspect: 'start', holder: 'object', body: true, preferred: true }),
      v('relegate', { voice: 'passive', preposition: 'to', aspect: 'start', holder: 'object', body: true }),
      // `moved to French club Stade Brest`, `was named in the squad`: one who moves to an organisation or is named in a
      // squad joins it (`moved to Paris` stays a move of home, `named in his will` no membership).
      v('move', { preposition: 'to', aspect: 'start', organization: true, preferred: true }),
      v('name', { voice: 'passive', preposition: 'in', aspect: 'start', holder: 'object', body: true, intransitive: true, preferred: true }),
    ],
    nouns: ['membership', 'affiliation', 'withdrawal'],
    // `its affiliation to the International`, `Its withdrawal from the International in 1948`.
    nounAspects: { withdrawal: 'end' },
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent', 'patient'],
    stateful: true,
    // A footballer's `Clubs1: Harbour View` names a club played for; its `Years1` (read beside it) the span.
    infobox: [
      { key: 'years active', value: 'span', aspect: 'state' },
      { key: 'clubs', value: 'name', aspect: 'state' },
      { key: 'club', value: 'name', aspect: 'state' },
      { key: 'current club', value: 'name', aspect: 'state' },
      { key: 'teams', value: 'name', aspect: 'state' },
    ],
  },
  {
    id: 'employment',
    description: 'someone works for an employer',
    predicates: [
      v('work', { preposition: 'for', aspect: 'state' }),
      v('work', { preposition: 'at', aspect: 'state' }),
      v('hire', { aspect: 'start', holder: 'object' }),
      v('employ', { aspect: 'state', holder: 'object', object: 'entity' }),
      v('fire', { voice: 'passive', aspect: 'end', holder: 'object' }),
      v('clerk', { preposition: 'for', aspect: 'state' }),
      v('lay', { particle: 'off', aspect: 'end', holder: 'object' }),
    ],
    nouns: ['employment'],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: true,
    infobox: [{ key: 'employer', value: 'name', aspect: 'state' }],
  },
  {
    id: 'education',
    description: 'someone studies',
    predicates: [
      v('study', { preposition: 'at', aspect: 'state' }),
      v('study', { aspect: 'state', topicObject: true }),
      v('attend', { aspect: 'state' }),
      v('enrol', { preposition: 'at', aspect: 'start' }),
      v('enroll', { preposition: 'at', aspect: 'start' }),
      v('enrol', { preposition: 'in', aspect: 'start' }),
      v('enroll', { preposition: 'in', aspect: 'start' }),
      v('enrol', { aspect: 'start' }),
      v('enroll', { aspect: 'start' }),
      v('receive', { objectHeads: degreeNouns, aspect: 'end', preferred: true }),
      v('earn', { objectHeads: degreeNouns, aspect: 'end', preferred: true }),
      v('obtain', { objectHeads: degreeNouns, aspect: 'end', preferred: true }),
      v('graduate', { preposition: 'from', aspect: 'end' }),
      v('graduate', { aspect: 'end' }),
      v('matriculate', { aspect: 'start' }),
    ],
    nouns: ['graduation', 'education', 'studies'],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: true,
    kinds: { agent: ['person'] },
    infobox: [
      { key: 'alma mater', value: 'name', aspect: 'state' },
      { key: 'education', value: 'name', aspect: 'state' },
      { key: 'high school', value: 'name', aspect: 'state' },
      { key: 'college', value: 'name', aspect: 'state' },
    ],
  },
  {
    id: 'residence',
    description: 'someone lives or moves somewhere',
    predicates: [
      // `The Umayyad army then moved to the citadel`: a unit under arms that moves marches; no one settles.
      v('move', { voice: 'active', aspect: 'start', notSubjectNouns: unitNouns, directed: true }),
      // `the company was moved to Gothenburg` moves a body's seat; `Production was moved to Gothenburg` moves work, and
      // `he was moved to a prison` a captive, no one's home.
      v('move', { voice: 'passive', aspect: 'start', organization: true }),
      v('relocate', { aspect: 'start' }),
      v('emigrate', { aspect: 'start' }),
      v('settle', { aspect: 'start' }),
      v('resettle', { aspect: 'start' }),
      v('immigrate', { aspect: 'start' }),
      v('return', { aspect: 'start', preposition: 'to' }),
      // `Her father came back to see her in London in 1828`.
      v('come', { particle: 'back', aspect: 'start' }),
      v('live', { aspect: 'state' }),
      v('reside', { aspect: 'state' }),
      v('grow', { particle: 'up', aspect: 'state' }),
      v('raise', { voice: 'passive', aspect: 'state' }),
      v('base', { voice: 'passive', aspect: 'state', notBefore: ['on', 'upon'] }),
      v('headquarter', { voice: 'passive', aspect: 'state' }),
      // `the firm is located in Leeds` says where a body sits; `a castle located in Algarinejo`, `it is now located on
      // the island` where a thing stands, no one's home.
      v('locate', { voice: 'passive', aspect: 'state', organization: true }),
    ],
    nouns: ['move', 'relocation', 'emigration', 'return', 'headquarters'],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: true,
    infobox: [{ key: 'residence', value: 'place', aspect: 'state' }, { key: 'headquarters', value: 'place', aspect: 'state' }],
  },
  {
    id: 'capture',
    description: 'someone or something is taken',
    predicates: [
      v('capture'),
      v('arrest'),
      v('detain'),
      v('seize'),
      v('imprison'),
      v('jail'),
      v('abduct'),
      v('kidnap'),
      v('apprehend'),
      v('conquer'),
      v('occupy'),
      v('annex'),
      v('take', { particle: 'prisoner' }),
      v('surrender', { unaccusative: true }),
      v('overrun'),
    ],
    nouns: ['capture', 'arrest', 'detention', 'imprisonment', 'abduction', 'kidnapping', 'conquest', 'seizure'],
    nounOwner: 'patient',
    once: 'no',
    about: 'patient',
    alive: ['agent', 'patient'],
    stateful: false,
    infobox: [],
  },
  {
    id: 'release',
    description: 'a captive is freed',
    predicates: [
      v('free'),
      v('release', { voice: 'passive', preposition: 'from' }),
      // `Workers … were released in July`, `released the hostages`: people released are freed; a work released is published.
      v('release', { people: true }),
      v('liberate'),
      v('escape', { subject: 'patient' }),
      v('pardon'),
      v('parole'),
    ],
    nouns: ['release', 'escape', 'pardon'],
    nounOwner: 'patient',
    once: 'no',
    about: 'patient',
    alive: ['patient'],
    stateful: false,
    infobox: [],
  },
  {
    id: 'conviction',
    description: 'a court convicts or sentences someone',
    predicates: [v('convict'), v('sentence'), v('find', { particle: 'guilty' })],
    nouns: ['conviction'],
    nounOwner: 'patient',
    once: 'no',
    about: 'patient',
    alive: ['patient'],
    stateful: false,
    infobox: [],
  },
  {
    id: 'attack',
    description: 'an armed or violent act against a target',
    predicates: [
      v('attack'),
      v('bomb'),
      v('raid'),
      v('invade'),
      v('assault'),
      v('ambush'),
      v('shell'),
      v('strike', { object: 'entity' }),
      v('ravage'),
      v('devastate'),
      v('sack'),
      v('plunder'),
      v('loot'),
      v('torpedo'),
      v('shoot', { particle: 'down' }),
      v('storm'),
      v('bombard'),
      v('besiege'),
      // Defeating an enemy by force: `crushed the rebellion`, `smashing rivals`. Not `defeat`, `beat` or `rout`, which
      // a boxing or football article uses for every won match.
      v('crush', { object: 'entity' }),
      v('smash', { object: 'entity' }),
      v('vanquish'),
      v('overwhelm', { object: 'entity' }),
      v('annihilate'),
      v('repel'),
      v('repulse'),
      // Violence against people.
      v('torture'),
      v('flog'),
      v('set', { particle: 'afire' }),
      v('set', { particle: 'fire' }),
      // Defeating or beating those one fights (`These peoples were never defeated in battle by the Zulu`, `women being
      // beaten … by the religious police`); a name as the object stays a won match (`defeated Joe Walcott`).
      v('defeat', { objectNouns: foughtNouns }),
      v('beat', { objectNouns: foughtNouns }),
      v('rout', { objectNouns: foughtNouns }),
    ],
    nouns: ['attack', 'bombing', 'invasion', 'raid', 'siege', 'assault', 'ambush', 'massacre', 'offensive', 'airstrike', 'bombardment', 'incursion', 'terrorism', 'rebellion', 'insurgency'],
    nounOwner: 'patient',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: false,
    infobox: [],
  },
  {
    id: 'casualties',
    description: 'a count of people killed, wounded or injured',
    predicates: [
      v('kill', { object: 'figure' }),
      v('wound', { object: 'figure' }),
      v('injure', { object: 'figure' }),
      v('die', { object: 'figure', subject: 'patient' }),
    ],
    nouns: ['death toll', 'casualties', 'fatalities'],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: [],
    stateful: false,
    infobox: [
      { key: 'casualties', value: 'figure' },
      { key: 'deaths', value: 'figure' },
      { key: 'fatalities', value: 'figure' },
      { key: 'killed', value: 'figure' },
      { key: 'injured', value: 'figure' },
    ],
    keyedBy: 'measure',
  },
  {
    id: 'acquisition',
    description: 'ownership passes to a new owner',
    predicates: [
      v('acquire'),
      v('buy'),
      v('purchase'),
      v('take', { particle: 'over', object: 'entity' }),
      v('sell', { agentPreposition: 'to', object: 'entity' }),
      v('sell', { voice: 'passive', agentPreposition: 'to' }),
      v('nationalise'),
      v('nationalize'),
      v('privatise', { voice: 'passive' }),
      v('privatize', { voice: 'passive' }),
    ],
    nouns: ['acquisition', 'purchase', 'takeover', 'sale', 'nationalisation', 'nationalization'],
    nounOwner: 'patient',
    once: 'pair',
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    infobox: [{ key: 'acquired', value: 'date' }],
  },
  {
    id: 'merger',
    description: 'organizations merge',
    // Either party may be the subject: `Volia would not merge` names one party, the agent, as `merged with X` does.
    predicates: [v('merge', { preposition: 'with' }), v('merge'), v('amalgamate')],
    nouns: ['merger', 'amalgamation'],
    nounOwner: 'agent',
    once: 'pair',
    about: 'agent',
    alive: [],
    stateful: false,
    infobox: [],
  },
  {
    id: 'renaming',
    description: 'something gets a new name',
    // `by changing its name to Hellas Verona`: what changes its name is renamed.
    predicates: [v('change', { objectHeads: new Set(['name']), headPatient: 'owner' }), v('rename'), v('rechristen'), v('rebrand'), v('retitle'), v('call', { voice: 'passive', particle: 'now' })],
    nouns: ['renaming', 'rebranding', 'name change'],
    nounOwner: 'patient',
    once: 'no',
    about: 'patient',
    alive: [],
    stateful: false,
    infobox: [],
  },
  {
    id: 'construction',
    description: 'something is built',
    // `Construction began in April 1929`, `Completed in 1938`: the start and the end of building are told apart by aspect.
    predicates: [v('build', { notBefore: ['on', 'upon'] }), v('add', { voice: 'passive', notBefore: ['to'] }), v('begin', { voice: 'passive', preferred: true, aspect: 'start' }), v('construct'), v('erect'), v('complete', { voice: 'passive', aspect: 'end' }), v('complete', { object: 'entity', aspect: 'end' })],
    nouns: ['construction', 'completion'],
    nounOwner: 'patient',
    once: 'patient',
    onceForSubjectOnly: true,
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    infobox: [
      { key: 'built', value: 'date' },
      { key: 'builder', value: 'name' },
      { key: 'builders', value: 'name' },
      { key: 'built by', value: 'name' },
      { key: 'completed', value: 'date' },
      { key: 'construction began', value: 'date', aspect: 'start' },
      { key: 'constructed', value: 'date' },
    ],
  },
  {
    id: 'opening',
    description: 'a building, line, venue or service opens',
    // `The church was consecrated by the Bishop of Exeter in 1287`: a church opens by its consecration (a bishop's is an office).
    predicates: [v('open', { unaccusative: true }), v('inaugurate', { object: 'entity' }), v('unveil'), v('consecrate', { notPeople: true }), v('light', { voice: 'passive', first: true }), v('install', { voice: 'passive', notPeople: true })],
    nouns: ['opening', 'inauguration', 'consecration'],
    nounOwner: 'patient',
    once: 'patient',
    onceForSubjectOnly: true,
    kinds: { patient: ['organization', 'place'] },
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    infobox: [
      { key: 'opened', value: 'date' },
      { key: 'opening', value: 'date' },
      { key: 'consecrated', value: 'date' },
      // A lighthouse opens when it is first lit (`| yearlit = 1867` in Infobox lighthouse).
      { key: 'first lit', value: 'date' },
      { key: 'year lit', value: 'date' },
    ],
  },
  {
    id: 'closure',
    description: 'a building, venue, line or service closes or is destroyed',
    predicates: [
      v('close', { unaccusative: true }),
      v('demolish'),
      v('destroy'),
      v('raze'),
      v('tear', { particle: 'down' }),
      v('pull', { particle: 'down' }),
      v('burn', { particle: 'down', unaccusative: true }),
      // `the bridge collapsed`; not `This project collapsed in June 2016`: an undertaking that collapses fails, nothing stands closed.
      v('collapse', { unaccusative: true, notSubjectNouns: undertakingNouns }),
      v('sink', { unaccusative: true }),
      // `which went down on 16 June 1942`, `the ship foundered`, `was scuttled`: a ship's sinking.
      v('go', { particle: 'down', unaccusative: true, object: 'none' }),
      v('founder', { unaccusative: true, object: 'none' }),
      v('scuttle'),
      v('scrap', { voice: 'passive' }),
    ],
    // `the inquiry into the loss of the Kestrel Bay in December 1930`: a ship is lost when it sinks.
    nouns: ['closure', 'demolition', 'destruction', 'loss'],
    nounOwner: 'patient',
    once: 'patient',
    onceForSubjectOnly: true,
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    infobox: [
      { key: 'closed', value: 'date' },
      { key: 'demolished', value: 'date' },
      // A newspaper closes when it ceases publication (Infobox newspaper), a lighthouse when it is deactivated.
      { key: 'ceased publication', value: 'date' },
      { key: 'ceased operation', value: 'date' },
      { key: 'ceased operations', value: 'date' },
      { key: 'deactivated', value: 'date' },
    ],
  },
  {
    id: 'publication',
    description: 'a work is published or released',
    predicates: [
      v('publish'),
      v('release', { object: 'entity' }),
      v('re-release'),
      v('reissue'),
      v('issue', { object: 'entity' }),
      v('premiere', { unaccusative: true }),
      // The tagger lemmatises `premiered` as `premier`.
      v('premier', { unaccusative: true }),
      v('air', { unaccusative: true }),
      v('broadcast'),
      v('simulcast'),
      v('debut', { unaccusative: true, notDoers: true }),
      v('introduce', { object: 'entity' }),
      v('record', { object: 'entity' }),
      v('launch', { object: 'entity', notBefore: ['from'] }),
      v('come', { particle: 'out', unaccusative: true, work: true }),
      v('perform', { voice: 'passive', first: true }),
      v('stage', { voice: 'passive', first: true }),
    ],
    nouns: ['publication', 'release', 'premiere'],
    firstTellings: ['premiere', 'premier', 'perform', 'stage'],
    nounOwner: 'patient',
    ownerMakes: true,
    once: 'patient',
    onceForSubjectOnly: true,
    about: 'patient',
    alive: [],
    stateful: false,
    infobox: [{ key: 'released', value: 'date' }, { key: 'published', value: 'date' }, { key: 'release date', value: 'date' }, { key: 'first published', value: 'date' }],
  },
  {
    id: 'award',
    description: 'someone wins or receives an honour, title or trophy',
    predicates: [
      v('win', { object: 'entity' }),
      // `Bohr was awarded the Nobel Prize`: the subject is the winner (`awarded to Bohr` names the winner by `to`).
      v('award', { voice: 'passive', subject: 'agent' }),
      v('award', { holder: 'object' }),
      // `received the Nobel Prize`; not `received 70,000 votes` (a count) nor a clause with no object.
      v('receive', { object: 'entity', notObjectNouns: reactionNouns }),
      v('earn', { object: 'entity', notObjectNouns: reactionNouns }),
      v('knight', { voice: 'passive' }),
      v('honour', { voice: 'passive' }),
      v('honor', { voice: 'passive' }),
      v('induct', { voice: 'passive' }),
      v('decorate', { voice: 'passive' }),
      v('nominate', { voice: 'passive', preposition: 'for' }),
    ],
    nouns: ['award', 'title', 'championship', 'victory', 'win', 'induction'],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    // An honour given after death says so (`posthumously`, `in his memory`), which the rule reads.
    alive: ['agent'],
    stateful: false,
    infobox: [],
  },
  {
    id: 'occurrence',
    description: 'a named event happens, begins or ends',
    predicates: [
      v('take', { particle: 'place', subject: 'patient', aspect: 'point' }),
      v('occur', { subject: 'patient', aspect: 'point' }),
      v('happen', { subject: 'patient', aspect: 'point' }),
      v('hold', { voice: 'passive', aspect: 'point', notPeople: true }),
      v('fight', { voice: 'passive', aspect: 'point' }),
      v('break', { particle: 'out', subject: 'patient', aspect: 'start' }),
      v('begin', { subject: 'patient', aspect: 'start', object: 'none' }),
      v('start', { subject: 'patient', aspect: 'start', object: 'none' }),
      v('end', { subject: 'patient', aspect: 'end', object: 'none' }),
      v('conclude', { subject: 'patient', aspect: 'end', object: 'none' }),
      v('last', { subject: 'patient', aspect: 'state' }),
    ],
    nouns: [
      'battle', 'war', 'siege', 'congress', 'conference', 'summit', 'referendum', 'revolution', 'uprising', 'rebellion',
      'revolt', 'coup', 'riot', 'protest', 'strike', 'festival', 'championship', 'tournament', 'games', 'olympics', 'expedition',
      'campaign', 'crisis', 'earthquake', 'eruption', 'flood', 'fire', 'explosion', 'crash', 'collapse', 'sinking', 'disaster',
      'accident', 'incident', 'mission', 'landing', 'voyage', 'tour', 'visit', 'session', 'plenum', 'synod',
      'conflict', 'insurrection', 'blockade', 'epidemic', 'pandemic', 'outbreak', 'famine',
    ],
    nounOwner: 'patient',
    once: 'patient',
    about: 'patient',
    alive: [],
    stateful: true,
    kinds: { patient: [] },
    infobox: [{ key: 'date', value: 'date', aspect: 'point' }],
  },
  {
    id: 'size',
    description: 'a count or amount an entity has at some time',
    predicates: [
      v('employ', { object: 'figure', measure: 'employee' }),
      // `She measured 63.8 metres in length`: the dimension is the noun after `in`, or the unit's.
      v('measure', { object: 'figure' }),
      v('have', { object: 'figure' }),
      v('number', { object: 'figure' }),
      v('number', { object: 'figure', preposition: 'at', voice: 'passive', subject: 'agent' }),
      v('estimate', { object: 'figure', preposition: 'at', voice: 'passive', subject: 'agent' }),
      v('comprise', { object: 'figure' }),
      v('total', { object: 'figure' }),
      v('count', { object: 'figure' }),
      v('consist', { object: 'figure', preposition: 'of' }),
      v('seat', { object: 'figure' }),
      v('hold', { object: 'figure' }),
      v('divide', { object: 'figure', preposition: 'into', voice: 'passive', subject: 'agent' }),
      v('split', { object: 'figure', preposition: 'into', voice: 'passive', subject: 'agent' }),
      v('make', { object: 'figure', particle: 'up', voice: 'passive', subject: 'agent' }),
      // `Each cable is made of 27,572 strands of wire`.
      v('make', { object: 'figure', preposition: 'of', voice: 'passive', subject: 'agent' }),
      v('enrol', { object: 'figure', preferred: true }),
      v('enroll', { object: 'figure', preferred: true }),
      v('contain', { object: 'figure' }),
      v('include', { object: 'figure' }),
      v('house', { object: 'figure' }),
      v('accommodate', { object: 'figure' }),
      // `Today it provides 312 moorings`, `the airline operates 40 aircraft`: what a place or body offers or runs it has.
      v('provide', { object: 'figure' }),
      // `The garden occupies 28 hectares`: the ground a place takes up is its area.
      v('occupy', { object: 'figure', preferred: true }),
      v('offer', { object: 'figure' }),
      v('operate', { object: 'figure' }),
      v('attract', { object: 'figure' }),
      v('sell', { object: 'figure' }),
      // `it won 41 seats`: a count won (seats, votes) is a result the winner has.
      v('win', { object: 'figure', counts: new Set(['seat', 'seats', 'vote', 'votes']) }),
    ],
    nouns: [],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: [],
    stateful: false,
    infobox: [
      { key: 'employees', value: 'figure' },
      { key: 'members', value: 'figure' },
      { key: 'membership', value: 'figure' },
      { key: 'population', value: 'figure' },
      { key: 'population total', value: 'figure' },
      { key: 'pop', value: 'figure' },
      { key: 'population estimate', value: 'figure' },
      { key: 'population census', value: 'figure' },
      { key: 'strength', value: 'figure' },
      { key: 'size', value: 'figure' },
      { key: 'seats', value: 'figure' },
      { key: 'students', value: 'figure' },
      { key: 'staff', value: 'figure' },
      { key: 'capacity', value: 'figure' },
      // Infobox hospital's bed count.
      { key: 'beds', value: 'figure' },
      // A hotel's `number_of_rooms`.
      { key: 'rooms', value: 'figure' },
      { key: 'attendance', value: 'figure' },
      { key: 'pupils', value: 'figure' },
      { key: 'cost', value: 'figure' },
      { key: 'construction cost', value: 'figure' },
      ...['length', 'total length', 'height', 'width', 'depth', 'span', 'main span', 'area', 'total area', 'elevation'].map((key) => ({ key, value: 'figure' as const })),
      ...['revenue', 'turnover', 'circulation', 'budget', 'endowment'].map((key) => ({ key, value: 'figure' as const })),
    ],
    keyedBy: 'measure',
  },
  {
    id: 'signing',
    description: 'a document is signed',
    predicates: [v('sign', { object: 'entity' }), v('ratify')],
    nouns: ['signing', 'ratification'],
    nounOwner: 'patient',
    once: 'patient',
    about: 'patient',
    alive: ['agent'],
    stateful: false,
    infobox: [{ key: 'signed', value: 'date' }],
  },
  {
    id: 'retirement',
    description: 'someone ends a career',
    predicates: [v('retire', { subject: 'agent' }), v('step', { particle: 'back' })],
    nouns: ['retirement'],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: false,
    kinds: { agent: ['person'] },
    infobox: [],
  },
  {
    id: 'alliance',
    description: 'parties ally',
    predicates: [v('ally', { preposition: 'with' })],
    nouns: ['alliance'],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: true,
    infobox: [{ key: 'allies', value: 'name', aspect: 'state' }],
  },
  {
    id: 'status',
    description: 'something takes on a new standing: becomes a university, a city, a county borough',
    predicates: [v('convert', { preposition: 'into' }), v('convert', { preposition: 'to' }), v('upgrade', { preposition: 'to' }), v('elevate', { preposition: 'to' }), v('raise', { preposition: 'to' }), v('grant', { voice: 'passive' })],
    nouns: [],
    nounOwner: 'patient',
    once: 'pair',
    about: 'patient',
    alive: [],
    stateful: false,
    infobox: [],
  },
  {
    id: 'incorporation',
    description: 'a settlement or company becomes a legal body, as a village, a city, a company: once for each standing',
    predicates: [v('incorporate', { voice: 'passive' }), v('incorporate', { preposition: 'as' })],
    nouns: ['incorporation'],
    nounOwner: 'patient',
    once: 'pair',
    about: 'patient',
    alive: [],
    stateful: false,
    infobox: [{ key: 'incorporated', value: 'date' }, { key: 'incorporation', value: 'date' }],
  },
  {
    id: 'act',
    description: 'any other dated act of a participant (for acts after death or before birth)',
    predicates: [],
    nouns: [],
    nounOwner: 'agent',
    once: 'no',
    about: 'agent',
    alive: ['agent'],
    stateful: false,
    infobox: [],
  },
];

const byId = new Map<string, EventTypeDefinition>(eventTypes.map((type) => [type.id, type]));

/** The definition of a type; throws on an unknown id (a programming error). */
export function eventType(id: string): EventTypeDefinition {
  const type = byId.get(id);
  if (!type) throw new Error(`unknown event type ${id}`);
  return type;
}

/** Whether a participant of the type must be alive for it to happen. */
export function isAct(id: string, participant: Participant = 'agent'): boolean {
  return eventType(id).alive.includes(participant);
}

/** Whether two events of the type with the same participants are one event. */
export function isOnce(id: string): boolean {
  return eventType(id).once !== 'no';
}

const predicatesByLemma = new Map<string, Array<{ type: EventTypeId; predicate: Predicate }>>();
for (const type of eventTypes) {
  for (const predicate of type.predicates) {
    const list = predicatesByLemma.get(predicate.lemma) ?? [];
    list.push({ type: type.id, predicate });
    predicatesByLemma.set(predicate.lemma, list);
  }
}
// A reading declared preferred goes first; then the more specific before the general: one that needs a particle or a
// preposition, when it applies, says more than the bare verb (`was raised to an archdiocese` is a new standing, though
// `was raised` alone is where one grew up).
const specificity = ({ predicate }: { predicate: Predicate }): number => (predicate.preferred ? 4 : 0) + (predicate.particle ? 2 : 0) + (predicate.preposition ? 1 : 0);
for (const list of predicatesByLemma.values()) list.sort((a, b) => specificity(b) - specificity(a));

/** Every reading a verb lemma has in the registry. */
export function predicatesOf(lemma: string): ReadonlyArray<{ type: EventTypeId; predicate: Predicate }> {
  return predicatesByLemma.get(lemma) ?? [];
}

/** Particles some registered verb takes (`up`, `over`, `away`), for reading phrasal verbs. */
export const particles: ReadonlySet<string> = new Set(eventTypes.flatMap((type) => type.predicates.flatMap((predicate) => (predicate.particle ? [predicate.particle] : []))));

const nounTypes = new Map<string, EventTypeId[]>();
for (const type of eventTypes) {
  for (const noun of type.nouns) nounTypes.set(noun, [...(nounTypes.get(noun) ?? []), type.id]);
}

/**
 * Event nouns with a common other sense (`ideological foundation`, `a term
 * in office` and `a technical term`, `a move`): they name an event only with
 * an `of` complement or a date of their own.
 */
export const weakEventNouns: ReadonlySet<string> = new Set(['loss', 'foundation', 'launch', 'term', 'rule', 'release', 'move', 'studies', 'education', 'establishment', 'creation', 'formation', 'opening', 'issue', 'award', 'sale', 'purchase', 'election', 'construction', 'completion', 'attendance', 'strength', 'size']);

/** The types an event noun names (`release` names a publication or a prisoner's release). */
export function eventNoun(lemma: string): readonly EventTypeId[] {
  return nounTypes.get(lemma) ?? [];
}

/** Each word a type lists in one of its word fields, to that type. */
function typesByWord(wordsOf: (type: EventTypeDefinition) => readonly string[] | undefined): Map<string, EventTypeId> {
  return new Map(eventTypes.flatMap((type) => (wordsOf(type) ?? []).map((word) => [word, type.id] as const)));
}

const placeAdjectiveTypes = typesByWord((type) => type.placeAdjectives);

/** The type whose place an adjective before an owned place names (`native` → `birth`), if any. */
export function placeAdjective(lemma: string): EventTypeId | undefined {
  return placeAdjectiveTypes.get(lemma);
}

const partnerTypes = typesByWord((type) => type.partnerNouns);

/** The type whose participant a noun names by the event (`wife` → `marriage`), if any. */
export function partnerNoun(lemma: string): EventTypeId | undefined {
  return partnerTypes.get(lemma);
}

// Keyed without spaces: templates write `termstart` and `term_start` alike.
const infoboxKeys = new Map<string, { type: EventTypeId; value: 'date' | 'place' | 'figure' | 'name' | 'span'; aspect?: Aspect }>();
for (const type of eventTypes) {
  for (const entry of type.infobox) infoboxKeys.set(entry.key.replace(/ /g, ''), { type: type.id, value: entry.value, ...(entry.aspect ? { aspect: entry.aspect } : {}) });
}

/** What an infobox key states about the article's subject, if the registry knows it. */
export function infoboxEvent(key: string): { type: EventTypeId; value: 'date' | 'place' | 'figure' | 'name' | 'span'; aspect?: Aspect } | undefined {
  return infoboxKeys.get(key.toLowerCase().replace(/[_\s]+/g, ''));
}

/**
 * Verbs that are no act of their subject: states, possession, being spoken
 * of, and what a work or a legacy does on its own (`his work influenced`,
 * `she is remembered`). A clause with any other verb in the past tense is an
 * `act` of its subject, for the checks that the dead do not act.
 */
export const nonActs: ReadonlySet<string> = new Set([
  ...copulas,
  'have', 'seem', 'appear', 'include', 'consist', 'contain', 'comprise', 'represent', 'feature',
  'survive', 'outlive', 'inspire', 'influence', 'bequeath', 'lie', 'rest', 'depict', 'portray', 'call', 'name', 'know',
  'consider', 'regard', 'describe', 'mention', 'note', 'cite', 'honour', 'honor', 'commemorate', 'remember', 'mourn',
  'celebrate', 'credit', 'attribute', 'inherit', 'go', 'come', 'say', 'tell', 'write', 'state', 'claim', 'report', 'believe',
  'think', 'hope', 'want', 'need', 'seek', 'try', 'begin', 'continue', 'use', 'get', 'see',
  // Lineage, not a deed: `originated in the 1990s as X` tells where a body comes from.
  'originate', 'stem', 'derive', 'descend',
  // Speaking of other events, as `say` and `describe` do: `likened Soviet aid with Lenin's aid to Hungary in 1919` dates Lenin's aid.
  'liken', 'compare', 'equate', 'contrast',
]);

/**
 * Light verbs that are acts only with an object that is a deed: `gave a
 * speech`, `made a film`, `took part`; `gave its name to`, `took place`,
 * `made up of` are none. An object head listed here, or no object, is no act.
 */
export const objectDependentActs: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['give', new Set(['name', 'rise', 'way', 'birth', 'access', 'credit'])],
  ['make', new Set(['use', 'sense', 'way', 'name', 'home'])],
  ['take', new Set(['name', 'place', 'shape', 'form', 'effect', 'root', 'hold', 'advantage', 'care'])],
]);

/**
 * Verbs that carry an event noun as their object: `formed an alliance`,
 * `launched an attack`, `signed a treaty`, `carried out a raid`. The frame
 * is the noun's type, with the verb's subject as its agent.
 */
export const lightVerbs: ReadonlySet<string> = new Set(['form', 'launch', 'make', 'carry', 'conduct', 'stage', 'mount', 'sign', 'enter', 'conclude', 'seal', 'forge', 'hold', 'undertake', 'perpetrate', 'commit', 'lead', 'begin', 'start', 'announce']);

/** Column heads of a table of terms under an office's heading (`Name | From | To`): which end of the term a cell dates. */
export const tableBoundHeaders: ReadonlyMap<string, Aspect> = new Map([
  ['from', 'start'], ['start', 'start'], ['since', 'start'], ['took office', 'start'], ['term start', 'start'], ['began', 'start'], ['appointed', 'start'], ['elected', 'start'],
  ['to', 'end'], ['until', 'end'], ['end', 'end'], ['left office', 'end'], ['term end', 'end'], ['ended', 'end'],
]);

/** Verbs whose subject is the event that caused what they govern: `the attack resulted in the deaths of 18`. */
export const causingVerbs: ReadonlySet<string> = new Set(['result', 'cause', 'leave', 'produce']);

/**
 * Verbs whose object is an event the clause brought about or saw, with the
 * preposition before that object (`led to the appointment of X`, `1990 saw
 * the founding of Y`): the event noun takes the clause's fronted date.
 */
export const consequenceVerbs: ReadonlyMap<string, string> = new Map([
  ['lead', 'to'],
  ['result', 'in'],
  ['culminate', 'in'],
  ['see', ''],
  ['witness', ''],
  ['prompt', ''],
  ['trigger', ''],
]);

/** Verbs that end a state named by its noun: `the alliance was terminated`, `the partnership ended`. */
export const stateEndVerbs: ReadonlySet<string> = new Set(['end', 'terminate', 'dissolve', 'collapse', 'cease', 'expire', 'break', 'lapse']);

/** Verbs that start a state named by its noun: `the alliance began in 1990`. */
export const stateStartVerbs: ReadonlySet<string> = new Set(['begin', 'start', 'commence']);

/** Verbs whose date is also the date of the event noun they govern: `announced the creation of X` on D. */
export const datingVerbs: ReadonlySet<string> = new Set(['announce', 'proclaim', 'declare', 'complete', 'finish', 'order', 'approve', 'authorize', 'authorise']);

/**
 * Event nouns of series held again and again (`the General Conference`, `the
 * party congress`): one of them is one event only when numbered or dated in
 * its name (`the 53rd General Conference`, `the 1990 congress`).
 */
export const recurringEventNouns: ReadonlySet<string> = new Set(['conference', 'congress', 'session', 'plenum', 'synod', 'summit', 'championship', 'tournament', 'games', 'olympics', 'festival', 'election', 'referendum', 'meeting', 'assembly', 'convention', 'council', 'tour', 'visit', 'campaign', 'strike', 'protest', 'riot', 'fire', 'flood', 'earthquake', 'crisis', 'expo', 'exhibition', 'fair', 'show', 'award', 'awards', 'prize', 'season', 'parliament']);

/**
 * Nouns of the one who does an event of a type: `the founder of X`, `a
 * member of Y`, `the band's first drummer`, `Victoria Cross winner Z`,
 * `recipient of the Oscar`, `a graduate of X`. Said of a person, the person
 * is the agent and the noun's `of` phrase (or its owner) the patient, as
 * with the role nouns of offices.
 */
export const agentNouns: ReadonlyMap<string, EventTypeId> = new Map<string, EventTypeId>([
  ['founder', 'founding'], ['co-founder', 'founding'], ['cofounder', 'founding'],
  ['member', 'membership'], ['drummer', 'membership'], ['guitarist', 'membership'], ['bassist', 'membership'], ['vocalist', 'membership'],
  ['keyboardist', 'membership'], ['frontman', 'membership'],
  ['winner', 'award'], ['recipient', 'award'], ['laureate', 'award'],
  ['graduate', 'education'], ['alumnus', 'education'], ['alumna', 'education'],
  ['columnist', 'employment'], ['employee', 'employment'],
]);

/**
 * Verbs that tell what befell each of a group counted aboard or caught up in
 * an event, by lemma, and on which side of its head count they put them:
 * `21 were lost and 11 were picked up` accounts for everyone only when both
 * sides are named.
 */
export const fateVerbs: ReadonlyMap<string, 'lost' | 'saved'> = new Map([
  ...(['die', 'kill', 'lose', 'drown', 'perish'] as const).map((lemma) => [lemma, 'lost'] as const),
  ...(['survive', 'rescue', 'save', 'pick', 'escape', 'return'] as const).map((lemma) => [lemma, 'saved'] as const),
]);

/**
 * Nouns of works, singular: a count of them is still what a verb of
 * publication releases (`released three studio albums`), where a count of
 * people is not (`released 300 prisoners`).
 */
/**
 * Nouns that name one short event the same way, so that an article titled by
 * one (`1986 United States bombing of Libya`) may call its event by another
 * (`The attack began …`). Long events (wars, campaigns, expeditions) are not
 * here: `the war` in a battle's article is the war it belongs to.
 */
export const shortEventNounClasses: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['battle', 'fighting', 'engagement']),
  new Set(['bombing', 'attack', 'raid', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombardment', 'assault']),
  new Set(['massacre', 'killings']),
  new Set(['earthquake', 'quake']),
  new Set(['crash']),
  new Set(['siege']),
  new Set(['coup']),
  new Set(['assassination']),
  new Set(['explosion', 'blast']),
  new Set(['shooting']),
  new Set(['sinking']),
  new Set(['eruption']),
];

/**
 * Nouns that name one long event the same way: an article titled by one
 * (`Sino-Indian War`) calls it `the war` or `the 1962 conflict`, and tells
 * when it began and when it ended.
 */
export const longEventNounClasses: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['war', 'conflict']),
  new Set(['uprising', 'rising', 'revolt', 'rebellion', 'insurrection', 'insurgency', 'mutiny']),
  new Set(['revolution']),
  new Set(['crisis']),
  new Set(['campaign', 'offensive']),
  new Set(['expedition']),
  new Set(['blockade']),
  new Set(['epidemic', 'pandemic', 'plague', 'outbreak']),
  new Set(['spill']),
  new Set(['famine']),
];

/**
 * Things an owner may have before it exists or after its end, so `its first building` or `the club's first
 * ground` dated is no deed of the owner (a building stands before the school that takes it).
 */
export const ownedThingNouns: ReadonlySet<string> = new Set(['building', 'site', 'ground', 'home', 'premises', 'campus', 'headquarters', 'office', 'location', 'name', 'origin', 'root', 'ancestor', 'predecessor', 'forerunner', 'incarnation', 'form', 'version', 'owner', 'stadium', 'church', 'house', 'land', 'mention']);

export const workNouns: ReadonlySet<string> = new Set(['album', 'single', 'book', 'film', 'movie', 'novel', 'record', 'song', 'episode', 'volume', 'ep', 'mixtape', 'documentary', 'collection']);

/**
 * Nouns that name a size an entity has: `a population of 12,000`, `its
 * membership was 300`, `a length of 241 m`, `revenue of £1.4 billion`.
 */
export const sizeNouns: ReadonlySet<string> = new Set([
  'population', 'membership', 'strength', 'enrollment', 'enrolment', 'workforce', 'attendance', 'capacity', 'headcount', 'size', 'staff',
  'length', 'height', 'width', 'depth', 'span', 'area', 'elevation', 'revenue', 'turnover', 'circulation', 'budget', 'endowment', 'cost',
]);

/** Verbs whose object's `of` figure is a size of their subject: `has a population of`, `reported revenue of`. */
export const sizeVerbs: ReadonlySet<string> = new Set(['have', 'reach', 'record', 'report', 'post']);

/** Verbs by which a size goes past a figure (`the population passed 100,000`): the figure is its floor. */
export const sizeBeyondVerbs: ReadonlySet<string> = new Set(['pass', 'exceed', 'surpass', 'top']);

/** Verbs by which a length after their `for` or `over` is their subject's (`the line ran for 38 kilometres`). */
export const extentVerbs: ReadonlySet<string> = new Set(['run', 'stretch', 'extend']);

/** Verbs by which a size is the figure after their `at` (`attendance peaked at 12,900`, `the population stood at 4,100`). */
export const sizeAtVerbs: ReadonlySet<string> = new Set(['peak', 'stand']);

/** Measures that do not change from year to year, compared without a year: a bridge's length, a mountain's height, what a building cost. */
export const fixedMeasures: ReadonlySet<string> = new Set(['length', 'height', 'width', 'depth', 'span', 'area', 'elevation', 'cost', 'construction cost']);

/** Things whose one length is their height: `the 141-metre tower` is that tall, `the 380-metre crossing` that long. */
export const tallNouns: ReadonlySet<string> = new Set(['tower', 'building', 'skyscraper', 'spire', 'steeple', 'mast', 'chimney', 'statue', 'monument', 'obelisk', 'column', 'peak', 'mountain', 'waterfall', 'cliff', 'dam', 'lighthouse']);

/** Verbs that change a thing's dimension: `deepened to 500 yards`, `the runway was extended`. */
export const alterationVerbs: ReadonlySet<string> = new Set(['extend', 'deepen', 'lengthen', 'raise', 'enlarge', 'widen', 'heighten', 'expand', 'increase', 'reduce', 'shorten', 'rebuild', 'replace', 'lower', 'narrow']);

/** Things whose length is their depth: `the 380-yard downcast shaft` is 380 yards deep. */
export const deepNouns: ReadonlySet<string> = new Set(['shaft', 'well', 'borehole', 'pit', 'trench']);

/** Size nouns that count what another word names: `a staff of 2,600`, `a workforce of 300` count employees, as `employed 300` does. */
export const sizeNounMeasures: ReadonlyMap<string, string> = new Map([['staff', 'employee'], ['workforce', 'employee'], ['headcount', 'employee'], ['enrolment', 'enrollment']]);

/** Words that bring a sunk or wrecked ship back (`raised and returned to service`): its sinking was no end. */
export const shipReturnWords: readonly string[] = ['refloated', 'raised', 'salvaged', 'rebuilt', 'reopened', 'restored', 'repaired', 'recommissioned'];

/** Whether a text tells a ship's return: a word of `shipReturnWords`. */
export const tellsShipReturn = (text: string): boolean => shipReturnPattern.test(text);
const shipReturnPattern = new RegExp(`\\b(?:${shipReturnWords.join('|')})\\b`, 'i');

/** Words that alone in a bracket after a name state an event of it without a date: `Rubén Valle Rojas ("Comrade Javier"; deceased)`. */
export const bracketedStates: ReadonlyMap<string, EventTypeId> = new Map([['deceased', 'death'], ['dead', 'death'], ['died', 'death']]);

/** Words of later time that open a bracket giving a thing's new name: `Fulbright & Jaworski (now known as Norton Rose Fulbright)`, `the Expos (now the Nationals)`. */
export const renamingBracketCues: ReadonlySet<string> = new Set(['now', 'later', 'subsequently']);

/** Verbs that give a name, before it in such a bracket: `now known as`, `later called`. */
export const namingVerbs: ReadonlySet<string> = new Set(['know', 'call']);

/** Where these words come from. */
export const source = 'The event classes of docs/frames.md, their verbs and nouns from the wording of the corpus articles, the blind frames gold and common English synonyms; infobox keys from Wikipedia infobox templates (person, settlement, company, officeholder, football biography).';

/** This module's lists by name, as `src/lexicon/index.ts` gathers them: the event nouns by type, and the verb classes. */
export const lexicon: LexiconModule = {
  module: 'events',
  source,
  lists: {
    ...Object.fromEntries(eventTypes.filter((type) => type.nouns.length > 0).map((type) => [`${type.id}Nouns`, type.nouns])),
    nonActs: [...nonActs].filter((verb) => !copulas.has(verb)),
    renamingBracketCues: [...renamingBracketCues],
    namingVerbs: [...namingVerbs],
    lightVerbs: [...lightVerbs],
    objectDependentActs: [...objectDependentActs.keys()],
    causingVerbs: [...causingVerbs],
    consequenceVerbs: [...consequenceVerbs.keys()],
    tableBoundHeaders: [...tableBoundHeaders.keys()],
    stateEndVerbs: [...stateEndVerbs],
    stateStartVerbs: [...stateStartVerbs],
    datingVerbs: [...datingVerbs],
    sizeNouns: [...sizeNouns],
    bracketedStates: [...bracketedStates.keys()],
    shipReturnWords: [...shipReturnWords],
    alterationVerbs: [...alterationVerbs],
    deepNouns: [...deepNouns],
  },
};

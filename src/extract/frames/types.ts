import type { Aspect, EventTypeId } from '../../lexicon/events.js';
import type { Claim } from '../../schema/claims.js';
import type { Token } from '../../segment/tokens.js';

/** What a unit of a sentence is, once tokens and claims are merged. */
export type UnitKind =
  | 'name' // a person, organization or place claim
  | 'date' // a date claim
  | 'figure' // a quantity, money or age claim
  | 'word'; // any other token

/**
 * One unit of a sentence: a claim (several tokens read as one word) or a
 * single token. The frame reader works on units, so `John Smith`, `23 May
 * 2021` and `around 60 to 80 people` are one word each.
 */
export interface Unit {
  kind: UnitKind;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** The token's tag; names are PROPN, dates and figures NUM. */
  pos: Token['pos'];
  lemma: string;
  negated: boolean;
  claim?: Claim;
}

/** How an argument was found: the named strategy, so a reader can ask why. */
export type ArgumentStrategy =
  | 'subject' // the noun phrase before the verb
  | 'object' // the noun phrase after the verb
  | 'by-agent' // `by X` after a passive
  | 'preposition' // the object of the verb's preposition (`serve as`, `play for`)
  | 'relative' // `X, who …`: the noun phrase a relative pronoun stands for
  | 'coordination' // `X founded A and sold B`: the subject of the verb before `and`
  | 'fronted-participle' // `Founded in 1948, the firm …`: the main clause's subject
  | 'reduced-relative' // `a maker founded in 1948`: the noun phrase before the participle
  | 'possessor' // `Smith's death`, `his appointment`
  | 'of-phrase' // `the founding of X`
  | 'apposition' // `X, chairman of Y,`
  | 'title' // `Queen Mary`, `French president Mitterrand`: the name a title of office stands before
  | 'parenthesis' // `X (1901–1980)`, `X (born 1950)`
  | 'list-head' // `- X (Alias): killed in 2013`
  | 'infobox' // the article's subject, from an infobox key
  | 'heading' // the row's subject or type from the heading above a list or table
  | 'row-head' // a table row's first cell, what the row's other cells are about
  | 'bare-event' // `after the 1912 launch`: a dated once-only event no one is said to own is the article subject's
  | 'bare-measure'; // `Attendance peaked at 12,900`, `The population was 4,100`: a size no one is said to own is the article subject's

/** A participant of a frame as the sentence names it: a name, a pronoun, a noun phrase. */
export interface FrameArgument {
  /** Offsets in the sentence's plain text; absent when the argument is implied (an infobox's subject). */
  start?: number;
  end?: number;
  text: string;
  /** The name claim it is, when it is one. */
  claim?: string;
  form: 'name' | 'pronoun' | 'nominal' | 'figure' | 'subject';
  /** The lemma of a nominal's head noun (`company` in `the company`). */
  head?: string;
  /** For a kin or office nominal with a possessor (`his father`, `Shaka's mother`): the possessor. */
  owner?: FrameArgument;
  strategy: ArgumentStrategy;
  /** Names coordinated with this one (`Alipio and Gabriel`): the frame holds for each. */
  conjuncts?: FrameArgument[];
}

/**
 * One fact a clause states: a predicate of a registry event type, who does it,
 * who or what it happens to, and its dates, figures, place and role.
 */
export interface Frame {
  type: EventTypeId;
  /** The lemma of the verb or event noun, with its particle: `found`, `set up`, `death`, `be president`. */
  predicate: string;
  /** The trigger's offsets in the sentence's plain text. */
  trigger: [number, number];
  /** The words the frame quotes: its clause, `[start, end)` in plain text. */
  span: [number, number];
  voice: 'active' | 'passive' | 'noun' | 'copula' | 'structure';
  agent: FrameArgument | null;
  patient: FrameArgument | null;
  /** Date claims of the frame, in order; for a state, `from`/`to` say which end a date gives. */
  dates: Array<{ claim: Claim; part?: 'from' | 'to' }>;
  figures: Claim[];
  place: Claim | null;
  role: string | null;
  aspect: Aspect | null;
  negated: boolean;
  /** An infinitive after a verb of planning (`plan to build`, `is scheduled to open`): intended, not done. */
  planned?: boolean;
  /** `again`, `re-elected`, `a second term`, `another`: the text says it happened before. */
  repeated: boolean;
  source: 'prose' | 'infobox' | 'list' | 'table';
  /** The tense of the clause: `present` states hold now (`is divided into 14 districts`). */
  tense?: 'past' | 'present' | null;
  /** For sizes: the noun counted when the figure does not say it (`population`). */
  measure?: string;
  /** For sizes: the unit a bare value is in, from where it stands (`area_total_km2: 23.4` is in km²). */
  unit?: string;
  /** For an event noun with a name before it (`the San Miguel del Ene attack`): the name of the event. */
  name?: string;
}

/** A sentence ready to be read: its plain text, tokens and claims. */
export interface SentenceInput {
  plain: string;
  tokens: readonly Token[];
  /** The sentence's non-event claims with their plain-text offsets. */
  claims: ReadonlyArray<{ claim: Claim; start: number; end: number }>;
  where: 'name' | 'infobox' | 'prose' | 'list' | 'quote' | 'table' | 'footnote';
  infoboxKey?: string;
}

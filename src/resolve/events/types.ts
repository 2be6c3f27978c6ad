import type { Claim, EventValue, Modality } from '../../schema/claims.js';
import type { Entity } from '../../schema/entities.js';
import type { ArticleSentence } from '../../segment/index.js';
import type { ResolvedArticle } from '../types.js';

/** A claim placed in its sentence's plain text. */
export interface Mention {
  claim: Claim;
  start: number;
  end: number;
}

/** One sentence with its claims placed in its plain text, for event grammar. */
export interface SentenceView {
  sentence: ArticleSentence;
  plain: string;
  /** Every non-event claim of the sentence, by start. */
  mentions: Mention[];
  /** Name claims that were resolved to an entity. */
  names: Mention[];
  dates: Mention[];
  figures: Mention[];
  modality: Modality;
  reportedBy?: string;
  /** For the first sentence of a list item `Name (Alias): …`, the name it is about. */
  head?: Mention;
}

/** An event found in one sentence, before it becomes a claim. */
export interface EventDraft {
  value: Omit<EventValue, 'modality'> & { modality?: Modality };
  /** The words the event claim quotes: `[start, end)` in `view.plain`. */
  span: [number, number];
}

/** What event detectors read besides the sentence. */
export interface EventContext {
  resolved: ResolvedArticle;
  views: readonly SentenceView[];
  /** The entity the article is about (its title), if known. */
  subject: Entity | undefined;
  entity(id: string | undefined): Entity | undefined;
  /** The entities a pronoun or `the group`-like phrase before `before` in `view` refers to. */
  refer(view: SentenceView, phrase: string, before: number): Entity[];
}

/** Finds events of some types in one sentence. Pure. */
export interface EventDetector {
  name: string;
  detect(view: SentenceView, context: EventContext): EventDraft[];
}

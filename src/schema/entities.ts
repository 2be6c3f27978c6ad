import { z } from 'zod';
import { NameFormSchema } from './claims.js';
import { PositionSchema } from './position.js';

/** A quote from the source that supports something: always an exact slice. */
export const EvidenceSchema = z.object({
  /** The claim quoted; absent when the evidence is raw text (markup residue). */
  claimId: z.string().optional(),
  /** Exactly `source.slice(position.start.offset, position.end.offset)`. */
  quote: z.string(),
  position: PositionSchema,
  /** What this piece of evidence shows, e.g. `start date`, `alias`. */
  role: z.string().optional(),
  /**
   * The document the quote is from when it is not the article: a cited
   * source's URL or file. Position and quote are then in that document.
   */
  source: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One name an entity goes by, and the words that tie it to the entity. */
export const AliasSchema = z.object({
  name: z.string(),
  form: NameFormSchema,
  /** The mention(s) that link this alias to the entity: `Víctor Quispe Palomino ("Comrade José")`. */
  evidence: z.array(EvidenceSchema),
});
export type Alias = z.infer<typeof AliasSchema>;

/** A person, organization or place the article talks about. */
export const EntitySchema = z.object({
  /** Stable within one report: `person-1`, `organization-2`. */
  id: z.string(),
  type: z.enum(['person', 'organization', 'place']),
  /** The fullest name found. */
  canonical: z.string(),
  aliases: z.array(AliasSchema),
  /** Ids of every claim that mentions the entity, in order of appearance. */
  mentions: z.array(z.string()),
  /** Whether the entity is the article's own subject (its title). */
  isSubject: z.boolean().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/**
 * One referring expression and the entity it was resolved to: a name, a
 * personal pronoun, a definite nominal (`the company`, `his father`) or a
 * relative pronoun (`who`), with the strategy that chose the entity.
 */
export const MentionSchema = z.object({
  /** Exactly `source.slice(position.start.offset, position.end.offset)`. */
  text: z.string(),
  position: PositionSchema,
  sentence: z.number().int().min(0),
  form: z.enum(['name', 'pronoun', 'nominal', 'relative']),
  /** The entity, or null when the resolver could not tell. */
  entity: z.string().nullable(),
  /** `name`, `sentence-subject`, `previous-subject`, `recent`, `article-subject`, `named-with-noun`, `only-of-kind` (the one entity of the noun's kind the article names), `subject-guess` (the article's subject by its noun, another body of that kind named just before), `kin`, `kin-named` (a relative the article named with that relation: `X (Y's son)`), `section-heading` (the person a section is named after), `apposition`, `relative`, `cataphora` (a possessive in a phrase opening its sentence, for the main clause's subject: `Since its opening … the bridge`), `unresolved`. */
  strategy: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** One dated step in an entity's story, in date order. */
export const TimelineEntrySchema = z.object({
  eventId: z.string(),
  type: z.string(),
  /** ISO start of the event's date, null when undated. */
  start: z.string().nullable(),
  end: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** An entity's events in date order. */
export const TimelineSchema = z.object({
  entity: z.string(),
  entries: z.array(TimelineEntrySchema),
});
export type Timeline = z.infer<typeof TimelineSchema>;

import { z } from 'zod';
import { eventTypeIds } from '../lexicon/events.js';
import { PositionSchema } from './position.js';
import { WhereSchema } from './segment.js';

/** How precise a date is. */
export const GranularitySchema = z.enum(['day', 'month', 'season', 'year', 'decade', 'century']);
export type Granularity = z.infer<typeof GranularitySchema>;

/**
 * How a relative date expression is anchored, as written: `the following year`
 * is one year after the nearest preceding date of the text, `last February` the
 * February before the reference date. Kept after resolution so a reader can
 * see what was stated and what was taken from context.
 */
export const RelativeDateSchema = z.object({
  /** `text`: the nearest preceding date of the article; `reference`: the document's reference date. */
  anchor: z.enum(['text', 'reference']),
  /** The unit `shift` counts; absent when the expression takes the anchor as it is (`at the time`). */
  unit: z.enum(['day', 'week', 'month', 'year', 'decade']).optional(),
  /** Units after (positive) or before (negative) the anchor: `the subsequent year` → 1. */
  shift: z.number().int(),
  /** A month stated with it (1–12): `September of the same year`, `the past February`. */
  month: z.number().int().min(1).max(12).optional(),
  /** A day of the month stated with it: `6 June` without a year. */
  day: z.number().int().min(1).max(31).optional(),
  /** A weekday stated with it (1 = Monday … 7 = Sunday): `next Tuesday`. */
  weekday: z.number().int().min(1).max(7).optional(),
  /** For a named month or weekday: the nearest one before (`past`) or after (`next`) the anchor, not the anchor's own. */
  direction: z.enum(['past', 'next']).optional(),
});
export type RelativeDate = z.infer<typeof RelativeDateSchema>;

/**
 * One point in time as the text gives it: `23 May 2021`, `March 2022`, `2018`,
 * `the 1990s`, `early 2019`, `the same year`.
 */
export const DatePointSchema = z.object({
  /** TIMEX3-style value: `2021-05-23`, `2022-03`, `2018`, `199` (a decade), `XXXX-05-23`, `PRESENT_REF`. */
  timex: z.string(),
  /** First day covered, ISO `YYYY-MM-DD`; null when unknown (no year). */
  start: z.string().nullable(),
  /** Last day covered (inclusive), ISO `YYYY-MM-DD`; null when unknown or open. */
  end: z.string().nullable(),
  granularity: GranularitySchema,
  /** `about 1900`, `c. 1200`, `early 2019`, `mid-2010s`. */
  approximate: z.boolean(),
  /** A part of the period: `early 2019` → `early`. */
  modifier: z.enum(['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'winter', 'first-half', 'second-half']).optional(),
  /** Parts of the date not written in the text but taken from context, e.g. `['year']`. */
  inferred: z.array(z.enum(['year', 'month', 'day'])).optional(),
  /** For relative expressions and dates missing their year: what they are relative to, as stated. */
  relative: RelativeDateSchema.optional(),
});
export type DatePoint = z.infer<typeof DatePointSchema>;

/** The value of a date claim: a point, or a range whose ends are points. */
export const DateValueSchema = DatePointSchema.extend({
  granularity: z.union([GranularitySchema, z.literal('range')]),
  /** For ranges: the stated start; null when open or missing (`–present`). */
  from: DatePointSchema.nullable().optional(),
  /** For ranges: the stated end; null when missing; `PRESENT_REF` for `–present`. */
  to: DatePointSchema.nullable().optional(),
  /** `since 2022`, `until 1999`, `before 1900`, `after the war`. */
  relation: z.enum(['since', 'until', 'before', 'after']).optional(),
  /** For relative expressions: the id of the date claim they were resolved from. */
  resolvedFrom: z.string().optional(),
  /** For relative expressions: how the value was derived, e.g. `same year as`. */
  resolution: z.string().optional(),
});
export type DateValue = z.infer<typeof DateValueSchema>;

/** A number and what it counts: `eight fronts`, `around 60 to 80 people`, `~300`. */
export const QuantityValueSchema = z.object({
  /** The single value, or null for a range. */
  value: z.number().nullable(),
  min: z.number(),
  max: z.number(),
  approximate: z.boolean(),
  /** `more than`, `at least`, `up to`, … when the number is a bound. */
  bound: z.enum(['more-than', 'at-least', 'less-than', 'at-most']).optional(),
  /** The counted noun as written, singular lower case: `front`, `person`, `policeman`. */
  noun: z.string().nullable(),
  /** A percentage: `45%`, `45 percent`. */
  percent: z.boolean().optional(),
});
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

/** An amount of money with its ISO 4217 currency. */
export const MoneyValueSchema = z.object({
  amount: z.number().nullable(),
  min: z.number(),
  max: z.number(),
  /** ISO 4217 code (`USD`, `PEN`, `EUR`, `GBP`), or null when not given. */
  currency: z.string().nullable(),
  approximate: z.boolean(),
  /** `more than $5 million`, `up to €3 billion`: the amount is a bound. */
  bound: z.enum(['more-than', 'at-least', 'less-than', 'at-most']).optional(),
});
export type MoneyValue = z.infer<typeof MoneyValueSchema>;

/** A stated age, tied to the person it is said of. */
export const AgeValueSchema = z.object({
  /** The age in years; a fraction when the text gives months, weeks or days (`ten months old` → 0.833…). */
  years: z.number(),
  /** The unit the text gives when it is not years (`ten months old` → `month`). */
  unit: z.enum(['month', 'week', 'day']).optional(),
  /** The person as written next to the age, when found. */
  subjectText: z.string().nullable(),
  /** The id of the person's name claim, when found. */
  subjectClaim: z.string().optional(),
  /** The person the age is said of (filled by the resolve stage). */
  entity: z.string().optional(),
  /** The date claim the age is stated at, when the sentence gives one (filled by the resolve stage). */
  date: z.string().optional(),
  /** When `date` is a life span, the end the age is of: `to` for an age at death (`who was 22 when he died`). */
  datePart: z.enum(['from', 'to']).optional(),
});
export type AgeValue = z.infer<typeof AgeValueSchema>;

/** A position in an order: `"number two"`, `third-largest`, `second plenary session`. */
export const RankValueSchema = z.object({
  ordinal: z.number().int(),
  /** What is ranked or counted: `plenary session`, `largest`, `leadership`. */
  of: z.string().nullable(),
  /** Written in quotes, as a title: `"number two"`. */
  quoted: z.boolean(),
});
export type RankValue = z.infer<typeof RankValueSchema>;

/** How a name is written. */
export const NameFormSchema = z.enum(['full', 'surname', 'given', 'nickname', 'acronym', 'title', 'native', 'other']);
export type NameForm = z.infer<typeof NameFormSchema>;

/**
 * How the syntax around a name ties it to another name: `X ("Y")` and
 * `X "Y" Z` give a nickname, `X (…, ACR)` an acronym, `X (Name in another
 * language)` a translation, `(née Y)` a maiden name, `(born Y)` a birth name,
 * `formerly Y` a former name, `(also known as Y)` another name.
 */
export const AliasRelationSchema = z.enum(['nickname', 'acronym', 'translation', 'maiden', 'birth', 'former', 'known-as']);
export type AliasRelation = z.infer<typeof AliasRelationSchema>;

/** A name as written, and the entity it was resolved to. */
export const NameValueSchema = z.object({
  /** The name without honorifics or quotes: `Víctor Quispe Palomino`, `José`. */
  name: z.string(),
  form: NameFormSchema,
  /** An honorific or nom-de-guerre title before the name: `Comrade`, `Dr.`, `President`. */
  honorific: z.string().optional(),
  /** The entity this mention belongs to (filled by the resolve stage). */
  entity: z.string().optional(),
  /**
   * The id of the name claim this one is given as another name of, by the
   * syntax that ties them (`Víctor Quispe Palomino ("Comrade José")`): set
   * on `Comrade José`. A relation (`the son of Comrade José`) is never an alias.
   */
  aliasOf: z.string().optional(),
  /** How `aliasOf` is tied. */
  aliasRelation: AliasRelationSchema.optional(),
});
export type NameValue = z.infer<typeof NameValueSchema>;

/** How strongly the article itself stands behind a statement. */
export const ModalitySchema = z.enum(['asserted', 'reported', 'self-described', 'alleged', 'negated', 'planned', 'fictional']);
export type Modality = z.infer<typeof ModalitySchema>;

/** The kinds of events claimcheck knows: the ids of the event registry (`src/lexicon/events.ts`). */
export const EventTypeSchema = z.enum(eventTypeIds);
export type EventType = z.infer<typeof EventTypeSchema>;

/** How an event's participant is named, and which entity the resolver took it for. */
export const EventArgumentSchema = z.object({
  /** The words naming it; for an implied participant (an infobox line's subject), the article's title. */
  text: z.string(),
  /** Where the words are; absent when the participant is implied. */
  position: PositionSchema.optional(),
  /** The entity it was resolved to, or null when the resolver could not tell. */
  entity: z.string().nullable(),
  form: z.enum(['name', 'pronoun', 'nominal', 'figure', 'subject']),
  /** How the clause reader found it: `subject`, `by-agent`, `relative`, `coordination`, `list-head`, … */
  strategy: z.string(),
  /** How the resolver chose its entity: `name`, `previous-subject`, `salient-organization`, … */
  resolution: z.string().optional(),
});
export type EventArgument = z.infer<typeof EventArgumentSchema>;

/**
 * A typed fact tying entities to dates and figures, read from one clause:
 * `X led Y from D`, `X was killed in D`, `the attack killed N`.
 */
export const EventValueSchema = z.object({
  type: EventTypeSchema,
  /** The lemma of the verb or event noun, with its particle: `found`, `set up`, `death`, `be president`. */
  predicate: z.string(),
  /** How the clause states it: a verb in either voice, an event noun, a copula with a role noun, or the article's structure. */
  voice: z.enum(['active', 'passive', 'noun', 'copula', 'structure']),
  /** Who does it, and who or what it happens to. */
  agent: EventArgumentSchema.nullable(),
  patient: EventArgumentSchema.nullable(),
  /** The entity the event is about (the registry's `about` participant), and the words naming it. */
  subject: z.string().nullable(),
  subjectText: z.string().nullable(),
  /** The other participant: the organization led, the spouse, the founder. */
  object: z.string().nullable().optional(),
  objectText: z.string().nullable().optional(),
  /** For offices: `leader`, `president`, `chair`, … */
  role: z.string().optional(),
  /** Where a state stands: `start` (took office, joined), `end` (resigned, left), `state` (was leader), `point`. */
  aspect: z.enum(['start', 'end', 'state', 'point']).optional(),
  /** Date claims: when it happened, or when the state began and ended. */
  date: z.string().optional(),
  /** When `date` is a range claim, the end it refers to: `until his death in D` ends a state at D. */
  datePart: z.enum(['from', 'to']).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  /** Figure claims tied to the event (casualties, size). */
  figures: z.array(z.string()).optional(),
  /** For sizes and casualties: what is counted, as a noun lemma (`employee`, `member`, `death`). */
  measure: z.string().optional(),
  /** For a size: the unit its value is in when the value does not say it (`area_total_km2: 23.4` is in km²). */
  unit: z.string().optional(),
  /** Place claims tied to the event. */
  place: z.string().optional(),
  /** The name of a named event: `San Miguel del Ene attack`, `third plenary session`. */
  name: z.string().optional(),
  /** The clause's tense, when it has a finite verb: a present-tense size holds now. */
  tense: z.enum(['past', 'present']).optional(),
  /** Where the fact is stated: prose, an infobox line, a list row or a table row. */
  source: z.enum(['prose', 'infobox', 'list', 'table']),
  /** The text says it happened before (`again`, `re-elected`, `a second term`): a repeat, not a restatement. */
  repeated: z.boolean(),
  modality: ModalitySchema,
  /** Who the article says reported it: `NGO Waynakuna Perú`, `the Peruvian military`. */
  reportedBy: z.string().optional(),
  /** Every claim the event rests on. */
  rests: z.array(z.string()),
  /** The trigger word or phrase: `led`, `killed`, `captured`. */
  trigger: z.string(),
});
export type EventValue = z.infer<typeof EventValueSchema>;

const claimBase = {
  /** Stable within one report: kind and order of appearance, e.g. `date-3`. */
  id: z.string(),
  /** Exactly `source.slice(position.start.offset, position.end.offset)`. */
  text: z.string(),
  position: PositionSchema,
  /** Index of the sentence the claim came from. */
  sentence: z.number().int().min(0),
  sectionPath: z.array(z.string()),
  where: WhereSchema,
  /** The extractor (or resolver step) that made the claim. */
  extractor: z.string(),
  /** Labels of the citation markers of the claim's sentence. */
  citations: z.array(z.string()),
};

export const DateClaimSchema = z.object({ ...claimBase, kind: z.literal('date'), value: DateValueSchema });
export const QuantityClaimSchema = z.object({ ...claimBase, kind: z.literal('quantity'), value: QuantityValueSchema });
export const MoneyClaimSchema = z.object({ ...claimBase, kind: z.literal('money'), value: MoneyValueSchema });
export const AgeClaimSchema = z.object({ ...claimBase, kind: z.literal('age'), value: AgeValueSchema });
export const RankClaimSchema = z.object({ ...claimBase, kind: z.literal('rank'), value: RankValueSchema });
export const PersonClaimSchema = z.object({ ...claimBase, kind: z.literal('person'), value: NameValueSchema });
export const OrganizationClaimSchema = z.object({ ...claimBase, kind: z.literal('organization'), value: NameValueSchema });
export const PlaceClaimSchema = z.object({ ...claimBase, kind: z.literal('place'), value: NameValueSchema });
export const EventClaimSchema = z.object({ ...claimBase, kind: z.literal('event'), value: EventValueSchema });

/** Every claim kind, discriminated on `kind`. */
export const ClaimSchema = z.discriminatedUnion('kind', [
  DateClaimSchema,
  QuantityClaimSchema,
  MoneyClaimSchema,
  AgeClaimSchema,
  RankClaimSchema,
  PersonClaimSchema,
  OrganizationClaimSchema,
  PlaceClaimSchema,
  EventClaimSchema,
]);
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimKind = Claim['kind'];
export type DateClaim = z.infer<typeof DateClaimSchema>;
export type QuantityClaim = z.infer<typeof QuantityClaimSchema>;
export type MoneyClaim = z.infer<typeof MoneyClaimSchema>;
export type AgeClaim = z.infer<typeof AgeClaimSchema>;
export type RankClaim = z.infer<typeof RankClaimSchema>;
export type PersonClaim = z.infer<typeof PersonClaimSchema>;
export type OrganizationClaim = z.infer<typeof OrganizationClaimSchema>;
export type PlaceClaim = z.infer<typeof PlaceClaimSchema>;
export type EventClaim = z.infer<typeof EventClaimSchema>;
/** A claim of one kind. */
export type ClaimOf<Kind extends ClaimKind> = Extract<Claim, { kind: Kind }>;

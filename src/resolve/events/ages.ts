import { eventType } from '../../lexicon/events.js';
import type { AgeClaim, Claim, DateClaim, EventClaim } from '../../schema/claims.js';
import type { Mention } from '../../schema/entities.js';
import { groupBy } from '../../util/group.js';
import { startsUpperCase } from '../../util/letters.js';
import type { ResolvedArticle } from '../types.js';

// What may stand between a person and the age said of them: `de Wit, aged 45`, `Ole, then aged 12`, `Iván (23; …)`, `she was`.
const joiners = new Set(['', ',', '(', ', then', ', now', 'was', 'were', 'is', ', who was', 'who was', 'at', 'when']);
// `then` right before an age: `Charlton, then aged 27,`.
const thenBefore = /\bthen\s+$/;
// A sentence that only tells someone's age: `He was 38 years old.`, `Smith was then 27.`
const ageOnlyBefore = /^(?:[Hh]e|[Ss]he|\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2}) (?:was|is) (?:then |only |just |by then )?$/u;
const ageOnlyAfter = /^(?: at the time)?[.!]?\s*$/u;
// The copula closing a clause that tells an age: `, was just`, ` is`.
const ageCopula = /,? (?:was|is) (?:then |only |just |by then )?$/u;
// A new clause with a subject of its own: `, and he began`, `; she`.
const clauseBreak = /(?:,\s*(?:and|but)|;)\s+(?:(?:he|she|they|it)\b|\p{Lu})/u;
// A coordinated clause after the age: `, and`, `, but`, `;`.
const laterClause = /,\s*(?:and|but)\s|;\s/u;
// How far a date may stand from an age and still be the time it is stated at.
const dateWindow = 160;

/**
 * Ties each age to the person it is said of and the date it is stated at.
 * The person: the one the extractor named beside it, else the mention (name,
 * pronoun or nominal) right before it (`Smith, aged 45`, `she was 26`) or
 * right after it (`the 20-year-old Eklund`, `aged 31, she …`), else the
 * person the smallest event around it is about (`He died in Prague on 2
 * December 1885, aged 70, while visiting his daughter`), else — when the
 * sentence mentions one person only — that person. The date: the nearest date of the
 * sentence, before the age first. An age it cannot place is left untied.
 */
export function linkAges(resolved: ResolvedArticle, events: readonly EventClaim[]): Map<string, Claim> {
  const linked = new Map<string, Claim>();
  const mentionsBySentence = groupBy(resolved.mentions, (mention) => mention.sentence);
  const datesBySentence = groupBy(resolved.claims.filter((claim): claim is DateClaim => claim.kind === 'date'), (claim) => claim.sentence);
  const byId = new Map(resolved.claims.map((claim) => [claim.id, claim]));
  const persons = new Set(resolved.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id));
  const eventsBySentence = groupBy(events, (event) => event.sentence);
  for (const claim of resolved.claims) {
    if (claim.kind !== 'age') continue;
    const mentions = (mentionsBySentence.get(claim.sentence) ?? []).filter((mention) => mention.entity !== null && persons.has(mention.entity));
    const entity = ageEntity(resolved, claim, mentions, byId) ?? clauseSubject(claim, eventsBySentence.get(claim.sentence) ?? [], persons) ?? onlyPerson(mentions);
    if (!entity) continue;
    // `In a 1999 interview, Dillard said: "when I was seventeen …"`: an age told in a quotation is of the time the
    // quotation tells, not of the sentence around it.
    const quoted = quotedSpan(resolved, claim);
    const dates = (datesBySentence.get(claim.sentence) ?? []).filter((date) => !quoted || (date.position.start.offset >= quoted[0] && date.position.end.offset <= quoted[1]));
    const atDeath = deathDate(resolved, claim, entity, events, byId);
    const date = atDeath ?? ageDate(claim, dates, resolved.article.text) ?? (quoted ? undefined : narrativeDate(resolved, claim, datesBySentence));
    const value = { ...claim.value, entity, ...(date ? { date: date.id } : {}), ...(atDeath?.value.granularity === 'range' ? { datePart: 'to' as const } : {}) };
    linked.set(claim.id, { ...claim, value } satisfies AgeClaim);
  }
  return linked;
}

function ageEntity(resolved: ResolvedArticle, age: AgeClaim, mentions: readonly Mention[], byId: ReadonlyMap<string, Claim>): string | undefined {
  const named = age.value.subjectClaim ? byId.get(age.value.subjectClaim) : undefined;
  if (named && (named.kind === 'person') && named.value.entity) return named.value.entity;
  const text = resolved.article.text;
  const start = age.position.start.offset;
  const end = age.position.end.offset;
  const between = (from: number, to: number): string => text.slice(from, to).trim().toLowerCase().replace(/\s+/g, ' ');
  // `the 35-year-old emir`: the noun phrase the age modifies.
  const holding = mentions.find((mention) => mention.position.start.offset <= start && end <= mention.position.end.offset);
  if (holding?.entity) return holding.entity;
  const before = [...mentions].reverse().find((mention) => mention.position.end.offset <= start && joiners.has(between(mention.position.end.offset, start).replace(/ aged$|^aged$/, '')));
  if (before?.entity) return before.entity;
  // `the 20-year-old Eklund`, and the fronted `aged 31, she married`: the person right after it.
  const after = mentions.find((mention) => mention.position.start.offset >= end && ['', ','].includes(between(end, mention.position.start.offset)));
  if (after?.entity) return after.entity;
  // `Turning professional in 1911 at the age of nineteen, the 5' 2" Wolfe, who …`: an age closing a fronted clause
  // is said of the main clause's subject, the first person after the comma.
  const sentence = resolved.article.sentences[age.sentence];
  if (!sentence || text.slice(sentence.position.start.offset, start).includes(',')) return undefined;
  const subject = mentions.find((mention) => mention.position.start.offset >= end);
  const gap = subject ? text.slice(end, subject.position.start.offset) : '';
  return subject && frontedGap.test(gap) ? (subject.entity ?? undefined) : undefined;
}

// Between a fronted clause's age and the main subject: the comma and at most a few words of its noun phrase.
const frontedGap = /^,\s+(?:(?:the|a|an|young|then)\s+){0,2}(?:[\p{Lu}\d"'][^\s,;.]*\s+){0,3}$/u;

/** The person the smallest event around the age is about: the subject of the clause the age closes. */
function clauseSubject(age: AgeClaim, events: readonly EventClaim[], persons: ReadonlySet<string>): string | undefined {
  const around = events
    .filter((event) => event.position.start.offset <= age.position.start.offset && age.position.end.offset <= event.position.end.offset)
    .sort((a, b) => a.position.end.offset - a.position.start.offset - (b.position.end.offset - b.position.start.offset));
  for (const event of around) {
    const subject = eventType(event.value.type).about === 'agent' ? event.value.agent : event.value.patient;
    if (subject?.entity && persons.has(subject.entity)) return subject.entity;
  }
  return undefined;
}

/** `who was only 23 when he died`: the date of the person's death, as the article tells it. */
function deathDate(resolved: ResolvedArticle, age: AgeClaim, entity: string, events: readonly EventClaim[], byId: ReadonlyMap<string, Claim>): DateClaim | undefined {
  if (!diedCue.test(resolved.article.text.slice(age.position.end.offset, age.position.end.offset + 20))) return undefined;
  for (const event of events) {
    if (event.value.type !== 'death' || event.value.subject !== entity) continue;
    const id = event.value.date ?? event.value.end;
    const claim = id ? byId.get(id) : undefined;
    // A life span `(1936–1959)` dates the death by its end, as the age rule reads a span.
    if (claim?.kind === 'date' && (claim.value.granularity !== 'range' || event.value.datePart === 'to')) return claim;
  }
  return undefined;
}

const diedCue = /^\s+when\s+(?:he|she)\s+died\b/u;

/** The quotation around an age within its sentence, as source offsets, or undefined when it stands outside quotes. */
function quotedSpan(resolved: ResolvedArticle, age: AgeClaim): [number, number] | undefined {
  const sentence = resolved.article.sentences[age.sentence];
  if (!sentence) return undefined;
  const text = resolved.article.text;
  const before = text.slice(sentence.position.start.offset, age.position.start.offset);
  const opened = Math.max(before.lastIndexOf('“'), (before.match(/"/g)?.length ?? 0) % 2 === 1 ? before.lastIndexOf('"') : -1);
  if (opened < 0 || before.lastIndexOf('”') > opened) return undefined;
  const after = text.slice(age.position.end.offset, sentence.position.end.offset);
  const close = after.search(/["”]/u);
  const start = sentence.position.start.offset + opened;
  return [start, close < 0 ? sentence.position.end.offset : age.position.end.offset + close + 1];
}

function onlyPerson(mentions: readonly Mention[]): string | undefined {
  const outside = new Set(mentions.map((mention) => mention.entity));
  return outside.size === 1 ? ([...outside][0] ?? undefined) : undefined;
}

function ageDate(age: AgeClaim, dates: readonly DateClaim[], text: string): DateClaim | undefined {
  const start = age.position.start.offset;
  // `The family moved to Liverpool in 1930, and he began boxing at the age of twelve`: a date of an earlier clause with
  // its own subject is not the time of the age.
  // `By the age of 20 he had become a journeyman, and in 1891 he moved to Ohio`: nor is a later coordinated clause's.
  const own = dates.filter((date) => (date.position.end.offset > start ? !laterClause.test(text.slice(age.position.end.offset, date.position.start.offset)) : !clauseBreak.test(text.slice(date.position.end.offset, start))));
  if (own.length === 1) return own[0];
  const distance = (date: DateClaim): number =>
    date.position.end.offset <= start ? start - date.position.end.offset : date.position.start.offset - age.position.end.offset + dateWindow / 2;
  const near = own.filter((date) => distance(date) <= dateWindow).sort((a, b) => distance(a) - distance(b));
  return near[0];
}

/**
 * Whether the words before an age are only whom it is told of: `He was`,
 * `Smith was then`, or a name set off by commas at the end of what comes
 * before (`The youngest of the dead, the pony driver James Hume, was just`).
 */
function toldAgeOnly(before: string): boolean {
  if (ageOnlyBefore.test(before)) return true;
  const copula = ageCopula.exec(before);
  if (!copula) return false;
  const head = before.slice(0, copula.index);
  const words = head.slice(head.lastIndexOf(', ') + 2).split(' ');
  const named = words.slice(-2);
  return head.includes(', ') && named.length === 2 && named.every((word) => startsUpperCase(word));
}

/**
 * The time `then aged 27` points back to when its sentence has no date: the
 * last date written before it in the same paragraph (`In 1968, United
 * reached the final. … Charlton, then aged 27, scored twice`). Without `then`
 * an undated age may be of any time (`He died aged 80` after `In 2010 he
 * retired`), so it stays undated.
 */
function narrativeDate(resolved: ResolvedArticle, age: AgeClaim, datesBySentence: ReadonlyMap<number, readonly DateClaim[]>): DateClaim | undefined {
  const text = resolved.article.text;
  const start = age.position.start.offset;
  const sentences = resolved.article.sentences;
  const sentence = sentences[age.sentence];
  // `Unitas retired in the preseason of 1974. He was 38 years old.`: a sentence saying only someone's age tells it
  // at the time the sentence before it told.
  const ageOnly = sentence !== undefined && toldAgeOnly(text.slice(sentence.position.start.offset, start)) && ageOnlyAfter.test(text.slice(age.position.end.offset, sentence.position.end.offset));
  // `The 58-year-old governor directed the defence`: an age worn by a noun in the telling is of the time told, as `then` is.
  const worn = /^\S+-year-old$/u.test(age.text) && /^\s+\p{L}/u.test(text.slice(age.position.end.offset, age.position.end.offset + 2));
  if (!ageOnly && !worn && !thenBefore.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  // The paragraph's last date, else, for a sentence that only tells an age, the section's (`… by 23 November all but
  // two … The youngest of the dead, the pony driver James Hume, was just 13.`).
  // A worn age (`the 18-year-old Ochs`) takes only a day, month or year of the sentence before: a span earlier in the
  // paragraph (`From 1956 to 1958`) is no one moment of the telling.
  const block = sentences[age.sentence]?.block;
  const section = sentences[age.sentence]?.sectionPath.join('\u0000');
  for (let index = age.sentence - 1; index >= 0; index--) {
    const other = sentences[index];
    if (other?.block !== block && (!ageOnly || other?.sectionPath.join('\u0000') !== section)) break;
    const dates = datesBySentence.get(index) ?? [];
    const last = dates.filter((date) => date.value.granularity !== 'range').at(-1);
    if (dates.length > 0 && worn && !ageOnly && (last === undefined || index < age.sentence - 1)) return undefined;
    if (last) return last;
  }
  return undefined;
}

import type { AgeClaim, Claim } from '../../schema/claims.js';
import { squeeze } from '../../util/scan.js';
import { dateFor, insideParentheses } from './grammar.js';
import { entityOf } from './sentence-view.js';
import type { EventContext, Mention, SentenceView } from './types.js';

// What may stand between a name and its age: `de Wit, aged 45`, `Ole, then aged 12`, `Iván (23; …)`.
const nameThenAge = /^\s*(?:,\s*(?:then\s+|now\s+)?|\(\s*)$/;
// `the 20-year-old Eklund`.
const ageThenName = /^\s+$/;

/**
 * Ties each age to the person it is said of and the date it is stated at:
 * the name right before or after it, else — when the sentence names no
 * other person — the pronoun of its clause. An age it cannot place is left
 * untied rather than guessed.
 */
export function linkAges(views: readonly SentenceView[], context: EventContext): Map<string, Claim> {
  const linked = new Map<string, Claim>();
  for (const view of views) {
    for (const mention of view.mentions) {
      if (mention.claim.kind !== 'age') continue;
      const entity = ageEntity(view, context, mention);
      // `He died in 1950 in Berlin, aged 60`: an age with one date in its sentence is stated at it.
      const date = dateFor(view, mention.start, mention.end) ?? (view.dates.length === 1 ? view.dates[0] : undefined) ?? whenClauseDate(view, mention);
      if (!entity) continue;
      const claim: AgeClaim = { ...mention.claim, value: { ...mention.claim.value, entity, ...(date ? { date: date.claim.id } : {}) } };
      linked.set(claim.id, claim);
    }
  }
  return linked;
}

/** `in 2005, when she was 26`: the date the `when` clause hangs on. */
function whenClauseDate(view: SentenceView, age: Mention): Mention | undefined {
  const previous = [...view.dates].reverse().find((mention) => mention.end <= age.start);
  if (!previous) return undefined;
  return /^,? when (?:he|she) was (?:aged )?$/i.test(squeeze(view.plain.slice(previous.end, age.start)) + ' ') ? previous : undefined;
}

function ageEntity(view: SentenceView, context: EventContext, age: Mention): string | undefined {
  const people = view.names.filter((mention) => mention.claim.kind === 'person');
  const before = [...people].reverse().find((mention) => mention.end <= age.start && nameThenAge.test(view.plain.slice(mention.end, age.start)));
  if (before) return entityOf(before.claim);
  const after = people.find((mention) => mention.start >= age.end && ageThenName.test(view.plain.slice(age.end, mention.start)));
  if (after) return entityOf(after.claim);
  // `aged 22, she married William`, `when she was 26`: a pronoun right after or before the age.
  const adjacentPronoun = /^, (he|she)\b/i.exec(view.plain.slice(age.end, age.end + 5)) ?? /\b(he|she) was $/i.exec(view.plain.slice(Math.max(0, age.start - 8), age.start));
  if (adjacentPronoun) return referPerson(view, context, adjacentPronoun[1] as string, age.start);
  // `In 1992, at the age of 27, as a member of the team, Serper won`: the one person the sentence names.
  const outside = people.filter((mention) => !insideParentheses(view.plain, mention.start));
  const ids = new Set(outside.map((mention) => entityOf(mention.claim)));
  // Not when the age is in apposition to a name we did not read (`his son Ole, then aged 12`).
  const appositive = /\p{Lu}\p{Ll}+, (?:then |now )?$/u.test(squeeze(view.plain.slice(Math.max(0, age.start - 24), age.start)) + ' ');
  if (ids.size === 1 && !appositive) return [...ids][0];
  if (people.length > 0) return undefined;
  const pronoun = /\b(he|she)\b/i.exec(view.plain);
  if (!pronoun) return undefined;
  return referPerson(view, context, pronoun[1] as string, pronoun.index);
}

function referPerson(view: SentenceView, context: EventContext, pronoun: string, at: number): string | undefined {
  const [entity] = context.refer(view, pronoun, at);
  return entity?.type === 'person' ? entity.id : undefined;
}

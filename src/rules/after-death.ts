import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import { eventType, tellsShipReturn } from '../lexicon/events.js';
import type { DateClaim, DatePoint, EventArgument, EventClaim } from '../schema/claims.js';
import type { Evidence } from '../schema/entities.js';
import { before, compatible, epochDay } from '../resolve/events/when.js';
import { ambiguousSubject, dedupeEvidence, describe, entityName, hedged, modalityNote, narrativeDate, trusted, usable, whenOf } from './shared/events.js';

// Verbs that end a ship for good.
const shipEnds: ReadonlySet<string> = new Set(['sink', 'scrap', 'scuttle', 'wreck', 'break up']);

// Honours that often come after death say so by their words: a memorial, a tribute, a hall of fame's election.
const posthumousCue = /\b(?:posthumous(?:ly)?|after (?:his|her|their) death|in (?:his|her|their) memory|in memory of|named (?:after|for)|statue|memorial|tribute|legacy|estate|remains|grave|tomb|funeral|hall of fame|walk of fame)\b/i;
const currentCue = /\b(?:current(?:ly)?|present|today|now|as of)\b/i;

interface Death {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
  /** The other clauses that date the same death (the lead's bracket, the infobox, the prose): each is cited. */
  told: Array<{ event: EventClaim; claim: DateClaim; point: DatePoint }>;
}

// Words that put the doer there in body: `in person`, `personally`.
const inPerson = /\b(?:in person|personally)\b/iu;

export default defineRule({
  id: 'after-death',
  meta: {
    description: 'Someone recorded as dead acts, leads, is captured or is listed among the current members at a later date',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const deaths = deathsOf(context);
    for (const event of context.events) {
      if (!usable(event) || event.value.source === 'infobox' || event.value.type === 'death' || posthumousCue.test(event.text)) continue;
      // An office that names no role (`the society headed by …`, a span with no title) is too loose to outlive anyone.
      if (event.value.type === 'office' && !event.value.role) continue;
      // `In 1950 his wife Ethel unveiled it`: a widow is still called his wife; a marriage told as a state is no deed.
      if (event.value.aspect === 'state' && !eventType(event.value.type).stateful) continue;
      // `He introduced it in person at the festival`: whatever the deed, one done in person needs its doer alive.
      const alive = inPerson.test(event.text) && !eventType(event.value.type).alive.includes('agent') ? [...eventType(event.value.type).alive, 'agent' as const] : eventType(event.value.type).alive;
      for (const participant of alive) {
        const argument = participant === 'agent' ? event.value.agent : event.value.patient;
        const death = argument?.entity ? deaths.get(argument.entity) : undefined;
        if (!argument || !death || untrusted(context, event, argument) || ambiguousSubject(context, death.event)) continue;
        const finding = afterDeath(context, event, argument, death);
        if (finding) {
          findings.push(finding);
          break;
        }
      }
    }
    return findings;
  },
});

/**
 * Each person's death as the article dates it, and the end of a ship (`was
 * sunk`, `Fate: Scrapped 1933`) unless the article raises or rebuilds it; the
 * latest stated end is the kindest reading.
 */
function deathsOf(context: RuleContext): Map<string, Death> {
  const deaths = new Map<string, Death>();
  const returns = tellsShipReturn(context.text);
  for (const event of context.events) {
    const end = event.value.type === 'closure' && !returns && (shipEnds.has(event.value.predicate) || event.value.predicate === 'infobox Fate');
    if ((event.value.type !== 'death' && !end) || !event.value.subject || !usable(event) || ambiguousSubject(context, event)) continue;
    const date = whenOf(context, event).date;
    const known = deaths.get(event.value.subject);
    // `(1917–1979)` and `suffocated on October 8, 1979` tell one death: the day is its date.
    const narrower = known !== undefined && date !== undefined && compatible(known.point, date.point) && span(date.point) < span(known.point);
    if (date && (!known || narrower || (!compatible(known.point, date.point) && before(known.point, date.point)))) deaths.set(event.value.subject, { event, ...date, told: known?.told ?? [] });
    if (date) (deaths.get(event.value.subject)?.told ?? []).push({ event, ...date });
  }
  return deaths;
}

/** How many days a point spans. */
function span(point: DatePoint): number {
  return epochDay(point.end) - epochDay(point.start);
}

/**
 * A pronoun or nominal is trusted to name the dead only when it was resolved
 * within its own sentence or to the article's subject: a wrong guess
 * elsewhere would accuse the wrong person.
 */
function untrusted(context: RuleContext, event: EventClaim, argument: EventArgument): boolean {
  return !trusted(context, event, argument);
}

/** The act dated after the death: its date or start, or the end of a state it held (`led the party until 1995`). */
function afterDeath(context: RuleContext, event: EventClaim, argument: EventArgument, death: Death): RuleFinding | undefined {
  const when = whenOf(context, event);
  // `held the record … until Favre broke it in 2009`: a deed's `until` date bounds it from above; it dates no deed after it.
  const bounded = event.value.datePart === 'to' && when.date?.claim.kind === 'date' && when.date.claim.value.granularity !== 'range';
  const acted = (bounded ? undefined : when.date) ?? when.start;
  if (acted && before(death.point, acted.point)) return finding(context, event, argument, death, `\`${acted.claim.text}\``, acted.claim, acted.point);
  // `In June 2007 … Abbas issued a decree. Arafat publicly endorsed the decree`: an undated deed told next, by name, in the past.
  const told = !acted && !when.end && argument.form === 'name' ? narrativeDate(context, event) : undefined;
  if (told && before(death.point, told.point)) return { ...finding(context, event, argument, death, `\`${told.claim.text}\` (the sentence before)`, told.claim, told.point), severity: 'warning' };
  // A span held until after the death: the state outlives its holder. Only a state the registry knows (an office, a
  // membership): `held the record … until Favre broke it in 2009` is no deed of the holder's.
  if (when.end && eventType(event.value.type).stateful && before(death.point, when.end.point) && !acted) return finding(context, event, argument, death, `\`${when.end.claim.text}\` (the end of the span)`, when.end.claim, when.end.point);
  if (!when.end && event.value.type === 'office' && argument === event.value.agent && isCurrent(context, event)) return finding(context, event, argument, death, 'the present', undefined, undefined);
  return undefined;
}


/** A role stated as current: `currently`, `has been … since`, `remains`, or in a list introduced as current. */
function isCurrent(context: RuleContext, event: EventClaim): boolean {
  // `He was also now an established leader`: `now` in a clause told in the past is that time, not today.
  if (event.value.tense === 'past') return false;
  if (currentCue.test(event.text) || /\b(?:has been|have been|remains|is the|are the|serves as)\b/i.test(event.text)) return true;
  const sentence = context.sentences[event.sentence];
  if (sentence?.where !== 'list') return false;
  for (let index = event.sentence - 1; index >= 0; index--) {
    const earlier = context.sentences[index];
    if (!earlier || earlier.where === 'list') continue;
    return currentCue.test(earlier.plain) && /:\s*$/.test(earlier.plain);
  }
  return false;
}

function finding(context: RuleContext, event: EventClaim, argument: EventArgument, death: Death, when: string, claim: DateClaim | undefined, point: DatePoint | undefined): RuleFinding {
  const name = entityName(context, argument.entity, argument.text);
  return {
    message: `\`${name}\` ${describeAct(event, argument)} at ${when}, after ${death.event.value.type === 'death' ? 'dying' : `its end (\`${death.event.value.source === 'infobox' ? death.event.text : death.event.value.trigger}\`)`} in \`${describe(death.point, death.claim)}\``,
    evidence: dedupeEvidence([
      context.evidence(death.event, 'death'),
      context.evidence(death.claim, 'death date'),
      // `(1859–1937)` and `He died in Thornmouth on 2 November 1937`: every clause that dates this death.
      ...death.told.filter((other) => other.event !== death.event && compatible(other.point, death.point)).flatMap((other) => [context.evidence(other.event, 'death'), context.evidence(other.claim, 'death date')]),
      context.evidence(event, 'act'),
      ...(claim ? [context.evidence(claim, 'act date')] : []),
      ...antecedentName(context, event, argument),
    ]),
    reasoning: [
      `'${death.event.text}' dates the ${death.event.value.type === 'death' ? 'death' : 'end'} ${death.point.timex}`,
      point ? `'${event.text}' dates the ${event.value.type === 'act' ? 'act' : event.value.type} ${point.timex}, which is later` : `'${event.text}' is stated as current`,
      `the registry says ${withArticle(event.value.type)} needs its ${argument === event.value.agent ? 'agent' : 'patient'} alive`,
      ...[death.event, event].map(modalityNote).filter((note): note is string => note !== undefined),
    ],
    ...(argument.entity ? { entity: argument.entity } : {}),
    hedged: hedged([death.event, event]),
  };
}

/** `the owners brought Strand back, and he returned`: the name a pronoun stands for, in its sentence or the one before, cited as who it is. */
function antecedentName(context: RuleContext, event: EventClaim, argument: EventArgument): Evidence[] {
  const at = argument.position?.start.offset;
  if (argument.form !== 'pronoun' || !argument.entity || at === undefined) return [];
  const named = context.mentions.filter((mention) => mention.form === 'name' && mention.entity === argument.entity && mention.position.start.offset < at && mention.sentence >= event.sentence - 1).at(-1);
  return named ? [context.quote(named.position.start.offset, named.position.end.offset, `who \`${argument.text}\` is`)] : [];
}

function describeAct(event: EventClaim, argument: EventArgument): string {
  const patient = argument === event.value.patient;
  switch (event.value.type) {
    case 'office':
      return `holds the role \`${event.value.role ?? 'role'}\``;
    case 'capture':
      return patient ? 'is captured' : `captures (\`${event.value.trigger}\`)`;
    case 'release':
      return 'is released';
    case 'act':
      return `acts (\`${event.value.trigger}\`)`;
    default:
      return `${patient ? 'takes part in' : 'acts in'} ${withArticle(event.value.type)} (\`${event.value.trigger}\`)`;
  }
}

/** An event type with its indefinite article: `an act`, `a capture`. */
function withArticle(type: string): string {
  return `${vowelInitial.test(type) ? 'an' : 'a'} ${type}`;
}

const vowelInitial = /^[aeiou]/;

import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import { eventType } from '../lexicon/events.js';
import { roleOfWords } from '../lexicon/roles.js';
import type { ArticleSentence } from '../segment/index.js';
import { before, compatible, pointOf } from '../resolve/events/when.js';
import { aboutArgument, ambiguousSubject, describe, entityName, hedged, trusted, usable, whenOf } from './shared/events.js';
import { birthsByPerson } from './shared/births.js';
import { formalFounding, laterBearer } from './shared/facts.js';
import { groupBy } from '../util/group.js';
import { listedOrderFindings, numberedOrderFindings, numberedRowFindings, workOrdinalFindings } from './shared/work-ordinals.js';
import { titleOrdinalFindings } from './shared/title-ordinals.js';
import { datedOrdinalFindings } from './shared/dated-ordinals.js';
import { usedBeforeOpeningFindings } from './shared/used-before-opening.js';
import type { DateClaim, DatePoint, EventClaim } from '../schema/claims.js';

// `Phase 2: …`, `Stage III (…)`, `Second stage (…)`: numbered steps of one plan.
const stepPattern = /^(?:(phase|stage|period|step|part|round)\s+(\d{1,2}|[ivx]{1,5})\b|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(phase|stage|period|step|part|round)\b)/i;
const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const romanValues: Record<string, number> = { i: 1, v: 5, x: 10 };

export default defineRule({
  id: 'sequence-conflict',
  meta: {
    description: 'An order that cannot be: acting before birth, death before birth, a phase starting before the previous one, an alliance ending before it starts',
    defaultSeverity: 'error',
  },
  check(context) {
    return [...beforeBirth(context), ...beforeFounding(context), ...usedBeforeOpeningFindings(context), ...steps(context), ...alliances(context), ...ordinalFindings(context), ...titleOrdinalFindings(context)];
  },
});

/**
 * An ordinal against the article's own record of what it counts, judged once:
 * by its title in a numbered table, else by its title among works by year, in
 * a dated list, else by the year its sentence tells.
 */
function ordinalFindings(context: RuleContext): RuleFinding[] {
  const judged = new Set<number>();
  return [...numberedRowFindings(context), ...workOrdinalFindings(context), ...listedOrderFindings(context), ...datedOrdinalFindings(context), ...numberedOrderFindings(context)].filter((finding) => {
    const rank = finding.evidence[0]?.position.start.offset ?? -1;
    if (judged.has(rank)) return false;
    judged.add(rank);
    return true;
  });
}

interface Origin {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
  /** The same origin told again at the same date (`Founded: 1883` and `Founded in 1883 by …`), cited beside it. */
  again?: EventClaim[];
}

/** Anything a person does, or their death, dated before their birth. */
function beforeBirth(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const births = birthsByPerson(context);
  for (const event of context.events) {
    if (event.value.type === 'birth' || !usable(event)) continue;
    // `His first opera was premiered in 1843`: a work's maker must be born by then, as its subject must.
    const maker = eventType(event.value.type).ownerMakes && event.value.agent && trusted(context, event, event.value.agent) ? event.value.agent.entity : null;
    const subject = maker ?? (ambiguousSubject(context, event) ? null : event.value.subject);
    // `founded in 1868 by Anders Lindqvist`: whoever the registry says must be alive for the event must be born by then.
    const living = eventType(event.value.type).alive.map((side) => (side === 'agent' ? event.value.agent : event.value.patient)).filter((argument) => argument?.entity && trusted(context, event, argument)).map((argument) => argument?.entity as string);
    for (const person of new Set([...(subject ? [subject] : []), ...living])) {
      const birth = births.get(person)?.[0];
      const date = birth ? dateBefore(context, event, birth) : undefined;
      if (!birth || !date) continue;
      const name = entityName(context, person, person === event.value.subject ? event.value.subjectText : null);
      const what = event.value.type === 'death' && person === event.value.subject ? 'dead' : person === maker ? `the maker of a work recorded (\`${event.value.trigger}\`)` : `recorded (\`${event.value.trigger}\`)`;
      findings.push(originFinding(context, event, birth, date, `\`${name}\` is ${what} in \`${date.claim.text}\`, before being born in \`${birth.claim.text}\``, 'birth', person));
    }
  }
  return findings;
}

/**
 * An organization acting before it was founded: `In 1838, the Herald acquired
 * the Traveler` against `founded in 1846`. Only dated acts of the
 * organization itself, against its earliest stated founding; a warning, as a
 * predecessor under the same name is sometimes told as the organization.
 */
function beforeFounding(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const foundings = new Map<string, Origin>();
  for (const event of context.events) {
    // `its official creation in 2018`, `incorporated in 1901`: a formal founding may follow years of activity.
    if (event.value.type !== 'founding' || !event.value.subject || !usable(event) || formalFounding.test(event.text)) continue;
    // `In 1861, a new elected Bohemian Diet was established`: a later body of the name, not the first.
    if (laterBearer(context.text, aboutArgument(event))) continue;
    const date = whenOf(context, event).date ?? whenOf(context, event).start;
    const known = foundings.get(event.value.subject);
    if (date && (!known || before(date.point, known.point))) foundings.set(event.value.subject, { event, ...date, again: known && !before(known.point, date.point) ? [known.event, ...(known.again ?? [])] : [] });
    else if (date && known && !before(known.point, date.point)) known.again = [...(known.again ?? []), event];
  }
  // `Founded in 1893 by the Sisters` and `The college opened … on 4 September 1893`: a body that opens the year it is
  // founded tells its origin twice; both are cited.
  for (const event of context.events) {
    const known = event.value.type === 'opening' && event.value.subject && usable(event) ? foundings.get(event.value.subject) : undefined;
    const date = known ? (whenOf(context, event).date ?? whenOf(context, event).start) : undefined;
    if (known && date && compatible(known.point, date.point)) known.again = [...(known.again ?? []), event];
  }
  const articleBody = context.entities.find((entity) => entity.isSubject && entity.type === 'organization')?.id;
  for (const event of context.events) {
    // `Nicaragua became a member in 1955` in the article on the IAEA, founded in 1957: no one joins a body before it exists.
    // `| Josef Marek | 1917 | 1934 |` under `Leaders` of a party founded in 1919: no one leads a body before it exists either.
    const led = event.value.type === 'office' && event.value.aspect === 'start' && event.value.object && context.entity(event.value.object)?.type === 'organization';
    const joined = (event.value.type === 'membership' && event.value.aspect === 'start') || led ? (event.value.object ?? (event.value.objectText ? undefined : articleBody)) : undefined;
    const joinedFounding = joined ? foundings.get(joined) : undefined;
    const joiner = event.value.agent;
    // `The astronomer Nils Ekdahl was appointed its first director in 1889` of an observatory established in 1891: the
    // first head of a body is often named before it formally opens; a later one is not.
    if (joined && joinedFounding && joiner && usable(event) && trusted(context, event, joiner) && !(led && firstHead(context, event))) {
      const date = dateBefore(context, event, joinedFounding);
      if (date) {
        const message = `\`${entityName(context, joiner.entity, joiner.text)}\` ${led ? `becomes \`${event.value.role ?? event.value.trigger}\` of` : 'joins'} \`${entityName(context, joined, null)}\` in \`${date.claim.text}\`, before it was founded in \`${describe(joinedFounding.point, joinedFounding.claim)}\``;
        findings.push({ ...originFinding(context, event, joinedFounding, date, message, 'founding'), severity: 'warning' });
        continue;
      }
    }
    // `graduated from St Brenda's in 1891` of a college founded in 1893: no one studies at a school before it exists.
    const school = event.value.type === 'education' ? event.value.patient : null;
    const schoolFounding = school?.entity ? foundings.get(school.entity) : undefined;
    if (school?.entity && schoolFounding && context.entity(school.entity)?.type === 'organization' && usable(event) && trusted(context, event, school)) {
      const date = dateBefore(context, event, schoolFounding, true);
      if (date) {
        const student = entityName(context, event.value.agent?.entity, event.value.agent?.text ?? event.value.subjectText);
        const message = `\`${student}\` studies at \`${entityName(context, school.entity, school.text)}\` (\`${event.value.trigger}\`) in \`${date.claim.text}\`, before it was founded in \`${describe(schoolFounding.point, schoolFounding.claim)}\``;
        findings.push({ ...originFinding(context, event, schoolFounding, date, message, 'founding'), severity: 'warning' });
        continue;
      }
    }
    // `In 1968 Calloway acquired Tennant & Co., which had been founded in 1971`: no one buys a body before it exists.
    const bought = event.value.type === 'acquisition' ? aboutArgument(event) : null;
    const boughtFounding = bought?.entity ? foundings.get(bought.entity) : undefined;
    if (bought?.entity && boughtFounding && context.entity(bought.entity)?.type === 'organization' && usable(event) && trusted(context, event, bought)) {
      const date = dateBefore(context, event, boughtFounding);
      if (date) {
        const message = `\`${entityName(context, bought.entity, bought.text)}\` is bought (\`${event.value.trigger}\`) in \`${date.claim.text}\`, before being founded in \`${describe(boughtFounding.point, boughtFounding.claim)}\``;
        findings.push({ ...originFinding(context, event, boughtFounding, date, message, 'founding'), severity: 'warning' });
        continue;
      }
    }
    // The organization as the doer: an act's subject, or the agent of an event of another type (`the newspaper acquired X`).
    const doer = event.value.type === 'act' ? aboutArgument(event) : event.value.agent;
    const subject = doer?.entity ?? null;
    const founding = subject ? foundings.get(subject) : undefined;
    if (!doer || !subject || !founding || notDeeds.has(event.value.type) || context.entity(subject)?.type !== 'organization' || !usable(event) || !trusted(context, event, doer)) continue;
    // `The League grew out of the protests of 1906 and 1907`: where a body came from is told before it exists.
    if (event.value.type === 'act' && originVerbs.has(event.value.predicate) && /^\s+(?:out\s+of|from|in|of)\b/iu.test(event.text.slice(event.text.indexOf(event.value.trigger) + event.value.trigger.length))) continue;
    const date = dateBefore(context, event, founding);
    if (!date) continue;
    const name = entityName(context, subject, event.value.subjectText);
    const message = `\`${name}\` acts (\`${event.value.trigger}\`) in \`${date.claim.text}\`, before being founded in \`${describe(founding.point, founding.claim)}\``;
    findings.push({ ...originFinding(context, event, founding, date, message, 'founding'), severity: 'warning' });
  }
  return findings;
}

/**
 * Whether the article calls the holder the body's first of the role (`Nils
 * Ekdahl was appointed its first director in 1889`): a founding head named in
 * advance, as a body being set up names one. A table's span alone says
 * nothing of that.
 */
function firstHead(context: RuleContext, event: EventClaim): boolean {
  const holder = event.value.agent?.entity;
  if (!holder || !event.value.role) return false;
  return context.claimsOf('rank').some((rank) => rank.value.ordinal === 1 && rank.value.of !== null && roleOfWords(rank.value.of.split(' ')) === event.value.role && context.mentions.some((mention) => mention.sentence === rank.sentence && mention.entity === holder));
}

// Verbs that tell where a body came from (`grew out of`, `emerged from`, `originated in`): its history before it, no deed.
const originVerbs: ReadonlySet<string> = new Set(['grow', 'emerge', 'arise', 'originate', 'evolve', 'stem', 'spring', 'develop', 'descend']);

// Events that make or remake the organization itself (told before its founding they are its history) or say what it has or where it is: no deeds.
const notDeeds: ReadonlySet<string> = new Set(['founding', 'merger', 'renaming', 'incorporation', 'status', 'dissolution', 'size', 'casualties', 'residence']);

/** The event's own date, when it lies before the origin (a birth, a founding). */
function dateBefore(context: RuleContext, event: EventClaim, origin: Origin, orEnd = false): { point: DatePoint; claim: DateClaim } | undefined {
  const when = whenOf(context, event);
  // `graduated in 1889`: a study dated only by its end was under way by then.
  const date = when.date ?? when.start ?? (orEnd ? when.end : undefined);
  // `after his capture in 1992` bounds the act from below: it may well come after the origin.
  if (date && date === when.date && event.value.datePart === 'from' && date.claim.value.granularity !== 'range') return undefined;
  return date && before(date.point, origin.point) ? date : undefined;
}

function originFinding(context: RuleContext, event: EventClaim, origin: Origin, date: { point: DatePoint; claim: DateClaim }, message: string, kind: 'birth' | 'founding', entity?: string): RuleFinding {
  const about = entity ?? event.value.subject;
  return {
    message,
    evidence: [context.evidence(origin.claim, `${kind} date`), context.evidence(origin.event, kind), ...(origin.again ?? []).map((again) => context.evidence(again, `${kind}, told again`)), context.evidence(date.claim, 'earlier date'), context.evidence(event, kind === 'birth' ? 'event' : 'act')],
    reasoning: [`'${origin.event.text}' dates the ${kind} ${origin.point.timex}`, `'${event.text}' is dated ${date.point.timex}, which is earlier`],
    ...(about ? { entity: about } : {}),
    hedged: hedged([origin.event, event]),
  };
}

/** Numbered steps (`Phase 1`, `Phase 2`, …) in one run of list items, each starting no earlier than the one before. */
function steps(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  let datesBySentence: Map<number, DateClaim[]> | undefined;
  const firstDate = (sentence: ArticleSentence) => {
    datesBySentence ??= groupBy(context.claimsOf('date'), (date) => date.sentence);
    const claim = datesBySentence.get(sentence.index)?.[0];
    const point = claim ? pointOf(claim, 'from') : undefined;
    return claim && point ? { claim, point } : undefined;
  };
  let previous: { kind: string; number: number; sentence: ArticleSentence } | undefined;
  for (const sentence of context.sentences) {
    const step = stepOf(sentence);
    if (!step) continue;
    const prior = previous;
    previous = { ...step, sentence };
    if (!prior || prior.kind !== step.kind || step.number !== prior.number + 1) continue;
    const earlier = firstDate(prior.sentence);
    const later = firstDate(sentence);
    if (!earlier || !later || !before(later.point, earlier.point)) continue;
    findings.push({
      message: `\`${capitalize(step.kind)} ${step.number}\` starts in \`${describe(later.point, later.claim)}\`, before \`${capitalize(step.kind)} ${prior.number}\` (\`${describe(earlier.point, earlier.claim)}\`)`,
      evidence: [context.evidence(earlier.claim, 'earlier step'), context.evidence(later.claim, 'later step')],
      reasoning: [`${step.kind} ${prior.number} starts ${earlier.point.timex}`, `${step.kind} ${step.number} starts ${later.point.timex}, before it`],
    });
  }
  return findings;
}

function stepOf(sentence: ArticleSentence): { kind: string; number: number } | undefined {
  if (sentence.where !== 'list') return undefined;
  const match = stepPattern.exec(sentence.plain);
  if (!match) return undefined;
  if (match[1]) return { kind: match[1].toLowerCase(), number: numberOf(match[2] as string) };
  return { kind: (match[4] as string).toLowerCase(), number: ordinalWords.indexOf((match[3] as string).toLowerCase()) + 1 };
}

function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  const digits = text.toLowerCase().split('').map((char) => romanValues[char] ?? 0);
  digits.forEach((value, index) => {
    total += value < (digits[index + 1] ?? 0) ? -value : value;
  });
  return total;
}

/** `formed an alliance … in 2015` and `the alliance was terminated in 2012`. */
function alliances(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  let lastStart: { event: (typeof context.events)[number]; when: ReturnType<typeof whenOf> } | undefined;
  for (const event of context.events) {
    if (event.value.type !== 'alliance' || event.value.source === 'infobox' || !usable(event)) continue;
    const when = whenOf(context, event);
    if (event.value.aspect === 'start' && when.start) {
      lastStart = { event, when };
      continue;
    }
    if (event.value.aspect !== 'end' || !when.end || !lastStart?.when.start) continue;
    const start = lastStart.when.start;
    if (!before(when.end.point, start.point)) continue;
    findings.push({
      message: `The alliance of \`${entityName(context, lastStart.event.value.subject, lastStart.event.value.subjectText)}\` with \`${lastStart.event.value.objectText ?? 'its partner'}\` ends in \`${when.end.claim.text}\`, before it starts in \`${start.claim.text}\``,
      evidence: [context.evidence(start.claim, 'start'), context.evidence(lastStart.event, 'alliance formed'), context.evidence(when.end.claim, 'end'), context.evidence(event, 'alliance ended')],
      reasoning: [`'${lastStart.event.text}' starts it ${start.point.timex}`, `'${event.text}' ends it ${when.end.point.timex}, earlier`],
      ...(lastStart.event.value.subject ? { entity: lastStart.event.value.subject } : {}),
      hedged: hedged([lastStart.event, event]),
    });
  }
  return findings;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

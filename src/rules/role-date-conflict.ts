import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim, DatePoint, EventClaim, QuantityClaim } from '../schema/claims.js';
import type { Evidence } from '../schema/entities.js';
import { predicatesOf } from '../lexicon/events.js';
import { portfolioOfPhrase, portfolioOffices } from '../lexicon/roles.js';
import { before, compareStarts, compatible, epochDay } from '../resolve/events/when.js';
import { appendTo } from '../util/group.js';
import { aboutArgument, ambiguousSubject, dedupeEvidence, describe, entityName, hedged, listOf, modalityNote, narrativeDate, unique, usable, whenOf, yearOf } from './shared/events.js';

interface Bound {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
}

// Words that announce a second tenure, which may start later without contradiction.
const againCue = /\b(?:again|returned|re-?elected|re-?appointed|second (?:term|time|spell|stint)|once more|restored)\b/i;

export default defineRule({
  id: 'role-date-conflict',
  meta: {
    description: "One person's tenure in one role is given different start or end dates",
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const groups = new Map<string, EventClaim[]>();
    const roles = rolesHeld(context.events);
    for (const told of context.events) {
      const event = retiredFrom(told, roles);
      if (event.value.type !== 'office' || !event.value.subject || !usable(event) || ambiguousSubject(context, event)) continue;
      if (event.value.source === 'infobox') continue;
      appendTo(groups, event.value.subject, withPortfolio(event));
    }
    const subjectEntity = context.entities.find((entity) => entity.isSubject);
    const subject = subjectEntity?.id;
    // In an article on a company or a party, `X was appointed chairman` is the chairman of that body.
    const bodySubject = subjectEntity?.type === 'organization' ? subject : undefined;
    for (const all of groups.values()) {
      findings.push(...chosenAfterTaking(context, all), ...statedLengths(context, all));
      for (const events of byRole(all, bodySubject)) for (const objectGroup of byCompatibleObject(context, events, subject, bodySubject, events.every((event) => event.value.role === 'monarch'))) {
        const starts = bounds(context, objectGroup, 'start');
        const ends = bounds(context, objectGroup, 'end');
        const startConflict = conflicting(starts, ends, 'start');
        if (startConflict) findings.push(report(context, startConflict, 'start'));
        const endConflict = conflicting(ends, starts, 'end');
        if (endConflict) findings.push(report(context, endConflict, 'end'));
        if (!startConflict && !endConflict) findings.push(...heldOutside(context, objectGroup, starts, ends));
      }
    }
    return findings;
  },
});

/**
 * `After Clay's retirement as editor in 1898`: retiring from a named post ends
 * the tenure in it; so does `She retired in 1952 after 21 years in post` of
 * someone the article gives one post only.
 */
function retiredFrom(event: EventClaim, roles: ReadonlyMap<string, ReadonlySet<string>>): EventClaim {
  if (event.value.type !== 'retirement') return event;
  const held = event.value.subject ? roles.get(event.value.subject) : undefined;
  const role = event.value.role ?? (held?.size === 1 && !event.value.object && !event.value.objectText && inPost.test(event.text) ? [...held][0] : undefined);
  return role ? { ...event, value: { ...event.value, role, type: 'office', aspect: 'end' } } : event;
}

// `after 21 years in post`, `in office`: the words that make a retirement one from the post held.
const inPost = /\bin (?:the )?(?:post|office|role|chair)\b/u;

/** The roles each person holds in the article's offices. */
function rolesHeld(events: readonly EventClaim[]): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  for (const event of events) {
    const { type, subject, role } = event.value;
    if (type === 'office' && subject && role) roles.set(subject, (roles.get(subject) ?? new Set()).add(role));
  }
  return roles;
}

/**
 * `served as State Minister of the Interior`: the `of` phrase of a minister
 * names the portfolio, part of the post (as `interior minister` does), not
 * a body the post is of.
 */
function withPortfolio(event: EventClaim): EventClaim {
  const role = event.value.role;
  const portfolio = role && portfolioOffices.has(role) && !event.value.object ? portfolioOfPhrase(event.value.objectText ?? '') : undefined;
  return portfolio ? { ...event, value: { ...event.value, role: `${role} of ${portfolio}`, objectText: null } } : event;
}

/**
 * One person's tenures, one role at a time. A tenure that names no role
 * (`his term ended in 2005`, `appointed by the cabinet`) joins the role when
 * the article gives the person only one, and none is compared when no
 * tenure names one.
 */
function byRole(events: EventClaim[], bodySubject?: string): EventClaim[][] {
  const groups = new Map<string, EventClaim[]>();
  const loose: EventClaim[] = [];
  const generic: EventClaim[] = [];
  for (const event of events) {
    // `took over the party leadership`, `head of the firm`: the top post, whichever the person held; it joins
    // that post's tenures when the article gives the person one other role.
    if (event.value.role && genericRoles.has(event.value.role)) generic.push(event);
    else if (event.value.role) appendTo(groups, event.value.role, event);
    // `Max Huber was elected on 12 September 1928`, `was nominated`: a verb that picks a holder for some post, naming
    // none, may be any post (he was elected Vice-President), so it joins no role.
    else if (!choosesHolder(event.value.predicate)) loose.push(event);
  }
  // Tenures that never name their office (`made his debut`, `was nominated`) are too vague to hold against each other.
  if (groups.size === 0) return generic.length > 0 ? [[...generic, ...loose]] : [];
  const only = groups.size === 1 ? (groups.values().next().value as EventClaim[]) : undefined;
  // The top post of a body the one role names, or of no body: that role. Heading other bodies is another post.
  const bodies = new Set(only?.map(bodyOf));
  // Only a start or an end (`took over the leadership in 1999`, `led until 1969 by X`): `under her leadership revenue
  // doubled by 2018` bounds nothing.
  const bounded = (event: EventClaim): boolean => event.value.aspect === 'start' || event.value.aspect === 'end' || event.value.start !== undefined || event.value.end !== undefined;
  // `Charles resigned as Chairman in 1956` and, under `==Party leaders==`, `Helena Charles (1951–1957)`: in an
  // article on a body, the top post of that body joins a role told with no body.
  const topPost = only !== undefined && topPosts.has(only[0]?.value.role ?? '');
  // `who became leader in 1974 … served as Minister of Finance`: a minister's portfolio is no body's top post.
  // Nor is a head of government (`the League's second prime minister`): the party's leader is another post.
  const portfolio = only !== undefined && (portfolioOffices.has((only[0]?.value.role ?? '').split(' of ')[0] ?? '') || governmentHeads.has(only[0]?.value.role ?? ''));
  const joining = only && !portfolio ? generic.filter((event) => bounded(event) && (bodyOf(event) === '' || bodies.has(bodyOf(event)) || (topPost && bodies.has('') && bodySubject !== undefined && bodyOf(event) === bodySubject))) : [];
  const apart = generic.filter((event) => !joining.includes(event));
  const roles = only ? [[...only, ...joining, ...loose]] : [...groups.values()].map((group) => [...group, ...loose.filter((event) => nearestRole(events, event) === group[0]?.value.role)]);
  return apart.length > 0 ? [...roles, apart] : roles;
}

// Heads of a government, whom a party names but does not make its own top post.
const governmentHeads: ReadonlySet<string> = new Set(['prime minister', 'premier', 'first minister']);

// How many sentences back an unnamed start or end looks for the office it is of.
const unnamedReach = 2;

/**
 * `He was installed as vicar of Killinghall in 1904. In 1935 he resigned`:
 * a start or an end that names no office, of one who held several, is of
 * the office named last before it, a sentence or two back.
 */
function nearestRole(events: EventClaim[], event: EventClaim): string | undefined {
  if (event.value.aspect !== 'start' && event.value.aspect !== 'end') return undefined;
  let nearest: EventClaim | undefined;
  for (const other of events) {
    if (!other.value.role || genericRoles.has(other.value.role) || other.sentence > event.sentence || other.sentence < event.sentence - unnamedReach) continue;
    if (other.sentence === event.sentence && other.position.start.offset > event.position.start.offset) continue;
    if (!nearest || other.position.start.offset > nearest.position.start.offset) nearest = other;
  }
  return nearest?.value.role ?? undefined;
}

// Objects that name the post, not a body: `held the job`, `left the post`.
const postWords: ReadonlySet<string> = new Set(['job', 'post', 'position', 'role', 'presidency', 'leadership', 'chairmanship', 'directorship']);

// People one leads, not a body one heads: `led the troops`, `officials led by the president`.
const ledPeople: ReadonlySet<string> = new Set(['officials', 'troops', 'soldiers', 'men', 'students', 'members', 'delegates', 'workers', 'rebels', 'protesters', 'volunteers', 'supporters', 'fighters', 'followers', 'staff', 'delegation']);

// Posts that are a body's top one under another name: a party's chair is its leader, a minister is not.
const topPosts: ReadonlySet<string> = new Set(['chair', 'president', 'general secretary', 'secretary general']);

// Posts held for a place, named by it (`Ambassador to France`, `Governor of Coahuila`).
const placePosts: ReadonlySet<string> = new Set(['ambassador', 'governor', 'mayor', 'consul', 'envoy', 'viceroy', 'high commissioner']);

// Roles that name whichever post is the top one: `leader`, `head`.
const genericRoles: ReadonlySet<string> = new Set(['leader', 'head']);

function bodyOf(event: EventClaim): string {
  return event.value.object ?? (event.value.objectText ?? '').toLowerCase();
}

/** Whether an office verb picks its holder for a post it must name (`elect`, `appoint`, `nominate`). */
function choosesHolder(predicate: string): boolean {
  return predicatesOf(predicate).some(({ type, predicate: entry }) => type === 'office' && entry.holder === 'object');
}

/**
 * Events about the same organization: the same entity, or the same words
 * (`the youth league`). A part of the subject (`the VRAEM faction`) counts as
 * the subject; an event naming no organization joins only when the person
 * holds the role in just one. Groups naming no organization are left out,
 * unless the article is about an organization: then its offices are that
 * body's unless they name another; or unless they are reigns, which name no
 * body.
 */
function byCompatibleObject(context: RuleContext, events: EventClaim[], subject: string | undefined, bodySubject: string | undefined, reign = false): EventClaim[][] {
  const groups = new Map<string, EventClaim[]>();
  const loose: EventClaim[] = [];
  for (const event of events) {
    const key = objectKey(context, event, subject, bodySubject);
    if (key === null) loose.push(event);
    else appendTo(groups, key, event);
  }
  // A reign names no body (`has reigned since 1952`, `on the throne since 1953`): one person's reigns told with no realm are one.
  if (groups.size === 0 && (bodySubject !== undefined || reign)) return [loose];
  if (groups.size === 1) return [[...(groups.values().next().value as EventClaim[]), ...loose]];
  return [...groups.values()];
}

function objectKey(context: RuleContext, event: EventClaim, subject: string | undefined, bodySubject: string | undefined): string | null {
  if (event.value.object) return event.value.object;
  const text = (event.value.objectText ?? '').toLowerCase().replace(/^(?:the|its|their|a|an|his|her)\s+/, '');
  // `The U.S. Ambassador to France` and `appointed as U.S. Ambassador to France`: a post of a place, the place its body.
  const place = event.value.place ? context.claim(event.value.place)?.text.toLowerCase() : undefined;
  if (text === '' && place && placePosts.has(event.value.role ?? '')) return `place:${place}`;
  // `held the job from 1961 to 1981`, `took the post`: the post itself, no body.
  if (text === '' || postWords.has(text)) return null;
  // `College officials, led by president Ruth Calder`: people led are no body of an office.
  if (ledPeople.has(text.split(' ').pop() ?? '')) return null;
  if (subject && /\b(?:faction|wing|branch|cell|chapter|section)\b/.test(text)) return subject;
  // `president of the board` in an article on a body: the body's own board.
  if (bodySubject && /^(?:board|board of (?:directors|trustees|governors)|executive committee)$/.test(text)) return bodySubject;
  return `text:${text}`;
}

function bounds(context: RuleContext, events: EventClaim[], side: 'start' | 'end'): Bound[] {
  const found: Bound[] = [];
  for (const event of events) {
    const when = whenOf(context, event);
    const bound = side === 'start' ? (when.start ?? (event.value.aspect === 'start' ? when.date : undefined)) : (when.end ?? (event.value.aspect === 'end' ? when.date : undefined));
    if (bound) found.push({ event, ...bound });
  }
  return found;
}

/**
 * Bounds of one tenure that cannot all be true: two starts with no end
 * between them (or two ends with no start between them), unless the text
 * says the person came back.
 */
function conflicting(bounds: Bound[], opposite: Bound[], side: 'start' | 'end'): Bound[] | undefined {
  const distinct: Bound[] = [];
  for (const bound of bounds) if (!distinct.some((other) => sameStart(other, bound))) distinct.push(bound);
  if (distinct.length < 2) return undefined;
  const sorted = [...distinct].sort((a, b) => compareStarts(a.point, b.point));
  for (let index = 1; index < sorted.length; index++) {
    const earlier = sorted[index - 1] as Bound;
    const later = sorted[index] as Bound;
    const separated = opposite.some((other) => !before(other.point, earlier.point) && !before(later.point, other.point) && !compatible(other.point, side === 'start' ? later.point : earlier.point));
    if (separated || later.event.value.repeated || againCue.test(later.event.text)) return undefined;
  }
  return bounds;
}

// An office told as held at the time of its clause: `then headed by X`, `led by president Y`.
const heldThen = /\bthen\b|\b(?:led|headed|chaired|run|directed|commanded|captained|managed|presided over)\s+by\b/i;

// `the former president`, `its future chairman`, `later head coach`: a role named at a time the person does not hold it.
const notHeldThen = /\b(?:former(?:ly)?|future|later|eventual|ex-|one-time|onetime|previous(?:ly)?|next|would|became|becoming)\b/i;

/**
 * A tenure held at a date outside its own bounds: `the head coach of the
 * Bengals in 1988` against `Appointed head coach in 1990`, or `still led by
 * chief executive Christie Hefner` on 12 July 2010 against her stepping down
 * in January 2009 — when no other start or end lies beyond that date (a second
 * tenure) and nothing says the person came back.
 */
function heldOutside(context: RuleContext, events: EventClaim[], starts: Bound[], ends: Bound[]): RuleFinding[] {
  const held: Array<Bound & { narrated?: boolean }> = [];
  for (const event of events) {
    if (event.value.aspect === 'start' || event.value.aspect === 'end' || notHeldThen.test(event.text)) continue;
    const when = whenOf(context, event);
    if (when.date && !when.start && !when.end) held.push({ event, ...when.date });
    // `In March 1968, The New York Times ran an article … Barnard officials, led by president Millicent McIntosh,
    // searched their records`: an office held then, in a sentence dated only by the one before it.
    const told = !when.date && !when.start && !when.end && heldThen.test(event.text) ? narrativeDate(context, event) : undefined;
    if (told) held.push({ event, ...told, narrated: true });
  }
  if (held.length === 0 || [...starts, ...ends].some((bound) => bound.event.value.repeated || againCue.test(bound.event.text))) return [];
  for (const point of held) {
    const early = starts.length > 0 && starts.every((start) => before(point.point, start.point) && !withinWeeks(point.point, start.point)) ? starts : undefined;
    const late = ends.length > 0 && ends.every((end) => before(end.point, point.point) && !withinWeeks(point.point, end.point)) ? ends : undefined;
    const bounds = early ?? late;
    if (!bounds) continue;
    const side = early ? 'start' : 'end';
    const report = heldReport(context, point, bounds, side);
    return [point.narrated ? { ...report, severity: 'warning' } : report];
  }
  return [];
}

function heldReport(context: RuleContext, point: Bound, bounds: Bound[], side: 'start' | 'end'): RuleFinding {
  const name = entityName(context, point.event.value.subject, point.event.value.subjectText);
  const role = point.event.value.role ?? bounds[0]?.event.value.role ?? 'role';
  const values = unique(bounds.map((bound) => `\`${describe(bound.point, bound.claim)}\``));
  return {
    message: `\`${name}\` is ${role} in \`${describe(point.point, point.claim)}\`, ${side === 'start' ? 'before the tenure starts in' : 'after the tenure ends in'} ${listOf(values)}`,
    evidence: dedupeEvidence([context.evidence(point.claim, 'date held'), context.evidence(point.event, 'tenure'), ...bounds.flatMap((bound) => [context.evidence(bound.claim, `${side} date`), context.evidence(bound.event, 'tenure')])]),
    reasoning: [
      `'${point.event.text}' holds the ${role} ${point.point.timex}`,
      ...bounds.map((bound) => `'${bound.event.text}' gives the ${side} as ${bound.point.timex}`),
      `no other tenure ${side === 'start' ? 'starts before' : 'ends after'} that date, and nothing says the ${role} came back`,
    ],
    ...(point.event.value.subject ? { entity: point.event.value.subject } : {}),
    hedged: hedged([point.event, ...bounds.map((bound) => bound.event)]),
  };
}

// Words that may stand between `for` and the length a tenure is told to have lasted: `for the next two decades`;
// the hedges among them make the length approximate (`for nearly four decades`).
const lengthDeterminers: ReadonlySet<string> = new Set(['the', 'next', 'following', 'first', 'last', 'past', 'a', 'further']);
const lengthHedges: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'some', 'over', 'around', 'more', 'than']);

/** A length of time the tenure told by `event` is said to have lasted: `who had led the company for fourteen years`. */
function statedLength(context: RuleContext, event: EventClaim): { claim: QuantityClaim; years: number; slack: number } | undefined {
  // `headed by two Swedes for nearly four decades: the scientist Sigvard Eklund held the job …`: a length told before
  // the holder is named is another clause's.
  const holder = aboutArgument(event)?.position?.start.offset;
  if (holder === undefined) return undefined;
  for (const claim of context.claimsOf('quantity')) {
    if (claim.sentence !== event.sentence || claim.position.start.offset < Math.max(holder, event.position.start.offset) || claim.position.end.offset > event.position.end.offset) continue;
    const unit = claim.value.noun === 'year' ? 1 : claim.value.noun === 'decade' ? 10 : 0;
    if (unit === 0 || claim.value.min !== claim.value.max) continue;
    const before = context.text.slice(Math.max(0, claim.position.start.offset - 40), claim.position.start.offset).toLowerCase().split(/\s+/).filter((word) => word !== '');
    const at = before.lastIndexOf('for');
    const between = before.slice(at + 1);
    if (at < 0 || between.some((word) => !lengthDeterminers.has(word) && !lengthHedges.has(word))) continue;
    const approximate = claim.value.approximate || between.some((word) => lengthHedges.has(word));
    // `two decades` is 15 to 25 years; `fourteen years` between dates told to the year is 13 to 15.
    return { claim, years: claim.value.min * unit, slack: unit === 10 ? 5 : approximate ? 2 : 1 };
  }
  return undefined;
}

/**
 * `Samuel Page Duke, who would lead the school for the next two decades` and
 * `Samuel Page Duke (1919–1949)`: a tenure told to have lasted a length its
 * own start and end do not allow. The start and end are those of the same
 * body, each told one way only.
 */
function statedLengths(context: RuleContext, events: EventClaim[]): RuleFinding[] {
  for (const event of events) {
    const length = statedLength(context, event);
    if (!length) continue;
    const body = bodyOf(event);
    const same = events.filter((other) => bodyOf(other) === body);
    const starts = bounds(context, same, 'start');
    const ends = bounds(context, same, 'end');
    const first = starts[0];
    const last = ends[0];
    if (!first || !last || starts.some((start) => !compatible(start.point, first.point)) || ends.some((end) => !compatible(end.point, last.point))) continue;
    const [from, to] = [yearOf(first.point), yearOf(last.point)];
    if (from === null || to === null || to < from) continue;
    const span = to - from;
    if (Math.abs(span - length.years) <= length.slack) continue;
    const name = entityName(context, event.value.subject, event.value.subjectText);
    return [
      {
        message: `\`${name}\` is said to hold the post for \`${length.claim.text}\`, but the tenure runs from \`${describe(first.point, first.claim)}\` to \`${describe(last.point, last.claim)}\`, about ${span} years`,
        evidence: dedupeEvidence([context.evidence(length.claim, 'length'), context.evidence(event, 'tenure'), context.evidence(first.claim, 'start date'), context.evidence(last.claim, 'end date')]),
        reasoning: [`'${event.text}' gives the tenure a length of ${length.claim.text}`, `its start ${first.point.timex} and end ${last.point.timex} make about ${span} years`, `${length.claim.text} allows ${length.years - length.slack} to ${length.years + length.slack} years`],
        ...(event.value.subject ? { entity: event.value.subject } : {}),
        severity: 'warning',
        hedged: hedged([event, first.event, last.event]),
      },
    ];
  }
  return [];
}

// How long before an election a term told as taken may start and still be the term it chose (`sworn in on 6 November`, `elected on 15 November`).
const takenBeforeChosenDays = 60;

/**
 * `Sworn into office on 6 November 1911` and `He was elected president on 15
 * November 1911`: a term taken up days before its holder was chosen for it,
 * in one role or in one that names none. Bodies are not compared: the two are
 * weeks apart, one tenure told twice.
 */
function chosenAfterTaking(context: RuleContext, events: EventClaim[]): RuleFinding[] {
  const starts = bounds(context, events, 'start');
  for (const chosen of starts) {
    if (!choosingPredicates.has(chosen.event.value.predicate) || chosen.event.value.repeated || actingCue.test(chosen.event.text)) continue;
    for (const taken of starts) {
      const role = taken.event.value.role;
      if (taken === chosen || choosingPredicates.has(taken.event.value.predicate) || taken.event.value.aspect !== 'start' || actingCue.test(taken.event.text)) continue;
      if (role && chosen.event.value.role && role !== chosen.event.value.role) continue;
      if (!before(taken.point, chosen.point) || compatible(taken.point, chosen.point) || !withinDays(taken.point, chosen.point, takenBeforeChosenDays)) continue;
      const name = entityName(context, chosen.event.value.subject, chosen.event.value.subjectText);
      const held = chosen.event.value.role ?? role;
      const post = held ? `the post of ${held}` : 'the post';
      return [
        {
          message: `\`${name}\` takes up ${post} on \`${describe(taken.point, taken.claim)}\`, before being chosen for it on \`${describe(chosen.point, chosen.claim)}\``,
          evidence: dedupeEvidence([context.evidence(taken.claim, 'start date'), context.evidence(taken.event, 'tenure'), context.evidence(chosen.claim, 'choice date'), context.evidence(chosen.event, 'choice')]),
          reasoning: [
            `'${taken.event.text}' starts the term ${taken.point.timex}`,
            `'${chosen.event.text}' chooses the holder ${chosen.point.timex}, weeks later`,
            'no one takes up a post before being chosen for it, and nothing says the first was an acting term or the second a re-election',
          ],
          ...(chosen.event.value.subject ? { entity: chosen.event.value.subject } : {}),
          hedged: hedged([taken.event, chosen.event]),
        },
      ];
    }
  }
  return [];
}

/** Whether two bounds can be one start or end: the same time, a ceremony within weeks, or an election and the term it opens. */
export function sameStart(a: { event: EventClaim; point: DatePoint }, b: { event: EventClaim; point: DatePoint }): boolean {
  if (compatible(a.point, b.point)) return true;
  const chosen = (bound: { event: EventClaim }): boolean => choosingPredicates.has(bound.event.value.predicate);
  const [election, term] = chosen(a) && !chosen(b) ? [a, b] : chosen(b) && !chosen(a) ? [b, a] : [];
  // `He took office on 1 June 2009` and `elected on 2 July 2009`: no one takes up a post before being chosen for it,
  // unless the text says they held it first in an acting capacity.
  if (election && term && before(term.point, election.point) && !actingCue.test(term.event.text) && !actingCue.test(election.event.text)) return false;
  // `resigned as Chairman in 1956` and `Helena Charles (1951–1957)`: two years are two dates, however close their ends;
  // only a finer date may be a ceremony weeks from another.
  if (withinWeeks(a.point, b.point) && !(wholeYears(a.point) && wholeYears(b.point))) return true;
  return election !== undefined && election.event.value.predicate === 'elect' && term !== undefined && withinDays(election.point, term.point, electionLeadDays);
}

/** A date to the year: `the 1990s` is looser, and meets the year after it as the same time. */
function wholeYears(point: DatePoint): boolean {
  return point.granularity === 'year';
}

// Verbs that choose a holder before the term starts (`elected`, `appointed`), not those that start it (`sworn in`, `took office`).
const choosingPredicates: ReadonlySet<string> = new Set(['elect', 'appoint', 'name', 'choose', 'select', 'nominate', 'designate', 'reappoint', 're-elect', 'reelect']);

// A post held before one is chosen for it: `acting director`, `interim president`, `caretaker`.
const actingCue = /\b(?:acting|interim|caretaker|provisional(?:ly)?|temporar(?:y|ily)|pro tem)\b/i;

// `elected governor in November 2014` opens a term that starts up to a few months later.
const electionLeadDays = 100;

function withinDays(earlier: DatePoint, later: DatePoint, days: number): boolean {
  const gap = epochDay(later.start) - epochDay(earlier.end);
  return !Number.isNaN(gap) && gap >= 0 && gap <= days;
}

// An appointment and the term it opens (`appointed on 2 May`, `term from 15 May`) are one start told twice.
const ceremonyGapDays = 31;

/** Whether two points lie within a month of each other: `since 2015` and `appointed on December 20, 2014`. */
export function withinWeeks(a: DatePoint, b: DatePoint): boolean {
  const [aStart, aEnd, bStart, bEnd] = [a.start, a.end, b.start, b.end].map(epochDay) as [number, number, number, number];
  if ([aStart, aEnd, bStart, bEnd].some(Number.isNaN)) return false;
  const gap = Math.max(bStart - aEnd, aStart - bEnd);
  return gap <= ceremonyGapDays;
}

function report(context: RuleContext, bounds: Bound[], side: 'start' | 'end'): RuleFinding {
  const first = bounds[0] as Bound;
  const name = entityName(context, first.event.value.subject, first.event.value.subjectText);
  // `chair` from the prose before `leader` from a list of leaders: the post by its own name.
  const role = bounds.map((bound) => bound.event.value.role).find((held) => held !== undefined && !genericRoles.has(held)) ?? first.event.value.role ?? 'role';
  const values = unique(bounds.map((bound) => `\`${describe(bound.point, bound.claim)}\``));
  // The body each tenure names, by its entity's name when it has one (`its` is the commission).
  const qualifiers = unique(bounds.map((bound) => context.entity(bound.event.value.object)?.canonical ?? bound.event.value.objectText ?? '').filter((text) => text !== ''));
  const qualified = qualifiers.length > 1 ? ` (as ${role} of ${listOf(qualifiers.map((text) => `\`${text}\``))})` : '';
  const evidence: Evidence[] = [];
  for (const bound of bounds) {
    evidence.push(context.evidence(bound.claim, `${side} date`));
    evidence.push(context.evidence(bound.event, 'tenure'));
  }
  return {
    message: `\`${name}\`'s ${side === 'start' ? 'start' : 'end'} as ${role} is given as ${listOf(values)}${qualified}`,
    evidence: dedupeEvidence(evidence),
    reasoning: [
      ...bounds.map((bound) => `'${bound.event.text}' gives the ${side} as ${bound.point.timex}${bound.claim.value.resolvedFrom ? ` (${bound.claim.value.resolution ?? 'resolved'})` : ''}`),
      `no ${side === 'start' ? 'end' : 'start'} of a tenure lies between these dates, and nothing says the ${role} came back`,
      ...bounds.map((bound) => modalityNote(bound.event)).filter((note): note is string => note !== undefined),
    ],
    ...(first.event.value.subject ? { entity: first.event.value.subject } : {}),
    hedged: hedged(bounds.map((bound) => bound.event)),
  };
}

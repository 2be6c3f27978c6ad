import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import { eventType, fixedMeasures, longEventNounClasses, shortEventNounClasses } from '../lexicon/events.js';
import { colourFindings } from './shared/colours.js';
import { roleOfWords } from '../lexicon/roles.js';
import type { Claim, DateClaim, DatePoint, EventClaim, QuantityClaim } from '../schema/claims.js';
import type { Evidence } from '../schema/entities.js';
import type { ArticleSentence } from '../segment/index.js';
import { before, compatible } from '../resolve/events/when.js';
import { appendTo, groupBy } from '../util/group.js';
import { aboutArgument, dedupeEvidence, entityName, hedged, listOf, reachedBy, titleKey, usable, whenOf, yearOf } from './shared/events.js';
import { measureFamily, sameFigure } from './shared/counts.js';
import { foundingStanding } from './shared/facts.js';
import { samePlace } from './shared/places.js';
import { remarried, sharesWord } from './shared/marriages.js';
import { titleHead } from './shared/subject-event.js';
import { sameStart } from './role-date-conflict.js';

const presentCue = /\b(?:remains?|is|are|has been|have been|current|currently|incumbent|still|since)\b/i;

export default defineRule({
  id: 'infobox-prose-conflict',
  meta: {
    description: 'An infobox value (a date, a place, a size with its year, a current leader, a partner with its period) contradicted by the prose',
    defaultSeverity: 'error',
  },
  check(context) {
    const infobox = context.events.filter((event) => event.value.source === 'infobox' && usable(event));
    if (infobox.length === 0) return [];
    const told = context.events.filter((event) => event.value.source !== 'infobox' && usable(event));
    const prose = told.filter((event) => !event.value.repeated);
    // `first sworn in … in 2002`, `sworn in again in 2014`: who holds an office twice may have either term in the infobox.
    const heldAgain = new Set(told.filter((event) => event.value.type === 'office' && (event.value.repeated || /\bfirst\b/i.test(event.text))).map((event) => `${event.value.subject}\u0000${event.value.role ?? ''}`));
    const byTypeAndSubject = groupBy(prose, typeAndSubject);
    const findings: RuleFinding[] = [];
    // `Years1`, `Years2`, `Established Date1`: an infobox that dates one type several times lists several terms or standings
    // — unless every line gives the same date (`Defunct: 1931`, `Fate: Liquidated in 1931`): then it is one date, told twice.
    const boxedTimes = groupBy(infobox.filter((boxed) => boxed.value.date ?? boxed.value.start ?? boxed.value.end), boxKey);
    for (const boxed of infobox) {
      // The article's own event (no entity holds it) is compared only with clauses that tell of it, not with any
      // unresolved event of its type (`The rising broke out in early July` in a battle's article).
      const candidates = (byTypeAndSubject.get(typeAndSubject(boxed)) ?? []).filter((event) => boxed.value.subject !== null || !tellsOfOtherEvent(context, event));
      const times = boxedTimes.get(boxKey(boxed)) ?? [];
      const again = times.length > 1 && times.every((other) => sameDates(context, boxed, other)) ? times.filter((other) => other !== boxed) : [];
      const listed = times.length > 1 && again.length === 0;
      const told = listed || (again.length > 0 && times[0] !== boxed) ? [] : dates(context, boxed, candidates, heldAgain.has(`${boxed.value.subject}\u0000${boxed.value.role ?? ''}`));
      findings.push(...told.map((finding) => (again.length > 0 ? { ...finding, evidence: dedupeEvidence([...finding.evidence, ...again.map((other) => context.evidence(other, 'infobox, told again'))]) } : finding)), ...places(context, boxed, candidates), ...sizes(context, boxed, candidates));
    }
    findings.push(...leaders(context, infobox, prose), ...makers(context, infobox, prose, 'founding'), ...makers(context, infobox, prose, 'construction'), ...partners(context, infobox, prose), ...spouses(context, infobox, told), ...successions(context, prose), ...colourFindings(context));
    return findings;
  },
});

/** The two words of a prose event's subject when they are `the` or `this` and a noun (`The rising`, `the fire`). */
function definiteNoun(event: EventClaim): string | undefined {
  const about = (event.value.subjectText ?? '').toLowerCase().split(/\s+/u);
  return about.length === 2 && (about[0] === 'the' || about[0] === 'this') ? about[1] : undefined;
}

/**
 * Whether a prose event with no entity tells of another event than the one
 * the article is about: its subject is a definite noun of an event of
 * another kind (`The rising broke out in early July` in the article on the
 * Battle of Mirren Ford).
 */
function tellsOfOtherEvent(context: RuleContext, event: EventClaim): boolean {
  const noun = definiteNoun(event);
  const kind = noun === undefined ? undefined : [...shortEventNounClasses, ...longEventNounClasses].find((nounClass) => nounClass.has(noun));
  return (kind !== undefined && !kind.has(titleHead(context) ?? '')) || partOfSubject(context, event) || namesOtherThing(context, event) || indefiniteNoun(event);
}

/** `Shearers … had formed local associations during the 1886 and 1887 seasons`: a noun with no `the` or `its` is some other thing of the kind. */
function indefiniteNoun(event: EventClaim): boolean {
  const about = aboutArgument(event);
  return about?.form === 'nominal' && !/^(?:the|this|its|their|our)\s/iu.test(about.text);
}

/** `the founding of the Saalberg Gymnasium in 1772` in the article on the Duchy of Saalberg: a name that is not the title's. */
function namesOtherThing(context: RuleContext, event: EventClaim): boolean {
  const about = aboutArgument(event);
  return about?.form === 'name' && context.title !== null && context.title !== undefined && titleKey(about.text) !== titleKey(context.title);
}

// Nouns of a part of a line, a building or a plan: `The 6.3-kilometre extension … opened on 8 June 2015` in the
// article on the line opened in 2004 is another opening than the line's.
const partNouns: ReadonlySet<string> = new Set(['extension', 'section', 'phase', 'stage', 'branch', 'wing', 'annexe', 'annex', 'addition', 'spur', 'station', 'stations', 'terminal', 'platform', 'tower', 'nave', 'chancel', 'transept']);

function partOfSubject(context: RuleContext, event: EventClaim): boolean {
  const about = aboutArgument(event);
  const head = about?.form === 'nominal' ? about.text.toLowerCase().split(/\s+/u).at(-1) : undefined;
  return head !== undefined && partNouns.has(head) && head !== titleHead(context);
}

/** Whether a prose event names the article's own event: by its title, or the title's head noun (`The fire`, `The flood`). */
function namesArticleEvent(context: RuleContext, event: EventClaim): boolean {
  const title = context.title?.trim().toLowerCase();
  if (!title) return false;
  return event.value.name?.toLowerCase() === title || definiteNoun(event) === titleHead(context);
}

/** One infobox fact's kind: its type, subject, role and aspect (`Term Start1` and `Term Start2` share one). */
function boxKey(event: EventClaim): string {
  // `Spouse(s): Henry Falk (m. 1931); Robert Ince (m. 1964)`: a once-per-pair fact is one per partner.
  const partner = eventType(event.value.type).once === 'pair' ? (event.value.object ?? '') : '';
  return `${typeAndSubject(event)}\u0000${event.value.role ?? ''}\u0000${event.value.aspect ?? ''}\u0000${partner}`;
}

/** Infobox and prose events are compared only within one type and subject, never all with all. */
function typeAndSubject(event: EventClaim): string {
  return `${event.value.type}\u0000${event.value.subject === null ? '\u0001' : `=${event.value.subject}`}`;
}

/**
 * `Founded: 1921` against `was founded in 1923`, `Born: 1950` against `born
 * in 1952`: a once-only event's date, or an office's start or end
 * (`Term start: 1990` against `became president in 1992`).
 */
function dates(context: RuleContext, boxed: EventClaim, prose: readonly EventClaim[], heldAgain: boolean): RuleFinding[] {
  const definition = eventType(boxed.value.type);
  if (definition.once === 'no' && boxed.value.type !== 'office') return [];
  const side = boxed.value.aspect === 'end' ? 'end' : 'start';
  const boxedDate = point(context, boxed, side);
  if (!boxedDate) return [];
  const comparable = prose.filter((event) => {
    // A marriage to Henry Falk against a marriage to Henry Falk, not to Robert Ince.
    if (definition.once === 'pair' && boxed.value.object && event.value.object !== boxed.value.object) return false;
    if (boxed.value.type === 'office' && (event.value.role ?? '') !== (boxed.value.role ?? event.value.role ?? '')) return false;
    // `Incorporated: 1911` and `incorporated as a village in 1872`: two standings, two incorporations.
    if (boxed.value.type === 'incorporation' && (boxed.value.role ?? '') !== (event.value.role ?? '')) return false;
    // `Established: 1793` and `its official creation in 1867`, `its inception as the City of Toronto in 1834`: another standing.
    // `merged with the College of Commerce in 1970 to form Ellery Polytechnic`: formed again, by a merger.
    if (boxed.value.type === 'founding' && (foundingStanding(event.text) !== undefined || event.value.role === 'merger')) return false;
    if (definition.stateful && event.value.aspect !== side && !(side === 'start' ? event.value.start : event.value.end)) return false;
    // `Construction Began: April 1929` and `Completed in 1938`: the start and the end of an event that takes time.
    if (!definition.stateful && boxed.value.aspect && event.value.aspect && event.value.aspect !== boxed.value.aspect) return false;
    // `Construction Began: 1834` and `at the peak of construction in 1837`: a noun of an event that takes time, with no
    // start or end said, may be dated anywhere in it.
    if (!definition.stateful && boxed.value.aspect && !event.value.aspect && event.value.voice === 'noun') return false;
    // `the mine was closed from 1894 to 1897`: a once-only event told as a state that ended is not the event.
    if (!definition.stateful && event.value.aspect === 'state') return false;
    return point(context, event, side) !== undefined;
  });
  const agrees = (event: EventClaim): boolean => {
    const date = point(context, event, side) as { point: DatePoint };
    return compatible(date.point, boxedDate.point) || (definition.stateful && sameStart({ event, point: date.point }, { event: boxed, point: boxedDate.point }));
  };
  // An office held twice (`first sworn in … in 2002`, `again in 2014`, or a term the prose ends): the infobox may give either term.
  const termEnded = prose.some((event) => (event.value.role ?? '') === (boxed.value.role ?? '') && (event.value.aspect === 'end' || event.value.end !== undefined));
  if (definition.once === 'no' && comparable.some(agrees) && (boxed.value.type !== 'office' || termEnded || heldAgain)) return [];
  const clashes = comparable.filter((event) => !agrees(event));
  if (clashes.length === 0) return [];
  const first = point(context, clashes[0] as EventClaim, side) as { point: DatePoint; claim: DateClaim };
  return [
    {
      message: `Infobox \`${boxed.value.trigger}\` is \`${boxedDate.claim.text}\`, but the prose gives \`${first.claim.text}\``,
      evidence: dedupeEvidence([
        context.evidence(boxedDate.claim, 'infobox'),
        // `Founded in 1879 as a rugby union club`: a clause that agrees with the infobox is cited beside it.
        ...comparable.filter(agrees).map((event) => context.evidence((point(context, event, side) as { claim: DateClaim }).claim, 'prose agreeing with the infobox')),
        ...clashes.flatMap((event) => [context.evidence((point(context, event, side) as { claim: DateClaim }).claim, 'prose'), context.evidence(event, 'prose event')]),
      ]),
      reasoning: [
        `the infobox dates the ${boxed.value.type}${definition.stateful ? ` ${side}` : ''} of ${entityName(context, boxed.value.subject, boxed.value.subjectText)} ${boxedDate.point.timex}`,
        ...clashes.map((event) => `'${event.text}' dates it ${(point(context, event, side) as { point: DatePoint }).point.timex}`),
      ],
      ...(boxed.value.subject ? { entity: boxed.value.subject } : {}),
      hedged: hedged(clashes),
    },
  ];
}

/** Whether two infobox lines give one event the same dates, at each end. */
function sameDates(context: RuleContext, a: EventClaim, b: EventClaim): boolean {
  return (['start', 'end'] as const).every((side) => {
    const [left, right] = [point(context, a, side), point(context, b, side)];
    return left !== undefined && right !== undefined && compatible(left.point, right.point);
  });
}

function point(context: RuleContext, event: EventClaim, side: 'start' | 'end'): { point: DatePoint; claim: DateClaim } | undefined {
  const when = whenOf(context, event);
  return side === 'start' ? (when.start ?? when.date) : (when.end ?? when.date);
}

/** `Birth place: Leeds` against `was born in York`: two different places for a once-only event. */
function places(context: RuleContext, boxed: EventClaim, prose: readonly EventClaim[]): RuleFinding[] {
  // `Headquarters: Valdeluz` against `is … headquartered in Montserra`: where a body is now is one place, as a once-only event's is.
  const now = boxed.value.type === 'residence' && boxed.value.aspect === 'state';
  if ((eventType(boxed.value.type).once === 'no' && !now) || !boxed.value.place) return [];
  const place = context.claim(boxed.value.place);
  if (!place || place.kind !== 'place') return [];
  // `Location: Corran and Vass, Wester Isles`: any place the row joins to it by `and` is the event's (not the country
  // after a comma, which holds any town).
  const rowPlaces = context.claims.filter((claim) => claim.kind === 'place' && claim.sentence === boxed.sentence);
  const joined = (claim: Claim, index: number): boolean => index > 0 && context.text.slice((rowPlaces[index - 1] as Claim).position.end.offset, claim.position.start.offset) === ' and ';
  const boxedPlaces = [place, ...rowPlaces.filter((claim, index) => claim !== place && joined(claim, index))];
  const placed = (event: EventClaim): Claim | undefined => {
    const other = context.claim(event.value.place);
    return other?.kind === 'place' ? other : undefined;
  };
  const clashes = prose.filter((event) => {
    if (now && (event.value.tense !== 'present' || event.value.aspect !== 'state')) return false;
    // The article's own event may be told at a finer place (`It began in a bakehouse in Ropewalk Lane`): only a clause
    // that names the event itself places it.
    if (boxed.value.subject === null && boxed.value.type === 'occurrence' && !namesArticleEvent(context, event)) return false;
    const other = context.claim(event.value.place);
    return other?.kind === 'place' && !boxedPlaces.some((one) => samePlace(one, other, context));
  });
  if (clashes.length === 0) return [];
  const other = context.claim((clashes[0] as EventClaim).value.place) as Claim;
  return [
    {
      message: `Infobox \`${boxed.value.trigger}\` is \`${place.text}\`, but the prose gives \`${other.text}\``,
      evidence: dedupeEvidence([
        context.evidence(place, 'infobox'),
        // `in Milan, where he died in 1931`: a clause that places it as the infobox does is cited beside it.
        ...prose.filter((event) => !clashes.includes(event) && placed(event) && boxedPlaces.some((one) => samePlace(one, placed(event) as Claim, context))).map((event) => context.evidence(event, 'prose agreeing with the infobox')),
        ...clashes.flatMap((event) => [context.evidence(context.claim(event.value.place) as Claim, 'prose'), context.evidence(event, 'prose event')]),
      ]),
      reasoning: [`a ${boxed.value.type} happens in one place`, `\`${place.text}\` and \`${other.text}\` name different places and neither contains the other's name`],
      ...(boxed.value.subject ? { entity: boxed.value.subject } : {}),
      hedged: hedged(clashes),
      severity: 'warning',
    },
  ];
}

/**
 * `Employees: 300 (2022)` against `in 2022 the company had 1,000
 * employees`: one measure, one year — the year given with the value or in
 * the key (`Population (2016): 18,450`). A measure that does not change
 * (`Length: 214 m`) needs no year, unless both give different ones.
 */
function sizes(context: RuleContext, boxed: EventClaim, prose: readonly EventClaim[]): RuleFinding[] {
  if (boxed.value.type !== 'size') return [];
  const figure = context.claim(boxed.value.figures?.[0]);
  if (figure?.kind !== 'quantity' && figure?.kind !== 'money') return [];
  const keyYear = yearOfKey(context, figure);
  const year = yearAt(context, boxed) ?? keyYear?.year ?? null;
  const fixed = fixedMeasures.has(boxed.value.measure ?? '');
  // `number_of_rooms = 240` with no year and `Today the hotel has 310 bedrooms`: an undated infobox figure of what
  // changes is the present one, met only by a present-tense size the prose dates to no year.
  const undated = year === null && !fixed;
  const findings: RuleFinding[] = [];
  // `beds = 640 (2023)` and `The hospital has 520 beds`: a size told in the present with no year is the one of the
  // latest year the article dates anything in, when the infobox gives that year.
  const current = year !== null && year >= latestYear(context);
  const comparable = prose.filter((event) => {
    if (!sameMeasure(boxed.value.measure, event.value.measure)) return false;
    if (undated) return event.value.tense === 'present' && yearAt(context, event) === null;
    const proseYear = yearAt(context, event) ?? (current && event.value.tense === 'present' && (event.value.voice === 'active' || event.value.voice === 'passive') ? year : null);
    return !(fixed ? year !== null && proseYear !== null && proseYear !== year : proseYear !== year);
  });
  // `Length: 68 km` and `Its 68 kilometres included …`: the prose that says what the infobox says, cited beside it.
  const agreeing = comparable.flatMap((event) => {
    const other = context.claim(event.value.figures?.[0]);
    return (other?.kind === 'quantity' || other?.kind === 'money') && sameFigure(figure, other) ? [context.evidence(other, 'prose agreeing with the infobox')] : [];
  });
  // `area_total_km2 = 23.4`: a bare value is in the unit its key ends with, and meets only prose in that unit.
  const unit = figure.kind === 'quantity' && figure.value.noun === null ? boxed.value.unit : undefined;
  for (const event of comparable) {
    const proseYear = yearAt(context, event) ?? (current ? year : null);
    const other = context.claim(event.value.figures?.[0]);
    if ((other?.kind !== 'quantity' && other?.kind !== 'money') || sameFigure(figure, other)) continue;
    if (unit !== undefined && (other.kind !== 'quantity' || other.value.noun !== unit)) continue;
    if (other.kind === 'quantity' && figure.kind === 'quantity' && figure.value.value !== null && summedInSentence(context, other, figure.value.value)) continue;
    const when = year === null || proseYear === null ? '' : ` in \`${year}\``;
    findings.push({
      message: `Infobox \`${boxed.value.trigger}\` is \`${figure.text}\`${when}, but the prose gives \`${other.text}\`${when === '' ? '' : ' for the same year'}`,
      evidence: dedupeEvidence([context.evidence(figure, 'infobox'), ...(keyYear ? [keyYear.evidence] : []), ...agreeing, context.evidence(other, 'prose'), context.evidence(event, 'prose event')]),
      reasoning: [
        `both give the ${boxed.value.measure ?? 'size'} of ${entityName(context, boxed.value.subject, boxed.value.subjectText)}${year === null ? '' : ` in ${year}`}${fixed && when === '' ? ', which does not change from year to year' : ''}`,
        `\`${figure.text}\` and \`${other.text}\` do not overlap, even allowing for rounding`,
      ],
      ...(boxed.value.subject ? { entity: boxed.value.subject } : {}),
      hedged: hedged([event]),
    });
  }
  return findings;
}

/** The latest year any date of the article names: `now` for a size told in the present. */
function latestYear(context: RuleContext): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const claim of context.claimsOf('date')) {
    const year = Number(/^(\d{4})/u.exec(claim.value.end ?? claim.value.start ?? '')?.[1] ?? Number.NaN);
    if (Number.isFinite(year) && year > latest) latest = year;
  }
  return latest;
}

/**
 * The year an infobox field gives its value, in brackets in the key or after
 * the value: `Population (2016)`, `Revenue (2019 est.)`, `247,400 (2016
 * est.)`; quoted from the field.
 */
function yearOfKey(context: RuleContext, figure: Claim): { year: number; evidence: Evidence } | undefined {
  const field = context.infobox.find((entry) => entry.valuePosition.start.offset <= figure.position.start.offset && figure.position.end.offset <= entry.valuePosition.end.offset);
  if (!field) return undefined;
  const value = context.text.slice(figure.position.end.offset, field.valuePosition.end.offset);
  for (const [text, offset, where] of [[field.key, field.keyPosition.start.offset, 'key'], [value, figure.position.end.offset, 'value']] as const) {
    const match = bracketedYear.exec(text);
    if (!match) continue;
    const start = offset + match.index + 1 + (match[1] as string).length;
    return { year: Number(match[2]), evidence: context.quote(start, start + 4, `year in the infobox ${where}`) };
  }
  return undefined;
}

// `(2016)`, `(2019 est.)`, `(est. 2016)`.
const bracketedYear = /\(([^()]{0,20}?)\b(\d{4})\b[^()]{0,20}\)/;

/** `population` meets `inhabitant` and `resident`; `member` meets `membership`; otherwise the same noun. */
function sameMeasure(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const family = (measure: string): string => measureFamily(measure);
  return family(a) === family(b);
}

function yearAt(context: RuleContext, event: EventClaim): number | null {
  const date = whenOf(context, event).date;
  return date ? yearOf(date.point) : reachedBy(context, event);
}

/**
 * `running for 61 kilometres …, with an 8-kilometre branch` against `Length:
 * 69`: the infobox may give the whole that the sentence's figures in one unit
 * add up to.
 */
function summedInSentence(context: RuleContext, figure: QuantityClaim, whole: number): boolean {
  const parts = context.claimsOf('quantity').filter((claim) => claim.sentence === figure.sentence && claim.value.noun === figure.value.noun && !claim.value.percent);
  const sum = parts.reduce((total, claim) => total + (claim.value.value ?? Number.NaN), 0);
  return parts.length > 1 && Math.abs(sum - whole) < 1e-9 * Math.max(1, whole);
}

/** `Leader: X` while the prose says Y leads the subject now. */
function leaders(context: RuleContext, infobox: EventClaim[], prose: EventClaim[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const boxed = infobox.filter((event) => event.value.type === 'office' && event.value.agent?.entity);
  if (boxed.length === 0) return findings;
  const first = boxed[0] as EventClaim;
  const names = new Set(boxed.map((event) => event.value.agent?.entity));
  const organization = first.value.patient?.entity;
  const current = prose.filter((event) => {
    const holder = event.value.agent?.entity;
    if (event.value.type !== 'office' || !holder || names.has(holder) || event.value.patient?.entity !== organization) return false;
    if (!sameRole(first.value.role, event.value.role) || event.value.end || event.value.aspect === 'end') return false;
    // `FIDE president Campomanes`: a title before a name has no tense of its own; another clause's `is` dates it to no time.
    if (event.value.predicate.startsWith('title ')) return /\b(?:current|incumbent)\b/i.test(event.text);
    if (presentCue.test(event.text)) return true;
    // `Among the portraits is one of Jens Aagaard, who in 1868 was elected Osterby's first mayor`: a dated past clause
    // is past, whatever tense the rest of its sentence is in.
    const when = whenOf(context, event);
    if (event.value.tense === 'past' && (when.date || when.start)) return false;
    return presentCue.test(context.sentences[event.sentence]?.plain ?? '');
  });
  const byPerson = new Map<string, EventClaim[]>();
  for (const event of current) appendTo(byPerson, event.value.agent?.entity as string, event);
  for (const [person, events] of byPerson) {
    findings.push({
      message: `Infobox gives \`${entityName(context, first.value.agent?.entity, first.value.agent?.text)}\` as ${first.value.role ?? 'leader'}, but the prose says \`${entityName(context, person, events[0]?.value.agent?.text)}\` holds it`,
      evidence: dedupeEvidence([context.evidence(first, 'infobox'), ...events.map((event) => context.evidence(event, 'prose'))]),
      reasoning: [`the infobox field \`${first.value.trigger}\` names ${first.value.agent?.text}`, ...events.map((event) => `'${event.text}' states a current ${event.value.role ?? 'holder'} who is not in the infobox`)],
      ...(organization ? { entity: organization } : {}),
      hedged: hedged(events),
    });
  }
  return findings;
}

/**
 * `Founders: Luis Caldera, Bruno Lattes` against `founded … by Luis Caldera
 * and his cousin Ramon Ibarra`: a founder one side names and the other
 * leaves out, where both name as many founders, is one of them told two ways.
 */
/**
 * `Founder: Jules Velmont` against `established in 1823 by Théodore Velmont`,
 * `Builder: Pruett & Sons` against `She was built by the Carrack Shipbuilding
 * Company`: the makers the infobox names against those the prose names, when
 * each side names as many and one names someone the other does not. A
 * founder is a person; a builder a person or a body.
 */
function makers(context: RuleContext, infobox: EventClaim[], prose: EventClaim[], type: 'founding' | 'construction'): RuleFinding[] {
  const boxed = infobox.filter((event) => event.value.type === type && event.value.object);
  const body = boxed[0]?.value.subject;
  if (!body) return [];
  const kinds = type === 'founding' ? ['person'] : ['person', 'organization'];
  const told = prose.filter((event) => event.value.type === type && event.value.subject === body && event.value.object && kinds.includes(context.entity(event.value.object)?.type ?? ''));
  const inBox = new Set(boxed.map((event) => event.value.object as string));
  const inProse = new Set(told.map((event) => event.value.object as string));
  // `Caird & Company` and `Caird & Company of Greenock`: one name's words within the other's are one maker.
  const same = (a: string, b: string): boolean => a === b || wordsWithin(entityName(context, a, null), entityName(context, b, null)) || wordsWithin(entityName(context, b, null), entityName(context, a, null));
  const missing = [...inProse].filter((maker) => ![...inBox].some((boxedMaker) => same(maker, boxedMaker)));
  if (missing.length === 0 || inBox.size !== inProse.size || ![...inBox].some((boxedMaker) => ![...inProse].some((maker) => same(maker, boxedMaker)))) return [];
  const extra = told.filter((event) => missing.includes(event.value.object as string));
  const what = type === 'founding' ? 'founders' : 'builders';
  return [
    {
      message: `Infobox gives the ${what} of \`${entityName(context, body, boxed[0]?.value.subjectText)}\` as ${listOf(boxed.map((event) => `\`${event.value.objectText}\``))}, but the prose names ${listOf(extra.map((event) => `\`${entityName(context, event.value.object, event.value.objectText)}\``))}`,
      evidence: dedupeEvidence([...boxed.map((event) => context.evidence(event, 'infobox')), ...extra.map((event) => context.evidence(event, 'prose'))]),
      reasoning: [`the infobox and the prose each name ${inBox.size} ${what}`, `one side names one of the ${what} the other does not`],
      entity: body,
      hedged: hedged(extra),
      severity: 'warning',
    },
  ];
}

function wordsWithin(a: string, b: string): boolean {
  const words = new Set(b.toLowerCase().split(/\s+/u));
  return a.toLowerCase().split(/\s+/u).every((word) => words.has(word));
}

// Infobox keys that name who held the subject's office before and after them, lower case, `_` read as a space.
const neighbourKeys: ReadonlyMap<string, 'predecessor' | 'successor'> = new Map([
  ['predecessor', 'predecessor'],
  ['preceded by', 'predecessor'],
  ['successor', 'successor'],
  ['succeeded by', 'successor'],
]);

/**
 * `Predecessor: Ole Brekke` against `he succeeded Jens Aamot as mayor`, and
 * `Successor: Peder Lunde` against `was succeeded as mayor by Ivar Dahl`: in
 * the infobox of one office (its `Office` line naming the role), the holder
 * before or after the subject is one person. Offices numbered in the infobox
 * (`Predecessor2`) are several, and not read.
 */
function successions(context: RuleContext, prose: readonly EventClaim[]): RuleFinding[] {
  const subject = context.entities.find((entity) => entity.isSubject && entity.type === 'person')?.id;
  // The infobox's lines, in either form (`- Key: Value`, a `| Field | Value |` table, a template).
  const lines = context.sentences.filter((sentence) => sentence.where === 'infobox' && sentence.infoboxKey !== undefined);
  const keyOf = (sentence: ArticleSentence): string => (sentence.infoboxKey ?? '').toLowerCase().replace(/[_\s]+/gu, ' ').trim();
  if (!subject || lines.some((line) => /\d$/u.test(keyOf(line)) && neighbourKeys.has(withoutNumber(keyOf(line))))) return [];
  const office = lines.find((line) => ['office', 'title'].includes(keyOf(line)));
  const role = office ? roleOfWords(office.plain.split(/\s+/u)) : null;
  if (!office || !role) return [];
  const findings: RuleFinding[] = [];
  for (const line of lines) {
    const side = neighbourKeys.get(keyOf(line));
    const boxed = side ? context.claimsOf('person').find((claim) => claim.sentence === line.index && claim.value.entity) : undefined;
    if (!side || !boxed?.value.entity) continue;
    // `he succeeded Jens Aamot as mayor`: the predecessor's end and the subject's start, told by one verb.
    const told = prose.flatMap((ended) => {
      if (ended.value.type !== 'office' || !ended.value.predicate.endsWith('(predecessor)') || !ended.value.role || !sameRole(role, ended.value.role)) return [];
      const started = prose.find((event) => event.sentence === ended.sentence && event.value.type === 'office' && event.value.aspect === 'start' && event.value.predicate === ended.value.predicate.replace(/ \(predecessor\)$/u, ''));
      const [before, after] = [ended.value.subject, started?.value.subject];
      if (!before || !after || !started) return [];
      if (side === 'predecessor' && after === subject) return [{ event: ended, other: before }];
      if (side === 'successor' && before === subject) return [{ event: started, other: after }];
      return [];
    });
    const differing = told.filter((item) => item.other !== boxed.value.entity);
    if (differing.length === 0 || told.some((item) => item.other === boxed.value.entity)) continue;
    const named = differing[0] as { event: EventClaim; other: string };
    findings.push({
      message: `Infobox gives the ${side} of \`${entityName(context, subject, null)}\` as ${role} as \`${boxed.text}\`, but the prose names \`${entityName(context, named.other, null)}\``,
      evidence: dedupeEvidence([context.evidence(boxed, `infobox ${side}`), ...differing.map((item) => context.evidence(item.event, `prose ${side}`))]),
      reasoning: [`the infobox's \`${line.infoboxKey}\` line names ${boxed.text} for the office \`${office.plain}\``, `the prose has ${entityName(context, named.other, null)} hold that office ${side === 'predecessor' ? 'right before' : 'right after'} the subject`],
      entity: subject,
      hedged: hedged(differing.map((item) => item.event)),
    });
  }
  return findings;
}

/** A key without the number of its group: `predecessor` of `predecessor 2`. */
function withoutNumber(key: string): string {
  let end = key.length;
  while (end > 0 && key.charCodeAt(end - 1) >= 48 && key.charCodeAt(end - 1) <= 57) end--;
  return key.slice(0, end).trimEnd();
}

function sameRole(boxed: string | undefined, prose: string | undefined): boolean {
  if (!boxed || !prose) return true;
  return boxed === prose || boxed.includes(prose) || prose.includes(boxed) || (boxed === 'leader' && prose !== 'spokesperson');
}

/** `Allies: X (2018–2022)` against `formed an alliance with X in 2015`. */
function partners(context: RuleContext, infobox: EventClaim[], prose: EventClaim[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const startsByObject = groupBy(
    prose.filter((event) => event.value.type === 'alliance' && event.value.aspect === 'start'),
    (event) => event.value.object,
  );
  for (const boxed of infobox) {
    if (boxed.value.type !== 'alliance' || !boxed.value.object) continue;
    const period = whenOf(context, boxed);
    if (!period.start) continue;
    for (const event of startsByObject.get(boxed.value.object) ?? []) {
      const start = whenOf(context, event).start;
      if (!start || compatible(start.point, period.start.point)) continue;
      if (period.end && !before(start.point, period.start.point) && !before(period.end.point, start.point)) continue;
      findings.push({
        message: `Infobox gives the alliance with \`${boxed.value.objectText}\` as \`${period.start.claim.text}\`, but the prose dates its start \`${start.claim.text}\``,
        evidence: [context.evidence(period.start.claim, 'infobox'), context.evidence(start.claim, 'prose'), context.evidence(event, 'prose event')],
        reasoning: [`the infobox period starts ${period.start.point.timex}`, `'${event.text}' starts it ${start.point.timex}`],
        entity: boxed.value.object,
        hedged: hedged([event]),
      });
    }
  }
  return findings;
}

/**
 * `Spouse: Ilse Meyer` against `In 1930 Brandt married Greta Holm, his only
 * wife`: the infobox names one spouse and the prose marries the subject to
 * one other person, and to no one the infobox names. More than one marriage
 * told, or any divorce, widowhood or remarriage, and either may be right.
 */
function spouses(context: RuleContext, infobox: EventClaim[], told: EventClaim[]): RuleFinding[] {
  const boxed = infobox.filter((event) => event.value.type === 'marriage' && event.value.object);
  if (boxed.length !== 1 || remarried.test(context.text)) return [];
  const box = boxed[0] as EventClaim;
  const subject = box.value.subject;
  const partnerOf = (event: EventClaim): string | null | undefined => (event.value.subject === subject ? event.value.object : event.value.object === subject ? event.value.subject : undefined);
  const marriages = told.filter((event) => (event.value.type === 'marriage' || event.value.type === 'divorce') && partnerOf(event) !== undefined);
  const partners = new Set(marriages.map(partnerOf).filter((partner): partner is string => typeof partner === 'string'));
  if (marriages.some((event) => event.value.type === 'divorce') || partners.size !== 1 || partners.has(box.value.object as string)) return [];
  const marriage = marriages.find((event) => partnerOf(event)) as EventClaim;
  const other = context.entity(partnerOf(marriage));
  const named = context.entity(box.value.object);
  // `Spouse: Florence Cayzer` and `married Florence Gwendoline Cayzer`: one person, named two ways.
  if (!other || !named || sharesWord(other.canonical, named.canonical)) return [];
  return [
    {
      message: `Infobox gives the spouse as \`${named.canonical}\`, but the prose marries ${entityName(context, subject, box.value.subjectText)} to \`${other.canonical}\``,
      evidence: [context.evidence(box, 'infobox'), context.evidence(marriage, 'prose')],
      reasoning: [`the infobox names one spouse, ${named.canonical}`, `'${marriage.text}' tells the one marriage the prose gives, to ${other.canonical}`],
      ...(subject ? { entity: subject } : {}),
      hedged: hedged([marriage]),
    },
  ];
}


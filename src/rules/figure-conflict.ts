import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { EventClaim, MoneyClaim, QuantityClaim } from '../schema/claims.js';
import { alterationVerbs, eventNoun, sizeBeyondVerbs } from '../lexicon/events.js';
import { appendTo } from '../util/group.js';
import { chartPeakFindings } from './shared/chart-peaks.js';
import { mistypedFigures, transposedFigures } from './shared/transposed.js';
import { figureInterval, measureFamily } from './shared/counts.js';
import { aboutArgument, ambiguousSubject, dedupeEvidence, entityName, hedged, listOf, reachedBy, usable, whenOf, yearOf } from './shared/events.js';
import { thingKey } from './shared/things.js';
import { statedArithmeticFindings } from './shared/stated-arithmetic.js';

interface Figure {
  event: EventClaim;
  claim: QuantityClaim | MoneyClaim;
  low: number;
  high: number;
}

// Counts that change from year to year: compared only when both give the same year.
const changingCounts = new Set(['population', 'inhabitant', 'resident', 'people', 'person', 'employee', 'member', 'student', 'staff', 'visitor', 'passenger', 'spectator', 'follower', 'subscriber', 'user', 'customer', 'worker', 'soldier', 'troop', 'fighter', 'revenue', 'turnover', 'circulation', 'budget', 'endowment', 'attendance', 'seat', 'vote', 'councillor', 'branch', 'store', 'shop', 'outlet', 'pupil', 'aircraft', 'route', 'destination']);

// Measures a built thing keeps: its length, depth or span told twice is one figure.
const dimensions: ReadonlySet<string> = new Set(['length', 'height', 'depth', 'width', 'span', 'area']);

// Spans of time counted (`his first twelve seasons`): a part of a career or a history as often as the whole.
const spansOfTime = new Set(['season', 'year', 'month', 'week', 'day', 'hour', 'decade', 'century', 'term', 'game', 'match']);

// Casualty counts are measured by the participle that counts them (`18 killed`); the message names what they count.
const measureNames: Readonly<Record<string, string>> = { killed: 'deaths', dead: 'deaths', injured: 'injuries', wounded: 'injuries', missing: 'missing' };

export default defineRule({
  id: 'figure-conflict',
  meta: {
    description: 'The same measure of the same subject at the same time given incompatible values',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const groups = new Map<string, Figure[]>();
    for (const event of context.events) {
      if ((event.value.type !== 'size' && event.value.type !== 'casualties') || !usable(event) || event.value.source === 'infobox') continue;
      if (!event.value.name && ambiguousSubject(context, event) && !sectionEvent(context, event) && !unnamedThing(context, event, measureFamily(event.value.measure ?? ''))) continue;
      const key = measureKey(context, event);
      if (!key) continue;
      for (const id of event.value.figures ?? []) {
        const claim = context.claim(id);
        // `revenue of US$5.5 billion`: a sum of money is compared with sums in the same currency only.
        if (claim?.kind === 'money') appendTo(groups, `${key}\u0000money:${claim.value.currency ?? ''}`, { event, claim, ...figureInterval(claim.value) });
        if (claim?.kind !== 'quantity') continue;
        // `around 80%` of the dead and `2,020` dead: a share and a count are never one figure.
        appendTo(groups, claim.value.percent ? `${key}\u0000percent` : key, { event, claim, ...beyond(event, figureInterval(claim.value)) });
      }
    }
    for (const [key, figures] of [...groups].flatMap(([key, group]) => byTense(group).map((tensed) => [key, tensed] as const))) {
      if (!hasDisjointPair(figures) || (key.includes('\u0000thing:') && !oneThing(figures))) continue;
      const first = figures[0] as Figure;
      // The family's name (`capacity` for `spectators`), as both figures measure it.
      const measure = measureNames[first.event.value.measure ?? ''] ?? (first.event.value.measure ? measureFamily(first.event.value.measure) : 'figure');
      const named = figures.find((figure) => figure.event.value.name)?.event.value.name;
      const subject = named ?? (first.event.value.subject ? undefined : sectionHeading(context, first.event)) ?? entityName(context, first.event.value.subject, first.event.value.subjectText);
      findings.push({
        message: `Conflicting ${measure} for \`${subject}\`: ${listOf([...new Set(figures.map((figure) => `\`${figure.claim.text}\``))])}`,
        evidence: dedupeEvidence(figures.map((figure) => context.evidence(figure.claim, measure))),
        reasoning: [
          ...figures.map((figure) => `'${figure.claim.text}' allows ${figure.low === figure.high ? figure.low : figure.high === Number.POSITIVE_INFINITY ? `${figure.low} or more` : `${figure.low}–${figure.high}`}`),
          'these values cannot all hold for the same measure at the same time',
        ],
        ...(first.event.value.subject ? { entity: first.event.value.subject } : {}),
        hedged: hedged(figures.map((figure) => figure.event)),
      });
    }
    return [...findings, ...statedArithmeticFindings(context), ...transposedFigures(context), ...mistypedFigures(context), ...chartPeakFindings(context)];
  },
});

/**
 * `The reservoir holds about 21.6 million cubic metres` and `In its first form
 * it held 14.2 million`: a size said in the present and one said in the past
 * are of two times, even for a measure that seldom changes. Figures told with
 * no tense (`its 68 kilometres`) are held to both.
 */
function byTense(figures: Figure[]): Figure[][] {
  // Only a verb has a tense of its own: `whose 20,000 scrolls` takes its clause's.
  const tense = (figure: Figure): string | undefined => (figure.event.value.voice === 'active' || figure.event.value.voice === 'passive' ? figure.event.value.tense : undefined);
  const tenses = new Set(figures.map(tense));
  if (!tenses.has('past') || !tenses.has('present')) return [figures];
  return [figures.filter((figure) => tense(figure) !== 'past'), figures.filter((figure) => tense(figure) !== 'present')];
}

/** A figure a size passed is its floor, not its value. */
function beyond(event: EventClaim, interval: { low: number; high: number }): { low: number; high: number } {
  return sizeBeyondVerbs.has(event.value.predicate.split(' ')[0] ?? '') ? { low: interval.low, high: Number.POSITIVE_INFINITY } : interval;
}

/** Subject (or named event), measure and year: figures are compared only within one key. */
function measureKey(context: RuleContext, event: EventClaim): string | undefined {
  const measure = event.value.measure === undefined ? undefined : measureFamily(event.value.measure);
  // `a mudflow … killed 23 workers` in the article on an eruption: a toll of one part of the event, not of the whole.
  const part = event.value.type === 'casualties' && event.value.agent && /^(?:a|an)\s/iu.test(event.value.agent.text) ? `part:${event.value.agent.text.toLowerCase()}` : undefined;
  if (!measure) return undefined;
  const owner = part ?? event.value.name?.toLowerCase() ?? event.value.subject ?? unresolvedName(event) ?? sectionEvent(context, event) ?? unnamedThing(context, event, measure);
  if (!owner) return undefined;
  const when = whenOf(context, event).date;
  const year = when ? yearOf(when.point) : reachedBy(context, event);
  // An attack's toll is counted once; capacities and a present-tense layout (`is divided into 14 districts`)
  // hold now; counts that change (people, members, employees) need a year.
  // An undated count of what does not come and go (`whose 20,000 scrolls` and `once held nearly 12,000 scrolls`) is the
  // one the text knows, in any tense.
  // A capacity dated (`In 1935 the party won 14 seats`, `held 30,000 in 1950`) is that year's.
  // `the 380-yard downcast shaft` in a sentence dated by the explosion at its foot: a thing's dimension is not that year's.
  const thing = owner.startsWith('thing:');
  const timeless = thing || (measure === 'capacity' && year === null) || (year === null && !changingCounts.has(measure) && !spansOfTime.has(measure));
  if (event.value.type === 'size' && year === null && !timeless) return undefined;
  const period = event.value.type === 'casualties' || timeless ? '' : (year ?? '');
  return `${event.value.type}\u0000${owner}\u0000${measure}\u0000${period}`;
}

/**
 * A participant named in words the resolver tied to no entity (`the Stadio
 * Marc'Antonio Bentegodi … holds 31,045`): the same words name it wherever
 * they stand, when they are more than one capitalised word.
 */
function unresolvedName(event: EventClaim): string | undefined {
  const about = aboutArgument(event);
  // `Attendance peaked at 12,900` and an `Attendance` column, in an article on a festival no entity holds: its subject.
  if (about?.form === 'subject' && !about.entity) return 'article-subject';
  if (about?.form !== 'name' || about.entity) return undefined;
  const words = about.text.trim().replace(/^(?:the|a|an)\s+/i, '');
  return /\s/.test(words) ? `name:${words.toLowerCase()}` : undefined;
}

/**
 * `the 100-meter freestyle` and `the 400-meter freestyle` are two races: a
 * length written before a noun may name the kind. Figures of a thing named by
 * a noun are one thing's only when such lengths agree among themselves and
 * another figure says the length outright (`sunk to a depth of 410 yards`).
 */
function oneThing(figures: readonly Figure[]): boolean {
  const adjectival = figures.filter((figure) => /\d-\p{L}/u.test(figure.claim.text));
  return adjectival.length < figures.length && new Set(adjectival.map((figure) => figure.low)).size <= 1;
}

/**
 * `The downcast shaft was sunk to a depth of 410 yards` and `the 380-yard
 * downcast shaft`: a dimension of a thing named by a definite noun and no
 * name, which the article speaks of as one thing.
 */
function unnamedThing(context: RuleContext, event: EventClaim, measure: string): string | undefined {
  const about = aboutArgument(event);
  if (event.value.type !== 'size' || !dimensions.has(measure) || about?.form !== 'nominal' || about.entity || !/^the\s/iu.test(about.text)) return undefined;
  // `the shaft was deepened to 500 yards in 1900`: a dimension changed is two figures of two times.
  if ((context.tokens[event.sentence] ?? []).some((token) => alterationVerbs.has(token.lemma))) return undefined;
  return thingKey(context, about.text);
}

/**
 * `==Omagh bombing== … Shortly after, the bomb exploded killing 29 people`: a
 * toll whose cause is unnamed or definite (`the bomb`), told in a section
 * named after one event (`Omagh bombing`, `Coastal Road massacre`), is that
 * event's — as `the Omagh bombing … had killed 31 people` elsewhere is.
 */
function sectionEvent(context: RuleContext, event: EventClaim): string | undefined {
  if (event.value.type !== 'casualties') return undefined;
  const cause = event.value.agent;
  if (cause && (cause.form === 'name' || !/^(?:the|this)\s/i.test(cause.text))) return undefined;
  return sectionHeading(context, event)?.toLowerCase().replace(/^the\s+/, '');
}

/** The heading of an event's section when it names one event: two words or more, the last an event noun. */
function sectionHeading(context: RuleContext, event: EventClaim): string | undefined {
  const heading = context.sentences[event.sentence]?.sectionPath.at(-1)?.trim();
  const words = heading?.toLowerCase().split(/\s+/) ?? [];
  const head = words[words.length - 1] ?? '';
  return heading && words.length >= 2 && eventNoun(head).some((type) => type === 'attack' || type === 'occurrence') ? heading : undefined;
}

/**
 * Whether two figures of different clauses allow no common value: `won three
 * seats in 1910 and seven in 1914` gives one clause two values, two times or
 * sides, never a restatement. Linear: a figure clashes with another clause's
 * exactly when the lowest `high` among the other clauses lies below its `low`,
 * so the lowest high, and the lowest of any other clause, answer for every
 * figure.
 */
function hasDisjointPair(figures: readonly Figure[]): boolean {
  let lowest: Figure | undefined;
  for (const figure of figures) if (!lowest || figure.high < lowest.high) lowest = figure;
  let otherClause: Figure | undefined;
  for (const figure of figures) if (figure.event !== lowest?.event && (!otherClause || figure.high < otherClause.high)) otherClause = figure;
  return figures.some((figure) => {
    const other = figure.event === lowest?.event ? otherClause : lowest;
    return other !== undefined && other.high < figure.low;
  });
}

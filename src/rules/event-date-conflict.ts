import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim, DatePoint, EventClaim } from '../schema/claims.js';
import type { Corroboration } from '../schema/findings.js';
import { before, compatible } from '../resolve/events/when.js';
import { appendTo } from '../util/group.js';
import { ambiguousSubject, dedupeEvidence, describe, entityName, hedged, listOf, modalityNote, unique, usable, whenOf } from './shared/events.js';
import { eventIdentity, foundedAsKind, restates } from './shared/facts.js';
import { marriedAgain } from './shared/marriages.js';
import { listedWinFindings } from './shared/listed-wins.js';
import { eventType, predicatesOf } from '../lexicon/events.js';
import { restatedDate, restatesSubjectEvent, subjectEvent, tellsOfTitleEvent, titleEventNouns } from './shared/subject-event.js';

interface Dated {
  event: EventClaim;
  point: DatePoint;
  claim: DateClaim;
}


export default defineRule({
  id: 'event-date-conflict',
  meta: {
    description: 'The same event (same type and participants, or the same named event) dated differently',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const corroborations: Corroboration[] = [];
    const groups = new Map<string, Dated[]>();
    const repeating = new Map<string, Dated[]>();
    const articleSubject = context.entities.find((entity) => entity.isSubject)?.id;
    const partners = onlyPartners(context);
    for (const event of context.events) {
      if (!usable(event) || event.value.source === 'infobox' || eventType(event.value.type).stateful && event.value.type !== 'occurrence') continue;
      const when = whenOf(context, event);
      const date = when.date ?? (event.value.aspect === 'end' ? when.end : when.start);
      // `opened … to the general public on Sundays from 1851`: a deed done from a date on is no once-only event's date.
      const habitual = date !== undefined && date === when.date && event.value.datePart === 'from' && date.claim.value.granularity === 'range' && date.claim.value.to === null;
      if (!date || (habitual && !eventType(event.value.type).stateful)) continue;
      // `In the years following his wedding in 1891`: a wedding of someone the article marries to one person only is to them.
      const partner = event.value.type === 'marriage' && event.value.subject && !event.value.object ? partners.get(event.value.subject) : undefined;
      const key = eventIdentity(partner ? { ...event, value: { ...event.value, object: partner } } : event, articleSubject);
      // A once-only event is held to its participant only when the text names them surely.
      if (key && !event.value.name && ambiguousSubject(context, event)) continue;
      if (key) appendTo(groups, key, { event, ...date });
      // `the Hughes Medal` and `the Copley Medal`: what an unresolved object's words name tells two events apart.
      // `his wife Louise` in 1733 and in 1735: a state told at two times is no event told twice.
      else if (event.value.subject && event.value.type !== 'act' && event.value.aspect !== 'state') appendTo(repeating, `${event.value.type}\u0000${event.value.subject}\u0000${event.value.object ?? objectWords(event)}`, { event, ...date });
    }
    joinUnnamedStandings(groups);
    const refounded = refoundedSubject(context);
    for (const dated of groups.values()) {
      // `The present club was formed in 1946 as a successor to an earlier Brightfield Harriers, founded in 1882`: an
      // article that tells its subject was founded again has two foundings of it to tell.
      if (refounded && dated[0]?.event.value.type === 'founding' && dated[0].event.value.subject === articleSubject) continue;
      // Two dates that cannot both hold: some date does not overlap the first
      // (one pass; a list of the distinct dates was quadratic in the group).
      const told = withoutNounDates(context, dated);
      const first = (told[0] as Dated).point;
      const disagree = told.some((item) => !compatible(first, item.point));
      if (disagree && !told.some((item) => item.event.value.repeated)) findings.push(conflict(context, told));
      else if (new Set(dated.map((item) => item.event.sentence)).size > 1) corroborations.push(corroboration(context, dated));
    }
    for (const dated of repeating.values()) {
      findings.push(...restatedConflicts(context, dated));
      // A repeating event told in several places with dates that all agree is, as far as the text goes, one event corroborated.
      const agreeing = dated.every((item) => compatible((dated[0] as Dated).point, item.point));
      const counted = dated[0]?.event.value.type === 'size' || dated[0]?.event.value.type === 'casualties';
      if (agreeing && !counted && new Set(dated.map((item) => item.event.sentence)).size > 1) corroborations.push(corroboration(context, dated));
    }
    findings.push(...sharedSeriesDates(context, groups), ...subjectEventDates(context), ...titleEventBounds(context), ...(refounded ? [] : foundingsBeforeOrigin(context, groups)));
    return { findings: [...findings, ...listedWinFindings(context)], corroborations };
  },
});

/**
 * Everyone the article marries to one person only, and that person: none when
 * it tells of a second marriage of anyone (`remarried`, `his second wife`).
 */
function onlyPartners(context: RuleContext): Map<string, string> {
  const partners = new Map<string, Set<string>>();
  if (marriedAgain.test(context.text)) return new Map();
  for (const event of context.events) {
    const { type, subject, object } = event.value;
    if (type !== 'marriage' || !subject || !object || !usable(event)) continue;
    for (const [one, other] of [[subject, object], [object, subject]] as const) partners.set(one, (partners.get(one) ?? new Set()).add(other));
  }
  return new Map([...partners].flatMap(([person, spouses]) => (spouses.size === 1 ? [[person, [...spouses][0] as string] as const] : [])));
}

// A verb of founding told again: `re-formed`, `re-founded`, `refounded`, `re-established` (not `reformed`, which reforms).
const againFounded = /^re(-?)(\p{L}{2,30})ed$/u;

/** Whether the article says anywhere that a body was founded again: `the re-formed Harriers`, `was re-founded in 1924`. */
function refoundedSubject(context: RuleContext): boolean {
  return context.tokens.some((tokens) =>
    tokens.some((token) => {
      const match = againFounded.exec(token.lower);
      if (!match || (match[1] === '' && match[2] === 'form')) return false;
      const stem = match[2] as string;
      // A verb of founding only: `reopened` reopens, it does not found again.
      return [stem, `${stem}e`].some((lemma) => predicatesOf(lemma).length > 0 && predicatesOf(lemma).every((entry) => entry.type === 'founding'));
    }),
  );
}

/**
 * Events of a repeating type (a capture, an award) that restate one fact in
 * two clauses with dates that cannot both hold. Groups are one subject's
 * events of one type, so the pairs stay few.
 */
function restatedConflicts(context: RuleContext, dated: Dated[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // `Durham Challenge Cup winners: 1971, 1998`: a clause that dates the fact more than once says it happened more than once.
  const sentences = dated.map((item) => item.event.sentence);
  if (new Set(sentences).size < sentences.length) return findings;
  const reported = new Set<string>();
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i] as Dated;
      const b = dated[j] as Dated;
      if (a.event.sentence === b.event.sentence || compatible(a.point, b.point) || a.event.value.repeated || b.event.value.repeated) continue;
      if (reported.has(a.event.id) || reported.has(b.event.id) || !restates(context, a.event, b.event)) continue;
      reported.add(a.event.id).add(b.event.id);
      findings.push(conflict(context, [a, b], 'the two clauses tell the same fact in the same words'));
    }
  }
  return findings;
}

/**
 * `MK was founded as a pressure group on 6 January 1951` and `From its
 * founding in 1949`: what a body was founded as is its beginning, so a
 * founding that names no standing and is dated wholly before it cannot be
 * the same body's. One told later may be a refounding (`founded as a trading
 * post in 1670`; `the town was founded in 1725`) and is left alone.
 */
function foundingsBeforeOrigin(context: RuleContext, groups: Map<string, Dated[]>): RuleFinding[] {
  const origins = new Map<string, Dated>();
  const bare = new Map<string, Dated[]>();
  for (const [key, dated] of groups) {
    for (const item of dated) {
      const { type, subject } = item.event.value;
      if (type !== 'founding' || !subject || item.event.value.repeated) continue;
      const origin = origins.get(subject);
      if (foundedAsKind(item.event.text)) {
        if (!origin || before(item.point, origin.point)) origins.set(subject, item);
      } else if (key === `founding:${subject}`) appendTo(bare, subject, item);
    }
  }
  const findings: RuleFinding[] = [];
  for (const [subject, origin] of origins) {
    const told = bare.get(subject) ?? [];
    // Two bare dates that disagree are reported as such already.
    if (told.some((item) => !compatible((told[0] as Dated).point, item.point))) continue;
    const earlier = told.find((item) => before(item.point, origin.point));
    if (earlier) findings.push(conflict(context, [earlier, origin], 'a founding dated before what the body was founded as cannot be its beginning'));
  }
  return findings;
}

function objectWords(event: EventClaim): string {
  return (event.value.objectText ?? '').toLowerCase().replace(/^(?:the|a|an)\s+/, '');
}

function label(context: RuleContext, event: EventClaim): string {
  const { type, name, subject, subjectText, object, objectText } = event.value;
  if (name) return name;
  // `The Treaty of Valmora` as a clause opened it reads `the Treaty of Valmora` inside the message.
  const who = entityName(context, subject, subjectText).replace(/^The\s/, 'the ');
  if (eventType(type).once === 'pair' && (object || objectText)) return `the ${type} of ${who} and ${entityName(context, object, objectText)}`;
  // `the award of the Nobel Peace Prize to Mohamed ElBaradei`: what was won says which award.
  if (type === 'award' && (object || objectText)) return `the award of ${entityName(context, object, objectText).replace(/^The\s/, 'the ')} to ${who}`;
  return `the ${type} of ${who}`;
}

function conflict(context: RuleContext, dated: Dated[], why = 'these dates do not overlap, and it happens only once'): RuleFinding {
  const first = dated[0] as Dated;
  const values = unique(dated.map((item) => `\`${describe(item.point, item.claim)}\``));
  return {
    message: `\`${label(context, first.event)}\` is dated ${listOf(values)}`,
    evidence: dedupeEvidence(dated.flatMap((item) => [context.evidence(item.claim, 'date'), context.evidence(item.event, 'event')])),
    reasoning: [
      ...dated.map((item) => `'${item.event.text}' dates it ${item.point.timex}${item.claim.value.resolvedFrom ? ` (${item.claim.value.resolution ?? 'resolved'})` : ''}`),
      why,
      ...dated.map((item) => modalityNote(item.event)).filter((note): note is string => note !== undefined),
    ],
    ...(first.event.value.subject ? { entity: first.event.value.subject } : {}),
    hedged: hedged(dated.map((item) => item.event)),
  };
}

function corroboration(context: RuleContext, dated: Dated[]): Corroboration {
  const first = dated[0] as Dated;
  return {
    description: `\`${label(context, first.event)}\` is dated consistently (${unique(dated.map((item) => `\`${describe(item.point, item.claim)}\``)).join(', ')}) in ${new Set(dated.map((item) => item.event.sentence)).size} places`,
    ...(first.event.value.subject ? { entity: first.event.value.subject } : {}),
    evidence: dedupeEvidence(dated.map((item) => context.evidence(item.claim, 'date'))),
  };
}

/** `the second session … April 25, 2011` and `the third session … April 25, 2011`: two numbered events of one series on one day. */
function sharedSeriesDates(context: RuleContext, groups: Map<string, Dated[]>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const byDay = new Map<string, Dated[]>();
  for (const dated of groups.values()) {
    for (const item of dated) {
      if (item.event.value.type !== 'occurrence' || !item.event.value.name || item.point.granularity !== 'day' || !item.point.start) continue;
      const series = (item.event.value.name ?? '').replace(/^\S+\s+/, '');
      const key = `${series}\u0000${item.point.start}`;
      const list = byDay.get(key) ?? [];
      if (!list.some((other) => other.event.value.name === item.event.value.name)) list.push(item);
      byDay.set(key, list);
    }
  }
  for (const dated of byDay.values()) {
    if (dated.length < 2) continue;
    const first = dated[0] as Dated;
    findings.push({
      message: `${listOf(dated.map((item) => `\`${item.event.value.name}\``))} are ${dated.length === 2 ? 'both' : 'all'} dated \`${describe(first.point, first.claim)}\``,
      evidence: dedupeEvidence(dated.flatMap((item) => [context.evidence(item.event, 'event'), context.evidence(item.claim, 'date')])),
      reasoning: [...dated.map((item) => `'${item.event.text}' dates the ${item.event.value.name} ${item.point.timex}`), 'numbered events of one series are held at different times'],
      severity: 'warning',
    });
  }
  return findings;
}

/**
 * `The 1986 United States bombing of Libya … on 15 April 1986` in the lead and
 * `The attack began … on 17 April` in the body: the article's own event,
 * called by its title's noun or one of its class, dated outside its lead date.
 */
function subjectEventDates(context: RuleContext): RuleFinding[] {
  const subject = subjectEvent(context);
  if (!subject) return [];
  for (const event of context.events) {
    if (!restatesSubjectEvent(subject, event)) continue;
    const date = restatedDate(context, subject, event);
    if (!date || compatible(subject.point, date.point)) continue;
    return [{
      message: `\`${subject.title}\` is dated \`${describe(subject.point, subject.claim)}\` in the lead and \`${describe(date.point, date.claim)}\` here`,
      evidence: dedupeEvidence([context.evidence(subject.claim, 'lead date'), context.evidence(date.claim, 'date'), context.evidence(event, 'event')]),
      reasoning: [
        `the title names one short event; the lead dates it ${subject.point.timex}${subject.aspect === 'start' ? ' (its start)' : ''}`,
        `'${event.text}' is that event, and dates it ${date.point.timex}`,
        ...[event].map(modalityNote).filter((note): note is string => note !== undefined),
      ],
      hedged: hedged([event]),
    }];
  }
  return [];
}

/**
 * `The war ended when China declared a ceasefire on 20 November 1962` and
 * `the 1962 conflict, which ended with a Chinese ceasefire on 21 December`:
 * the article's own event, called by its title's noun, ends (or starts) once.
 */
function titleEventBounds(context: RuleContext): RuleFinding[] {
  const nouns = titleEventNouns(context);
  if (!nouns) return [];
  const bySide = new Map<'start' | 'end', Dated[]>();
  for (const event of context.events) {
    const side = event.value.aspect;
    if ((side !== 'start' && side !== 'end') || !tellsOfTitleEvent(nouns, event) || event.value.repeated) continue;
    const when = whenOf(context, event);
    const bound = side === 'end' ? (when.end ?? when.date) : (when.start ?? when.date);
    if (bound) appendTo(bySide, side, { event, ...bound });
  }
  const findings: RuleFinding[] = [];
  for (const [side, dated] of bySide) {
    const first = dated[0] as Dated;
    const other = dated.find((item) => item.event.sentence !== first.event.sentence && !compatible(first.point, item.point));
    if (!other) continue;
    const title = context.title?.trim() ?? 'the event';
    findings.push({
      message: `\`${title}\` ${side === 'end' ? 'ends' : 'starts'} \`${describe(first.point, first.claim)}\` and \`${describe(other.point, other.claim)}\``,
      evidence: dedupeEvidence([context.evidence(first.claim, 'date'), context.evidence(first.event, 'event'), context.evidence(other.claim, 'other date'), context.evidence(other.event, 'other event')]),
      reasoning: [
        `'${first.event.text}' and '${other.event.text}' tell of the article's own event by its noun`,
        `it ${side === 'end' ? 'ended' : 'began'} once: ${first.point.timex} and ${other.point.timex} cannot both hold`,
        ...[first.event, other.event].map(modalityNote).filter((note): note is string => note !== undefined),
      ],
      hedged: hedged([first.event, other.event]),
    });
  }
  return findings;
}

/**
 * `was incorporated as a borough by royal charter of 1706` and `Port
 * Aldous's incorporation in 1709`: an incorporation that names no standing is
 * the one standing the article incorporates its subject in, when it names
 * only one.
 */
function joinUnnamedStandings(groups: Map<string, Dated[]>): void {
  for (const [key, dated] of groups) {
    if (!key.startsWith('incorporation:') || !key.endsWith(':')) continue;
    const named = [...groups.keys()].filter((other) => other !== key && other.startsWith(key));
    if (named.length !== 1) continue;
    groups.get(named[0] as string)?.push(...dated);
    groups.delete(key);
  }
}

/**
 * `Built between 1792 and 1796 under an Act of Parliament of 1791`: a clause
 * dated by its verb's own phrase and by a date inside another noun's `of`
 * phrase is dated by the first; the second dates the act. (A clause dated
 * twice by its own phrases, `since April 25, 2011, when the third plenary
 * session was held in 2013`, keeps both.)
 */
function withoutNounDates(context: RuleContext, dated: readonly Dated[]): Dated[] {
  const clause = (item: Dated): string => `${item.event.position.start.offset}:${item.event.position.end.offset}`;
  const nounDate = (item: Dated): boolean => context.text.slice(Math.max(0, item.claim.position.start.offset - 4), item.claim.position.start.offset) === ' of ';
  const kept = dated.filter((item) => !nounDate(item) || !dated.some((other) => other !== item && clause(other) === clause(item) && !nounDate(other)));
  return kept.length > 0 ? kept : [...dated];
}

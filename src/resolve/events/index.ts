import type { Claim, EventClaim, Modality } from '../../schema/claims.js';
import type { ResolvedArticle, Resolver } from '../types.js';
import { citationKeysFor } from '../../segment/index.js';
import { actDetector } from './acts.js';
import { linkAges } from './ages.js';
import { figureDetector } from './figures.js';
import { clauseAround } from './grammar.js';
import { infoboxDetector } from './infobox.js';
import { allegedCue, fictionalCue, fictionalFrame, negatedCue, plannedCue, reportedCue, selfDescribedCue } from './lexicon.js';
import { lifeDetector } from './life.js';
import { milestoneDetector } from './milestones.js';
import { namedEventDetector } from './named.js';
import { organizationDetector } from './organization.js';
import { referTo } from './refer.js';
import { roleDetector } from './role.js';
import { buildSentenceViews } from './sentence-view.js';
import type { EventContext, EventDetector, EventDraft, SentenceView } from './types.js';

export { eventWhen, pointOf, compatible, before, type EventWhen } from './when.js';

/** The event detectors, in order; each reads one sentence at a time. */
export const eventDetectors: readonly EventDetector[] = [
  // Infobox fields first: they state the subject's facts in a fixed form.
  infoboxDetector,
  // Who held which role when.
  roleDetector,
  // Births, deaths, captures and releases.
  lifeDetector,
  // Foundings and alliances of organizations.
  organizationDetector,
  // Named and numbered events: treaties, battles, sessions, congresses.
  namedEventDetector,
  // Once-only milestones of the subject told in words: becoming a university, a renaming, a merger.
  milestoneDetector,
  // Figures tied to what they measure: sizes, populations, casualties.
  figureDetector,
  // Dated acts of people, for acts after death or before birth.
  actDetector,
];

// The event grammar reads clauses; a "sentence" longer than this is a list or
// residue run together, where clause structure means nothing.
const maxSentenceLength = 3000;

/**
 * Finds event claims — roles, births and deaths, captures, foundings,
 * alliances, sizes, attacks, named events — and ties each to its subject
 * entity, dates, figures and modality.
 */
export const eventResolver: Resolver = {
  name: 'events',
  resolve(resolved) {
    const views = buildSentenceViews(resolved);
    const entities = new Map(resolved.entities.map((entity) => [entity.id, entity]));
    const subject = resolved.entities.find((entity) => entity.isSubject);
    const context: EventContext = {
      resolved,
      views,
      subject,
      entity: (id) => (id === undefined ? undefined : entities.get(id)),
      refer: (view, phrase, before) => referTo(views, view, phrase, before, subject, entities),
    };
    const events: EventClaim[] = [];
    const seen = new Set<string>();
    for (const view of views) {
      if (view.plain.length > maxSentenceLength) continue;
      for (const detector of eventDetectors) {
        for (const draft of detector.detect(view, context)) {
          const claim = toEventClaim(resolved, view, draft, `${detector.name}`);
          const key = JSON.stringify([claim.position.start.offset, claim.position.end.offset, claim.value]);
          if (seen.has(key)) continue;
          seen.add(key);
          events.push(claim);
        }
      }
    }
    const ages = linkAges(views, context);
    const claims = resolved.claims.map((claim) => ages.get(claim.id) ?? claim);
    return { ...resolved, claims: mergeByPosition(claims, numbered(events)) };
  },
};

function toEventClaim(resolved: ResolvedArticle, view: SentenceView, draft: EventDraft, extractor: string): EventClaim {
  const [from, to] = draft.span;
  const start = view.sentence.toSource(from);
  const end = view.sentence.toSource(Math.max(from + 1, to), true);
  return {
    id: '',
    kind: 'event',
    text: resolved.article.text.slice(start, end),
    position: resolved.article.locator.position(start, end),
    sentence: view.sentence.index,
    sectionPath: view.sentence.sectionPath,
    where: view.sentence.where,
    extractor: `event:${extractor}`,
    citations: citationKeysFor(view.sentence, resolved.article.text, end),
    value: { ...draft.value, modality: draft.value.modality ?? modalityAt(view, from, to), ...reporter(view, from) },
  };
}

/**
 * The modality of one event: reporting, allegation and self-description cues
 * anywhere before the trigger in the sentence; negation and plans only within
 * the event's own clause, close before it.
 */
function modalityAt(view: SentenceView, from: number, to: number): Modality {
  const [clauseStart] = clauseAround(view.plain, from);
  const near = view.plain.slice(Math.max(clauseStart, from - 50), to);
  if (negatedCue.test(near)) return 'negated';
  if (plannedCue.test(near)) return 'planned';
  const lead = view.plain.slice(0, from);
  if (fictionalCue.test(lead) || fictionalFrame.test(view.plain)) return 'fictional';
  if (allegedCue.test(lead)) return 'alleged';
  if (selfDescribedCue.test(lead)) return 'self-described';
  if (reportedCue.test(lead)) return 'reported';
  return 'asserted';
}

function reporter(view: SentenceView, from: number): { reportedBy?: string } {
  if (!view.reportedBy) return {};
  const at = view.plain.indexOf(view.reportedBy);
  return at >= 0 && at < from ? { reportedBy: view.reportedBy } : {};
}

function numbered(events: EventClaim[]): EventClaim[] {
  return events
    .sort((a, b) => a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset)
    .map((event, index) => ({ ...event, id: `event-${index + 1}` }));
}

/** Claims and events in one list in document order; existing order kept for ties. */
function mergeByPosition(claims: Claim[], events: EventClaim[]): Claim[] {
  return [...claims, ...events].sort((a, b) => a.position.start.offset - b.position.start.offset || (a.kind === 'event' ? 1 : 0) - (b.kind === 'event' ? 1 : 0));
}


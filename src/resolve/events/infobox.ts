import type { EventType } from '../../schema/claims.js';
import { dateClaim, insideParentheses } from './grammar.js';
import { entityOf } from './sentence-view.js';
import type { EventContext, EventDetector, EventDraft, Mention, SentenceView } from './types.js';

interface FieldKind {
  key: RegExp;
  build(view: SentenceView, context: EventContext, key: string): EventDraft[];
}

const fieldKinds: readonly FieldKind[] = [
  { key: /^(?:leader(?: name)?|leaders|chairman|chairperson|chair|president|chief executive|ceo|manager|head coach|coach|general secretary|secretary[- ]general|mayor|director|rector|principal|commander|captain|owner)\d*$/i, build: leaderField },
  { key: /^(?:founded|foundation|formation|formed|established|founded date|inception|opened|opening|inaugurated|years active|dates|active)$/i, build: (view, context, key) => datedField(view, context, 'founding', key) },
  { key: /^(?:birth date|born|date of birth)$/i, build: (view, context, key) => datedField(view, context, 'birth', key) },
  { key: /^(?:death date|died|date of death)$/i, build: (view, context, key) => datedField(view, context, 'death', key) },
  { key: /^(?:size|strength|membership|members|population(?: total)?|capacity|employees|num employees|students)$/i, build: sizeField },
  { key: /^(?:allies|allegiance)$/i, build: (view, context) => partnerField(view, context, 'alliance') },
  { key: /^(?:opponents|enemies)$/i, build: (view, context) => partnerField(view, context, 'opposition') },
];

/**
 * Infobox fields as events, like the prose: `Leader: X`, `Founded: 1921`,
 * `Birth Date: …`, `Size: ~300 (2022)`, `Allies: X (2018–2022)`,
 * `Opponents: X (since 2022)`. They are about the article's subject and are
 * tagged `infobox` so rules can compare them with the prose.
 */
export const infoboxDetector: EventDetector = {
  name: 'infobox',
  detect(view, context) {
    const key = view.sentence.infoboxKey;
    if (view.sentence.where !== 'infobox' || key === undefined || !context.subject) return [];
    const kind = fieldKinds.find((candidate) => candidate.key.test(key.trim()));
    return kind ? kind.build(view, context, key) : [];
  },
};

function base(context: EventContext, type: EventType, key: string): EventDraft['value'] {
  return {
    type,
    subject: context.subject?.id ?? null,
    subjectText: context.subject?.canonical ?? null,
    qualifiers: ['infobox'],
    rests: [],
    trigger: key,
  };
}

function leaderField(view: SentenceView, context: EventContext, key: string): EventDraft[] {
  const role = /coach|manager/i.test(key) ? 'manager' : /chair/i.test(key) ? 'chair' : /president/i.test(key) ? 'president' : /ceo|chief executive/i.test(key) ? 'chief executive' : 'leader';
  return view.names
    .filter((mention) => mention.claim.kind === 'person' && !insideParentheses(view.plain, mention.start))
    .map((mention) => ({
      value: {
        ...base(context, 'role', key),
        subject: entityOf(mention.claim) ?? null,
        subjectText: mention.claim.text,
        object: context.subject?.id ?? null,
        objectText: context.subject?.canonical ?? null,
        role,
        aspect: 'state' as const,
        rests: [mention.claim.id],
      },
      span: [mention.start, mention.end] as [number, number],
    }));
}

function datedField(view: SentenceView, context: EventContext, type: EventType, key: string): EventDraft[] {
  const date = view.dates[0];
  const value = dateClaim(date)?.value;
  if (!date || !value) return [];
  if (type === 'founding' && /years active|dates|active/i.test(key) && value.granularity === 'range' && !value.from) return [];
  return [
    {
      value: {
        ...base(context, type, key),
        aspect: 'point',
        date: date.claim.id,
        ...(value.granularity === 'range' ? { datePart: 'from' as const } : {}),
        rests: [date.claim.id],
      },
      span: [date.start, date.end],
    },
  ];
}

function sizeField(view: SentenceView, context: EventContext, key: string): EventDraft[] {
  const figure = view.figures.find((mention) => mention.claim.kind === 'quantity');
  if (!figure) return [];
  const date = view.dates.find((mention) => mention.start > figure.start);
  const measure = /population/i.test(key) ? 'population' : /capacity/i.test(key) ? 'capacity' : /employees/i.test(key) ? 'employees' : /students/i.test(key) ? 'students' : 'members';
  return [
    {
      value: {
        ...base(context, 'size', key),
        aspect: 'state',
        ...(date ? { date: date.claim.id } : {}),
        figures: [figure.claim.id],
        qualifiers: ['infobox', measure],
        rests: [figure.claim.id, ...(date ? [date.claim.id] : [])],
      },
      span: [figure.start, (date ?? figure).end],
    },
  ];
}

/** `Allies: (self-claim), X , ASPRET (2018–2022)`: each partner with the period in parentheses after it. */
function partnerField(view: SentenceView, context: EventContext, type: 'alliance' | 'opposition'): EventDraft[] {
  const drafts: EventDraft[] = [];
  const partners = view.names.filter((mention) => !insideParentheses(view.plain, mention.start));
  for (const partner of partners) {
    const entity = context.entity(entityOf(partner.claim));
    if (!entity || entity.id === context.subject?.id) continue;
    const period: Mention | undefined = view.dates.find((mention) => mention.start > partner.end && /^\s*\(\s*(?:since\s+)?$/i.test(view.plain.slice(partner.end, mention.start)));
    const value = dateClaim(period)?.value;
    drafts.push({
      value: {
        ...base(context, type, type === 'alliance' ? 'Allies' : 'Opponents'),
        object: entity.id,
        objectText: partner.claim.text,
        aspect: 'state',
        ...(period && value ? (value.granularity === 'range' || value.relation === 'since' ? { start: period.claim.id, ...(value.to && value.to.timex !== 'PRESENT_REF' ? { end: period.claim.id } : {}) } : { date: period.claim.id }) : {}),
        rests: [partner.claim.id, ...(period ? [period.claim.id] : [])],
      },
      span: [partner.start, period ? period.end : partner.end],
    });
  }
  return drafts;
}

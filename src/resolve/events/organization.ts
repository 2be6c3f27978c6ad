import type { Entity } from '../../schema/entities.js';
import { subjectNouns } from './lexicon.js';
import { clauseAround, dateClaim, dateFor, mentionEntity, nameAfter, nameBefore } from './grammar.js';
import type { EventContext, EventDetector, EventDraft, Mention, SentenceView } from './types.js';
import { entityOf } from './sentence-view.js';
import { withoutParentheses } from '../../util/scan.js';

const foundingTrigger = /\b(?:(?:was|were|been|is) (?:founded|established|formed|created|set up|inaugurated|opened|built)|founded|established|formed|created|set up|inaugurated|founding|foundation|formation|creation|establishment|opening|opened)\b/gi;
const allianceTrigger = /\b(?:(?:formed|announced|forged|signed|made|entered(?: into)?|established) an? (?:alliance|coalition|pact)|allied (?:itself |themselves )?with|(?:the )?alliance (?:was|were) (?:terminated|ended|dissolved|broken|broke)|(?:terminated|ended|dissolved|broke) (?:the|its|their) alliance)\b/gi;

/**
 * Foundings and alliances of organizations: `X was founded in D`, `Y
 * officially announced the creation of X`, `the club was founded by …`,
 * `X formed an alliance with Y in D`, `the alliance was terminated in D`.
 */
export const organizationDetector: EventDetector = {
  name: 'organization',
  detect(view, context) {
    return [...foundings(view, context), ...alliances(view, context), ...endings(view, context)];
  },
};

// `DEC was acquired in June 1998 by Compaq`, `Compaq acquired DEC in 1998`, `the party was dissolved in 1991`.
const endingTrigger = /\b(?:(?:was|were) (?:acquired|bought|purchased|taken over|dissolved|disbanded|liquidated|abolished|closed)|acquired|bought|purchased|dissolved|disbanded)\b/g;

/** Acquisitions and dissolutions: things that happen once to an organization, so a second date contradicts. */
function endings(view: SentenceView, context: EventContext): EventDraft[] {
  const drafts: EventDraft[] = [];
  endingTrigger.lastIndex = 0;
  for (let match = endingTrigger.exec(view.plain); match; match = endingTrigger.exec(view.plain)) {
    const from = match.index;
    const to = from + match[0].length;
    const type = /acquired|bought|purchased|taken over/.test(match[0]) ? 'acquisition' : 'dissolution';
    const passive = /^(?:was|were)\s/.test(match[0]);
    // Passive: the organization is the name right before; active (`Compaq acquired DEC`): the name right after.
    const target = passive ? nameBefore(view, from, ['organization']) : view.names.find((mention) => mention.start >= to && mention.start - to <= 2 && mention.claim.kind === 'organization');
    if (!target || (passive && !/^\s*$/.test(view.plain.slice(target.end, from)))) continue;
    if (!passive && type === 'dissolution') continue;
    const entity = mentionEntity(context, target);
    const date = dateFor(view, from, to);
    const dateValue = dateClaim(date);
    if (!entity || !date || !dateValue) continue;
    drafts.push({
      value: {
        type,
        subject: entity.id,
        subjectText: target.claim.text,
        aspect: 'point',
        date: dateValue.id,
        qualifiers: [],
        rests: [target.claim.id, dateValue.id],
        trigger: match[0],
      },
      span: [Math.min(target.start, from), Math.max(to, target.end, date.start >= to ? date.end : to)],
    });
  }
  return drafts;
}

function foundings(view: SentenceView, context: EventContext): EventDraft[] {
  const drafts: EventDraft[] = [];
  foundingTrigger.lastIndex = 0;
  for (let match = foundingTrigger.exec(view.plain); match; match = foundingTrigger.exec(view.plain)) {
    const from = match.index;
    const to = from + match[0].length;
    const subject = foundingSubject(view, context, from, to, match[0]);
    if (!subject) continue;
    const date = dateFor(view, from, to);
    const dateValue = dateClaim(date);
    // A founding with no date says nothing to check.
    if (!date || !dateValue) continue;
    drafts.push({
      value: {
        type: 'founding',
        subject: subject.entity.id,
        subjectText: subject.text,
        aspect: 'point',
        date: dateValue.id,
        qualifiers: [],
        rests: [...(subject.mention ? [subject.mention.claim.id] : []), dateValue.id],
        trigger: match[0],
      },
      span: [Math.min(subject.start, from), Math.max(to, date.start >= to ? date.end : to)],
    });
  }
  return drafts;
}

interface OrgSubject {
  entity: Entity;
  text: string;
  start: number;
  mention?: Mention;
}

function foundingSubject(view: SentenceView, context: EventContext, from: number, to: number, trigger: string): OrgSubject | undefined {
  const lower = trigger.toLowerCase();
  const fromMention = (mention: Mention | undefined): OrgSubject | undefined => {
    const entity = mentionEntity(context, mention);
    return mention && entity && entity.type !== 'person' ? { entity, text: mention.claim.text, start: mention.start, mention } : undefined;
  };
  // `the creation of the Militarized Communist Party of Peru`, `formation of X`.
  if (/^(?:founding|foundation|formation|creation|establishment|opening)$/.test(lower)) {
    if (/^\s+of\s/i.test(view.plain.slice(to, to + 5))) return fromMention(nameAfter(view, to + 4, ['organization', 'place'], 8));
    // `its official creation`, `since its founding`; not `the group's ideological foundation`.
    const possessive = /\b(its|their|the (\w+)'s)\s+(?:(?:official|formal|initial|original|eventual|actual|final)\s+)?$/i.exec(view.plain.slice(Math.max(0, from - 40), from));
    if (possessive && context.subject && context.subject.type !== 'person' && (possessive[2] === undefined || subjectNouns.has(possessive[2].toLowerCase()))) {
      return { entity: context.subject, text: possessive[1] as string, start: from - possessive[0].length };
    }
    return undefined;
  }
  // Passive and intransitive forms: `X was founded in D`, `the club was formed`, `the bridge opened`.
  const passive = /^(?:was|were|been|is)\s/i.test(lower) || lower === 'opened' || !/\S/.test(view.plain.slice(to, to + 1)) && /\b(?:was|were|is)\s+$/i.test(view.plain.slice(Math.max(0, from - 6), from));
  if (!passive) return /^(?:founded|established|formed|created)$/.test(lower) ? definedAsFounded(view, context, from) : undefined;
  // The name must be the verb's subject: `X was founded`, `X (Y) was established`, not `Durban city centre was opened`.
  const left = nameBefore(view, from, ['organization', 'place']);
  const between = left ? withoutParentheses(view.plain.slice(left.end, from)) : '';
  if (left && /^\s*(?:,[^,]{0,40},\s*)?(?:(?:was|were|is|had been|has been|first|originally|officially|formally|later|eventually|then)\s+){0,3}$/i.test(between)) return fromMention(left);
  // `It was founded in 1889` in the lead, `The club was formed`, `The bridge opened`: the article's subject.
  const subject = context.subject;
  if (!subject || subject.type === 'person') return undefined;
  const [clauseStart] = clauseAround(view.plain, from);
  const lead = view.plain.slice(clauseStart, from).trim();
  const reference = /^(?:(?:in|on|by) [^,]{1,30}, )?(it|the [a-z]{2,20}|its [a-z]{2,20})(?: (?:was|were|is|had been|has been|first|originally|officially|formally))*$/i.exec(lead);
  if (!reference) return undefined;
  const words = (reference[1] as string).toLowerCase().split(' ');
  const noun = words[words.length - 1] as string;
  const titleWords = new Set(subject.canonical.toLowerCase().split(/\s+/));
  const inLead = view.sentence.sectionPath.length === 0 && view.sentence.index < 8;
  // `it` only in the article's opening, and only with founding verbs; `the X` when X names the subject's kind.
  if (noun === 'it' ? inLead && !/open|built/i.test(trigger) : subjectNouns.has(noun) || titleWords.has(noun)) {
    return { entity: subject, text: lead, start: clauseStart };
  }
  return undefined;
}

function alliances(view: SentenceView, context: EventContext): EventDraft[] {
  const drafts: EventDraft[] = [];
  allianceTrigger.lastIndex = 0;
  for (let match = allianceTrigger.exec(view.plain); match; match = allianceTrigger.exec(view.plain)) {
    const from = match.index;
    const to = from + match[0].length;
    const ending = /terminated|ended|dissolved|broke/i.test(match[0]);
    const partner = ending ? undefined : view.names.find((mention) => mention.start >= to && mention.start - to <= 30 && mention.claim.kind !== 'person');
    const left = nameBefore(view, from, ['organization']);
    const subjectEntity = mentionEntity(context, left) ?? (context.subject?.type === 'organization' ? context.subject : undefined);
    if (!subjectEntity) continue;
    const date = dateFor(view, from, to);
    const dateValue = dateClaim(date);
    const partnerEntity = mentionEntity(context, partner);
    if (!ending && !partnerEntity) continue;
    drafts.push({
      value: {
        type: 'alliance',
        subject: subjectEntity.id,
        subjectText: left?.claim.text ?? subjectEntity.canonical,
        object: partnerEntity?.id ?? null,
        objectText: partner?.claim.text ?? null,
        aspect: ending ? 'end' : 'start',
        ...(dateValue ? (ending ? { end: dateValue.id } : { start: dateValue.id }) : {}),
        qualifiers: [],
        rests: [left, partner, date].filter((mention): mention is Mention => mention !== undefined).map((mention) => mention.claim.id),
        trigger: match[0],
      },
      span: [Math.min(left?.start ?? from, from), Math.max(to, partner?.end ?? to, date && date.start >= to ? date.end : to)],
    });
  }
  return drafts;
}

/** `The Boston Courier is a daily newspaper founded in 1846`: the opening definition of the subject. */
function definedAsFounded(view: SentenceView, context: EventContext, from: number): OrgSubject | undefined {
  const subject = context.subject;
  if (!subject || subject.type !== 'organization' || view.sentence.sectionPath.length > 0 || view.sentence.index >= 8) return undefined;
  const first = view.names[0];
  if (!first || first.start > 4 || entityOf(first.claim) !== subject.id) return undefined;
  const definition = withoutParentheses(view.plain.slice(first.end, from));
  return /^\s*(?:is|was) (?:a|an|the) [^,;]{1,80}$/.test(definition) ? { entity: subject, text: first.claim.text, start: first.start, mention: first } : undefined;
}

import { squeeze } from '../../util/scan.js';
import { dateClaim, dateFor } from './grammar.js';
import { subjectNouns } from './lexicon.js';
import { entityOf } from './sentence-view.js';
import type { EventContext, EventDetector, EventDraft, Mention, SentenceView } from './types.js';

// What a body or place may become once: `became a university`, `becoming a city`, `became a public company`.
const becamePattern = /\b(?:became|becomes|becoming|become|(?:was |were )?(?:converted|upgraded|elevated|raised|promoted|chartered) (?:into|to|as)(?: the status of)?) (?:an? |the )((?:[a-z-]{2,20} ){0,2}(?:university|city|town|borough|county|state|republic|colony|dominion|province|municipality|company|corporation|college|diocese|archdiocese|cathedral|parish|commonwealth|kingdom|empire|member state|protectorate))\b/g;
// `was renamed the Boston Traveler`, `renamed itself Fatah`, `merged with the Boston Post`.
const renamedPattern = /\b(?:was renamed|were renamed|renamed itself|changed its name to|merged with|amalgamated with)(?: (?:to|as))? (?:the )?(?=\p{Lu})/gu;

/**
 * Once-only milestones of the article's subject, told in words rather than
 * by name: becoming a university or a city, a renaming, a merger. Each gets a
 * name (`Jadavpur University becoming a university`) so that two dates for it
 * meet in event-date-conflict.
 */
export const milestoneDetector: EventDetector = {
  name: 'milestone',
  detect(view, context) {
    const subject = context.subject;
    if (!subject || subject.type === 'person') return [];
    const drafts: EventDraft[] = [];
    becamePattern.lastIndex = 0;
    for (let match = becamePattern.exec(view.plain); match; match = becamePattern.exec(view.plain)) {
      const phrase = `becoming a ${squeeze(match[1] as string).toLowerCase()}`;
      const draft = milestone(view, context, match.index, match.index + match[0].length, phrase);
      if (draft) drafts.push(draft);
    }
    renamedPattern.lastIndex = 0;
    for (let match = renamedPattern.exec(view.plain); match; match = renamedPattern.exec(view.plain)) {
      const to = match.index + match[0].length;
      const target = view.names.find((mention) => mention.start === to);
      if (!target) continue;
      const verb = /merged|amalgamated/.test(match[0]) ? 'merger with' : 'renaming as';
      const draft = milestone(view, context, match.index, target.end, `${verb} ${target.claim.text}`);
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};

function milestone(view: SentenceView, context: EventContext, from: number, to: number, phrase: string): EventDraft | undefined {
  const subject = context.subject;
  if (!subject || !isAboutSubject(view, context, from)) return undefined;
  const date = dateFor(view, from, to);
  const dateValue = dateClaim(date);
  // The date must be this verb's: close after it with no comma, or opening the sentence before it.
  if (!date || !dateValue || (date.start >= to && (date.start - to > 30 || view.plain.slice(to, date.start).includes(',')))) return undefined;
  return {
    value: {
      type: 'other',
      subject: subject.id,
      subjectText: subject.canonical,
      name: `${subject.canonical} ${phrase}`,
      aspect: 'point',
      date: dateValue.id,
      qualifiers: ['milestone'],
      rests: [dateValue.id],
      trigger: view.plain.slice(from, to),
    },
    span: [from, Math.max(to, date.start >= to ? date.end : to)],
  };
}

/** `Jadavpur University became`, `it became`, `the institute became`, `Since becoming` opening the sentence. */
function isAboutSubject(view: SentenceView, context: EventContext, at: number): boolean {
  const before = squeeze(view.plain.slice(Math.max(0, at - 60), at)).toLowerCase();
  if (/^(?:since|after|upon|on|before|by)$/.test(squeeze(view.plain.slice(0, at)).toLowerCase())) return true;
  const named = [...view.names].reverse().find((mention: Mention) => mention.end <= at);
  if (named && entityOf(named.claim) === context.subject?.id && /^(?:,[^,]{0,40},)?(?: (?:officially|formally|later|eventually|then|finally|itself|was|had|has))*$/.test(squeeze(view.plain.slice(named.end, at)) === '' ? '' : ` ${squeeze(view.plain.slice(named.end, at))}`)) return true;
  const generic = /(?:^(?:(?:in|on|by|after|from) [^,]{1,30},? )?|[,;] )(it|the ([a-z]{2,20}))(?: (?:officially|formally|later|eventually|then|finally|was|had|has))*$/.exec(before);
  return generic !== null && (generic[1] === 'it' || subjectNouns.has(generic[2] ?? ''));
}

import { dateClaim, dateFor } from './grammar.js';
import { entityOf } from './sentence-view.js';
import type { Entity } from '../../schema/entities.js';
import type { EventContext, EventDetector, EventDraft, SentenceView } from './types.js';

// Verbs of doing: whoever is their subject was alive when they happened. Past
// tenses of any regular verb (`hosted`, `ended`), the common irregular ones, and
// the past progressive (`was still teaching`); words of what happens to the dead
// or that describe rather than act are left out.
const actVerb = /\b(?:[a-z]{2,20}ed|gave|spoke|wrote|met|won|led|fought|taught|sold|bought|built|fled|sent|held|made|took|went|came|began|became|brought|found|left|lost|ran|saw|spent|stood|told|kept|paid|put|set|sang|drew|drove|flew|chose|broke|rode|swore|threw|wore|forbade|overthrew|undertook|withdrew|was (?:still |also |then |later )?[a-z]{2,20}ing|were (?:still |also |then |later )?[a-z]{2,20}ing)\b/g;
const notActs = new Set([
  'named', 'called', 'based', 'located', 'aged', 'died', 'deceased', 'killed', 'interred', 'buried', 'reburied', 'honoured', 'honored', 'inducted',
  'remembered', 'celebrated', 'mourned', 'commemorated', 'dedicated', 'renamed', 'survived', 'succeeded', 'posthumously', 'titled', 'entitled', 'dubbed',
  'nicknamed', 'considered', 'regarded', 'described', 'reported', 'rumoured', 'rumored', 'believed', 'alleged', 'estimated', 'listed', 'ranked', 'rated',
  'featured', 'released', 'reissued', 'published', 'republished', 'depicted', 'portrayed', 'mentioned', 'credited', 'dated', 'recorded', 'used', 'found',
  'left', 'lost', 'red', 'bred', 'shed', 'wed', 'need', 'feed', 'seed', 'weed', 'speed', 'indeed', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'wretched', 'rugged',
  'originated', 'emerged', 'evolved', 'existed', 'descended', 'derived', 'traced', 'rooted', 'predated', 'preceded',
  'beloved', 'learned', 'aged', 'crooked', 'ragged', 'blessed', 'cursed', 'united', 'limited', 'related', 'talented', 'noted', 'famed', 'skilled', 'armed',
]);
const between = /^\s*(?:,\s*)?(?:(?:also|later|then|again|eventually|subsequently|reportedly|personally|himself|herself|first|once|finally|soon|briefly|successfully)\s+){0,2}$/i;

/**
 * Dated acts of people: `In 1943, Lenz gave a speech`, `she joined the Shining
 * Path in 1985`, `he returned in 1903`. Only when a person's name or pronoun
 * is the verb's subject and a date is in the clause; these feed the rules on
 * acts after death and before birth.
 */
export const actDetector: EventDetector = {
  name: 'act',
  detect(view, context) {
    const drafts: EventDraft[] = [];
    actVerb.lastIndex = 0;
    for (let match = actVerb.exec(view.plain); match; match = actVerb.exec(view.plain)) {
      const from = match.index;
      const to = from + match[0].length;
      if (notActs.has(match[0]) || isPassive(view.plain, from)) continue;
      const date = dateFor(view, from, to);
      const dateValue = dateClaim(date);
      // The date must belong to this verb: close after it, or opening the sentence.
      if (!date || !dateValue || (date.start >= to && (date.start - to > 60 || /,|\b(?:by|that|which|who|when|and)\b|\b(?:his|her|their|its|the)\s+$/.test(withNamesMasked(view, to, date.start))))) continue;
      const name = [...view.names].reverse().find((mention) => mention.end <= from && between.test(view.plain.slice(mention.end, from)));
      let subject = name ? context.entity(entityOf(name.claim)) : undefined;
      let subjectText = name?.claim.text ?? '';
      let start = name?.start ?? from;
      const group = name ? undefined : groupBefore(view, context, from);
      if (group) {
        subject = group.entity;
        subjectText = group.text;
        start = group.start;
      } else if (!name) {
        const pronoun = /\b(he|she)\s+(?:(?:also|later|then|again|eventually|subsequently|reportedly|first|finally|soon)\s+){0,2}$/i.exec(view.plain.slice(Math.max(0, from - 40), from));
        if (pronoun) {
          subject = context.refer(view, pronoun[1] as string, from - pronoun[0].length)[0];
          subjectText = pronoun[1] as string;
          start = from - pronoun[0].length;
        }
      }
      // People act while alive; organizations only once they exist.
      if (!subject || (subject.type !== 'person' && subject.type !== 'organization')) continue;
      drafts.push({
        value: {
          type: 'other',
          subject: subject.id,
          subjectText,
          aspect: 'point',
          date: dateValue.id,
          qualifiers: [],
          rests: [...(name ? [name.claim.id] : []), dateValue.id],
          trigger: match[0],
        },
        span: [Math.min(start, from), Math.max(to, date.start >= to ? date.end : to)],
      });
    }
    return drafts;
  },
};

/** `was hosted`, `had been sent`: the subject underwent it, which the dead can. */
function isPassive(plain: string, at: number): boolean {
  return /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:(?:also|later|then|again|not|never|still|first|posthumously)\s+){0,2}$/i.test(plain.slice(Math.max(0, at - 40), at));
}

/** The words from `from` to `to`, each name replaced by one token: `the Duke and Duchess of Windsor` is one thing. */
function withNamesMasked(view: SentenceView, from: number, to: number): string {
  let text = '';
  let at = from;
  for (const mention of view.names) {
    if (mention.end <= at || mention.start >= to) continue;
    text += view.plain.slice(at, Math.max(at, mention.start)) + 'X';
    at = Math.max(at, mention.end);
  }
  return text + view.plain.slice(at, to);
}

/** `the company acquired …`, `the newspaper moved …`: a generic noun for the article's subject, right before the verb. */
function groupBefore(view: SentenceView, context: EventContext, at: number): { entity: Entity; text: string; start: number } | undefined {
  const phrase = /\b(the (?:group|party|company|corporation|firm|newspaper|paper|club|team|band|university|college|school|society|association|union|institute|museum|bank|agency|organi[sz]ation|network|station|league|brewery))\s+(?:(?:also|later|then|again|eventually|subsequently|first|finally|soon)\s+){0,2}$/i.exec(view.plain.slice(Math.max(0, at - 50), at));
  if (!phrase) return undefined;
  const text = phrase[1] as string;
  const start = at - phrase[0].length;
  const [entity] = context.refer(view, text, start);
  return entity && entity.type === 'organization' ? { entity, text, start } : undefined;
}

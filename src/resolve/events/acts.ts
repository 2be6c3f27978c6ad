import { dateClaim, dateFor } from './grammar.js';
import { entityOf } from './sentence-view.js';
import type { EventDetector, EventDraft } from './types.js';

// Verbs of doing: whoever is their subject was alive when they happened.
const actVerb = /\b(?:gave|delivered|spoke|wrote|published|visited|met|signed|married|attended|won|joined|called|announced|travell?ed|moved|returned|led|fought|recorded|performed|launched|resigned|testified|appeared|toured|graduated|studied|taught|campaigned|voted|founded|negotiated|commanded|defeated|escaped|fled|surrendered|addressed|proclaimed|declared|denounced|met with|sued|received|seized|conquered|invaded|besieged|entered|enrolled|enlisted|built|completed|composed|painted|designed|directed|produced|released|sold|bought|inherited|succeeded|ordered|appointed|established|emigrated|immigrated|settled|retired|converted)\b/gi;
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
      const date = dateFor(view, from, to);
      const dateValue = dateClaim(date);
      // The date must belong to this verb: close after it, or opening the sentence.
      if (!date || !dateValue || (date.start >= to && (date.start - to > 50 || /,|\b(?:by|that|which|who|when|and)\b|\b(?:his|her|their|its|the)\s+$/.test(view.plain.slice(to, date.start))))) continue;
      const name = [...view.names].reverse().find((mention) => mention.end <= from && between.test(view.plain.slice(mention.end, from)));
      let subject = name ? context.entity(entityOf(name.claim)) : undefined;
      let subjectText = name?.claim.text ?? '';
      let start = name?.start ?? from;
      if (!name) {
        const pronoun = /\b(he|she)\s+(?:(?:also|later|then|again|eventually|subsequently|reportedly|first|finally|soon)\s+){0,2}$/i.exec(view.plain.slice(Math.max(0, from - 40), from));
        if (pronoun) {
          subject = context.refer(view, pronoun[1] as string, from - pronoun[0].length)[0];
          subjectText = pronoun[1] as string;
          start = from - pronoun[0].length;
        }
      }
      if (!subject || subject.type !== 'person') continue;
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

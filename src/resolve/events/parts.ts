import type { QuantityClaim } from '../../schema/claims.js';
import { squeeze } from '../../util/scan.js';
import { subjectNouns } from './lexicon.js';
import { entityOf } from './sentence-view.js';
import type { EventContext, EventDraft, Mention, SentenceView } from './types.js';

/** Nouns for the parts a place or body is divided into. */
const partNouns = new Set([
  'zone', 'district', 'ward', 'borough', 'arrondissement', 'quarter', 'neighbourhood', 'neighborhood', 'sector', 'canton', 'county', 'province', 'region',
  'department', 'municipality', 'parish', 'prefecture', 'state', 'territory', 'chamber', 'faculty', 'school', 'college', 'campus', 'division', 'branch',
  'chapter', 'office', 'section', 'wing', 'front', 'battalion', 'brigade', 'regiment', 'platoon', 'committee', 'constituency', 'electorate', 'riding',
]);
// `is divided into 22 zones`, `consists of five chambers`, `its 19 zones`, `the city's 19 zones`.
const partLead = /\b(?:(?:divided|subdivided|split|organi[sz]ed|grouped|partitioned) into|consists of|consisted of|comprises|comprised|is made up of|is composed of|(?:its|their)|the [a-z]{2,20}'s)\s+$/i;

/**
 * How many parts the article's subject is made of: `The city is divided into
 * 22 zones`, `each of the city's 19 zones`. Only undated sentences: a count of
 * parts at a stated time may have changed since.
 */
export function partsEvent(view: SentenceView, context: EventContext, figure: Mention, claim: QuantityClaim): EventDraft | undefined {
  const subject = context.subject;
  const noun = singular(claim.value.noun ?? '');
  if (!subject || subject.type === 'person' || !partNouns.has(noun) || claim.value.min !== claim.value.max || view.dates.length > 0) return undefined;
  const before = view.plain.slice(Math.max(0, figure.start - 40), figure.start);
  const lead = partLead.exec(before);
  if (!lead) return undefined;
  const owner = /\bthe ([a-z]{2,20})'s\s+$/i.exec(lead[0])?.[1]?.toLowerCase();
  if (owner !== undefined && !subjectNouns.has(owner)) return undefined;
  // `the city is divided into`: the clause must be about the subject, by name, `it` or its kind.
  const opening = squeeze(view.plain.slice(0, figure.start - lead[0].length)).toLowerCase();
  const named = view.names.some((mention) => mention.end <= figure.start && entityOf(mention.claim) === subject.id);
  if (owner === undefined && !/\b(?:its|their)\s+$/i.test(lead[0]) && !named && !/^(?:it|the [a-z]{2,20})(?: (?:is|was|are|were))?$/.test(opening)) return undefined;
  return {
    value: {
      type: 'size',
      subject: subject.id,
      subjectText: subject.canonical,
      aspect: 'state',
      figures: [claim.id],
      qualifiers: [`parts:${noun}`],
      rests: [claim.id],
      trigger: lead[0].trim(),
    },
    span: [figure.start, figure.end],
  };
}

function singular(noun: string): string {
  const lower = noun.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|xes)$/.test(lower)) return lower.slice(0, -2);
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

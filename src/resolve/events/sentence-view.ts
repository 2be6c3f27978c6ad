import type { Claim, Modality } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import type { ResolvedArticle } from '../types.js';
import { clauseTail } from '../../util/scan.js';
import { allegedCue, negatedCue, plannedCue, reportedCue, selfDescribedCue } from './lexicon.js';
import type { Mention, SentenceView } from './types.js';

const nameKinds = new Set(['person', 'organization', 'place']);
const figureKinds = new Set(['quantity', 'money']);

/** Places every claim in its sentence's plain text, one view per sentence. */
export function buildSentenceViews(resolved: ResolvedArticle): SentenceView[] {
  const bySentence = new Map<number, Claim[]>();
  for (const claim of resolved.claims) {
    if (claim.kind === 'event') continue;
    const list = bySentence.get(claim.sentence) ?? [];
    list.push(claim);
    bySentence.set(claim.sentence, list);
  }
  return resolved.article.sentences.map((sentence) => buildView(sentence, bySentence.get(sentence.index) ?? []));
}

function buildView(sentence: ArticleSentence, claims: Claim[]): SentenceView {
  const mentions = claims
    .map((claim) => ({ claim, start: sentence.fromSource(claim.position.start.offset), end: sentence.fromSource(claim.position.end.offset) }))
    .filter((mention) => mention.end > mention.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const names = mentions.filter((mention) => nameKinds.has(mention.claim.kind) && entityOf(mention.claim) !== undefined);
  const { modality, reportedBy } = modalityOf(sentence.plain);
  const view: SentenceView = {
    sentence,
    plain: sentence.plain,
    mentions,
    names,
    dates: mentions.filter((mention) => mention.claim.kind === 'date'),
    figures: mentions.filter((mention) => figureKinds.has(mention.claim.kind)),
    modality,
    ...(reportedBy === undefined ? {} : { reportedBy }),
  };
  const head = listHead(view);
  return head ? { ...view, head } : view;
}

/** The entity id of a name claim, if it was resolved. */
export function entityOf(claim: Claim): string | undefined {
  return claim.kind === 'person' || claim.kind === 'organization' || claim.kind === 'place' ? claim.value.entity : undefined;
}

/**
 * How the sentence stands behind what it says. A sentence can carry several
 * cues; the weakest wins: negated, then planned, alleged, self-described,
 * reported, asserted.
 */
export function modalityOf(plain: string): { modality: Modality; reportedBy?: string } {
  if (negatedCue.test(plain)) return { modality: 'negated' };
  if (plannedCue.test(plain)) return { modality: 'planned' };
  if (allegedCue.test(plain)) return { modality: 'alleged' };
  if (selfDescribedCue.test(plain)) return { modality: 'self-described' };
  const reported = reportedCue.exec(plain);
  if (reported) {
    const source = /\baccording to ([^,;.]{1,80})/i.exec(plain)?.[1] ?? sayer(plain);
    return source === undefined ? { modality: 'reported' } : { modality: 'reported', reportedBy: source.trim() };
  }
  return { modality: 'asserted' };
}

// `The Peruvian military said`: the words before a verb of saying, back to the clause start.
const sayingVerb = /\b(?:said|stated|claimed|reported|announced|alleged)\b/;

function sayer(plain: string): string | undefined {
  const verb = sayingVerb.exec(plain);
  if (!verb) return undefined;
  const subject = clauseTail(plain.slice(0, verb.index), 60).replace(/^[^.]*\.\s*/, '').trim();
  return /^(?:(?:the|an?) )?[A-Z]/.test(subject) ? subject : undefined;
}

/**
 * `Víctor Quispe Palomino (Comrade José): leader of …` — a list item that
 * starts with a name and a colon is about that name.
 */
function listHead(view: SentenceView): Mention | undefined {
  if (view.sentence.where !== 'list') return undefined;
  const colon = view.plain.indexOf(':');
  if (colon < 0 || colon > 160) return undefined;
  const first = view.names[0];
  if (!first || first.start > 2 || first.claim.kind === 'place') return undefined;
  return first.end <= colon ? first : undefined;
}

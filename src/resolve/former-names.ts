import type { Frame } from '../extract/frames/index.js';
import type { Claim } from '../schema/claims.js';
import type { Entity, Mention } from '../schema/entities.js';
import type { ArticleSentence } from '../segment/index.js';
import { mentionIndex } from './mentions.js';
import type { ResolvedArticle, Resolver } from './types.js';

// Event types whose `as NAME` gives the name the patient first bore: `founded in 1921 as the Kestrel Technical School`.
const namingTypes: ReadonlySet<string> = new Set(['founding', 'incorporation']);

/**
 * `It was founded in 1921 as the Kestrel Technical School`, `Manchester
 * United was formed in 1878 as Newton Heath LYR Football Club`: the name
 * after `as` in a founding clause is the founded body's first name, not
 * another body. Its entity joins the patient's, so `the school` told later
 * is the article's subject, and the name is kept as an alias with the
 * `former` relation on its claim.
 */
export const formerNameResolver: Resolver = {
  name: 'former-names',
  resolve(resolved) {
    const mentionAt = mentionIndex(resolved.mentions);
    const claimAt = new Map<number, Claim>();
    for (const claim of resolved.claims) if (claim.kind === 'organization') claimAt.set(claim.position.start.offset, claim);
    const into = new Map<string, { target: string; claim: Claim }>();
    const subjects = new Set(resolved.entities.filter((entity) => entity.isSubject).map((entity) => entity.id));
    for (const { sentence: index, frames } of resolved.frames) {
      const sentence = resolved.article.sentences[index] as ArticleSentence;
      for (const frame of frames) {
        if (!namingTypes.has(frame.type) || frame.voice === 'noun') continue;
        const patient = patientEntity(frame, sentence, mentionAt);
        const named = nameAfterAs(frame, sentence, claimAt);
        const former = named?.kind === 'organization' ? named.value.entity : undefined;
        // A former name the infobox already gave the subject (`Former Name: Ordway Savings and Trust Company`) keeps the
        // subject whole: what `as` names there is the subject, whichever entity the clause's pronoun was read as.
        if (!patient || !named || !former || former === patient || into.has(former) || subjects.has(former)) continue;
        into.set(former, { target: patient, claim: named });
      }
    }
    return into.size === 0 ? resolved : merged(resolved, into);
  },
};

/** The patient's entity: the mention at its words (`It`, `the club`, `Acme`). */
function patientEntity(frame: Frame, sentence: ArticleSentence, mentionAt: (start: number, end?: number) => Mention | undefined): string | undefined {
  const patient = frame.patient;
  if (!patient || patient.start === undefined || patient.end === undefined) return undefined;
  return mentionAt(sentence.toSource(patient.start), sentence.toSource(patient.end, true))?.entity ?? undefined;
}

/** The organization named right after `as` (and `the`) following the trigger, inside the frame's clause. */
function nameAfterAs(frame: Frame, sentence: ArticleSentence, claimAt: ReadonlyMap<number, Claim>): Claim | undefined {
  const after = sentence.plain.slice(frame.trigger[1], frame.span[1]);
  const as = /\bas\s+(?:the\s+)?/iu.exec(after);
  if (!as) return undefined;
  // Only dates and places may stand between the verb and `as`: `formed in 1878 as X`, not `founded X as a rival to Y`.
  const before = after.slice(0, as.index);
  if (/[,;]/.test(before) || before.split(/\s+/u).filter(Boolean).length > 6) return undefined;
  const start = frame.trigger[1] + as.index + as[0].length;
  return claimAt.get(sentence.toSource(start));
}

/** Moves each former name's entity into its target: aliases, mentions and every reference to its id. */
function merged(resolved: ResolvedArticle, into: ReadonlyMap<string, { target: string; claim: Claim }>): ResolvedArticle {
  const final = (id: string): string => {
    let at = id;
    for (let step = 0; step < 8 && into.has(at); step++) at = (into.get(at) as { target: string }).target;
    return at;
  };
  const entities: Entity[] = [];
  for (const entity of resolved.entities) {
    if (into.has(entity.id)) continue;
    const joined = resolved.entities.filter((other) => into.has(other.id) && final(other.id) === entity.id);
    if (joined.length === 0) {
      entities.push(entity);
      continue;
    }
    const aliases = [...entity.aliases];
    for (const other of joined) for (const alias of other.aliases) if (!aliases.some((known) => known.name === alias.name)) aliases.push(alias);
    const mentions = [...new Set([...entity.mentions, ...joined.flatMap((other) => other.mentions)])];
    const order = new Map(resolved.claims.map((claim, index) => [claim.id, index]));
    mentions.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    entities.push({ ...entity, aliases, mentions });
  }
  const formerClaims = new Set([...into.values()].map(({ claim }) => claim.id));
  const claims = resolved.claims.map((claim): Claim => {
    if (claim.kind !== 'person' && claim.kind !== 'organization' && claim.kind !== 'place') return claim;
    const entity = claim.value.entity;
    if (entity === undefined || entity === null || !into.has(entity)) return claim;
    const relation = formerClaims.has(claim.id) ? { aliasRelation: 'former' as const } : {};
    return { ...claim, value: { ...claim.value, entity: final(entity), ...relation } } as Claim;
  });
  const mentions = resolved.mentions.map((mention) => (mention.entity && into.has(mention.entity) ? { ...mention, entity: final(mention.entity) } : mention));
  return { ...resolved, entities, claims, mentions };
}

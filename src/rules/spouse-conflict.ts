import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { EventArgument, EventClaim } from '../schema/claims.js';
import type { Entity, Mention } from '../schema/entities.js';
import { appendTo } from '../util/group.js';
import { dedupeEvidence, hedged, trusted, usable } from './shared/events.js';
import { remarried, sharesWord } from './shared/marriages.js';

interface Partnership {
  event: EventClaim;
  partner: Entity;
}

/**
 * One person married to two different people in an article that tells of one
 * marriage only: `Jellicoe married … Florence Gwendoline Cayzer` and, later,
 * `sailing out with his wife Ethel`; `he and Margrethe were married` and `his
 * wife, Ingrid`. Whatever admits a second marriage (a divorce, a widow, a
 * second or former wife, `remarried`) keeps it quiet, and two names sharing a
 * word are one person named two ways.
 */
export default defineRule({
  id: 'spouse-conflict',
  meta: {
    description: "One person's spouse given as two different people in an article that tells of one marriage",
    defaultSeverity: 'warning',
  },
  check(context) {
    const admitted = admittedRemarriages(context);
    const byPerson = new Map<string, Partnership[]>();
    for (const event of context.events) {
      if (event.value.type !== 'marriage' || !usable(event) || event.value.source === 'infobox') continue;
      const [one, other] = [person(context, event, event.value.agent), person(context, event, event.value.patient)];
      if (!one || !other || one.id === other.id) continue;
      appendTo(byPerson, one.id, { event, partner: other });
      appendTo(byPerson, other.id, { event, partner: one });
    }
    const findings: RuleFinding[] = [];
    for (const [id, partnerships] of byPerson) {
      const first = partnerships[0] as Partnership;
      // `the last Honorary President, her husband, Richard Jenkin`: one sentence names one partner, however many ways.
      const other = partnerships.find((item) => item.partner.id !== first.partner.id && item.event.sentence !== first.event.sentence && !sharesWord(item.partner.canonical, first.partner.canonical));
      if (!other || [id, first.partner.id, other.partner.id].some((person) => admitted.has(person))) continue;
      const name = context.entity(id)?.canonical ?? id;
      findings.push({
        message: `\`${name}\`'s spouse is given as \`${first.partner.canonical}\` and as \`${other.partner.canonical}\``,
        evidence: dedupeEvidence([context.evidence(first.event, 'marriage'), context.evidence(other.event, 'other marriage')]),
        reasoning: [
          `'${first.event.text}' marries ${name} to ${first.partner.canonical}`,
          `'${other.event.text}' marries ${name} to ${other.partner.canonical}`,
          'the article tells of no second marriage (no divorce, widowhood, second or former spouse, or remarriage), and the two names share no word',
        ],
        entity: id,
        hedged: hedged([first.event, other.event]),
      });
    }
    return findings;
  },
});

/** The people named or referred to in a sentence that admits a second marriage (`his second wife`, `divorced`, `remarried`). */
function admittedRemarriages(context: RuleContext): Set<string> {
  const people = new Set<string>();
  const cued = new Set(context.sentences.filter((sentence) => remarried.test(sentence.plain)).map((sentence) => sentence.index));
  if (cued.size === 0) return people;
  for (const mention of context.mentions) if (mention.entity && cued.has(mention.sentence)) people.add(mention.entity);
  // `They divorced in 1971`: a plural pronoun is no one's mention, but the divorce names both.
  for (const event of context.events) {
    if (event.value.type !== 'divorce') continue;
    for (const id of [event.value.subject, event.value.object]) if (id) people.add(id);
  }
  return people;
}

/**
 * The person a side of a marriage names, when the resolver is sure of it:
 * `Chen Shui-bian and his wife Wu Shu-jen` — a partner noun's owner is the
 * person named last before it in its sentence.
 */
function person(context: RuleContext, event: EventClaim, argument: EventArgument | null): Entity | undefined {
  if (!argument?.entity) return undefined;
  const owner = argument.form === 'pronoun' && argument.strategy === 'possessor' && argument.position && lastPersonNamedBefore(context, event.sentence, argument.position.start.offset) === argument.entity;
  if (!owner && !trusted(context, event, argument)) return undefined;
  const entity = context.entity(argument.entity);
  return entity?.type === 'person' ? entity : undefined;
}

/** The person whose name stands last before an offset in its sentence. */
function lastPersonNamedBefore(context: RuleContext, sentence: number, offset: number): string | undefined {
  let last: Mention | undefined;
  for (const mention of context.mentions) {
    if (mention.sentence !== sentence || mention.position.end.offset > offset || mention.form !== 'name' || !mention.entity || context.entity(mention.entity)?.type !== 'person') continue;
    if (!last || mention.position.start.offset > last.position.start.offset) last = mention;
  }
  return last?.entity ?? undefined;
}

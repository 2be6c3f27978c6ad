import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim, DatePoint, EventArgument, EventClaim } from '../schema/claims.js';
import { before, compatible } from '../resolve/events/when.js';
import type { Entity, Mention } from '../schema/entities.js';
import { appendTo } from '../util/group.js';
import { carriedStrategies, dedupeEvidence, describe, hedged, trusted, usable, whenOf } from './shared/events.js';
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
    return [...findings, ...marriedAfterDivorce(context)];
  },
});

/**
 * `divorcing Hilary in 1965` and, later, `In 1968 his wife Hilary moved with
 * him`: a spouse told as one at a date after the two divorced, when nothing
 * says they married again.
 */
function marriedAfterDivorce(context: RuleContext): RuleFinding[] {
  const divorces = new Map<string, Array<{ event: EventClaim; point: DatePoint; claim: DateClaim }>>();
  const weddings = new Map<string, DatePoint[]>();
  const states: Array<{ event: EventClaim; pair: string; point: DatePoint; claim: DateClaim }> = [];
  for (const event of context.events) {
    if ((event.value.type !== 'marriage' && event.value.type !== 'divorce') || event.value.source === 'infobox') continue;
    const date = whenOf(context, event).date;
    // `They married again in 1969`: any wedding of the two, however surely read, may end the divorce's hold.
    const wedded = [event.value.subject, event.value.object];
    if (event.value.type === 'marriage' && event.value.aspect !== 'state' && date && wedded[0] && wedded[1]) appendTo(weddings, [...wedded].sort().join('\u0000'), date.point);
    if (!usable(event)) continue;
    const [one, other] = [person(context, event, event.value.agent), person(context, event, event.value.patient)];
    if (!one || !other || one.id === other.id || !date) continue;
    const pair = [one.id, other.id].sort().join('\u0000');
    if (event.value.type === 'divorce') appendTo(divorces, pair, { event, ...date });
    else if (event.value.aspect === 'state') states.push({ event, pair, ...date });
  }
  const findings: RuleFinding[] = [];
  for (const state of states) {
    const divorce = divorces.get(state.pair)?.find((item) => before(item.point, state.point) && !compatible(item.point, state.point));
    // `married again in 1950`: a wedding after the divorce makes them spouses once more.
    if (!divorce || (weddings.get(state.pair) ?? []).some((wedding) => !before(wedding, divorce.point)) || remarried.test(state.event.text)) continue;
    const names = state.pair.split('\u0000').map((id) => context.entity(id)?.canonical ?? id);
    findings.push({
      message: `\`${names[0]}\` and \`${names[1]}\` are spouses in \`${describe(state.point, state.claim)}\`, after their divorce in \`${describe(divorce.point, divorce.claim)}\``,
      evidence: dedupeEvidence([context.evidence(state.claim, 'date married'), context.evidence(state.event, 'marriage'), context.evidence(divorce.claim, 'divorce date'), context.evidence(divorce.event, 'divorce')]),
      reasoning: [`'${divorce.event.text}' ends the marriage ${divorce.point.timex}`, `'${state.event.text}' has them married ${state.point.timex}`, 'nothing says they married again'],
      hedged: hedged([state.event, divorce.event]),
    });
  }
  return findings;
}

/** The people named or referred to in a sentence that admits a second marriage (`his second wife`, `divorced`, `remarried`). */
function admittedRemarriages(context: RuleContext): Set<string> {
  const people = new Set<string>();
  // `Spouse(s): Olav Rund (m. 1952); Tor Ekre (m. 1984)`: an infobox that lists two partners tells of two marriages.
  const boxed = new Map<string, Set<string>>();
  for (const event of context.events) {
    if (event.value.type !== 'marriage' || event.value.source !== 'infobox' || !event.value.subject || !event.value.object) continue;
    boxed.set(event.value.subject, (boxed.get(event.value.subject) ?? new Set()).add(event.value.object));
  }
  for (const [person, partners] of boxed) if (partners.size > 1) people.add(person);
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
  // `In 1968 his wife Hilary …`, `he went to live with Howard, divorcing Hilary`: in a biography, a `he` or `his` the
  // resolver gave its subject, the other side named, is the subject's marriage.
  const resolution = argument.resolution ?? '';
  const subjects = argument.form === 'pronoun' && context.entity(argument.entity)?.isSubject === true && (carriedStrategies.has(resolution) || resolution === 'sentence-subject');
  if (!owner && !subjects && !trusted(context, event, argument)) return undefined;
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

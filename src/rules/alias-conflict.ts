import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { Entity, Evidence } from '../schema/entities.js';
import { compatible } from '../resolve/events/when.js';
import { birthsByPerson } from './shared/births.js';
import { dedupeEvidence, hedged, listOf, unique } from './shared/events.js';

// Forms that name one bearer; surnames and given names are shared by families.
const identifyingForms = new Set(['nickname', 'acronym', 'title']);

export default defineRule({
  id: 'alias-conflict',
  meta: {
    description: 'One nickname, alias or acronym bound to two different full names, or one person given two different birth years',
    defaultSeverity: 'error',
  },
  check(context) {
    return [...sharedAliases(context), ...birthYears(context)];
  },
});

function sharedAliases(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const bearers = new Map<string, Array<{ entity: Entity; evidence: Evidence[]; alias: string }>>();
  for (const entity of context.entities) {
    for (const alias of entity.aliases) {
      if (!identifyingForms.has(alias.form) || normalize(alias.name) === normalize(entity.canonical)) continue;
      const key = `${entity.type}\u0000${normalize(alias.name)}`;
      const list = bearers.get(key) ?? [];
      if (!list.some((entry) => entry.entity.id === entity.id)) list.push({ entity, evidence: alias.evidence, alias: alias.name });
      bearers.set(key, list);
    }
  }
  for (const entries of bearers.values()) {
    const named = entries.filter((entry) => entry.entity.canonical.trim().split(/\s+/).length >= 2 || entry.entity.type !== 'person');
    const canonicals = unique(named.map((entry) => entry.entity.canonical));
    if (canonicals.length < 2) continue;
    const alias = (named[0] as (typeof named)[number]).alias;
    findings.push({
      message: `\`${alias}\` is given to ${listOf(canonicals.map((name) => `\`${name}\``))}`,
      evidence: dedupeEvidence(named.flatMap((entry) => [...fullNameEvidence(context, entry.entity), ...entry.evidence])),
      reasoning: [...named.map((entry) => `${entry.entity.canonical} is called ${entry.alias}`), `one ${named[0]?.entity.type === 'person' ? 'nickname' : 'acronym'} names one bearer; the full names differ`],
      entity: (named[0] as (typeof named)[number]).entity.id,
    });
  }
  return findings;
}

/** The mention that gives the entity's full name, first in the text. */
function fullNameEvidence(context: RuleContext, entity: Entity): Evidence[] {
  for (const id of entity.mentions) {
    const claim = context.claim(id);
    if (claim && normalize(claim.text).includes(normalize(entity.canonical).split(' ')[0] ?? '') && claim.text.length >= entity.canonical.length - 2) return [context.evidence(claim, 'full name')];
  }
  return [];
}

function birthYears(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [person, births] of birthsByPerson(context)) {
    const distinct = births.filter((birth, index) => births.findIndex((other) => compatible(other.point, birth.point)) === index);
    if (distinct.length < 2) continue;
    const name = context.entity(person)?.canonical ?? births[0]?.event.value.subjectText ?? 'someone';
    findings.push({
      message: `\`${name}\` is given the birth dates ${listOf(unique(births.map((birth) => `\`${birth.claim.text}\``)))}`,
      evidence: dedupeEvidence(births.flatMap((birth) => [context.evidence(birth.claim, 'birth date'), context.evidence(birth.event, 'birth')])),
      reasoning: [...births.map((birth) => `'${birth.event.text}' dates the birth ${birth.point.timex}`), 'a person is born once'],
      entity: person,
      hedged: hedged(births.map((birth) => birth.event)),
    });
  }
  return findings;
}

function normalize(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/["“”'‘’]/g, '').replace(/\s+/g, ' ').trim();
}

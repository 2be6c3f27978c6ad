import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DatePoint } from '../schema/claims.js';
import type { Entity, Evidence } from '../schema/entities.js';
import type { EventClaim, RankClaim } from '../schema/claims.js';
import { roleOfWords } from '../lexicon/roles.js';
import { compatible } from '../resolve/events/when.js';
import { birthsByPerson } from './shared/births.js';
import { carriedStrategies, dedupeEvidence, describe, hedged, listOf, trusted, unique } from './shared/events.js';
import { startsUpperCase } from '../util/letters.js';
import { appendTo } from '../util/group.js';
import { quotedEpithets, type Epithet } from './shared/epithets.js';
import { countsPartOfHolders } from './shared/series.js';

const leadingThe = /^the /;

// Forms that name one bearer; surnames and given names are shared by families.
const identifyingForms = new Set(['nickname', 'acronym', 'title', 'native']);

export default defineRule({
  id: 'alias-conflict',
  meta: {
    description: 'One nickname, alias or acronym bound to two different full names, or one person given two different birth years',
    defaultSeverity: 'error',
  },
  check(context) {
    const aliases = sharedAliases(context);
    return [...aliases, ...sharedEpithets(context, aliases), ...sharedOrdinalTitles(context), ...onlyRelatives(context), ...birthYears(context)];
  },
});

/**
 * `Hawke … was known to players and fans as "the Professor"` and `Mick
 * Tolland … earned him the nickname "the Professor"`: one quoted epithet
 * told of two people, however each clause gives it, and not already reported
 * as a shared alias.
 */
function sharedEpithets(context: RuleContext, reported: readonly RuleFinding[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const byKey = new Map<string, Epithet[]>();
  for (const epithet of quotedEpithets(context)) appendTo(byKey, epithet.key, epithet);
  for (const epithets of byKey.values()) {
    const people = unique(epithets.map((epithet) => epithet.entity));
    const names = people.map((id) => context.entity(id)?.canonical ?? id);
    if (people.length < 2 || names.some((name, index) => names.some((other, at) => at !== index && tokensWithin(name, other)))) continue;
    const text = (epithets[0] as Epithet).text;
    if (reported.some((finding) => finding.message.startsWith(`\`${text}\``) || finding.message.startsWith(`\`${text.replace(leadingThe, '')}\``))) continue;
    findings.push({
      message: `\`${text}\` is given to ${listOf(names.map((name) => `\`${name}\``))}`,
      evidence: dedupeEvidence(epithets.flatMap((epithet) => epithet.evidence)),
      reasoning: [...epithets.map((epithet) => `${context.entity(epithet.entity)?.canonical ?? epithet.entity} is called "${epithet.text}"`), 'one epithet names one bearer; the people differ'],
      entity: people[0] as string,
    });
  }
  return findings;
}

function sharedAliases(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const bearers = new Map<string, Array<{ entity: Entity; evidence: Evidence[]; alias: string }>>();
  for (const entity of context.entities) {
    for (const alias of entity.aliases) {
      if (!identifyingForms.has(alias.form) || normalize(alias.name) === normalize(entity.canonical)) continue;
      // `the Iron Chancellor` and `Iron Chancellor` are one nickname.
      const key = `${entity.type}\u0000${normalize(alias.name).replace(leadingThe, '')}`;
      const list = bearers.get(key) ?? [];
      if (!list.some((entry) => entry.entity.id === entity.id)) list.push({ entity, evidence: alias.evidence, alias: alias.name });
      bearers.set(key, list);
    }
  }
  for (const entries of bearers.values()) {
    const alias = (entries[0] as (typeof entries)[number]).alias;
    // `(R)` after a politician is a party, not a name; an acronym binds only names it abbreviates.
    if (alias.replace(/[^\p{L}]/gu, '').length < 2) continue;
    const named = entries.filter((entry) => (entry.entity.canonical.trim().split(/\s+/).length >= 2 || entry.entity.type !== 'person') && (!isAcronym(alias) || abbreviates(alias, entry.entity.canonical)));
    const canonicals = unique(named.map((entry) => entry.entity.canonical));
    if (canonicals.length < 2 || canonicals.some((name, index) => canonicals.some((other, at) => at !== index && tokensWithin(name, other)))) continue;
    // A short nickname (`Kid`, `Doc`) or a bracketed label is borne by many; it contradicts only when the
    // names that bear it look like one person's (`Martín Antonio …` and `Marco Antonio … Quispe Palomino`).
    // … but an epithet with its article (`nicknamed "the Anvil"`) names one bearer, as a title does.
    const epithet = named.every((entry) => entry.evidence.some((evidence) => evidence.quote.toLowerCase().includes(`the ${entry.alias.toLowerCase()}`)));
    if (!distinctiveAlias(alias) && !epithet && !shareNameWord(canonicals)) continue;
    // `(Bolsheviks)` after four party names: a bracket read as another name that three or more bodies bear is
    // their label (a faction, a party, a state, a record label), not a name of each.
    if (named.filter((entry) => entry.entity.type !== 'person' && entry.entity.aliases.some((own) => own.name === entry.alias && own.form === 'native')).length >= 3) continue;
    // `NCCAA` given to `Division I of …` and `Division II of …`: the acronym of the part both names share.
    if (isAcronym(alias) && canonicals.every((name) => abbreviatesPart(alias, name))) continue;
    const variant = canonicals.every((name) => spellingVariant(name, canonicals[0] as string));
    findings.push({
      ...(variant ? { severity: 'info' as const } : {}),
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

/**
 * `Pieter Holm was chosen as the first mayor of the town` and `Jens Aagaard,
 * who in 1868 was elected Osterby's first mayor`: an ordinal post (the
 * first mayor, the second editor) held by one person only, given to two. The
 * holder is the one the clause of the office makes it (its agent, or the
 * name the post is apposed to); a post of another body (`the first president
 * of the Senate` beside `of the Republic`), and an ordinal that counts a
 * deed (`the first mayor to win a second term`), are not compared.
 */
function sharedOrdinalTitles(context: RuleContext): RuleFinding[] {
  const holders = new Map<string, Array<{ rank: RankClaim; holder: Evidence; person: string; body: string | null }>>();
  for (const rank of context.claimsOf('rank')) {
    const role = rank.value.of ? roleOfWords(rank.value.of.split(' ')) : null;
    // `the party's first woman chair` is not its first chair: a qualifier makes another series.
    if (!role || rank.value.quoted || countsPartOfHolders(rank.value.of?.split(' ') ?? []) || countsDeed.test(context.text.slice(rank.position.end.offset, rank.position.end.offset + 12))) continue;
    const event = context.events.find((candidate) => candidate.value.type === 'office' && candidate.sentence === rank.sentence && candidate.value.role === role && candidate.position.start.offset <= rank.position.start.offset && rank.position.end.offset <= candidate.position.end.offset);
    const person = event?.value.subject;
    const holder = event ? (event.value.agent?.entity === person ? event.value.agent : event.value.patient) : null;
    // A pronoun carried over from another sentence (`Dissatisfied with Harry Nkumbula's leadership …, he broke away. He
    // was the first President`) may be anyone named there: a post given to two people needs each named in its clause.
    const carried = holder?.form === 'pronoun' && carriedStrategies.has(holder.resolution ?? '');
    if (event && person && holder && !carried && context.entity(person)?.type === 'person' && trusted(context, event, holder) && event.value.source !== 'infobox') {
      const body = event.value.object ?? (event.value.objectText ? `text:${event.value.objectText.toLowerCase().replace(/^the\s+/u, '')}` : null);
      appendTo(holders, `${rank.value.ordinal}\u0000${role}`, { rank, holder: context.evidence(event, 'holder'), person, body });
      continue;
    }
    const apposed = apposedHolder(context, rank);
    if (apposed) appendTo(holders, `${rank.value.ordinal}\u0000${role}`, { rank, holder: apposed.evidence, person: apposed.person, body: null });
  }
  const findings: RuleFinding[] = [];
  for (const entries of holders.values()) {
    const bodies = unique(entries.map((entry) => entry.body).filter((body): body is string => body !== null));
    if (bodies.length > 1) continue;
    const people = unique(entries.map((entry) => entry.person));
    const names = people.map((id) => context.entity(id)?.canonical ?? id);
    if (people.length < 2 || names.some((name, index) => names.some((other, at) => at !== index && tokensWithin(name, other)))) continue;
    const first = entries[0] as (typeof entries)[number];
    findings.push({
      message: `\`${first.rank.text}\` is given to ${listOf(names.map((name) => `\`${name}\``))}`,
      evidence: dedupeEvidence(entries.flatMap((entry) => [context.evidence(entry.rank, 'ordinal post'), entry.holder])),
      reasoning: [...entries.map((entry) => `${context.entity(entry.person)?.canonical ?? entry.person} is called the ${entry.rank.text}`), `there is one ${first.rank.text}; the people differ`],
      entity: first.person,
      severity: 'warning',
    });
  }
  return findings;
}

/**
 * `The school's first master, William Dene,` and `William Pardoe, the
 * paper's first editor,`: the person named whole beside an ordinal post, set
 * off by a comma, holds it. The post must be the article subject's (`the
 * school's`, `its`, or no owner): another body's first editor is another
 * series.
 */
function apposedHolder(context: RuleContext, rank: RankClaim): { person: string; evidence: Evidence } | undefined {
  const sentence = context.sentences[rank.sentence];
  if (!sentence || sentence.where !== 'prose') return undefined;
  const start = rank.position.start.offset;
  const end = rank.position.end.offset;
  const before = context.text.slice(sentence.position.start.offset, start).trimEnd();
  const words = before.split(/\s+/u);
  const last = words.at(-1) ?? '';
  // `the paper's`, `its`, `the`: the article subject's post; `Landsbladet's`, `his` are someone else's.
  const ownWord = ['the', 'its', 'their'].includes(last.toLowerCase());
  const ownNoun = /^\p{Ll}[\p{L}-]*['’]s$/u.test(last) && words.at(-2)?.toLowerCase() === 'the';
  if (!ownWord && !ownNoun) return undefined;
  const ownerStart = sentence.position.start.offset + before.length - last.length - (ownNoun ? 4 : 0);
  // `the first editor of the Courier` names a body; `of the school` is the article subject's own noun, and `the first
  // Bishop of Saltrim` in the article on the Diocese of Saltrim names the subject by its title's word.
  const after = context.text.slice(end, sentence.position.end.offset);
  const ofName = /^\s+of\s+(?!the\s+\p{Ll})([\p{L}'’-]+)/u.exec(after)?.[1];
  if (ofName !== undefined && !(context.title ?? '').split(/\s+/u).includes(ofName)) return undefined;
  const people = context.mentions.filter((mention) => mention.sentence === rank.sentence && mention.form === 'name' && mention.entity !== null && context.entity(mention.entity)?.type === 'person' && /\s/u.test(mention.text.trim()));
  // `William Pardoe, the paper's first editor,`: the name right before the owner, a comma between.
  const previous = people.find((mention) => /^,\s*$/u.test(context.text.slice(mention.position.end.offset, ownerStart)));
  // `The school's first master, William Dene,`: the name right after, a comma between.
  const next = people.find((mention) => /^,\s*$/u.test(context.text.slice(end, mention.position.start.offset)));
  const named = previous ?? next;
  return named?.entity ? { person: named.entity, evidence: context.quote(named.position.start.offset, named.position.end.offset, 'holder') } : undefined;
}

/** One relative named beside its owner and kin noun: `His only son, Thomas,`, `Josiah Crane's son Frederick`. */
interface NamedRelative {
  owner: string;
  kin: string;
  only: boolean;
  person: string;
  evidence: Evidence;
}

/**
 * `His only son, Thomas, joined the business` and `the founder's only son,
 * Edmund Averill`: someone's only son (daughter, child, brother, sister) is
 * one person, so a second person named as that owner's only one of that kin,
 * or as another son, contradicts it. The owner is the pronoun's, name's or
 * noun's entity; the relative is the name set right after the kin noun.
 */
function onlyRelatives(context: RuleContext): RuleFinding[] {
  const named: NamedRelative[] = [];
  const bySentence = new Map<number, typeof context.mentions>();
  for (const mention of context.mentions) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
  for (const sentence of context.sentences) {
    if (sentence.where !== 'prose') continue;
    const mentions = bySentence.get(sentence.index) ?? [];
    for (const match of sentence.plain.matchAll(kinPhrase)) {
      const only = match[1] !== undefined;
      const kin = (match[2] as string).toLowerCase();
      const start = sentence.toSource(match.index);
      const end = sentence.toSource(match.index + match[0].length, true);
      // The owner ends right before the kin phrase: `His`, `the founder` + `'s`, `Josiah Crane` + `'s`.
      const owner = mentions.find((mention) => mention.entity !== null && mention.position.end.offset <= start && /^(?:['’]s)?\s+$/u.test(context.text.slice(mention.position.end.offset, start)));
      const relative = mentions.find((mention) => mention.form === 'name' && mention.position.start.offset >= end && mention.entity !== null && context.entity(mention.entity)?.type === 'person' && /^,?\s*$/u.test(context.text.slice(end, mention.position.start.offset)));
      if (!owner?.entity || !relative?.entity || owner.entity === relative.entity) continue;
      named.push({ owner: owner.entity, kin, only, person: relative.entity, evidence: context.quote(start, relative.position.end.offset, only ? `only ${kin}` : kin) });
    }
  }
  const findings: RuleFinding[] = [];
  for (const single of named.filter((relative) => relative.only)) {
    const others = named.filter((other) => other.owner === single.owner && other.kin === single.kin && other.person !== single.person);
    const names = [single, ...others].map((relative) => context.entity(relative.person)?.canonical ?? relative.person);
    if (others.length === 0 || names.some((name, index) => names.some((other, at) => at !== index && tokensWithin(name, other)))) continue;
    const ownerName = context.entity(single.owner)?.canonical ?? single.owner;
    findings.push({
      message: `\`${ownerName}\`'s only ${single.kin} is given as ${listOf(unique(names).map((name) => `\`${name}\``))}`,
      evidence: dedupeEvidence([single.evidence, ...others.map((other) => other.evidence)]),
      reasoning: [`${names[0]} is called ${ownerName}'s only ${single.kin}`, ...others.map((other) => `${context.entity(other.person)?.canonical ?? other.person} is called ${ownerName}'s ${other.only ? 'only ' : ''}${other.kin} too`), `an only ${single.kin} is one person`],
      entity: single.person,
      severity: 'warning',
    });
    break;
  }
  return findings;
}

// `only son`, `son`, `only daughter`, … as written after an owner and before the relative's name.
const kinPhrase = /\b(only\s+)?(son|daughter|child|brother|sister)\b/giu;


// `the first mayor to win a second term`, `the first vicar who …`: an ordinal of a deed, held by many posts' holders.
const countsDeed = /^ (?:to|who|whom|that|since|ever|for|with|from)\b/u;

function birthYears(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [person, all] of birthsByPerson(context)) {
    // The infobox against the prose is infobox-prose-conflict's to report.
    const births = all.filter((birth) => birth.event.value.source !== 'infobox');
    const distinct = distinctDates(births);
    if (distinct.length < 2) continue;
    const name = context.entity(person)?.canonical ?? births[0]?.event.value.subjectText ?? 'someone';
    findings.push({
      message: `\`${name}\` is given the birth dates ${listOf(unique(distinct.map((birth) => `\`${describe(birth.point, birth.claim)}\``)))}`,
      evidence: dedupeEvidence(births.flatMap((birth) => [context.evidence(birth.claim, 'birth date'), context.evidence(birth.event, 'birth')])),
      reasoning: [...births.map((birth) => `'${birth.event.text}' dates the birth ${birth.point.timex}`), 'a person is born once'],
      entity: person,
      hedged: hedged(births.map((birth) => birth.event)),
    });
  }
  return findings;
}

/**
 * The births whose date overlaps no earlier one's, in order. Births with the
 * same days are set aside first (the later ones never count), so only
 * different dates are compared pairwise.
 */
function distinctDates<Birth extends { point: DatePoint }>(births: readonly Birth[]): Birth[] {
  const seen = new Set<string>();
  const firsts = births.filter((birth) => {
    const key = `${birth.point.start}/${birth.point.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return firsts.filter((birth, index) => firsts.findIndex((other) => compatible(other.point, birth.point)) === index);
}

function isAcronym(alias: string): boolean {
  return /^[\p{Lu}.&-]{2,12}$/u.test(alias.replace(/\s+/g, ''));
}

/** Whether the acronym's letters are the initials of the name's words, in order, small words skippable. */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = name.split(/[\s-]+/).filter((word) => word !== '').map((word) => word.charAt(0).toLowerCase());
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at++;
  return at === letters.length;
}

/** Whether every word of `a` appears in `b`: `Ras Alula` within `Ras Alula Engida`. */
function tokensWithin(a: string, b: string): boolean {
  const words = new Set(normalize(b).split(' '));
  return normalize(a).split(' ').every((word) => words.has(word));
}

/** Two spellings of one name (`Dielo Truda`/`Delo Truda`): same words but for small edits. */
function spellingVariant(a: string, b: string): boolean {
  const left = normalize(a).split(' ');
  const right = normalize(b).split(' ');
  if (left.length !== right.length) return false;
  return left.every((word, index) => {
    const other = right[index] as string;
    return word === other || word.startsWith(other) || other.startsWith(word) || editDistance(word, other) <= 2;
  });
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] as number;
}

function normalize(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/["“”'‘’]/g, '').replace(/\s+/g, ' ').trim();
}

/** A nickname of two or more words or with a title (`Comrade Gabriel`, `the Second Ptolemy`) names one bearer. */
function distinctiveAlias(alias: string): boolean {
  return alias.trim().split(/\s+/).length >= 2;
}

/** Whether every two of the names share a word of three letters or more (a surname, a given name). */
function shareNameWord(names: readonly string[]): boolean {
  const words = names.map((name) => new Set(normalize(name).split(/\s+/).filter((word) => word.length >= 3)));
  return words.every((set, index) => words.some((other, at) => at !== index && [...set].some((word) => other.has(word))));
}

/** Whether an acronym spells the initials of a run of the name's words, not the whole name. */
function abbreviatesPart(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = name.split(/\s+/).filter((word) => startsUpperCase(word)).map((word) => word.charAt(0)).join('');
  return initials !== letters && initials.includes(letters);
}

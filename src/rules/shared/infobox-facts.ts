import type { RuleContext, RuleFinding } from '../../check/index.js';
import type { DateClaim, DatePoint, QuantityClaim } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import { compatible } from '../../resolve/events/when.js';
import { yearOf } from './events.js';
import { datePoint, fieldNumber, type InfoboxValue, namesSubject, type Placed, placed, sameCount, yearIn } from './infobox-fields.js';

const primaryPopulation = /^(?:population|pop)(?:total|census|est|estimate|estimated)?$/;
const populationCompanion = /^(?:population|pop)(?:est(?:imate)?)?(?:asof|ref|reference|date|year|censusyear|footnotes?)$/;
/** Words that make a prose population another area's, or not a head count at all. */
const otherArea =
  /\b(?:metro|metropolitan|urban|greater|county|counties|districts?|region|regional|areas?|agglomeration|conurbation|CMA|borough|wards?|township|municipality|province|density|households?|famil(?:y|ies)|combined|diocese|parish(?:es)?|built-up|wider|surrounding|including|excluding|together|proper|islands?|valley|daytime|students|members|speakers|voters|electorate|workers|workforce)\b/i;
/** A note on an infobox population that it counts more than the place itself (a ward or parish is the place). */
const widerArea = /\b(?:metro|metropolitan|urban|built-up|county|district|agglomeration|conurbation|region|greater)\b/i;
const populationLead = /\bpopulation (?:was|is|of|stood at|reached|totall?ed|numbered|was estimated at|was recorded as|grew to|rose to|fell to|had grown to|had risen to|had fallen to)(?: an estimated| estimated| only| just| some)? $/i;
const peopleLead = /\b(?:there were|had|has|counted|recorded) $/i;
const censusWord = /\bcensus\b/i;
const yearAfter = /^ ?(?:(?:people|residents|inhabitants|persons) )?(?:at|in|as of|according to|during|by) (?:the )?(?:time of the )?$|^ ?\($/i;

/**
 * `Population: 12,778` with `Population As Of: 2011` (or `Population Ref:
 * (…, 2011)`, or `12,778 (2011)`) against "had a population of 14,736 as of
 * the 2011 Census". Only the subject's own head count for the same year is
 * compared: a metro, urban or county figure, or another census, is not the
 * same fact.
 */
export function populationConflicts(context: RuleContext, fields: readonly InfoboxValue[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const prose = prosePopulations(context);
  for (const field of fields) {
    if (!primaryPopulation.test(field.key)) continue;
    const items = placed(field.sentence, field.claims);
    const figure = items.find((item) => item.claim.kind === 'quantity' && !item.claim.value.percent) as Placed<QuantityClaim> | undefined;
    if (!figure) continue;
    const dated = infoboxYear(context, fields, field, items, figure);
    if (dated === null) continue;
    const { year, estimate } = dated;
    // A census count and an estimate for the same year are different figures.
    const same = prose.filter((item) => item.year === year && item.estimate === estimate);
    if (same.length === 0 || same.some((item) => sameCount(item.figure, figure.claim))) continue;
    const other = same[0] as ProsePopulation;
    findings.push({
      message: `Infobox \`${field.sentence.infoboxKey}\` is \`${figure.claim.text}\` in \`${year}\`, but the prose gives \`${other.figure.text}\` for the same year`,
      evidence: [context.evidence(figure.claim, 'infobox'), context.evidence(other.figure, 'prose'), context.quote(other.sentence.toSource(0), other.sentence.toSource(other.sentence.plain.length, true), 'prose sentence')],
      ...subjectOf(context),
      reasoning: [`both give the population of ${context.title ?? 'the subject'} in ${year}`, `\`${figure.claim.text}\` and \`${other.figure.text}\` do not overlap, even allowing for rounding`],
    });
  }
  return findings;
}

interface ProsePopulation {
  figure: QuantityClaim;
  year: number;
  estimate: boolean;
  sentence: ArticleSentence;
}

const estimateWord = /\best(?:imated?|imates|\.)?(?=[\s).,;]|$)/i;

/** The year an infobox population is for, and whether it is an estimate (`Population Est`, `(2015 est.)`). */
function infoboxYear(context: RuleContext, fields: readonly InfoboxValue[], field: InfoboxValue, items: readonly Placed[], figure: Placed): { year: number; estimate: boolean } | null {
  const keyEstimate = field.key.includes('est');
  const inline = items.find((item) => item.claim.kind === 'date' && item.start > figure.start);
  if (inline?.claim.kind === 'date') {
    const point = datePoint(context, inline.claim);
    const year = point ? yearOf(point) : null;
    return year === null ? null : { year, estimate: keyEstimate || estimateWord.test(field.value) };
  }
  const companions = fields.filter((other) => populationCompanion.test(other.key) && other.key.includes('est') === keyEstimate);
  // `Population Ref: (Urban area, 2011)`: the infobox counts another area than the subject's own.
  if (companions.some((other) => widerArea.test(other.value))) return null;
  const years = new Set(companions.map((other) => yearIn(other.value)));
  const [year] = [...years];
  if (years.size !== 1 || year === undefined || year === null) return null;
  return { year, estimate: keyEstimate || estimateWord.test(field.value) || companions.some((other) => estimateWord.test(other.value)) };
}

/** Head counts of the subject in the prose, each with the census or estimate year it is given for. */
function prosePopulations(context: RuleContext): ProsePopulation[] {
  const found: ProsePopulation[] = [];
  for (const sentence of context.sentences) {
    if (sentence.where !== 'prose' || !/\bpopulation\b|\bcensus\b/i.test(sentence.plain)) continue;
    const items = placed(sentence, context.claims);
    for (const item of items) {
      if (item.claim.kind !== 'quantity' || item.claim.value.percent || !Number.isInteger(item.claim.value.max)) continue;
      // What the count is of: everything before it, and its own clause after it (`1,215 people, 520 households` stops at the comma).
      const clauseEnd = sentence.plain.slice(item.end).search(/[,;:.]/);
      const upToClauseEnd = sentence.plain.slice(0, clauseEnd < 0 ? undefined : item.end + clauseEnd);
      if (otherArea.test(upToClauseEnd)) continue;
      const lead = sentence.plain.slice(Math.max(0, item.start - 60), item.start);
      const counted = populationLead.test(lead) || (['person', 'resident', 'inhabitant'].includes(item.claim.value.noun ?? '') && peopleLead.test(lead) && censusWord.test(sentence.plain));
      if (!counted || !aboutSubject(context, items, item)) continue;
      const year = countYear(context, sentence, items, item);
      if (year !== null) found.push({ figure: item.claim, year, estimate: estimateWord.test(upToClauseEnd.slice(Math.max(0, item.start - 60))), sentence });
    }
  }
  return found;
}

/** Every name before the count is the subject's (`Bodmin had a population of`), or there is none (`The population was`). */
function aboutSubject(context: RuleContext, items: readonly Placed[], figure: Placed): boolean {
  return items.every((item) => item.start >= figure.start || !['person', 'place', 'organization'].includes(item.claim.kind) || namesSubject(context, item.claim));
}

/** `1,215 at the 2010 census`, `as of the 2011 Census`, or the sentence's only year before it (`The 2010 Census reported …`, `In 2010, …`). */
function countYear(context: RuleContext, sentence: ArticleSentence, items: readonly Placed[], figure: Placed): number | null {
  const dates = items.filter((item): item is Placed<DateClaim> => item.claim.kind === 'date');
  const after = dates.find((item) => item.start >= figure.end && yearAfter.test(sentence.plain.slice(figure.end, item.start)));
  const before = dates.filter((item) => item.end <= figure.start);
  const only = dates.length === 1 ? before[0] : undefined;
  const chosen = after ?? (only && (censusWord.test(sentence.plain) || /^(?:in|as of) $/i.test(sentence.plain.slice(0, only.start))) ? only : undefined);
  const point = chosen ? datePoint(context, chosen.claim) : undefined;
  return point && chosen?.claim.value.granularity === 'year' ? yearOf(point) : null;
}

interface Milestone {
  label: 'incorporated' | 'founded';
  key: string;
  /** The field's words (`Incorporated (city)`, `1900 (as a city)`), to tell a village's incorporation from a city's. */
  words: string;
  claim: DateClaim;
  point: DatePoint;
}

const milestoneVerbs: Record<Milestone['label'], RegExp> = {
  incorporated: /\b(?:was|were|been|became) (?:formally |officially |legally )?incorporated\b/gi,
  founded: /\b(?:was|were|been) (?:formally |officially )?(?:founded|established|formed)\b/gi,
};
const placeWords = /^the (?:city|town|village|borough|municipality|settlement|community)$/i;

/**
 * `Established Title1: Incorporated` with `Established Date1: March 6, 1834`
 * (or `Incorporated: 1834`) against "was incorporated as the City of Toronto
 * on March 6, 1837". Only when no prose date for that milestone fits any
 * infobox date for it: towns are often incorporated twice.
 */
export function milestoneConflicts(context: RuleContext, fields: readonly InfoboxValue[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const boxed = milestones(context, fields);
  for (const label of ['incorporated', 'founded'] as const) {
    const boxes = boxed.filter((item) => item.label === label);
    if (boxes.length === 0) continue;
    // `incorporated as a village in 1872` is not the `Incorporated (city)` of the infobox.
    const prose = proseMilestones(context, milestoneVerbs[label]).filter((item) => !item.as || boxes.every((box) => box.words.includes(item.as as string)));
    if (prose.length === 0 || prose.some((item) => boxes.some((box) => compatible(item.point, box.point)))) continue;
    const first = boxes[0] as Milestone;
    const other = prose[0] as ProseDate;
    findings.push({
      message: `Infobox \`${first.key}\` is \`${first.claim.text}\`, but the prose gives \`${other.claim.text}\``,
      evidence: [context.evidence(first.claim, 'infobox'), context.evidence(other.claim, 'prose'), context.quote(other.sentence.toSource(other.start), other.sentence.toSource(other.end, true), 'prose statement')],
      ...subjectOf(context),
      reasoning: [`the infobox dates when ${context.title ?? 'the subject'} was ${label} ${first.point.timex}`, `the prose dates it ${other.point.timex}`],
    });
  }
  return findings;
}

function milestones(context: RuleContext, fields: readonly InfoboxValue[]): Milestone[] {
  const found: Milestone[] = [];
  const add = (label: Milestone['label'], field: InfoboxValue | undefined, key: string) => {
    const dates = field?.claims.filter((claim): claim is DateClaim => claim.kind === 'date') ?? [];
    const point = dates.length === 1 ? datePoint(context, dates[0] as DateClaim) : undefined;
    if (point) found.push({ label, key, words: `${key} ${field?.value ?? ''}`.toLowerCase(), claim: dates[0] as DateClaim, point });
  };
  for (const field of fields) {
    if (/^(?:incorporated|incorporation|incorporationdate|dateincorporated)$/.test(field.key)) add('incorporated', field, field.sentence.infoboxKey ?? field.key);
    const titled = /^([a-z]{1,30})title(\d{0,2})$/.exec(field.key);
    if (!titled) continue;
    const label = /^\s*incorporat(?:ed|ion)\b/i.test(field.value) ? 'incorporated' : /^\s*(?:founded|established|formed)\s*$/i.test(field.value) ? 'founded' : null;
    if (label) add(label, fields.find((other) => other.key === `${titled[1]}date${titled[2]}`), field.value.trim());
  }
  return found;
}

interface ProseDate {
  claim: DateClaim;
  point: DatePoint;
  sentence: ArticleSentence;
  /** The statement's span in `sentence.plain`, from the verb or an opening date to the date or the office. */
  start: number;
  end: number;
  /** What it became, when the prose says (`incorporated as a village`). */
  as?: string;
}

/** `York was incorporated as the City of Toronto on March 6, 1837`: the subject (or `it`, `the town`) and the date after the verb, or opening the sentence. */
function proseMilestones(context: RuleContext, verb: RegExp): ProseDate[] {
  const found: ProseDate[] = [];
  for (const sentence of context.sentences) {
    if (sentence.where !== 'prose') continue;
    const items = placed(sentence, context.claims);
    for (const match of sentence.plain.matchAll(verb)) {
      const verbEnd = match.index + match[0].length;
      const after = items.find((item): item is Placed<DateClaim> => item.claim.kind === 'date' && item.start >= verbEnd && /^(?: as [^,;()]{1,60})? (?:on|in) $/i.test(sentence.plain.slice(verbEnd, item.start)));
      // `In 1834, York was incorporated as the City of Toronto.`
      const opening = after ? undefined : openingDate(sentence, items, match.index);
      const date = after ?? opening;
      const clauseEnd = sentence.plain.slice(verbEnd).search(/[,;(]|\.(?: |$)/);
      const end = after ? after.start : clauseEnd < 0 ? sentence.plain.length : verbEnd + clauseEnd;
      const point = date ? datePoint(context, date.claim) : undefined;
      if (!date || !point || !milestoneSubject(context, sentence, items, match.index, end)) continue;
      const as = /^ as an? (village|town|city|borough|township|municipality|county|district|parish|company|corporation)\b/i.exec(sentence.plain.slice(verbEnd))?.[1]?.toLowerCase();
      found.push({ claim: date.claim, point, sentence, start: Math.min(date.start, match.index), end: after ? after.end : end, ...(as ? { as } : {}) });
    }
  }
  return found;
}

function milestoneSubject(context: RuleContext, sentence: ArticleSentence, items: readonly Placed[], verbStart: number, asEnd: number): boolean {
  const clauseStart = Math.max(sentence.plain.lastIndexOf(';', verbStart), sentence.plain.lastIndexOf(',', verbStart)) + 1;
  const names = items.filter((item) => ['person', 'place', 'organization'].includes(item.claim.kind));
  const subjectNames = names.filter((item) => item.start >= clauseStart && item.end <= verbStart);
  if (subjectNames.length === 0) {
    const words = sentence.plain.slice(clauseStart, verbStart).trim().replace(/^(?:and|but|then|later|finally) /i, '');
    // `It` is the subject only in the lead; further down it is whatever the section is about (a school, a mill).
    if (/^it$/i.test(words)) return sentence.sectionPath.length === 0;
    const subject = context.entities.find((entity) => entity.isSubject);
    return placeWords.test(words) && (subject === undefined || subject.type === 'place');
  }
  const asNames = names.filter((item) => item.start > verbStart && item.end <= asEnd);
  // `York was incorporated as the City of Toronto`: an earlier name of the place, renamed as the subject.
  const renamed = subjectNames.length === 1 && subjectNames[0]?.claim.kind === 'place' && asNames.some((item) => namesSubject(context, item.claim));
  return renamed || (subjectNames.every((item) => namesSubject(context, item.claim)) && asNames.every((item) => namesSubject(context, item.claim)));
}

interface Term {
  key: string;
  claim: DateClaim;
  point: DatePoint;
  office: string | null;
}

const startVerbs = /\b(?:sworn in|took office|assumed office|took the oath of office|assumed the (?:office|post|position) of|was inaugurated|was appointed)\b/gi;
const repeatedTerm = /\b(?:first|second|third|again|re-?elected|re-?appointed|returned|another|previous(?:ly)?|earlier|acting|interim|deputy)\b/i;
const roleThenDate = /^(?: (?:as )?(?:an? |the )?([^,;()]{2,80}?))? (?:on|in) $/i;
const roleToClauseEnd = /^ (?:as )?(?:an? |the )?([^,;()]{2,80}?)(?:[,;(]|\.?$)/i;

/**
 * `Office: U.S. Magistrate Judge …` with `Term Start: August 16, 2013`
 * against "was sworn in as a U.S. Magistrate Judge on August 16, 2012".
 * The prose must name the same office (or the infobox must have only one),
 * so a start date of another office is never compared.
 */
export function termStartConflicts(context: RuleContext, fields: readonly InfoboxValue[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const terms = infoboxTerms(context, fields);
  if (terms.length === 0) return findings;
  const starts = proseStarts(context, terms);
  for (const term of terms) {
    const same = starts.filter((start) => start.terms.includes(term));
    if (same.length === 0 || same.some((start) => start.terms.some((other) => compatible(start.point, other.point)))) continue;
    // Two different prose starts for one office, or `first`/`again`: the office was held more than once.
    if (same.some((start) => repeatedTerm.test(start.sentence.plain) || same.some((other) => !compatible(start.point, other.point)))) continue;
    // An appointment may be announced the year before the term starts: only two years apart counts against it.
    const clashing = same.filter((start) => start.how === 'took office' || (start.how === 'appointed' && Math.abs((yearOf(start.point) ?? 0) - (yearOf(term.point) ?? 0)) >= 2));
    const other = clashing[0];
    if (!other) continue;
    findings.push({
      message: `Infobox \`${term.key}\` is \`${term.claim.text}\`, but the prose gives \`${other.claim.text}\``,
      evidence: [context.evidence(term.claim, 'infobox'), context.evidence(other.claim, 'prose'), context.quote(other.sentence.toSource(other.start), other.sentence.toSource(other.end, true), 'prose statement')],
      ...subjectOf(context),
      reasoning: [`the infobox starts the term${term.office ? ` as ${term.office}` : ''} ${term.point.timex}`, `the prose starts it ${other.point.timex}`],
    });
  }
  return findings;
}

function infoboxTerms(context: RuleContext, fields: readonly InfoboxValue[]): Term[] {
  const terms: Term[] = [];
  for (const field of fields) {
    // `Assumed Office` is the officeholder infobox's term start for an incumbent.
    if (!/^(?:termstart|assumedoffice)\d{0,2}$/.test(field.key)) continue;
    const dates = field.claims.filter((claim): claim is DateClaim => claim.kind === 'date');
    const point = dates.length === 1 ? datePoint(context, dates[0] as DateClaim) : undefined;
    if (!point) continue;
    const number = fieldNumber(field.key);
    const office = fields.find((other) => /^(?:office|title|position|post)\d{0,2}$/.test(other.key) && fieldNumber(other.key) === number);
    terms.push({ key: field.sentence.infoboxKey ?? field.key, claim: dates[0] as DateClaim, point, office: office ? office.value.trim() : null });
  }
  return terms;
}

interface ProseStart extends ProseDate {
  terms: Term[];
  /** An appointment may precede the start by weeks, and an acting holder is appointed after it. */
  how: 'took office' | 'appointed' | 'acting';
}

function proseStarts(context: RuleContext, terms: readonly Term[]): ProseStart[] {
  const found: ProseStart[] = [];
  if (context.entities.find((entity) => entity.isSubject)?.type !== 'person') return found;
  for (const sentence of context.sentences) {
    if (sentence.where !== 'prose') continue;
    const items = placed(sentence, context.claims);
    for (const match of sentence.plain.matchAll(startVerbs)) {
      const verbEnd = match.index + match[0].length;
      const after = items.find((item): item is Placed<DateClaim> => item.claim.kind === 'date' && item.start >= verbEnd && roleThenDate.test(sentence.plain.slice(verbEnd, item.start)));
      const opening = after ? undefined : openingDate(sentence, items, match.index);
      const date = after ?? opening;
      const point = date ? datePoint(context, date.claim) : undefined;
      if (!date || !point || !personSubject(context, sentence, items, opening ? opening.end : 0, match.index)) continue;
      const role = after ? roleThenDate.exec(sentence.plain.slice(verbEnd, after.start))?.[1] : roleToClauseEnd.exec(sentence.plain.slice(verbEnd))?.[1];
      const matching = role ? terms.filter((term) => term.office !== null && sameOffice(officeOf(role), term.office)) : terms.length === 1 && terms[0]?.office && sentence.plain.toLowerCase().includes(officeHead(terms[0].office)) ? [terms[0]] : [];
      const end = after ? after.end : verbEnd + (role ? sentence.plain.indexOf(role, verbEnd) - verbEnd + role.length : 0);
      const appointed = /appointed/i.test(match[0]) ? (/\b(?:acting|interim|permanent(?:ly)?)\b/i.test(sentence.plain) ? 'acting' : 'appointed') : 'took office';
      if (matching.length > 0) found.push({ claim: date.claim, point, sentence, start: Math.min(date.start, match.index), end, terms: matching, how: appointed });
    }
  }
  return found;
}

/** `On August 16, 2012, Mitchell was sworn in …`: the sentence opens with the date and the clause after it has the verb. */
function openingDate(sentence: ArticleSentence, items: readonly Placed[], verbStart: number): Placed<DateClaim> | undefined {
  const dates = items.filter((item): item is Placed<DateClaim> => item.claim.kind === 'date' && item.start < verbStart);
  const first = dates[0];
  if (dates.length !== 1 || !first || !/^(?:on|in) $/i.test(sentence.plain.slice(0, first.start))) return undefined;
  return /^, [^,;]{1,60}$/.test(sentence.plain.slice(first.end, verbStart)) ? first : undefined;
}

/** The subject took office: the last name before the verb is theirs, or the clause opens with `he`/`she`. */
function personSubject(context: RuleContext, sentence: ArticleSentence, items: readonly Placed[], from: number, verbStart: number): boolean {
  const names = items.filter((item) => item.start >= from && item.end <= verbStart && ['person', 'place', 'organization'].includes(item.claim.kind));
  const last = names[names.length - 1];
  if (last) return last.claim.kind === 'person' && namesSubject(context, last.claim) && /^ (?:was |had |then |later |formally |officially ){0,2}$/.test(sentence.plain.slice(last.end, verbStart));
  return /^(?:, )?(?:he|she)\s$/i.test(sentence.plain.slice(from, verbStart).replace(/\b(?:was|had|then|later) /gi, ''));
}

/** `U.S. Magistrate Judge` names `U.S. Magistrate Judge of the … District of Texas`; `Governor` does not name `Lieutenant Governor`. */
function sameOffice(role: string, office: string): boolean {
  const [a, b] = [normalOffice(role), normalOffice(office)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short !== '' && long.startsWith(short) && (long.length === short.length || long[short.length] === ' ');
}

/** `Governor of Eastmarch by the legislature` → `Governor of Eastmarch`: the office without how it was given. */
function officeOf(role: string): string {
  const cut = role.search(/ (?:by|under|after|following|for|at|with|during|from|to succeed|succeeding|replacing) /i);
  return cut < 0 ? role : role.slice(0, cut);
}

function normalOffice(text: string): string {
  return text.toLowerCase().replace(/^(?:the|an?) /, '').replace(/\s+/g, ' ').trim();
}

function officeHead(office: string): string {
  return normalOffice(office).split(' of ')[0] ?? '';
}

/** The finding's entity: the article's subject, when it was resolved. */
function subjectOf(context: RuleContext): { entity?: string } {
  const subject = context.entities.find((entity) => entity.isSubject);
  return subject ? { entity: subject.id } : {};
}

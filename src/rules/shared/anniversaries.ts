import type { RuleContext, RuleFinding } from '../../check/index.js';
import { ANNIVERSARY_NOUNS, JUBILEE_YEARS } from '../../lexicon/durations.js';
import { eventNoun, type EventTypeId } from '../../lexicon/events.js';
import { personalPronouns } from '../../lexicon/grammar.js';
import { ordinalValue } from '../../extract/dates/lexicon.js';
import type { DateClaim, EventClaim } from '../../schema/claims.js';
import type { Token } from '../../segment/tokens.js';
import { usable, whenOf, yearOf } from './events.js';

// `50th`, `150th`: an anniversary's count in figures.
const numericOrdinal = /^(\d{1,3})(?:st|nd|rd|th)$/u;

// Words that name the event an anniversary counts from, other than the body's founding or the person's birth.
const countedFrom = /\b(?:counting|counted|reckoned|dating|dated)\s+from\b/iu;

/**
 * Anniversaries counted by their noun or owned by a body or a person, dated so
 * that the event they mark falls in another year than the article gives it:
 * `celebrated its centenary in 1936` of a paper founded in 1838, `the club's
 * golden jubilee was marked in 1962` of a club founded in 1909, `marked its
 * 150th anniversary in 1995`. What is marked is the `of` phrase's event (`the
 * centenary of his birth`), else a body's founding or a person's birth. (`the
 * fiftieth anniversary of the spill`, an ordinal and an event noun, is read by
 * `anniversaries`.)
 */
export function ownedAnniversaryFindings(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  context.tokens.forEach((tokens, sentence) => {
    tokens.forEach((token, index) => {
      if (!ANNIVERSARY_NOUNS.has(token.lemma) && !ANNIVERSARY_NOUNS.has(token.lower)) return;
      if (token.lower === 'anniversary' && tokens[index + 1]?.lower === 'of') return;
      // `its 50th anniversary in 2015, counting from its first scheduled flight in July 1965`: counted from another event.
      if (countedFrom.test(context.sentences[sentence]?.plain ?? '')) return;
      const finding = ownedAnniversaryFinding(context, sentence, tokens, index);
      if (finding) findings.push(finding);
    });
  });
  return findings;
}

// How far an anniversary's year may stand from the year the event gives it: a centenary kept over a season (`1905–06`).
const slack = 1;

function ownedAnniversaryFinding(context: RuleContext, sentence: number, tokens: readonly Token[], index: number): RuleFinding | undefined {
  const noun = tokens[index] as Token;
  const years = countedYears(tokens, index);
  const where = context.sentences[sentence];
  if (years === undefined || !where) return undefined;
  const marked = markedEvent(context, sentence, tokens, index);
  if (!marked) return undefined;
  const nounStart = where.toSource(noun.start);
  const date = nearestYear(context, sentence, nounStart);
  if (!date) return undefined;
  const markedYear = date.year - years;
  const told = context.events.filter((event) => event.value.type === marked.type && event.value.subject === marked.entity && usable(event));
  const dated = told.flatMap((event) => {
    const when = whenOf(context, event).date;
    const year = when ? yearOf(when.point) : null;
    return when && year !== null && when.claim.value.granularity !== 'range' ? [{ event, claim: when.claim, year }] : [];
  });
  if (dated.length === 0 || dated.some((item) => Math.abs(item.year - markedYear) <= slack)) return undefined;
  const owner = tokens[marked.from] as Token;
  if (personalPronouns.get(owner.lower)?.possessive && otherOwnerFits(context, where.plain, marked.entity, markedYear)) return undefined;
  const first = dated[0] as { event: EventClaim; claim: DateClaim; year: number };
  const phraseStart = where.toSource((tokens[marked.from] as Token).start);
  const phraseEnd = where.toSource(noun.end, true);
  const phrase = context.quote(phraseStart, phraseEnd, 'anniversary');
  const name = context.entity(marked.entity)?.canonical ?? first.event.value.subjectText ?? 'it';
  return {
    message: `\`${phrase.quote}\` in \`${date.claim.text}\` puts the ${marked.type} of \`${name}\` in ${markedYear}, but the article dates it \`${first.claim.text}\``,
    evidence: [phrase, context.evidence(date.claim, 'anniversary year'), ...dated.map((item) => context.evidence(item.claim, `${marked.type} date`))],
    reasoning: [`a ${years}-year anniversary in ${date.year} marks an event of ${markedYear}`, `the ${marked.type} is dated ${[...new Set(dated.map((item) => item.year))].join(' and ')}, more than ${slack} year from ${markedYear}`],
    entity: marked.entity,
  };
}

/**
 * `In 2019 the band played all of Paper Saints on a tour marking its 36th
 * anniversary`: a possessive that may stand for another thing the sentence
 * names — one the article dates something of in the marked year (`Paper
 * Saints followed in 1983`) — accuses no one.
 */
function otherOwnerFits(context: RuleContext, plain: string, entity: string, markedYear: number): boolean {
  return context.events.some((event) => {
    const named = event.value.subjectText;
    if (!usable(event) || event.value.subject === entity || !named || !/\s|^\p{Lu}/u.test(named) || !plain.includes(named)) return false;
    const when = whenOf(context, event).date;
    const year = when ? yearOf(when.point) : null;
    return year !== null && Math.abs(year - markedYear) <= slack;
  });
}

/** The years an anniversary noun counts: its own (`centenary`), an ordinal before it (`50th`, `fiftieth`) or a jubilee's adjective. */
function countedYears(tokens: readonly Token[], index: number): number | undefined {
  const noun = tokens[index] as Token;
  const own = ANNIVERSARY_NOUNS.get(noun.lemma) ?? ANNIVERSARY_NOUNS.get(noun.lower);
  if (own) return own;
  const before = tokens[index - 1]?.lower ?? '';
  if (noun.lower.startsWith('jubilee')) return JUBILEE_YEARS.get(before);
  const numeric = numericOrdinal.exec(before);
  if (numeric) return Number(numeric[1]);
  return before === 'hundredth' ? 100 : ordinalValue(before);
}

/**
 * The event an anniversary marks and whose it is: the `of` phrase's event
 * noun and owner (`of his birth`, `of the paper's founding`), else the
 * owner before it (`its centenary`, `the club's centenary`) and that owner's
 * founding or birth. `from` is the token the quoted phrase starts at.
 */
function markedEvent(context: RuleContext, sentence: number, tokens: readonly Token[], index: number): { type: EventTypeId; entity: string; from: number } | undefined {
  let from = index;
  // Past the count and adjectives before the noun: `its 50th`, `the club's golden`.
  while (from > 0 && countWord(tokens[from - 1] as Token)) from--;
  const owner = tokens[from - 1];
  let type: EventTypeId | undefined;
  let entity: string | null | undefined;
  if (tokens[index + 1]?.lower === 'of') {
    for (let at = index + 2; at < Math.min(tokens.length, index + 7); at++) {
      const token = tokens[at] as Token;
      if (token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX') break;
      entity ??= entityAt(context, sentence, token);
      const types = eventNoun(token.lemma);
      if (types.length > 0) {
        type = types[0];
        break;
      }
    }
    // `the centenary of the battle`: an event noun of the article's own event, no owner, is not read here.
    if (type === undefined && entity === undefined) return undefined;
  }
  if (entity == null && owner && (personalPronouns.get(owner.lower)?.possessive || owner.lower === "'s" || owner.lower === '’s')) {
    entity = entityAt(context, sentence, owner.lower === "'s" || owner.lower === '’s' ? (tokens[from - 2] as Token) : owner);
    if (entity) from -= owner.lower === "'s" || owner.lower === '’s' ? 2 : 1;
  }
  if (!entity) return undefined;
  const kind = context.entity(entity)?.type;
  type ??= kind === 'person' ? 'birth' : kind === 'organization' ? 'founding' : undefined;
  return type === undefined ? undefined : { type, entity, from };
}

function countWord(token: Token): boolean {
  return token.pos === 'NUM' || token.pos === 'ADJ' || numericOrdinal.test(token.lower);
}

/** The entity of the mention that holds a token, if the resolver named one. */
function entityAt(context: RuleContext, sentence: number, token: Token): string | undefined {
  const where = context.sentences[sentence];
  if (!where) return undefined;
  const start = where.toSource(token.start);
  const mention = context.mentions.find((candidate) => candidate.sentence === sentence && candidate.position.start.offset <= start && start < candidate.position.end.offset);
  return mention?.entity ?? undefined;
}

/** The year of the date claim nearest the anniversary noun in its sentence: `its centenary in 1936`, `In 1936 … its centenary`. */
function nearestYear(context: RuleContext, sentence: number, at: number): { claim: DateClaim; year: number } | undefined {
  let best: { claim: DateClaim; year: number; distance: number } | undefined;
  for (const claim of context.claimsOf('date')) {
    if (claim.sentence !== sentence || claim.value.granularity === 'range' || claim.value.relation !== undefined) continue;
    const year = /^(\d{4})/u.exec(claim.value.timex)?.[1];
    if (!year) continue;
    const distance = Math.abs(claim.position.start.offset - at);
    if (!best || distance < best.distance) best = { claim, year: Number(year), distance };
  }
  return best;
}

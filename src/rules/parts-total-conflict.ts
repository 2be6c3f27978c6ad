import { defineRule, type RuleContext, type RuleFinding } from '../check/index.js';
import type { DateClaim } from '../schema/claims.js';
import type { Evidence } from '../schema/entities.js';
import type { ArticleSentence } from '../segment/index.js';
import type { Token } from '../segment/tokens.js';
import { workNouns } from '../lexicon/events.js';
import { listOf, whenOf, yearOf } from './shared/events.js';
import { measureFamily } from './shared/counts.js';
import { deadCount, isPersonPart, lastCount, readOfThese, readOfTheSize, isRecord, readDeadItemised, readOneOfOthers, readNameList, readOutcomeVerbs, pastDescriptor, readOpenerList, readTitleList, readPartList, readPartsBeforeTotal, readSharedOut, readShareLists, readShareRemainders, readTotalMarker, readRemainder, readShareClauses, type Part, type PartList } from './shared/parts.js';
import { figureEvidence, figureText, sentenceFigures, type SentenceFigure } from './shared/sentence-figures.js';
import { readListedDates, type ListedDates } from './shared/listed-dates.js';
import { readCountedList, readHeadedList, sameSection, type CountedList } from './shared/listed-rows.js';
import { readSummedRows, readTotalRows, type SummedRows } from './shared/summed-rows.js';
import { partShareFindings } from './shared/part-shares.js';

export default defineRule({
  id: 'parts-total-conflict',
  meta: {
    description: 'A total that its itemised parts, listed names or shares do not add up to',
    defaultSeverity: 'error',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    context.sentences.forEach((sentence, index) => {
      // `| **Total** | **312** |` closing a table: its rows above must add up to it.
      if (sentence.where === 'table') {
        for (const summed of readTotalRows(context, index)) {
          const finding = rowsFinding(context, summed);
          if (finding) findings.push(finding);
        }
        return;
      }
      if (sentence.where !== 'prose' && sentence.where !== 'list' && sentence.where !== 'infobox') return;
      const tokens = context.tokens[index] ?? [];
      findings.push(...writtenSums(context, sentence));
      const figures = sentenceFigures(context, index);
      if (figures.length === 0) return;
      // `- Ethnic Groups: 87.1% White, 7.0% Asian, …`: an infobox row lists shares, nothing else.
      if (sentence.where === 'infobox') {
        findings.push(...shareFindings(context, sentence, tokens, figures));
        return;
      }
      const byFirst = new Map(figures.map((figure) => [figure.first, figure]));
      for (const total of figures) {
        // `three sons and one daughter: A; B; …`: two counts of people joined by `and` before a list count it together.
        const partner = tokens[total.first - 1]?.lower === 'and' ? figures.find((figure) => figure.last === total.first - 2 && figure.exact && !figure.percent && figure.noun !== null && total.noun !== null && isPersonPart(figure.noun) && isPersonPart(total.noun)) : undefined;
        const whole = partner ? { ...total, start: partner.start, first: partner.first, low: total.low + partner.low, high: total.high + partner.high, claim: undefined } : total;
        if (total.percent || whole.high < 2) continue;
        // `one of three new teams, along with A, B and C`: the subject and the others named make the total.
        const others = total.exact ? readOneOfOthers(tokens, total) : null;
        const alongside = others === null ? null : readNameList(tokens, others);
        if (alongside) {
          const finding = namesFinding(context, sentence, { ...total, low: total.low - 1, high: total.high - 1 }, alongside, true, figures.filter((figure) => figure !== total), 'others');
          if (finding) findings.push(finding);
          continue;
        }
        // `holding 600,000 shares between them, were A (250,000 shares), B (160,000), …`: shared out among the names.
        const sharedOut = total.exact ? readSharedOut(tokens, total, figures) : null;
        if (sharedOut) {
          const finding = partsFinding(context, sentence, total, sharedOut, true, figures);
          if (finding) findings.push(finding);
          continue;
        }
        // `41 fights, having won 33, lost 6 and drawn 3`: a record told by verbs.
        const outcomes = total.exact ? readOutcomeVerbs(tokens, total, byFirst) : null;
        if (outcomes) {
          const finding = partsFinding(context, sentence, total, outcomes.list, outcomes.complete, figures);
          if (finding) findings.push(finding);
          continue;
        }
        const marker = readTotalMarker(tokens, whole, byFirst);
        if (!marker || (partner && !marker.names)) continue;
        const read = marker.parts ? readPartList(tokens, marker.next, byFirst, total) : null;
        const parts = read && marker.listOnly && (read.parts.length < 2 || !read.clean) ? null : read;
        if (parts) {
          // `owned 14 vessels: six passenger steamers, five cargo ships and two tugs.`: kinds listed after a colon to the
          // sentence's end are the whole; kinds elsewhere may be some of them.
          const kindsListed = parts.kinds === true && marker.colon === true && parts.clean && parts.parts.length >= 2;
          const complete = (!parts.kinds || kindsListed) && (marker.complete || (marker.withParts === true && isRecord(total, parts.parts.map((part) => part.figure))));
          const finding = partsFinding(context, sentence, total, parts, complete, figures);
          if (finding) findings.push(finding);
          continue;
        }
        // `…; three officers of the Gurkha Rifles, Captains John Tennant, Alan Moir and Robert Cheyne; and …`: an apposed list
        // ends with its item of the longer list.
        const names = total.exact && marker.names ? (readNameList(tokens, pastDescriptor(tokens, marker.next), !marker.apposed) ?? readOpenerList(tokens, marker.next)) : null;
        // `his first four albums for Elektra Records: A (1964), B (1965) and C (1966)`: works counted, then listed by title.
        const titles = !names && total.exact && marker.complete && total.noun !== null && workNouns.has(total.noun) ? readTitleList(tokens, marker.next) : null;
        if (names ?? titles) {
          const finding = namesFinding(context, sentence, whole, (names ?? titles) as ReadonlyArray<readonly [number, number]>, marker.complete, figures.filter((figure) => figure !== partner), titles ? 'titles' : 'names');
          if (finding) findings.push(finding);
        }
      }
      // `Chalmers has 14 departments.` and the list of them right after it.
      const counted = sentence.where === 'prose' ? (readCountedList(context, index, figures) ?? readHeadedList(context, index, figures)) : undefined;
      if (counted && counted.rows !== counted.total.low) findings.push(listFinding(context, sentence, counted));
      // `employed 1,850 people at three plants:` and a table of the plants' employees; rows closed by `a total of 12,400`.
      const summed = readSummedRows(context, index);
      const summedFinding = summed ? rowsFinding(context, summed) : null;
      if (summedFinding) findings.push(summedFinding);
      // `VFL/AFL: 8 (1925, 1931, …)`, `only twice: on …; on …; and on …`: a count of occasions against their dates.
      for (const listed of readListedDates(context, sentence, tokens, figures)) {
        const finding = datesFinding(context, sentence, listed);
        if (finding) findings.push(finding);
      }
      // `… claimed 23 lives. The dead comprised the eight players, three members of staff and fourteen journalists`.
      const itemised = readDeadItemised(tokens);
      const previous = context.sentences[index - 1];
      const dead = itemised && previous?.block === sentence.block ? deadCount(sentenceFigures(context, index - 1)) : undefined;
      const deadParts = dead && itemised ? readPartList(tokens, itemised.next, byFirst, dead) : null;
      if (dead && itemised && previous && deadParts) {
        const finding = partsFinding(context, sentence, dead, deadParts, itemised.complete, figures, previous);
        if (finding) findings.push(finding);
      }
      // `Allied casualties totalled 1,240 killed, wounded and captured. Of these, 612 were Spanish, …`.
      const shared = readOfThese(tokens);
      const whole = shared !== null && previous?.block === sentence.block ? lastCount(sentenceFigures(context, index - 1)) : undefined;
      const shares = whole && shared !== null ? readPartList(tokens, shared, byFirst, whole) : null;
      if (whole && previous && shares && shares.parts.length >= 2) {
        const finding = partsFinding(context, sentence, whole, shares, shares.clean && !shares.kinds, figures, previous);
        if (finding) findings.push(finding);
      }
      // `Of the 2019 population, 2,960 lived in the central district, 811 in Løkta and 447 in Nyheim.`
      const named = readOfTheSize(tokens);
      const size = named ? toldSize(context, named.noun, named.year) : undefined;
      const sizeParts = size && named ? readPartList(tokens, named.next, byFirst, size.figure) : null;
      if (size && sizeParts && sizeParts.parts.length >= 2) {
        const finding = partsFinding(context, sentence, size.figure, sizeParts, sizeParts.clean && !sizeParts.kinds, figures, size.sentence);
        if (finding) findings.push(finding);
      }
      for (const { total, list } of readPartsBeforeTotal(tokens, figures, byFirst)) {
        const finding = partsFinding(context, sentence, total, list, true, figures);
        if (finding) findings.push(finding);
      }
      for (const { total, list, complete } of readShareClauses(tokens, figures)) {
        const finding = partsFinding(context, sentence, total, list, complete, figures);
        if (finding) findings.push(finding);
      }
      for (const remainder of readRemainder(tokens, figures)) {
        const finding = partsFinding(context, sentence, remainder.total, { parts: remainder.parts, clean: true }, true, figures);
        if (finding) findings.push(finding);
      }
      findings.push(...shareFindings(context, sentence, tokens, figures));
    });
    return [...findings, ...partShareFindings(context)];
  },
});

/**
 * The one size of the article's subject measured by `noun` (`population`),
 * of `year` when one is given, as a figure of its sentence: what `Of the 2019
 * population, …` shares out.
 */
function toldSize(context: RuleContext, noun: string, year: number | null): { figure: SentenceFigure; sentence: ArticleSentence } | undefined {
  const subject = context.entities.find((entity) => entity.isSubject)?.id;
  const told = context.events.filter((event) => {
    if (event.value.type !== 'size' || event.value.source !== 'prose' || !event.value.measure || measureFamily(event.value.measure) !== measureFamily(noun) || (subject && event.value.subject !== subject)) return false;
    const date = whenOf(context, event).date;
    return year === null || (date !== undefined && yearOf(date.point) === year);
  });
  const claims = [...new Set(told.flatMap((event) => event.value.figures ?? []))].map((id) => context.claim(id)).filter((claim) => claim?.kind === 'quantity');
  const values = new Set(claims.map((claim) => (claim?.kind === 'quantity' ? claim.value.value : null)));
  const claim = claims[0];
  if (!claim || values.size !== 1) return undefined;
  const sentence = context.sentences[claim.sentence];
  const figure = sentenceFigures(context, claim.sentence).find((candidate) => candidate.claim?.id === claim.id);
  return sentence && figure ? { figure, sentence } : undefined;
}

// `79–75–79–76=305`, `87–85=172`: rounds or parts written out with their sum.
const writtenSum = /(?<![\d.,])(\d{1,4}(?:[–+-]\d{1,4}){1,7})[\s\u00a0]?=[\s\u00a0]?(\d{1,5})(?![\d.,])/gu;

/** A sum written out (`79–75–79–76=305`, a golfer's rounds and total) that does not add up. */
function writtenSums(context: RuleContext, sentence: ArticleSentence): RuleFinding[] {
  if (!sentence.plain.includes('=')) return [];
  const findings: RuleFinding[] = [];
  for (const found of sentence.plain.matchAll(writtenSum)) {
    const parts = (found[1] as string).split(/[–+-]/).map(Number);
    const total = Number(found[2]);
    const sum = parts.reduce((left, right) => left + right, 0);
    if (sum === total) continue;
    const start = found.index;
    const end = start + found[0].length;
    // `page.cfm?Sort=2-1=3`: inside a link, digits and signs are no sum.
    const word = sentence.plain.slice(sentence.plain.lastIndexOf(' ', start) + 1, start);
    if (/[/?&=]/.test(word)) continue;
    findings.push({
      message: `\`${found[0]}\` writes \`${total}\` as the sum of ${listOf(parts.map((part) => `\`${part}\``))}, which add up to \`${sum}\``,
      evidence: [context.quote(sentence.toSource(start), sentence.toSource(end, true), 'sum')],
      reasoning: [`${parts.join(' + ')} = ${sum}`, `the text gives the total as ${total}`],
    });
  }
  return findings;
}

/** Shares of one whole that do not make 100%. A list closed by `the remaining 44%` is read both ways: reported once, as the whole it claims to make. */
function shareFindings(context: RuleContext, sentence: ArticleSentence, tokens: readonly Token[], figures: readonly SentenceFigure[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const remainders = readShareRemainders(tokens, figures);
  const closed = new Set(remainders.flat());
  for (const shares of readShareLists(tokens, figures)) {
    const finding = shares.some((share) => closed.has(share)) ? null : sharesFinding(context, sentence, shares, false);
    if (finding) findings.push(finding);
  }
  for (const shares of remainders) {
    const finding = sharesFinding(context, sentence, shares, true);
    if (finding) findings.push(finding);
  }
  return findings;
}

// How far parts may fall short of an approximate whole (`about 25`) and still make it.
const approximateWhole = 0.1;

/**
 * Parts said to make the whole (a colon list, `consisting of`) must add up to
 * it; parts that may be only some of it (`including`, an approximate total)
 * must not exceed it.
 */
function partsFinding(context: RuleContext, sentence: ArticleSentence, total: SentenceFigure, list: PartList, complete: boolean, others: readonly SentenceFigure[], totalSentence: ArticleSentence = sentence): RuleFinding | null {
  const figures = list.parts.map((part) => part.figure);
  const low = figures.reduce((sum, part) => sum + part.low, 0);
  const high = list.parts.some((part) => part.each) ? Number.POSITIVE_INFINITY : figures.reduce((sum, part) => sum + part.high, 0);
  const exact = complete && list.clean && figures.length > 1 && total.exact && figures.every((part) => part.exact);
  const exceeds = low > total.high;
  // `41,000 dead: 17,000 soldiers, 15,000 … and about 6,000 civilians`: approximate parts cannot fall short of an exact
  // whole at their highest. An approximate whole allows what `about` allows, a tenth either way: `about 25 killed: 12
  // soldiers and 11 civilians` agrees, `around 1,900 died: some 1,400 … and about 300 …` does not.
  const nominal = (figure: SentenceFigure): number => (Number.isFinite(figure.high) ? (figure.low + figure.high) / 2 : figure.low);
  const shortOfApproximate = figures.reduce((sum, part) => sum + nominal(part), 0) < nominal(total) * (1 - approximateWhole);
  const short = !exact && complete && list.clean && figures.length > 1 && high < total.low && (total.exact || shortOfApproximate);
  if (!exceeds && !short && !(exact && high !== total.low)) return null;
  // `25 goals in 40 appearances: 12 in the league and 13 in the cup`: parts that make another figure of the sentence are its parts.
  if (others.some((other) => other !== total && !figures.includes(other) && !other.percent && other.low <= high && low <= other.high)) return null;
  const totalText = figureText(totalSentence, total);
  const partTexts = list.parts.map((part) => sentence.plain.slice(part.start, part.end));
  const sum = exact || low === high ? String(low) : short ? `at most ${high}` : `at least ${low}`;
  return {
    message: exact
      ? `Parts ${listOf(partTexts.map((text) => `\`${text}\``))} add up to \`${sum}\`, not the \`${totalText}\` they itemise`
      : short
        ? `Parts ${listOf(partTexts.map((text) => `\`${text}\``))} add up to \`${sum}\`, less than the \`${totalText}\` they itemise`
        : `Parts ${listOf(partTexts.map((text) => `\`${text}\``))} add up to \`${sum}\`, more than the \`${totalText}\` they belong to`,
    evidence: [figureEvidence(context, totalSentence, total, 'total'), ...list.parts.map((part) => partEvidence(context, sentence, part))],
    reasoning: [
      `'${totalText}' is the whole; ${listOf(partTexts.map((text) => `'${text}'`))} are given as its parts`,
      exact ? `the parts add up to ${low}, and a total of exact parts is exact` : short ? `even the highest reading of the parts, ${high}, is less than the whole (${total.low})` : `even the lowest reading of the parts, ${low}, is more than the whole allows (${total.high})`,
    ],
    ...(exact ? {} : { severity: 'warning' as const }),
  };
}

/** A part as evidence: its claim when the claim is the whole part, else the part's words. */
function partEvidence(context: RuleContext, sentence: ArticleSentence, part: Part): Evidence {
  const { figure } = part;
  if (figure.start === part.start && figure.end === part.end) return figureEvidence(context, sentence, figure, 'part');
  return context.quote(sentence.toSource(part.start), sentence.toSource(part.end, true), 'part');
}

/** `three children: Anna, Carl, Eva and Olof`: a count against the names listed after it. */
function namesFinding(context: RuleContext, sentence: ArticleSentence, total: SentenceFigure, names: ReadonlyArray<readonly [number, number]>, complete: boolean, others: readonly SentenceFigure[], kind: 'names' | 'titles' | 'others'): RuleFinding | null {
  if (names.length === total.low || (!complete && names.length <= total.high)) return null;
  // `two of the three founders, Anna, Carl and Eva`: names as many as another count of the sentence are that one's.
  if (others.some((other) => other !== total && !other.percent && other.low <= names.length && names.length <= other.high)) return null;
  const totalText = figureText(sentence, total);
  const quoted = names.map(([start, end]) => sentence.plain.slice(start, end));
  if (kind === 'others') {
    return {
      message: `One of \`${totalText}\`, but \`${names.length}\` others listed: ${listOf(quoted.map((name) => `\`${name}\``))}`,
      evidence: [figureEvidence(context, sentence, total, 'total'), context.quote(sentence.toSource(names[0]?.[0] ?? 0), sentence.toSource(names[names.length - 1]?.[1] ?? 0, true), 'others')],
      reasoning: [`'${totalText}' counts ${total.low + 1}, one of them the subject`, `so ${total.low} others, but the list after it names ${names.length}: ${listOf(quoted)}`],
    };
  }
  return {
    message: `\`${totalText}\` but \`${names.length}\` ${kind} listed: ${listOf(quoted.map((name) => `\`${name}\``))}`,
    // The list is quoted whole, from its first name to its last, as the reader sees it.
    evidence: [figureEvidence(context, sentence, total, 'total'), context.quote(sentence.toSource(names[0]?.[0] ?? 0), sentence.toSource(names[names.length - 1]?.[1] ?? 0, true), kind)],
    reasoning: [`'${totalText}' counts ${total.low}`, `the list after it names ${names.length}: ${listOf(quoted)}`],
    ...(complete ? {} : { severity: 'warning' as const }),
  };
}

/** A count against the rows of the list it introduces. */
function listFinding(context: RuleContext, sentence: ArticleSentence, counted: CountedList): RuleFinding {
  const { total, first, last, rows } = counted;
  const totalText = figureText(sentence, total);
  return {
    message: `\`${totalText}\` but the list ${sameSection(sentence, first) ? 'after it' : `under \`${first.sectionPath.at(-1) ?? ''}\``} has \`${rows}\` rows`,
    evidence: [figureEvidence(context, sentence, total, 'total'), ...(counted.heading ? [context.quote(counted.heading[0], counted.heading[1], 'heading of the list')] : []), context.quote(first.position.start.offset, last.position.end.offset, 'list')],
    reasoning: [`'${totalText}' counts ${total.low}`, sameSection(sentence, first) ? `the list that follows it, in the same section, has ${rows} rows at its first level` : `the article's list of them, under \`${first.sectionPath.at(-1) ?? ''}\`, has ${rows} rows at its first level`],
    severity: 'warning',
  };
}

/** A total against the sum of the one figure of each row of the list or table that itemises it. */
function rowsFinding(context: RuleContext, summed: SummedRows): RuleFinding | null {
  const { sentence, total, rows } = summed;
  const low = rows.reduce((sum, row) => sum + row.figure.low, 0);
  const high = rows.reduce((sum, row) => sum + row.figure.high, 0);
  if (low <= total.high && total.low <= high) return null;
  const exact = total.exact && rows.every((row) => row.figure.exact);
  const totalText = figureText(sentence, total);
  const sum = low === high ? String(low) : `${low}–${high}`;
  return {
    message: `Rows add up to \`${sum}\`, not the \`${totalText}\` they itemise`,
    evidence: [figureEvidence(context, sentence, total, 'total'), ...rows.map((row) => figureEvidence(context, row.sentence, row.figure, 'row'))],
    reasoning: [`'${totalText}' is the whole`, `the ${rows.length} rows give ${listOf(rows.map((row) => figureText(row.sentence, row.figure)))}, which add up to ${sum}`],
    ...(exact ? {} : { severity: 'warning' as const }),
  };
}

/** `four times (1952, 1953, and 1954)`: a count of occasions and the dates it lists, one for each. */
function datesFinding(context: RuleContext, sentence: ArticleSentence, listed: ListedDates): RuleFinding | null {
  const { count, dates } = listed;
  if (dates.length === count.value) return null;
  const countText = sentence.plain.slice(count.start, count.end);
  const first = dates[0] as DateClaim;
  const last = dates[dates.length - 1] as DateClaim;
  return {
    message: `\`${countText}\` but \`${dates.length}\` dates listed: ${listOf(dates.map((date) => `\`${date.text}\``))}`,
    evidence: [context.quote(sentence.toSource(count.start), sentence.toSource(count.end, true), 'count'), context.quote(first.position.start.offset, last.position.end.offset, 'dates')],
    reasoning: [`'${countText}' counts ${count.value}`, listed.row ? `the list row of the same title gives ${dates.length} dates, one for each occasion` : `the dates listed after it are ${dates.length}, one for each occasion`],
    ...(listed.row ? { severity: 'warning' as const } : {}),
  };
}

/** The unit a percentage was rounded to: 1 for `45%`, 0.1 for `38.5 %`. */
function roundingOf(text: string): number {
  const decimals = /\.(\d{1,6})/u.exec(text)?.[1]?.length ?? 0;
  return 10 ** -decimals;
}

/**
 * Shares of one whole (`45% of the vote, the Liberals 38% and the Greens
 * 22%`) past 100%; with `the remaining 44%` closing them, anything but 100%.
 */
function sharesFinding(context: RuleContext, sentence: ArticleSentence, shares: readonly SentenceFigure[], whole: boolean): RuleFinding | null {
  const low = shares.reduce((sum, share) => sum + share.low, 0);
  const high = shares.reduce((sum, share) => sum + share.high, 0);
  // Each share may be rounded by half its last digit: `62%`, `34%` and `5%` may be 61.5 + 33.5 + 4.5.
  const rounding = shares.reduce((sum, share) => sum + roundingOf(figureText(sentence, share)) / 2, 0);
  const over = low > 100 + rounding;
  if (!over && !(whole && high < 100 - rounding)) return null;
  const texts = shares.map((share) => figureText(sentence, share));
  const sum = Math.round((over ? low : high) * 1000) / 1000;
  return {
    message: `Shares ${listOf(texts.map((text) => `\`${text}\``))} of one whole add up to \`${sum}%\``,
    evidence: shares.map((share) => figureEvidence(context, sentence, share, 'share')),
    reasoning: [
      `${listOf(texts.map((text) => `'${text}'`))} are listed as shares of the same whole${whole ? ', the last of them the rest' : ''}`,
      `together they make ${sum}%, ${over ? 'more' : 'less'} than 100% even allowing for rounding`,
    ],
    severity: 'warning',
  };
}

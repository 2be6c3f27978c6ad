import type { EventTypeId } from '../../lexicon/events.js';
import type { Claim } from '../../schema/claims.js';
import type { ArticleSentence, SegmentedArticle } from '../../segment/index.js';
import type { Token } from '../../segment/tokens.js';
import { infoboxFrames } from './infobox.js';
import { parseSentence, readFrames } from './reader.js';
import { announcedDeed, announcedEvent, announcedListRole, structureFrames } from './structures.js';
import { honoursRowFrames, tableCellFrames, worksRowFrames } from './tables.js';
import type { Frame, SentenceInput } from './types.js';

export type { Frame, FrameArgument, ArgumentStrategy } from './types.js';

/** The frames of one sentence. */
export interface SentenceFrames {
  sentence: number;
  frames: Frame[];
}

/**
 * Reads every sentence's frames from its tokens and claims: clause frames
 * from grammar, then the frames the article's structure gives (infobox lines,
 * list rows under their head, table cells under their column's head). Claims must be in document order.
 */
export function readArticleFrames(article: SegmentedArticle, claims: readonly Claim[], tokens: readonly Token[][]): SentenceFrames[] {
  const bySentence = new Map<number, Claim[]>();
  for (const claim of claims) {
    if (claim.kind === 'event') continue;
    const list = bySentence.get(claim.sentence);
    if (list) list.push(claim);
    else bySentence.set(claim.sentence, [claim]);
  }
  const result: SentenceFrames[] = [];
  const infobox = infoboxFrames(article, (index) => bySentence.get(index) ?? []);
  const rows = rowFrames(article, (index) => bySentence.get(index) ?? []);
  // The events the last sentence before a list announces for its rows (`… has released three albums:`).
  let announced: EventTypeId | null = null;
  // The office the sentence before a list announces its rows hold (`The following lists all of the Presidents …`).
  let announcedRole: string | null = null;
  // The deed of the people the sentence before a list names (`Some of the former employees of DEC include:`).
  let announcedDoers: EventTypeId | null = null;
  for (const sentence of article.sentences) {
    if (sentence.where !== 'list') announced = null;
    if (sentence.where === 'infobox') {
      const frames = infobox.get(sentence.index);
      if (frames) result.push({ sentence: sentence.index, frames });
      continue;
    }
    // A table's head row names columns, not events; a body cell is a clause of its row first, then prose (a `Notes` cell).
    if (sentence.where === 'table' && !sentence.cell) continue;
    const cellFrames = sentence.cell ? (rows.get(sentence.index) ?? tableCellFrames(sentence, bySentence.get(sentence.index) ?? [], article.title, bySentence.get(rowHeadOf(article, sentence)) ?? [])) : [];
    if (cellFrames.length > 0) {
      result.push({ sentence: sentence.index, frames: cellFrames });
      continue;
    }
    const sentenceTokens = tokens[sentence.index] ?? [];
    if (sentenceTokens.length === 0) continue;
    const input = sentenceInput(sentence, sentenceTokens, bySentence.get(sentence.index) ?? []);
    const parsed = parseSentence(input);
    const frames = withoutPassingEnds(structureFrames(sentence, parsed, readFrames, article.title, announced, announcedRole, announcedDoers), sentence.plain);
    if (sentence.where !== 'list') {
      announced = announcedEvent(sentence.plain, frames);
      announcedRole = announcedListRole(sentence.plain);
      announcedDoers = announcedDeed(sentence.plain);
    }
    if (frames.length > 0) result.push({ sentence: sentence.index, frames });
  }
  return result;
}

// Event types that end their subject for good, unless the sentence says the end passed.
const endingTypes: ReadonlySet<EventTypeId> = new Set(['dissolution', 'closure']);
// `closed only for the bank holiday … and reopened`, `closed temporarily`, `was shut for two years`: an end that did not last.
const passingEnd = /\b(?:re-?opened|reopening|resumed|temporarily|briefly)\b|\bonly for\b|\bfor (?:a|an|one|two|three|four|five|six|several|some|\d{1,3}) (?:days?|weeks?|months?|years?)\b/i;

/** The frames of a sentence without the ends it tells were passing: the subject went on after them. */
function withoutPassingEnds(frames: Frame[], plain: string): Frame[] {
  return frames.filter((frame) => !(endingTypes.has(frame.type) && passingEnd.test(plain.slice(frame.trigger[0], frame.span[1] + 80))));
}

/** The frames a table row gives as a whole, by the sentence (cell) each stands on; a row is a run of cells of one row number. */
function rowFrames(article: SegmentedArticle, claimsOf: (sentence: number) => readonly Claim[]): Map<number, Frame[]> {
  const frames = new Map<number, Frame[]>();
  let row: ArticleSentence[] = [];
  const flush = (): void => {
    for (const [index, found] of [...honoursRowFrames(row, claimsOf, article.title), ...worksRowFrames(row, claimsOf)]) frames.set(index, [...(frames.get(index) ?? []), ...found]);
    row = [];
  };
  for (const sentence of article.sentences) {
    if (row.length > 0 && sentence.cell?.row !== row[0]?.cell?.row) flush();
    if (sentence.cell) row.push(sentence);
  }
  flush();
  return frames;
}

function sentenceInput(sentence: ArticleSentence, tokens: readonly Token[], claims: readonly Claim[]): SentenceInput {
  return {
    plain: sentence.plain,
    tokens,
    claims: claims
      .map((claim) => ({ claim, start: sentence.fromSource(claim.position.start.offset), end: sentence.fromSource(claim.position.end.offset) }))
      .filter((entry) => entry.end > entry.start),
    where: sentence.where,
    ...(sentence.infoboxKey === undefined ? {} : { infoboxKey: sentence.infoboxKey }),
  };
}

/** The index of the sentence holding the first cell of a table cell's row: the cells of a row are sentences in order. */
function rowHeadOf(article: SegmentedArticle, sentence: ArticleSentence): number {
  let at = sentence.index;
  while (at > 0 && article.sentences[at]?.cell?.row === sentence.cell?.row && (article.sentences[at]?.cell?.column ?? 0) > 0) at--;
  return at;
}

import type { RuleContext } from '../../check/index.js';
import type { ArticleSentence } from '../../segment/index.js';
import { indentOf, sameSection, singular } from './listed-rows.js';
import { isPersonPart } from './parts.js';
import { cellCount, isTotalRow, sentenceFigures, type SentenceFigure } from './sentence-figures.js';

/** A total and the rows of the list or table that itemise it, one figure a row. */
export interface SummedRows {
  /** The sentence that holds the total. */
  sentence: ArticleSentence;
  total: SentenceFigure;
  rows: ReadonlyArray<{ sentence: ArticleSentence; figure: SentenceFigure }>;
}

/**
 * `In 2022 the company employed 1,850 people at three plants:` and a table
 * whose `Employees` column gives each plant's; `… divided among four
 * faculties:` and list rows `Arts – 3,200 students`, closed by `This gave a
 * total enrolment of 12,400`: a total told right before the rows (its
 * sentence ending in a colon) or right after them (a sentence with the word
 * `total`), and one figure of the same thing in every row.
 */
export function readSummedRows(context: RuleContext, index: number): SummedRows | undefined {
  const sentence = context.sentences[index];
  if (!sentence || sentence.where !== 'prose') return undefined;
  const before = sentence.plain.trimEnd().endsWith(':') ? rowsAfter(context, index) : undefined;
  if (before) {
    const total = totalOf(sentenceFigures(context, index), before.header, before.rows);
    return total ? { sentence, total, rows: before.rows } : undefined;
  }
  const previous = context.sentences[index - 1];
  if (!previous || (previous.where !== 'list' && previous.where !== 'table') || !totalWord.test(sentence.plain)) return undefined;
  let start = index - 1;
  while (context.sentences[start - 1]?.where === previous.where && sameSection(previous, context.sentences[start - 1] as ArticleSentence)) start--;
  const after = rowsAfter(context, start - 1);
  const total = after ? totalOf(sentenceFigures(context, index), after.header, after.rows, true) : undefined;
  return after && total && sameSection(sentence, previous) ? { sentence, total, rows: after.rows } : undefined;
}

// A sentence after a list that gives its sum: `This gave a total enrolment of 12,400`.
const totalWord = /\b(?:total|totals|totalled|totaled|altogether|in all)\b/iu;

interface Rows {
  /** The head of the table column the figures stand under, if a table. */
  header: string | null;
  rows: Array<{ sentence: ArticleSentence; figure: SentenceFigure }>;
}

/** The rows right after sentence `index`: a list's, one figure each, or a table's, the one column whose cells are counts. */
function rowsAfter(context: RuleContext, index: number): Rows | undefined {
  const first = context.sentences[index + 1];
  const lead = context.sentences[index];
  if (!first || !lead || !sameSection(lead, first)) return undefined;
  if (first.where === 'list') {
    const blocks = new Map<number, ArticleSentence[]>();
    for (let at = index + 1; context.sentences[at]?.where === 'list' && sameSection(lead, context.sentences[at] as ArticleSentence); at++) {
      const row = context.sentences[at] as ArticleSentence;
      // Items nested under a row break it down: a sum of the first level only is not read.
      if (indentOf(context, row) !== indentOf(context, first)) return undefined;
      blocks.set(row.block, [...(blocks.get(row.block) ?? []), row]);
    }
    const rows: Rows['rows'] = [];
    for (const sentences of blocks.values()) {
      const counts = sentences.flatMap((row) => sentenceFigures(context, row.index).filter((figure) => !figure.percent && !figure.compound).map((figure) => ({ sentence: row, figure })));
      if (counts.length !== 1) return undefined;
      rows.push(counts[0] as Rows['rows'][number]);
    }
    return rows.length >= 2 ? { header: null, rows } : undefined;
  }
  if (first.where !== 'table') return undefined;
  // The head row's cells know no column head of their own.
  let at = index + 1;
  while (context.sentences[at]?.where === 'table' && !context.sentences[at]?.cell) at++;
  const from = at;
  const columns = new Map<number, Rows>();
  for (; context.sentences[at]?.cell; at++) {
    const cell = context.sentences[at] as ArticleSentence;
    if (!cell.cell || cell.cell.column === 0) continue;
    const counts = sentenceFigures(context, at).filter((figure) => !figure.percent);
    const column = columns.get(cell.cell.column) ?? { header: cell.cell.header, rows: [] };
    if (counts.length === 1 && counts[0]?.exact && cell.plain.trim() === cell.plain.slice(counts[0].start, counts[0].end).trim()) column.rows.push({ sentence: cell, figure: counts[0] });
    columns.set(cell.cell.column, column);
  }
  const rowCount = new Set(context.sentences.slice(from, at).map((cell) => cell.cell?.row)).size;
  // Only a column of counts in every row: a table's other numbers (years, ranks) fill some rows, or none.
  const counted = [...columns.values()].filter((column) => column.rows.length === rowCount && rowCount >= 2);
  return counted.length === 1 ? counted[0] : undefined;
}

/** The one exact count of the total's sentence that counts what the rows count. */
function totalOf(figures: readonly SentenceFigure[], header: string | null, rows: Rows['rows'], after = false): SentenceFigure | undefined {
  const nouns = rows.map((row) => row.figure.noun);
  const counts = figures.filter((figure) => figure.exact && !figure.percent && !figure.compound && figure.low >= 2);
  const matching = counts.filter((figure) => {
    if (header !== null) return headerCounts(header, figure.noun);
    const rowNoun = nouns[0] ?? null;
    if (rowNoun === null || !nouns.every((noun) => noun === rowNoun)) return false;
    // `a total enrolment of 12,400` after rows of students: a sum told with the word `total` may name the whole otherwise.
    return figure.noun === rowNoun || (after && figure.noun === null) || (figure.noun === 'person' && isPersonPart(rowNoun));
  });
  return matching.length === 1 ? matching[0] : undefined;
}

/** Whether a column head (`Employees`, `Students`) counts what a total's noun does (`people`, `staff`). */
function headerCounts(header: string, noun: string | null): boolean {
  const head = singular(header.toLowerCase().trim().split(/\s+/u).at(-1) ?? '');
  if (noun === null) return false;
  const counted = singular(noun.split(' ').at(-1) ?? '');
  // `1,850 people` under `Employees`: people are counted by any noun for them, staff by staff only.
  return counted === head || (counted === 'person' && isPersonPart(head));
}

/**
 * `| Port Hesketh | 184 |`, `| Ardnaval | 71 |`, `| Kilbride | 49 |` closed by
 * `| **Total** | **312** |`: a table that ends with its own total row, read at
 * its first body cell. Each column whose total cell and every other row hold
 * one exact count gives the rows and the total they must add up to.
 */
export function readTotalRows(context: RuleContext, index: number): SummedRows[] {
  const first = context.sentences[index];
  if (!first?.cell || first.cell.row !== 1 || first.cell.column !== 0 || context.sentences[index - 1]?.cell?.row === 1) return [];
  const rows = new Map<number, ArticleSentence[]>();
  for (let at = index; context.sentences[at]?.cell && sameSection(first, context.sentences[at] as ArticleSentence); at++) {
    const cell = context.sentences[at] as ArticleSentence;
    const row = cell.cell?.row as number;
    // A second table right after the first starts its rows at 1 again.
    if (at > index && row === 1 && cell.cell?.column === 0) break;
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const ordered = [...rows.values()];
  const totalRow = ordered.at(-1);
  const parts = ordered.slice(0, -1);
  if (!totalRow || parts.length < 2 || !totalRow[0] || !isTotalRow(totalRow[0])) return [];
  const countIn = (cell: ArticleSentence | undefined): SentenceFigure | undefined => (cell ? cellCount(context, cell) : undefined);
  const found: SummedRows[] = [];
  for (const totalCell of totalRow) {
    const column = totalCell.cell?.column;
    const total = column ? countIn(totalCell) : undefined;
    if (!total) continue;
    const cells = parts.map((row) => row.find((cell) => cell.cell?.column === column));
    const figures = cells.map(countIn);
    if (figures.some((figure) => figure === undefined)) continue;
    found.push({ sentence: totalCell, total, rows: cells.map((cell, at) => ({ sentence: cell as ArticleSentence, figure: figures[at] as SentenceFigure })) });
  }
  return found;
}

import type { RuleContext } from '../../check/index.js';
import type { ArticleSentence } from '../../segment/index.js';
import { cellCount, isTotalRow, sentenceFigures, type SentenceFigure } from './sentence-figures.js';
import { partialPhrases } from './parts.js';

/** A count told right before a list, and the list's rows at its first level. */
export interface CountedList {
  total: SentenceFigure;
  /** For a list in a section of its own, its heading's words in the source: `[start, end)`. */
  heading?: [number, number];
  /** The first and the last row of the list. */
  first: ArticleSentence;
  last: ArticleSentence;
  rows: number;
}

/**
 * `Chalmers has 14 departments.` under `== Departments ==`, with the list of
 * them right after: a count of the thing the section lists, named by its
 * heading, against the list's rows at its first level (items nested under a
 * row are that row's), when each row is a short name.
 */
export function readCountedList(context: RuleContext, index: number, figures: readonly SentenceFigure[]): CountedList | undefined {
  const sentence = context.sentences[index];
  // `The city divides into 11 districts. The Drava separates …` and the list after that paragraph: the count may open it.
  let listAt = index + 1;
  while (sentence && context.sentences[listAt]?.block === sentence.block) listAt++;
  const next = context.sentences[listAt];
  if (sentence && next?.where === 'table' && sameSection(sentence, next)) return countedTable(context, sentence, listAt, figures);
  if (!sentence || next?.where !== 'list') return undefined;
  const total = countedNoun(figures);
  if (!total) return undefined;
  const noun = nounOf(total);
  const headingOf = (of: ArticleSentence): string[] => (of.sectionPath.at(-1) ?? '').toLowerCase().split(/[^\p{L}]+/u).map(singular);
  // `The album contains ten tracks.` and, opening the next section, `== Track listing ==` and its list.
  const ownSection = sameSection(sentence, next);
  // Only a heading that is the counted thing's list (`Track listing`, `Members`), not a kind of them (`General consulates`).
  const opensNextSection = next.sectionPath.length > 0 && next.sectionPath.slice(0, -1).every((heading, at) => sentence.sectionPath[at] === heading);
  if (!ownSection && (!opensNextSection || !headingOf(next).includes(noun) || headingOf(next).some((word) => word !== noun && !listWords.has(word)))) return undefined;
  // The section is the list of them (`== Departments ==`), or the sentence right before the list says these are all of
  // them (`Ten primary schools in Bitola are:`): a colon alone may introduce a few of many (`Its members include:`).
  // So does a sentence giving the count and ending in a colon (`Sarn ceded three districts to Lenmark:`), unless it
  // says the list is a few of them (`including:`).
  const enumerated = listAt === index + 1 && (allOfThem.test(sentence.plain) || (/:\s*$/u.test(sentence.plain) && !someOfThem.test(sentence.plain)));
  if (!headingOf(ownSection ? sentence : next).includes(noun) && !enumerated) return undefined;
  // `eight beers throughout the year and several seasonal specialities, among them:` — even under `== Beers ==`, the
  // list after words that name only some is some of them.
  if (listAt === index + 1 && someOfThem.test(sentence.plain)) return undefined;
  // `The four remaining members of the 1986 line-up` above `== Members ==`: a kind of them the heading does not name
  // is some of the rows (`ten studio albums` above `=== Studio albums ===` is all of them).
  const kind = (total.noun ?? '').toLowerCase().split(/\s+/u).slice(0, -1);
  if (!enumerated && kind.some((word) => !headingOf(ownSection ? sentence : next).includes(singular(word)))) return undefined;
  if (countedAgain(context, sentence, noun)) return undefined;
  const rows = listRows(context, next);
  return rows ? { total, ...rows } : undefined;
}

/**
 * `The Vesper Line today serves twelve stations.` and, after its paragraph,
 * a table whose first column is headed `Station`: a count of the thing each
 * row of the table names, against the table's rows.
 */
function countedTable(context: RuleContext, sentence: ArticleSentence, tableAt: number, figures: readonly SentenceFigure[]): CountedList | undefined {
  const total = countedNoun(figures);
  if (!total) return undefined;
  const noun = nounOf(total);
  if (countedAgain(context, sentence, noun)) return undefined;
  const rows = new Set<number>();
  // Per column past the first, the rows whose cell is a bare count: `| Hatherley Flight | 6 |` counts locks by the row.
  const counted = new Map<number, number>();
  let first: ArticleSentence | undefined;
  let last: ArticleSentence | undefined;
  for (let at = tableAt; context.sentences[at]?.where === 'table' && sameSection(sentence, context.sentences[at] as ArticleSentence); at++) {
    const cell = context.sentences[at] as ArticleSentence;
    if (!cell.cell) continue;
    // A second table under the same heading starts its rows again; a closing `Total` row is no item.
    if (first && cell.cell.row === 1 && cell.cell.column === 0) break;
    if (isTotalRow(cell)) continue;
    if (cell.cell.column > 0) {
      if (cellCount(context, cell)) counted.set(cell.cell.column, (counted.get(cell.cell.column) ?? 0) + 1);
      continue;
    }
    if (singular(cell.cell.header.toLowerCase().trim()) !== noun) return undefined;
    first ??= cell;
    last = cell;
    rows.add(cell.cell.row);
  }
  // Rows that each count some of the things are groups of them, not one thing a row.
  if ([...counted.values()].some((count) => count === rows.size)) return undefined;
  return first && last && rows.size >= 2 ? { total, first, last, rows: rows.size } : undefined;
}

/**
 * `Tarrow chose a shore party of eleven men` and, in a section of its own,
 * `## Shore party` over a table of them; `The original LP contained eleven
 * tracks` and `## Track listing`: a count of what a section of the article
 * lists, named by the section's heading (the counted noun, or the group it
 * counts: `a shore party of`), against that section's rows, wherever the
 * count stands — when the article counts that noun nowhere else.
 */
export function readHeadedList(context: RuleContext, index: number, figures: readonly SentenceFigure[]): CountedList | undefined {
  const sentence = context.sentences[index];
  const total = countedNoun(figures);
  if (!sentence || !total) return undefined;
  const noun = nounOf(total);
  // `a shore party of eleven men`: the group a count is of names the list.
  const before = sentence.plain.slice(Math.max(0, total.start - 48), total.start).trimEnd().split(/\s+/u);
  const group = before.at(-1)?.toLowerCase() === 'of' ? groupBefore(before.slice(0, -1)) : undefined;
  // `The band was formed in 1978 by five school friends` counts its founders, whom `==Original members==` lists.
  const founders = before.at(-1)?.toLowerCase() === 'by' && before.slice(-8).some((word) => foundingVerbs.has(word.toLowerCase()));
  const wanted = group ?? [noun];
  const kind = (total.noun ?? '').toLowerCase().split(/\s+/u).slice(0, -1);
  const section = context.sentences.find((other) => {
    if ((other.where !== 'list' && !(other.where === 'table' && other.cell)) || sameSection(other, sentence)) return false;
    const heading = (other.sectionPath.at(-1) ?? '').toLowerCase().split(/[^\p{L}]+/u).map(singular).filter((word) => !listWords.has(word));
    if (founders) return founderHeadings.has(heading.join(' '));
    // The heading names the thing and nothing else, and any kind the count gives (`original`) is the heading's.
    return heading.length === wanted.length && wanted.every((word) => heading.includes(word)) && (group !== undefined || kind.every((word) => heading.includes(singular(word))));
  });
  if (!section || countedElsewhere(context, index, noun)) return undefined;
  const rows = section.where === 'table' ? tableRows(context, section) : listRows(context, section);
  const title = section.sectionPath.at(-1) ?? '';
  const at = context.text.lastIndexOf(title, section.position.start.offset);
  return rows && rows.rows >= 2 ? { total, ...rows, ...(title && at >= 0 ? { heading: [at, at + title.length] as [number, number] } : {}) } : undefined;
}

/** The group noun before a count's `of`: `a shore party` → `shore party`, after its determiner. */
function groupBefore(words: readonly string[]): string[] | undefined {
  const at = words.map((word) => word.toLowerCase()).findLastIndex((word) => groupDeterminers.has(word));
  const group = at >= 0 ? words.slice(at + 1).map((word) => singular(word.toLowerCase())) : [];
  return group.length >= 1 && group.length <= 3 && group.every((word) => /^\p{L}+$/u.test(word)) ? group : undefined;
}

const groupDeterminers: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

// Verbs of a founding whose `by` names the founders, and the headings of a list of them.
const foundingVerbs: ReadonlySet<string> = new Set(['formed', 'founded', 'established', 'started', 'created', 'co-founded']);
const founderHeadings: ReadonlySet<string> = new Set(['original member', 'founding member', 'founder', 'original line-up', 'original lineup', 'original line up']);

/** Whether any other sentence of the article counts the same noun. */
function countedElsewhere(context: RuleContext, index: number, noun: string): boolean {
  return context.sentences.some((other) => other.index !== index && other.where === 'prose' && sentenceFigures(context, other.index).some((figure) => figure.noun !== null && nounOf(figure) === noun));
}

/** The rows of the table a cell opens: one per row, a closing `Total` row left out. */
function tableRows(context: RuleContext, first: ArticleSentence): Omit<CountedList, 'total'> | undefined {
  const rows = new Set<number>();
  let last = first;
  for (let at = first.index; context.sentences[at]?.where === 'table' && sameSection(first, context.sentences[at] as ArticleSentence); at++) {
    const cell = context.sentences[at] as ArticleSentence;
    if (!cell.cell) continue;
    if (rows.size > 0 && cell.cell.row === 1 && cell.cell.column === 0) break;
    if (isTotalRow(cell)) continue;
    rows.add(cell.cell.row);
    last = cell;
  }
  return { first, last, rows: rows.size };
}

/** The rows of a list at its first level, when each is a short name. */
function listRows(context: RuleContext, first: ArticleSentence): Omit<CountedList, 'total'> | undefined {
  const indent = indentOf(context, first);
  const blocks = new Set<number>();
  let last = first;
  for (let at = first.index; at < context.sentences.length; at++) {
    const row = context.sentences[at] as ArticleSentence;
    if (row.where !== 'list' || !sameSection(first, row)) break;
    const depth = indentOf(context, row);
    if (depth < indent) break;
    // A row that tells something (`The left wing was led by …`) is no item of a list of names.
    if (row.plain.split(/\s+/u).length > maxRowWords) return undefined;
    if (depth === indent) blocks.add(row.block);
    last = row;
  }
  return { first, last, rows: blocks.size };
}

/** The one exact count of a named thing a sentence gives, of two or more (`14 departments`). */
function countedNoun(figures: readonly SentenceFigure[]): SentenceFigure | undefined {
  const counts = figures.filter((figure) => figure.exact && !figure.percent && !figure.compound && figure.noun !== null);
  const total = counts.length === 1 ? counts[0] : undefined;
  return total && total.low >= 2 ? total : undefined;
}

/** The counted noun in the singular: `department` of `14 departments`. */
function nounOf(figure: SentenceFigure): string {
  return singular(figure.noun?.split(' ').at(-1) ?? '');
}

/**
 * Another count of the same noun in the count's paragraph makes one of them a part of the other (`11 districts …
 * three districts north of the river`): which one the list gives is not told.
 */
function countedAgain(context: RuleContext, sentence: ArticleSentence, noun: string): boolean {
  return context.sentences.some((other) => other.block === sentence.block && other.index !== sentence.index && sentenceFigures(context, other.index).some((figure) => figure.noun !== null && nounOf(figure) === noun));
}


// `… are:`, `… were:`, `… are as follows:`: a sentence that ends by saying the list after it is the whole.
const allOfThem = /\b(?:are|were)(?: as follows)?:\s*$/;

// Words a heading of a list of things may hold besides their noun: `Track listing`, `List of members`.
const listWords: ReadonlySet<string> = new Set(['', 'list', 'listing', 'of', 'the']);

// Words by which a list after a colon is only some of what is counted: the parts rule's words that name only some
// (`including`, `such as`, `among them`), and the verb `include` that ends such a sentence (`Its members include:`).
const someOfThem = new RegExp(`\\b(?:includes?|${partialPhrases.map((phrase) => phrase.join('\\s+')).join('|')})\\b`, 'iu');

// The most words a row naming one item holds: `Communication and Learning in Science`.
const maxRowWords = 8;

export function sameSection(a: ArticleSentence, b: ArticleSentence): boolean {
  return a.sectionPath.join('\u0000') === b.sectionPath.join('\u0000');
}

/** How far a list row's line is indented: the characters before its marker. */
export function indentOf(context: RuleContext, row: ArticleSentence): number {
  const start = row.position.start.offset;
  const lineStart = context.text.lastIndexOf('\n', start - 1) + 1;
  const before = context.text.slice(lineStart, start);
  return before.length - before.trimStart().length;
}

export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

import type { RuleContext, RuleFinding } from '../../check/index.js';
import { workNouns } from '../../lexicon/events.js';
import type { EventClaim, RankClaim } from '../../schema/claims.js';
import { titleKey, whenOf, yearOf } from './events.js';
import { countsPartOfHolders } from './series.js';

interface ListedWork {
  title: string;
  year: number;
  event: EventClaim;
}

/**
 * `their third studio album, Lanterns` against a table of studio albums in
 * which Lanterns is the second by year: an ordinal of a work against its
 * place in the article's own list of that kind of work. The list must sit
 * under a heading naming the rank's noun (`Studio albums`, `Novels`), every
 * row dated by a different year, so the order is the one the list tells.
 */
export function workOrdinalFindings(context: RuleContext): RuleFinding[] {
  const lists = worksBySection(context);
  if (lists.size === 0) return [];
  const findings: RuleFinding[] = [];
  for (const { rank, noun, title } of apposedRanks(context)) {
    // Works an ordinal counts (`their third studio album`, `his second novel`), by the last word of the rank's noun.
    if (!workNouns.has(noun.split(' ').at(-1) as string)) continue;
    for (const [heading, works] of lists) {
      if (!headingNames(heading, noun)) continue;
      const place = works.findIndex((work) => sameTitle(work.title, title));
      const listed = works[place];
      if (!listed || place + 1 === rank.value.ordinal) continue;
      findings.push({
        message: `\`${title}\` is called the ${rank.text} but is number ${place + 1} by year in the list of ${heading.toLowerCase()}`,
        evidence: [context.evidence(rank, 'ordinal in the prose'), context.evidence(listed.event, 'its row in the list'), ...works.slice(0, place).map((work) => context.evidence(work.event, 'an earlier row'))],
        reasoning: [
          `the list of ${heading.toLowerCase()} dates ${works.length} works, each in a different year`,
          `${place} of them come out before \`${listed.title}\` (${listed.year}), making it number ${place + 1}, not ${rank.value.ordinal}`,
        ],
        severity: 'warning',
      });
    }
  }
  return findings;
}

/** The dated rows of each table of works, by the heading they sit under, in year order; lists with two rows of one year are left out. */
function worksBySection(context: RuleContext): Map<string, ListedWork[]> {
  const lists = new Map<string, ListedWork[]>();
  for (const event of context.events) {
    const title = event.value.patient;
    if (event.value.type !== 'publication' || event.value.source === 'infobox' || title?.strategy !== 'row-head') continue;
    const date = whenOf(context, event).date;
    const year = date ? yearOf(date.point) : null;
    const heading = context.sentences[event.sentence]?.sectionPath.at(-1);
    if (year === null || !heading) continue;
    lists.set(heading, [...(lists.get(heading) ?? []), { title: title.text, year, event }]);
  }
  for (const [heading, works] of lists) {
    const years = new Set(works.map((work) => work.year));
    if (years.size !== works.length || works.length < 2) lists.delete(heading);
    else works.sort((a, b) => a.year - b.year);
  }
  return lists;
}

/** The ordinals of the article that count a noun (`fifth album`) with the title or name set beside them. */
function apposedRanks(context: RuleContext): Array<{ rank: RankClaim; noun: string; title: string }> {
  const ranks: Array<{ rank: RankClaim; noun: string; title: string }> = [];
  for (const rank of context.claimsOf('rank')) {
    const noun = rank.value.of?.toLowerCase();
    // `Margaret Stewart, the first woman rector`: an ordinal among a part of the holders is not their place in the list of all.
    if (noun && countsPartOfHolders(noun.split(' '))) continue;
    const title = noun && rank.value.ordinal >= 1 ? apposedTitle(context, rank) : undefined;
    if (noun && title) ranks.push({ rank, noun, title });
  }
  return ranks;
}

/** `their third studio album, Lanterns,` or `Halcyon Static, their fourth album,`: the title set beside the rank by a comma. */
export function apposedTitle(context: RuleContext, rank: RankClaim): string | undefined {
  const sentence = context.sentences[rank.sentence];
  if (!sentence) return undefined;
  const start = sentence.fromSource(rank.position.start.offset);
  const end = sentence.fromSource(rank.position.end.offset);
  const after = /^,\s+([^,;.()]{1,80})/u.exec(sentence.plain.slice(end))?.[1];
  if (after && startsTitle(after)) return after.trim();
  const words = sentence.plain.slice(0, start).trimEnd().split(/\s+/u);
  const determiner = words.pop();
  // `Marten Hoekstra, the League's second prime minister`: an owner's possessive after `the` stands as `its` does.
  if (determiner !== undefined && /['’]s$/u.test(determiner) && words.at(-1)?.toLowerCase() === 'the') words.pop();
  const rest = words.join(' ');
  // `Jonas Merk, the second leader of the party`: `the` before the rank apposes it too.
  const owned = determiner !== undefined && (possessiveDeterminers.has(determiner.toLowerCase()) || /['’]s$/u.test(determiner) || determiner.toLowerCase() === 'the');
  if (!owned || !rest.endsWith(',')) return undefined;
  return trailingTitle(rest.slice(0, -1).split(/[,;:()]/u).at(-1) ?? '');
}

/** A table row's number (its `No.` or `#` column) and the other cells of the row. */
interface NumberedRow {
  number: number;
  numberAt: [number, number];
  /** The other cells, each with the year it holds when it is a year (`1865`, `1920–21`) and nothing else. */
  cells: Array<{ header: string; text: string; at: [number, number]; year: number | null }>;
}

// Heads of a column that numbers a table's rows.
const numberingHeads = /^(?:no\.?|#|number|order|ordinal)$/iu;

/**
 * `Marten Hoekstra, the League's second prime minister` against the row `| 3
 * || Marten Hoekstra || 2006–2010` of a table numbered in its first column:
 * an ordinal of a person or a work against the number the article's own
 * table gives it. The row's name must sit under a head, or the table under a
 * heading, that names the rank's noun (`Prime minister`, `Albums`).
 */
export function numberedRowFindings(context: RuleContext): RuleFinding[] {
  const rows = numberedRows(context);
  if (rows.length === 0) return [];
  const findings: RuleFinding[] = [];
  for (const { rank, noun, title } of apposedRanks(context)) {
    for (const { row, heading } of rows) {
      // The head of the name's column or the table's heading must name what the rank counts: `Album` for `fifth album`;
      // a track listing's `Title` numbers tracks, not singles.
      const cell = row.cells.find((candidate) => sameTitle(candidate.text, title) && (headingNames(candidate.header, noun) || headingNames(heading, noun)));
      if (!cell || row.number === rank.value.ordinal) continue;
      findings.push({
        message: `\`${title}\` is called the ${rank.text} but is number ${row.number} in the article's numbered table`,
        evidence: [context.evidence(rank, 'ordinal in the prose'), context.quote(row.numberAt[0], row.numberAt[1], 'row number'), context.quote(cell.at[0], cell.at[1], 'its row')],
        reasoning: [`the table numbers its rows in its first column`, `it gives \`${cell.text}\` the number ${row.number}, not ${rank.value.ordinal}`],
        severity: 'warning',
      });
    }
  }
  return findings;
}

/**
 * `Jonas Merk, the second leader of the party` against a list under
 * `==Leaders==` in which Jonas Merk is the third item: the place in a list
 * whose every item is a name with a span of years, in the order of those
 * years, is the ordinal.
 */
export function listedOrderFindings(context: RuleContext): RuleFinding[] {
  const lists = datedLists(context);
  if (lists.length === 0) return [];
  const findings: RuleFinding[] = [];
  for (const { rank, noun, title } of apposedRanks(context)) {
    for (const { heading, items } of lists) {
      if (!headingNames(heading, noun)) continue;
      const place = items.findIndex((item) => sameTitle(item.name, title));
      const item = items[place];
      if (!item || place + 1 === rank.value.ordinal) continue;
      findings.push({
        message: `\`${title}\` is called the ${rank.text} but is number ${place + 1} in the list of ${heading.toLowerCase()}`,
        evidence: [context.evidence(rank, 'ordinal in the prose'), context.quote(item.at[0], item.at[1], 'its item in the list'), ...items.slice(0, place).map((earlier) => context.quote(earlier.at[0], earlier.at[1], 'an earlier item'))],
        reasoning: [`the list of ${heading.toLowerCase()} gives each item its years, in order`, `${place} items come before \`${item.name}\`, making it number ${place + 1}, not ${rank.value.ordinal}`],
        severity: 'warning',
      });
    }
  }
  return findings;
}

/** Lists whose every item is `Name (YYYY–YYYY)` in order of the first year, with the heading they sit under. */
function datedLists(context: RuleContext): Array<{ heading: string; items: Array<{ name: string; year: number; at: [number, number] }> }> {
  const lists: Array<{ heading: string; items: Array<{ name: string; year: number; at: [number, number] }> }> = [];
  let current: (typeof lists)[number] | undefined;
  let previous = -2;
  let valid = true;
  const close = (): void => {
    if (current && valid && current.items.length >= 3 && current.items.every((item, index) => index === 0 || (current?.items[index - 1]?.year ?? 0) <= item.year)) lists.push(current);
    current = undefined;
    valid = true;
  };
  context.sentences.forEach((sentence, index) => {
    if (sentence.where !== 'list') return;
    const heading = sentence.sectionPath.at(-1) ?? '';
    if (index !== previous + 1 || current?.heading !== heading) {
      close();
      current = { heading, items: [] };
    }
    previous = index;
    const item = /^([^()]{2,60})\((\d{4}) ?[–-]/u.exec(sentence.plain.trim());
    if (!item) valid = false;
    else current?.items.push({ name: (item[1] as string).trim(), year: Number(item[2]), at: [sentence.position.start.offset, sentence.position.end.offset] });
  });
  close();
  return lists;
}

/**
 * `| 3 | Ada Quennell | 1915 | 1922 |` written above `| 2 | Joseph Harle |
 * 1922 | 1931 |`: a table numbered 1 to n in its first column whose years
 * run against its numbers. Each row's first year is its date; the table is
 * read only when every row has one.
 */
export function numberedOrderFindings(context: RuleContext): RuleFinding[] {
  const tables = new Map<string, NumberedRow[]>();
  for (const { row, heading } of numberedRows(context)) tables.set(heading, [...(tables.get(heading) ?? []), row]);
  const findings: RuleFinding[] = [];
  for (const [heading, rows] of tables) {
    const numbers = rows.map((row) => row.number).sort((a, b) => a - b);
    const years = rows.map((row) => row.cells.find((cell) => cell.year !== null)?.year ?? null);
    // Numbered 1 to n, each row dated: a count of holders or works, not pennant or shirt numbers.
    if (rows.length < 3 || numbers.some((number, index) => number !== index + 1) || years.some((year) => year === null)) continue;
    const byNumber = rows.map((row, index) => ({ row, year: years[index] as number })).sort((a, b) => a.row.number - b.row.number);
    const index = byNumber.findIndex((entry, at) => at > 0 && (byNumber[at - 1] as typeof entry).year > entry.year);
    const [lower, higher] = [byNumber[index - 1], byNumber[index]];
    if (index < 0 || !lower || !higher) continue;
    const yearCell = (row: NumberedRow) => row.cells.find((cell) => cell.year !== null) as NumberedRow['cells'][number];
    findings.push({
      message: `in the numbered table${heading ? ` under \`${heading}\`` : ''}, number ${lower.row.number} is dated ${lower.year} but number ${higher.row.number} ${higher.year}, earlier`,
      evidence: [context.quote(lower.row.numberAt[0], lower.row.numberAt[1], 'row number'), context.quote(yearCell(lower.row).at[0], yearCell(lower.row).at[1], 'its year'), context.quote(higher.row.numberAt[0], higher.row.numberAt[1], 'next row number'), context.quote(yearCell(higher.row).at[0], yearCell(higher.row).at[1], 'its year')],
      reasoning: [`the table numbers its rows 1 to ${rows.length}`, `row ${lower.row.number} is dated ${lower.year} and row ${higher.row.number} ${higher.year}: the numbers and the years run in opposite orders`],
      severity: 'warning',
    });
  }
  return findings;
}

/** The rows of tables numbered in their first column, with the heading each table sits under. */
export function numberedRows(context: RuleContext): Array<{ row: NumberedRow; heading: string }> {
  const rows: Array<{ row: NumberedRow; heading: string }> = [];
  let current: { row: NumberedRow; heading: string; key: string } | undefined;
  for (const sentence of context.sentences) {
    const cell = sentence.cell;
    if (!cell) continue;
    const at: [number, number] = [sentence.position.start.offset, sentence.position.end.offset];
    const key = `${sentence.sectionPath.join('\u0000')}\u0000${cell.row}`;
    if (cell.column === 0) {
      current = undefined;
      // `3` or `3rd`: the row's number.
      const number = Number(/^(\d{1,3})(?:st|nd|rd|th)?$/u.exec(sentence.plain.trim())?.[1] ?? Number.NaN);
      if (numberingHeads.test(cell.header.trim()) && Number.isInteger(number)) {
        current = { row: { number, numberAt: at, cells: [] }, heading: sentence.sectionPath.at(-1) ?? '', key };
        rows.push(current);
      }
      continue;
    }
    const year = /^(\d{4})(?:[–-]\d{2}(?:\d{2})?)?$/u.exec(sentence.plain.trim())?.[1];
    if (current?.key === key) current.row.cells.push({ header: cell.header, text: sentence.plain.replace(/[*_'"“”]/gu, '').trim(), at, year: year ? Number(year) : null });
  }
  return rows;
}

// Kinds a bare noun means: an album is a studio album, a film a feature film.
const defaultKinds: ReadonlySet<string> = new Set(['studio', 'feature']);

const possessiveDeterminers: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its']);

// Short words a title may hold between its capitalised ones: `Salt and Stone`, `The Bell at Lowen`.
const titleJoiners: ReadonlySet<string> = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'by', '&']);

/** `In 2016 they released Harbour Lights` → `Harbour Lights`: the run of title words the text ends with. */
function trailingTitle(text: string): string | undefined {
  const words = text.trim().split(/\s+/u);
  let first = words.length;
  while (first > 0 && (startsTitle(words[first - 1] as string) || (titleJoiners.has(words[first - 1] as string) && first > 1 && startsTitle(words[first - 2] as string)))) first--;
  while (first < words.length && titleJoiners.has(words[first] as string)) first++;
  return first < words.length ? words.slice(first).join(' ') : undefined;
}

function startsTitle(text: string): boolean {
  return /^["“]?\p{Lu}/u.test(text.trim());
}

function sameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

/** `Studio albums` names `studio album`; `Albums` names `album` and `studio album`; `Works` names neither. */
export function headingNames(heading: string, noun: string): boolean {
  const words = heading.toLowerCase().split(/\s+/u).map((word) => word.replace(/s$/u, ''));
  const wanted = noun.split(' ');
  const head = wanted.at(-1) as string;
  if (!words.includes(head)) return false;
  // `studio album` against `Live albums`: the heading's other words must be the rank's, or name the kind a bare noun
  // means (`their third album` counts `Studio albums`).
  return words.filter((word) => word !== head).every((word) => wanted.includes(word) || (wanted.length === 1 && defaultKinds.has(word)));
}

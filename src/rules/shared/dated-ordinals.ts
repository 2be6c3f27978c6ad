import type { RuleContext, RuleFinding } from '../../check/index.js';
import type { DateClaim, RankClaim } from '../../schema/claims.js';
import type { ArticleSentence } from '../../segment/index.js';
import { yearOf } from './events.js';
import { workNouns } from '../../lexicon/events.js';
import { roleOfWords } from '../../lexicon/roles.js';
import { indentOf } from './listed-rows.js';
import { apposedTitle, headingNames, numberedRows } from './work-ordinals.js';

// The last word of a list row's key that says its years are wins, and the nouns an ordinal of a win counts.
const winnerKeys: ReadonlySet<string> = new Set(['champions', 'winners', 'titles', 'won']);
const winNouns: ReadonlySet<string> = new Set(['title', 'championship', 'crown', 'cup', 'trophy', 'premiership', 'pennant', 'flag']);

// How far from an ordinal, in characters, the year that dates it may stand: `The 1920–21 side, captained by the half-back Harold Dewhurst, won the club's second … title`.
const nearYear = 100;

/** An ordinal of a noun in prose and the one year its sentence tells. */
interface DatedRank {
  rank: RankClaim;
  noun: string;
  year: number;
  date: DateClaim;
  /** A title or name is set beside it (`Lionel Frayne, the fourth headmaster`): the checks that match titles read it against records. */
  apposed: boolean;
}

/** One place of an ordered record: a year and where the record tells it. */
interface RecordPlace {
  year: number;
  at: [number, number];
}

/**
 * `The cathedral's third organ, built in 1865` against the row `| 5th || 1865
 * || Hendrick & Sons` of a table of organs numbered in its first column, and
 * `The 1920–21 side … won the club's second Northern League title` against
 * `Champions: 1911–12, 1913–14, 1920–21`: an ordinal whose sentence tells one
 * year, against the place that year holds in the article's own record of what
 * the ordinal counts. The record names the noun (the table's heading or
 * column head, the list row's key), holds the year once, and a title set
 * beside the ordinal leaves it to the checks that match titles.
 */
export function datedOrdinalFindings(context: RuleContext): RuleFinding[] {
  const ranks = datedRanks(context);
  if (ranks.length === 0) return [];
  const findings = reversedOrdinals(ranks, context);
  const judged = new Set(findings.flatMap((finding) => finding.evidence.map((evidence) => evidence.position.start.offset)));
  const tables = numberedRows(context);
  const wins = winLists(context);
  for (const { rank, noun, year, date, apposed } of ranks) {
    if (apposed || judged.has(rank.position.start.offset)) continue;
    // `the club's second` names its noun before it: `the title called the club's second`.
    const named = rank.text.toLowerCase().includes(noun) ? `the ${rank.text}` : `the ${noun} called the ${rank.text}`;
    const rows = tables.filter(({ row, heading }) => row.cells.some((cell) => cell.year === year) && (headingNames(heading, noun) || row.cells.some((cell) => headingNames(cell.header, noun))));
    const row = rows.length === 1 ? rows[0] : undefined;
    if (row && row.row.number !== rank.value.ordinal) {
      findings.push({
        message: `${named} is dated \`${date.text}\`, but the article's numbered table puts ${year} at number ${row.row.number}`,
        evidence: [context.evidence(rank, 'ordinal in the prose'), context.evidence(date, 'its date in the prose'), context.quote(row.row.numberAt[0], row.row.numberAt[1], 'row number'), ...row.row.cells.filter((cell) => cell.year === year).map((cell) => context.quote(cell.at[0], cell.at[1], 'its year in the row'))],
        reasoning: [`the sentence of ${named} dates it ${year}`, `the table numbers the row of ${year} ${row.row.number}, not ${rank.value.ordinal}`],
        severity: 'warning',
      });
      continue;
    }
    if (rows.length > 0 || !winNouns.has(noun.split(' ').at(-1) as string)) continue;
    const qualifiers = noun.split(' ').slice(0, -1).filter((word) => word !== 'league' || noun.split(' ').length > 2);
    const lists = wins.filter((list) => list.places.some((place) => place.year === year) && qualifiers.every((word) => list.label.includes(word)));
    const list = lists.length === 1 ? lists[0] : undefined;
    if (!list) continue;
    const place = list.places.findIndex((item) => item.year === year);
    if (place + 1 === rank.value.ordinal) continue;
    findings.push({
      message: `${named} is dated \`${date.text}\`, but \`${list.row.plain.trim()}\` makes ${year} number ${place + 1}`,
      evidence: [context.evidence(rank, 'ordinal in the prose'), context.evidence(date, 'its date in the prose'), ...list.places.slice(0, place + 1).map((item, index) => context.quote(item.at[0], item.at[1], index === place ? 'its year in the list' : 'an earlier year'))],
      reasoning: [`the sentence of ${named} dates it ${year}`, `the list of wins holds ${place} earlier years, making ${year} number ${place + 1}, not ${rank.value.ordinal}`],
      severity: 'warning',
    });
  }
  return findings;
}

/**
 * `Farrowdale's first league title came in 1931` and `The club had taken its
 * second title, in 1927`: two ordinals of one series whose years run the
 * other way. The nouns must end alike, one's other words all the other's
 * (`league title` and `title`, not `league title` and `cup title`), and
 * neither be owned by `his` where the other is `her`.
 */
function reversedOrdinals(ranks: readonly DatedRank[], context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const reported = new Set<DatedRank>();
  for (const earlier of ranks) {
    for (const later of ranks) {
      if (reported.has(earlier) || reported.has(later) || earlier.rank.value.ordinal >= later.rank.value.ordinal || earlier.year <= later.year || !sameSeries(earlier, later, context)) continue;
      reported.add(earlier).add(later);
      findings.push({
        message: `the ${earlier.rank.text} is dated \`${earlier.date.text}\`, after the ${later.rank.text} (\`${later.date.text}\`)`,
        evidence: [context.evidence(earlier.rank, 'lower ordinal'), context.evidence(earlier.date, 'its date'), context.evidence(later.rank, 'higher ordinal'), context.evidence(later.date, 'its date')],
        reasoning: [`the ${earlier.rank.text} is dated ${earlier.year}`, `the ${later.rank.text} is dated ${later.year}, earlier`, 'in one series a lower ordinal comes first'],
        severity: 'warning',
      });
    }
  }
  return findings;
}

function sameSeries(a: DatedRank, b: DatedRank, context: RuleContext): boolean {
  const [aWords, bWords] = [a.noun.split(' '), b.noun.split(' ')];
  const head = aWords.at(-1) as string;
  // A series of the owner's own wins, works or holders of a post; `the first round`, `sixth place`, `the fifth game` are not.
  if (head !== bWords.at(-1) || !(winNouns.has(head) || workNouns.has(head) || roleOfWords([head]) !== null)) return false;
  const [aOwn, bOwn] = [aWords.slice(0, -1), bWords.slice(0, -1)];
  if (!aOwn.every((word) => bOwn.includes(word)) && !bOwn.every((word) => aOwn.includes(word))) return false;
  const owners = [ownerOf(a.rank, context), ownerOf(b.rank, context)];
  // Both owned (`its second title`, `Farrowdale's first league title`), and not one his and the other hers; a post's
  // ordinal with `the` (`Lionel Frayne, the fourth headmaster`) is the article subject's, unless an `of` names its body.
  const post = roleOfWords([head]) !== null && ![a.rank, b.rank].some((rank) => /^\s+of\s/u.test(context.text.slice(rank.position.end.offset, rank.position.end.offset + 4)));
  return owners.every((owner) => ownerWords.has(owner) || /['’]s$/u.test(owner) || (post && owner === 'the')) && !(owners.includes('his') && owners.includes('her'));
}

const ownerWords: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their']);

/** The word before an ordinal: its owner (`his`, `her`, `club's`) or article. */
function ownerOf(rank: RankClaim, context: RuleContext): string {
  const before = context.text.slice(Math.max(0, rank.position.start.offset - 30), rank.position.start.offset).trimEnd();
  return before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
}

/** Ordinals with a noun, in prose, whose sentence tells exactly one year near them. */
function datedRanks(context: RuleContext): DatedRank[] {
  const dates = new Map<number, DateClaim[]>();
  for (const date of context.claimsOf('date')) dates.set(date.sentence, [...(dates.get(date.sentence) ?? []), date]);
  const ranks: DatedRank[] = [];
  for (const rank of context.claimsOf('rank')) {
    const noun = rank.value.of?.toLowerCase();
    const sentence = context.sentences[rank.sentence];
    if (!noun || rank.value.ordinal < 1 || sentence?.where !== 'prose') continue;
    // `the same length of time as the first ship`: an ordinal in a comparison dates nothing.
    if (/\b(?:as|than|like)\s+(?:the|its|their|his|her)\s*$/iu.test(context.text.slice(Math.max(0, rank.position.start.offset - 12), rank.position.start.offset))) continue;
    // The year must stand near the ordinal, in its clause rather than at the other end of a long sentence.
    const told = (dates.get(rank.sentence) ?? []).filter((date) => startYear(date) !== null && Math.abs(date.position.start.offset - rank.position.start.offset) <= nearYear);
    const years = new Set(told.map(startYear));
    if (years.size === 1 && told[0]) ranks.push({ rank, noun, year: startYear(told[0]) as number, date: told[0], apposed: apposedTitle(context, rank) !== undefined });
  }
  return ranks;
}

function startYear(date: DateClaim): number | null {
  const point = date.value.granularity === 'range' ? date.value.from : date.value;
  return point && !point.approximate ? yearOf(point) : null;
}

/**
 * `- Northern League champions: 1921–22, 1934–35, 1951–52`, or `Champions:
 * …` indented under `- Northern League`: list rows of the years something was
 * won, in order, each with its label (the key and the row it is indented
 * under).
 */
function winLists(context: RuleContext): Array<{ row: ArticleSentence; label: string; places: RecordPlace[] }> {
  const lists: Array<{ row: ArticleSentence; label: string; places: RecordPlace[] }> = [];
  const dates = context.claimsOf('date');
  context.sentences.forEach((row, index) => {
    if (row.where !== 'list') return;
    const key = /^([^:]{2,80}):/u.exec(row.plain.trim())?.[1];
    if (!key || !winnerKeys.has(key.toLowerCase().split(/\s+/u).at(-1) as string)) return;
    const places = dates
      .filter((date) => date.sentence === index)
      .map((date) => ({ year: startYear(date), at: [date.position.start.offset, date.position.end.offset] as [number, number] }))
      .filter((place): place is RecordPlace => place.year !== null);
    // Every year once and in order: a record, not a list of dates of other kinds.
    if (places.length < 2 || places.some((place, at) => at > 0 && (places[at - 1] as RecordPlace).year >= place.year)) return;
    const parent = indentOf(context, row) > 0 ? parentRow(context, index) : undefined;
    lists.push({ row, label: `${parent?.plain ?? ''} ${key}`.toLowerCase(), places });
  });
  return lists;
}

/** The less indented list row an indented row sits under. */
function parentRow(context: RuleContext, index: number): ArticleSentence | undefined {
  const indent = indentOf(context, context.sentences[index] as ArticleSentence);
  for (let at = index - 1; at >= 0; at--) {
    const row = context.sentences[at] as ArticleSentence;
    if (row.where !== 'list') return undefined;
    if (indentOf(context, row) < indent) return row;
  }
  return undefined;
}

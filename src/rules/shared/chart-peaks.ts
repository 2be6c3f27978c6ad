import type { RuleContext, RuleFinding } from '../../check/index.js';
import type { ArticleSentence } from '../../segment/index.js';

// Column heads that name a chart position: `UK peak`, `Peak position`, `Chart`, `US`.
const peakWords: ReadonlySet<string> = new Set(['peak', 'peaks', 'chart', 'charts', 'position', 'pos', 'highest']);
// Words for a song, whose chart place a table of albums does not hold.
const songWords = /\b(?:single|song|track|ep|video)\b/u;

// Column heads that name the work a row is about.
const titleHeads: ReadonlySet<string> = new Set(['title', 'album', 'film', 'work', 'book', 'release']);

/** One work's row of a works table: its title and its chart cells, each with the words its head adds (`uk`). */
interface WorkRow {
  title: string;
  peaks: Array<{ cell: ArticleSentence; value: number; place: string[] }>;
}

/**
 * `*Paper Saints* followed in 1983 and reached number 9 on the UK Albums
 * Chart` against the row `| 3 | *Paper Saints* | 1983 | Polar | 14 |` under
 * `UK peak`: a work's chart position in the prose and in its row of the
 * article's table of works. The work is the last title of the table named in
 * the sentence before the position; a chart named by a country in the column
 * head (`UK`) must be the one the sentence names.
 */
export function chartPeakFindings(context: RuleContext): RuleFinding[] {
  const rows = workRows(context);
  if (rows.length === 0) return [];
  const findings: RuleFinding[] = [];
  for (const rank of context.claimsOf('rank')) {
    const sentence = context.sentences[rank.sentence];
    if (!sentence || sentence.where !== 'prose' || !/^number \d{1,3}$/iu.test(rank.text)) continue;
    // `*Salt Year* … was released in June 2014. It was the band's most successful record: it reached number 4`: a
    // sentence that names no title of the table goes on about the last one its paragraph named.
    // `The album's lead single, "Saint Christopher", … peaking at number 7`: a song's place is no album's.
    const told = context.text.slice(sentence.position.start.offset, rank.position.start.offset).toLowerCase();
    if (/["“]/u.test(told) || songWords.test(told)) continue;
    const previous = context.sentences[rank.sentence - 1];
    const row = lastTitle(rows, context.text.slice(sentence.position.start.offset, rank.position.start.offset)) ?? (previous?.block === sentence.block && lastTitle(rows, sentence.plain) === undefined ? lastTitle(rows, previous.plain) : undefined);
    const said = sentence.plain.toLowerCase();
    const peak = row?.peaks.find((item) => item.place.every((word) => said.includes(word)));
    const value = Number(rank.text.replace(/\D+/gu, ''));
    if (!row || !peak || peak.value === value) continue;
    findings.push({
      message: `\`${row.title}\` reached \`${rank.text}\` in the prose, but its row in the table gives \`${peak.value}\` under \`${peak.cell.cell?.header ?? ''}\``,
      evidence: [context.evidence(rank, 'position in the prose'), context.quote(peak.cell.position.start.offset, peak.cell.position.end.offset, 'position in the table')],
      reasoning: [`'${sentence.plain.slice(0, 80)}' tells ${row.title}'s chart position as ${value}`, `the works table's ${peak.cell.cell?.header ?? ''} column gives ${peak.value} in ${row.title}'s row`],
      severity: 'warning',
    });
  }
  return findings;
}

/** The row whose title the text names last. */
function lastTitle(rows: readonly WorkRow[], text: string): WorkRow | undefined {
  return rows.map((row) => ({ row, at: text.lastIndexOf(row.title) })).filter((item) => item.at >= 0).sort((a, b) => b.at - a.at)[0]?.row;
}

/** The rows of the article's works tables that have a title cell and at least one chart position. */
function workRows(context: RuleContext): WorkRow[] {
  const rows: WorkRow[] = [];
  let current: ArticleSentence[] = [];
  const flush = (): void => {
    const title = current.find((cell) => titleHeads.has((cell.cell?.header ?? '').toLowerCase().trim()));
    const peaks = current.flatMap((cell) => {
      const words = (cell.cell?.header ?? '').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
      if (!words.some((word) => peakWords.has(word)) || !/^\d{1,3}$/u.test(cell.plain.trim())) return [];
      return [{ cell, value: Number(cell.plain.trim()), place: words.filter((word) => !peakWords.has(word)) }];
    });
    const name = title?.plain.trim();
    if (name && name.length > 1 && peaks.length > 0) rows.push({ title: name, peaks });
    current = [];
  };
  for (const sentence of context.sentences) {
    if (sentence.where !== 'table' || !sentence.cell) {
      if (current.length > 0) flush();
      continue;
    }
    if (current.length > 0 && (sentence.cell.row !== current[0]?.cell?.row || sentence.index !== (current.at(-1) as ArticleSentence).index + 1)) flush();
    current.push(sentence);
  }
  if (current.length > 0) flush();
  return rows;
}

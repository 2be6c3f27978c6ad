/**
 * Scores claimcheck on natural contradictions (`fixtures/natural/*.json`):
 * articles of ../shared read whole by a person, with the places where each
 * cannot be right twice. Recall is over those contradictions; findings that
 * hit none of them are listed as possible false alarms (the articles were
 * read whole, so most are, but a reader can miss one).
 * `bench/eval-natural.ts` prints and writes the report.
 */
import type { Finding } from '../../src/index.js';
import type { NaturalArticle, NaturalContradiction } from './format.js';
import { naturalText, readNaturalFiles, type ArticleReader } from './load.js';
import { contradictionHit, describeFinding, isScored, oneLine, overlaps, percent, placeContradictions } from './match.js';
import { analyzeText as defaultAnalyze, type AnalyzeText } from './planted.js';

/** What the scorer saw in one article. */
export interface NaturalResult {
  file: string;
  natural: NaturalArticle;
  /** Each contradiction with the error/warning findings that hit it. */
  contradictions: Array<{ contradiction: NaturalContradiction; hits: Finding[] }>;
  /** Error/warning findings that hit no recorded contradiction. */
  unmatched: Finding[];
  /** Set when analysing the article failed. */
  error?: string;
}

/** Everything one run produced. */
export interface NaturalScore {
  results: NaturalResult[];
}

/** Options of a run: where articles come from and how texts are analysed. */
export interface NaturalOptions {
  read?: ArticleReader;
  analyzeText?: AnalyzeText;
}

/** Scores every natural file of a folder; a missing folder is an empty run. A file whose article changed or whose quotes are wrong throws. */
export function scoreNatural(naturalDir: string, options: NaturalOptions = {}): NaturalScore {
  const analyzeArticle = options.analyzeText ?? defaultAnalyze;
  const results = readNaturalFiles(naturalDir).filter((entry) => entry.natural.readWhole !== false).map((entry): NaturalResult => {
    const text = naturalText(entry, options.read);
    const placed = placeContradictions(entry.natural);
    const result: NaturalResult = { file: entry.file, natural: entry.natural, contradictions: placed.map(({ contradiction }) => ({ contradiction, hits: [] })), unmatched: [] };
    let findings: Finding[] = [];
    try {
      findings = analyzeArticle(text, `natural/${entry.natural.article}`);
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
    }
    for (const finding of findings.filter(isScored)) {
      const hit = contradictionHit(finding, placed);
      if (hit) result.contradictions.find((entry) => entry.contradiction === hit.contradiction)?.hits.push(finding);
      else result.unmatched.push(finding);
    }
    return result;
  });
  return { results };
}

function recallRows(label: string, groups: Map<string, Array<{ hits: Finding[] }>>): string[] {
  const lines = [`| ${label} | contradictions | found | recall |`, '| --- | ---: | ---: | ---: |'];
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const found = group.filter((entry) => entry.hits.length > 0).length;
    lines.push(`| \`${key}\` | ${group.length} | ${found} | ${percent(found, group.length)} |`);
  }
  return lines;
}

function groupBy<Item>(items: readonly Item[], key: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The Markdown report: recall overall, by confidence and by fact, each miss, and the findings that hit nothing. */
export function naturalReport(score: NaturalScore): string {
  const { results } = score;
  const all = results.flatMap((result) => result.contradictions);
  const found = all.filter((entry) => entry.hits.length > 0).length;
  const hitting = results.reduce((sum, result) => sum + result.contradictions.reduce((inner, entry) => inner + entry.hits.length, 0), 0);
  const unmatched = results.reduce((sum, result) => sum + result.unmatched.length, 0);
  const lines: string[] = [];
  lines.push(`Run on ${results.length} articles read whole (${results.filter((result) => result.contradictions.length === 0).length} with none found), ${all.length} contradictions.`, '');
  if (results.length === 0) return [...lines, 'No articles.'].join('\n');
  lines.push(`- **Recall**: ${found}/${all.length} = ${percent(found, all.length)}`);
  const certain = all.filter((entry) => entry.contradiction.confidence === 'certain');
  const certainFound = certain.filter((entry) => entry.hits.length > 0).length;
  lines.push(`- **Recall on certain contradictions**: ${certainFound}/${certain.length} = ${percent(certainFound, certain.length)}`);
  lines.push(`- **Findings on a recorded contradiction**: ${hitting} of ${hitting + unmatched} error-or-warning findings (${percent(hitting, hitting + unmatched)}); the other ${unmatched} are listed below as possible false alarms`);
  const failed = results.filter((result) => result.error);
  if (failed.length > 0) lines.push(`- **Articles that failed to analyse**: ${failed.map((result) => `${result.natural.article} (${result.error})`).join('; ')}`);
  lines.push('', '### Recall by fact', '', ...recallRows('fact', groupBy(all, (entry) => entry.contradiction.fact)), '');
  lines.push('### Recall by confidence', '', ...recallRows('confidence', groupBy(all, (entry) => entry.contradiction.confidence)), '');

  lines.push('### Misses', '');
  const misses = results.flatMap((result) => result.contradictions.filter((entry) => entry.hits.length === 0).map((entry) => ({ result, entry })));
  if (misses.length === 0) lines.push('None.');
  for (const { result, entry } of misses) {
    const { contradiction } = entry;
    lines.push(`- **${result.natural.article}** \`${contradiction.id}\` (${contradiction.fact}, ${contradiction.confidence}): ${contradiction.evidence.map((span) => `“${oneLine(span.quote, 100)}”`).join(' / ')}`);
    lines.push(`  - ${oneLine(contradiction.why, 300)}`);
  }
  lines.push('');

  lines.push('### Possible false alarms', '', 'Error and warning findings that hit no recorded contradiction (marked when they touch a near-miss the reader rejected).', '');
  const alarmed = results.filter((result) => result.unmatched.length > 0);
  if (alarmed.length === 0) lines.push('None.');
  for (const result of alarmed) {
    lines.push(`- **${result.natural.article}**`);
    const nearMisses = result.natural.notContradictions ?? [];
    for (const finding of result.unmatched) {
      const onNearMiss = nearMisses.some((near) => near.evidence.some((span) => overlaps(finding, span)));
      lines.push(`  - ${onNearMiss ? '(on a rejected near-miss) ' : ''}${describeFinding(finding)}`);
    }
  }
  return lines.join('\n');
}

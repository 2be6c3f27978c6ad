/**
 * Scores claimcheck on a planted set (docs/evaluation-sets.md): every case is
 * applied to its article, the edited text analysed, and each error/warning
 * finding sorted into a hit on the planted words, a hit on a contradiction
 * the base article already has (recorded in `fixtures/natural/`), or a false
 * alarm. `bench/eval-planted.ts` prints and writes the report.
 */
import { extname } from 'node:path';
import { analyze, type Finding } from '../../src/index.js';
import type { AppliedCase } from './apply.js';
import type { Fact, Form, NaturalArticle, NaturalContradiction } from './format.js';
import { applyCaseFile, displayPath, naturalText, parseCase, readNaturalFiles, readSetCases, type ArticleReader } from './load.js';
import { contradictionHit, describeFinding, isScored, oneLine, overlaps, percent, placeContradictions, type Span } from './match.js';

/** Analyses a text as the bench does; tests may pass their own. */
export type AnalyzeText = (text: string, path: string) => Finding[];

/** `analyze()` with the default options; a file-level error (too large, timed out) is thrown. */
export const analyzeText: AnalyzeText = (text, path) => {
  const file = analyze(text, { path }).files[0];
  if (file?.error) throw new Error(`${file.error.code}: ${file.error.message}`);
  return file?.findings ?? [];
};

/** What the scorer saw in one case. */
export interface CaseResult {
  applied: AppliedCase;
  /** `gold.evidence[0]` of a planted case; null in a clean one. */
  planted: Span | null;
  /** Error/warning findings overlapping the planted words. */
  hits: Finding[];
  /** Error/warning findings that hit a natural contradiction of the base article: right, but not what was planted. */
  naturalHits: Array<{ finding: Finding; contradiction: NaturalContradiction }>;
  /** The other error/warning findings (in a clean case, all but natural hits). */
  falseAlarms: Finding[];
  /** Info findings on the planted words: a rule that saw it but stayed quiet. */
  quietHits: Finding[];
  /** A hit by the expected rule (`gold.rule`); with no expected rule, a hit by any. */
  found: boolean;
  foundByAny: boolean;
  /** Set when analysing the text failed. */
  error?: string;
}

/** A case file that could not be scored, and why. */
export interface RefusedCase {
  file: string;
  error: string;
}

/** Everything one run over a set produced. */
export interface PlantedScore {
  setName: string;
  results: CaseResult[];
  refused: RefusedCase[];
}

/** Options of a run: where articles come from and how texts are analysed (tests pass small ones). */
export interface PlantedOptions {
  read?: ArticleReader;
  analyzeText?: AnalyzeText;
}

/** Scores one applied case against the natural contradictions of its base article. */
export function scoreCase(applied: AppliedCase, natural: NaturalArticle | undefined, analyzeCase: AnalyzeText = analyzeText, setName = 'set'): CaseResult {
  const { testCase } = applied;
  const planted = testCase.kind === 'planted' ? (testCase.gold.evidence[0] as Span) : null;
  const result: CaseResult = { applied, planted, hits: [], naturalHits: [], falseAlarms: [], quietHits: [], found: false, foundByAny: false };
  let findings: Finding[] = [];
  try {
    findings = analyzeCase(applied.edited, `${setName}/${testCase.id}${extname(testCase.article)}`);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  const placed = placeContradictions(natural, testCase.edits);
  for (const finding of findings) {
    const hit = planted !== null && overlaps(finding, planted);
    if (!isScored(finding)) {
      if (hit) result.quietHits.push(finding);
      continue;
    }
    if (hit) {
      result.hits.push(finding);
      continue;
    }
    const naturalHit = contradictionHit(finding, placed);
    if (naturalHit) result.naturalHits.push({ finding, contradiction: naturalHit.contradiction });
    else result.falseAlarms.push(finding);
  }
  result.foundByAny = result.hits.length > 0;
  const rule = testCase.gold.rule;
  result.found = rule === null ? result.foundByAny : result.hits.some((finding) => finding.ruleId === rule);
  return result;
}

/**
 * Scores every case of a set folder (`fixtures/<set>`), with the natural
 * contradictions of `naturalDir`. A case that does not apply (changed
 * article, bad edits or quotes, schema errors) is refused and listed, never
 * scored.
 */
export function scorePlantedSet(setName: string, setDir: string, naturalDir: string, options: PlantedOptions = {}): PlantedScore {
  const naturalByArticle = new Map(readNaturalFiles(naturalDir).map((entry) => [entry.natural.article, entry] as const));
  const checkedNatural = new Set<string>();
  const results: CaseResult[] = [];
  const refused: RefusedCase[] = [];
  for (const raw of readSetCases(setDir)) {
    try {
      const caseFile = parseCase(raw);
      const applied = applyCaseFile(caseFile, options.read);
      const natural = naturalByArticle.get(caseFile.testCase.article);
      if (natural && !checkedNatural.has(natural.natural.article)) {
        naturalText(natural, options.read);
        checkedNatural.add(natural.natural.article);
      }
      results.push(scoreCase(applied, natural?.natural, options.analyzeText, setName));
    } catch (error) {
      refused.push({ file: displayPath(raw.file), error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { setName, results, refused };
}

function countBy<Key extends string>(results: readonly CaseResult[], key: (result: CaseResult) => Key): Map<Key, CaseResult[]> {
  const groups = new Map<Key, CaseResult[]>();
  for (const result of results) groups.set(key(result), [...(groups.get(key(result)) ?? []), result]);
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function ruleTable(results: readonly CaseResult[], planted: readonly CaseResult[], clean: readonly CaseResult[]): string[] {
  const ruleIds = new Set<string>();
  for (const result of results) {
    if (result.applied.testCase.gold.rule) ruleIds.add(result.applied.testCase.gold.rule);
    for (const finding of [...result.hits, ...result.falseAlarms]) ruleIds.add(finding.ruleId);
  }
  const expectedOrder = [...new Set(planted.flatMap((result) => result.applied.testCase.gold.rule ?? []))];
  const rows = [...expectedOrder, ...[...ruleIds].filter((id) => !expectedOrder.includes(id)).sort()];
  const lines = ['| rule | planted | found | found by any rule | true findings | false alarms (planted files) | false alarms (clean files) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const sum = (group: readonly CaseResult[], pick: (result: CaseResult) => Finding[], id: string) => group.reduce((total, result) => total + pick(result).filter((finding) => finding.ruleId === id).length, 0);
  const totals = [0, 0, 0];
  for (const id of rows) {
    const mine = planted.filter((result) => result.applied.testCase.gold.rule === id);
    const counts = [sum(results, (result) => result.hits, id), sum(planted, (result) => result.falseAlarms, id), sum(clean, (result) => result.falseAlarms, id)] as const;
    counts.forEach((count, index) => (totals[index] = (totals[index] as number) + count));
    lines.push(`| \`${id}\` | ${mine.length} | ${mine.filter((result) => result.found).length} | ${mine.filter((result) => result.foundByAny).length} | ${counts.join(' | ')} |`);
  }
  const withRule = planted.filter((result) => result.applied.testCase.gold.rule !== null);
  lines.push(`| **total** | ${withRule.length} | ${withRule.filter((result) => result.found).length} | ${withRule.filter((result) => result.foundByAny).length} | ${totals.join(' | ')} |`);
  return lines;
}

function recallTable(label: string, groups: Map<Fact | Form, CaseResult[]>, withClean: boolean): string[] {
  const lines = [
    `| ${label} | planted | found (any rule) | recall |${withClean ? ' clean | clean with a false alarm |' : ''}`,
    `| --- | ---: | ---: | ---: |${withClean ? ' ---: | ---: |' : ''}`,
  ];
  for (const [key, group] of groups) {
    const planted = group.filter((result) => result.planted !== null);
    const clean = group.filter((result) => result.planted === null);
    const found = planted.filter((result) => result.foundByAny).length;
    const cleanColumns = withClean ? ` ${clean.length} | ${clean.filter((result) => result.falseAlarms.length > 0).length} |` : '';
    lines.push(`| \`${key}\` | ${planted.length} | ${found} | ${percent(found, planted.length)} |${cleanColumns}`);
  }
  return lines;
}

/** The Markdown report of a run: totals, recall by rule, fact and form, misses, false alarms. */
export function plantedReport(score: PlantedScore): string {
  const { results, refused } = score;
  const planted = results.filter((result) => result.planted !== null);
  const clean = results.filter((result) => result.planted === null);
  const withRule = planted.filter((result) => result.applied.testCase.gold.rule !== null);
  const lines: string[] = [];
  lines.push(`Run on ${results.length} files (${planted.length} planted, ${clean.length} clean)${refused.length > 0 ? `; ${refused.length} refused (listed at the end, not scored)` : ''}.`, '');
  if (results.length === 0) {
    lines.push('No cases.');
    return [...lines, ...refusedLines(refused)].join('\n');
  }
  if (withRule.length > 0) lines.push(...ruleTable(results, planted, clean), '');

  const hits = results.reduce((sum, result) => sum + result.hits.length, 0);
  const naturalHits = results.reduce((sum, result) => sum + result.naturalHits.length, 0);
  const falsePlanted = planted.reduce((sum, result) => sum + result.falseAlarms.length, 0);
  const falseClean = clean.reduce((sum, result) => sum + result.falseAlarms.length, 0);
  const scored = hits + naturalHits + falsePlanted + falseClean;
  const foundByAny = planted.filter((result) => result.foundByAny).length;
  if (withRule.length > 0) {
    const found = withRule.filter((result) => result.found).length;
    lines.push(`- **Recall** (expected rule): ${found}/${withRule.length} = ${percent(found, withRule.length)}`);
  }
  lines.push(`- **Recall** (any rule): ${foundByAny}/${planted.length} = ${percent(foundByAny, planted.length)}`);
  const naturalNote = naturalHits > 0 ? ` (${hits} on the planted words, ${naturalHits} on contradictions the base articles already had)` : '';
  lines.push(`- **Precision**: ${hits + naturalHits} true${naturalNote} / ${scored} error-or-warning findings = ${percent(hits + naturalHits, scored)}`);
  lines.push(`- **False alarms**: ${falsePlanted + falseClean} (${falsePlanted} in planted files, ${falseClean} in clean files; clean files with at least one: ${clean.filter((result) => result.falseAlarms.length > 0).length}/${clean.length})`);
  const failed = results.filter((result) => result.error);
  if (failed.length > 0) lines.push(`- **Files that failed to analyse**: ${failed.map((result) => `${result.applied.testCase.id} (${result.error})`).join('; ')}`);
  lines.push('');

  lines.push('### Recall by fact', '', ...recallTable('fact', countBy(results, (result) => result.applied.testCase.gold.fact), true), '');
  lines.push('### Recall by form', '', ...recallTable('form', countBy(planted, (result) => result.applied.testCase.gold.form), false), '');

  lines.push('### Misses', '');
  const misses = planted.filter((result) => !result.found);
  if (misses.length === 0) lines.push('None.');
  for (const result of misses) {
    const { testCase } = result.applied;
    const expected = testCase.gold.rule === null ? `a \`${testCase.gold.fact}\` finding` : `\`${testCase.gold.rule}\``;
    lines.push(`- **${testCase.id}** — expected ${expected} on “${oneLine(testCase.gold.evidence[0]?.quote ?? '')}” (${testCase.gold.form})${result.foundByAny ? ' (found by another rule)' : ''}`);
    lines.push(`  - planted: ${oneLine(testCase.gold.note, 300)}`);
    for (const finding of result.hits) lines.push(`  - hit by ${describeFinding(finding)}`);
    for (const finding of result.quietHits) lines.push(`  - seen at info level: ${describeFinding(finding)}`);
  }
  lines.push('');

  lines.push('### False alarms', '');
  const alarmed = results.filter((result) => result.falseAlarms.length > 0);
  if (alarmed.length === 0) lines.push('None.');
  for (const result of alarmed) {
    const { testCase } = result.applied;
    lines.push(`- **${testCase.id}** (${result.planted === null ? `clean, resembles \`${testCase.gold.fact}\`` : `planted \`${testCase.gold.rule ?? testCase.gold.fact}\``})`);
    for (const finding of result.falseAlarms) lines.push(`  - ${describeFinding(finding)}`);
  }

  const onNatural = results.filter((result) => result.naturalHits.length > 0);
  if (onNatural.length > 0) {
    lines.push('', '### Findings on contradictions the base article already had', '', 'Recorded in `fixtures/natural/`; right, so not false alarms, but not what was planted.', '');
    for (const result of onNatural) {
      lines.push(`- **${result.applied.testCase.id}**`);
      for (const { finding, contradiction } of result.naturalHits) lines.push(`  - \`${contradiction.id}\` (${contradiction.fact}): ${describeFinding(finding)}`);
    }
  }
  return [...lines, ...refusedLines(refused)].join('\n');
}

function refusedLines(refused: readonly RefusedCase[]): string[] {
  if (refused.length === 0) return [];
  return ['', '### Refused cases', '', ...refused.map((entry) => `- ${entry.error.startsWith(entry.file) ? entry.error : `${entry.file}: ${entry.error}`}`)];
}

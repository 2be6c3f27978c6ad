import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { fixturesDir } from './fixtures.js';

/** One pinned CLI run: arguments (run from the repo root), exit code, and the file holding its stdout. */
export interface GoldenRun {
  name: string;
  args: string[];
  code: number;
  stdout: string;
}

/** The pinned runs of `fixtures/cli/golden.json`. */
export const goldenRuns = JSON.parse(readFileSync(join(fixturesDir, 'cli', 'golden.json'), 'utf8')) as GoldenRun[];

/** The repo root, the folder golden runs are made from. */
export const repoRoot = join(fixturesDir, '..');

interface Point {
  line: number;
  column: number;
}

interface DigestedFile {
  path: string;
  claims: Array<{ id: string; text: string; position: { start: Point } }>;
  findings: Array<{ ruleId: string; severity: string; message: string; evidence: Array<{ position: { start: Point } }> }>;
  entities?: unknown[];
  timelines?: unknown[];
  corroborations?: unknown[];
}

interface DigestedSarif {
  runs: Array<{
    tool: { driver: { rules?: unknown[] } };
    results: Array<{ ruleId: string; level: string; message: { text: string }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }> }>;
  }>;
}

const at = (point: Point | undefined) => (point ? `${point.line}:${point.column}` : '-');

/** The formats a digest golden can summarise, by the extension before `.digest.txt`. */
export type DigestFormat = 'json' | 'ndjson' | 'sarif';

/**
 * What a `*.digest.txt` golden holds in place of an output too large to keep
 * whole (the seed's JSON report is 400 KB): the SHA-256 of the output, so any
 * change fails, and the parts a reviewer reads, so the diff of the golden
 * shows what changed. A JSON report gives its counts, every finding (rule,
 * severity, where, message) and every claim (id, where, text); NDJSON (one
 * claim per line) gives its claims counted by kind; SARIF gives its rule
 * count and every result (the rule catalogue itself is pinned whole by
 * `synthetic.sarif.txt`).
 */
export function digestGolden(output: string, format: DigestFormat): string {
  const lines = [`sha256 ${createHash('sha256').update(output).digest('hex')} of ${Buffer.byteLength(output)} bytes`];
  if (format === 'json') {
    for (const file of (JSON.parse(output) as { files: DigestedFile[] }).files) {
      lines.push(
        `file ${file.path}: ${file.claims.length} claims, ${file.findings.length} findings, ${file.entities?.length ?? 0} entities, ${file.timelines?.length ?? 0} timelines, ${file.corroborations?.length ?? 0} corroborations`,
        ...file.findings.map((finding) => `finding ${finding.ruleId} ${finding.severity} ${at(finding.evidence[0]?.position.start)} ${finding.message}`),
        ...file.claims.map((claim) => `claim ${claim.id} ${at(claim.position.start)} ${JSON.stringify(claim.text)}`),
      );
    }
  } else if (format === 'sarif') {
    for (const run of (JSON.parse(output) as DigestedSarif).runs) {
      lines.push(`run: ${run.tool.driver.rules?.length ?? 0} rules, ${run.results.length} results`);
      for (const result of run.results) {
        const location = result.locations?.[0]?.physicalLocation;
        lines.push(`result ${result.ruleId} ${result.level} ${location?.artifactLocation?.uri ?? '-'}:${location?.region?.startLine ?? '-'}:${location?.region?.startColumn ?? '-'} ${result.message.text}`);
      }
    }
  } else {
    const kinds = new Map<string, number>();
    const records = output.split('\n').filter((line) => line.trim());
    for (const record of records) {
      const kind = String((JSON.parse(record) as { kind?: unknown }).kind);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    lines.push(`${records.length} records: ${[...kinds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Compares output with its golden file; `UPDATE_GOLDEN=1` rewrites the file
 * instead (review the diff: it is the change in what users see). A golden
 * named `<name>.<json|ndjson|sarif>.digest.txt` holds the output's digest
 * (`digestGolden`), not the output.
 */
export function expectGolden(output: string, file: string): void {
  const path = join(fixturesDir, 'cli', 'golden', file);
  const digested = /\.(json|ndjson|sarif)\.digest\.txt$/.exec(file)?.[1] as DigestFormat | undefined;
  const actual = digested ? digestGolden(output, digested) : output;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${file} exists (UPDATE_GOLDEN=1 writes it)`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

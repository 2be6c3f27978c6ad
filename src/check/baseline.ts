import type { Baseline, BaselineEntry } from '../schema/baseline.js';
import type { FileReport, Report } from '../schema/report.js';

/** Maps a report's file path to the path the baseline records it under. */
export type BaselinePath = (reportPath: string) => string;

/**
 * Removes from a report the findings a baseline already knows.
 *
 * A finding matches an entry by path, rule id and fingerprint — never by line
 * — so findings stay known when unrelated lines are added above them. Each
 * entry absorbs one finding: a file that had a finding once and now has it
 * twice reports the second.
 */
export function applyBaseline(report: Report, baseline: Baseline, baselinePath: BaselinePath = (path) => path): Report {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) {
    const key = entryKey(entry.path, entry.ruleId, entry.fingerprint);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const files = report.files.map((file): FileReport => {
    const path = baselinePath(file.path);
    const findings = file.findings.filter((finding) => {
      const key = entryKey(path, finding.ruleId, finding.fingerprint);
      const count = remaining.get(key) ?? 0;
      if (count === 0) return true;
      remaining.set(key, count - 1);
      return false;
    });
    return findings.length === file.findings.length ? file : { ...file, findings };
  });
  return { ...report, files };
}

/**
 * The baseline after a run: every finding of the files checked now, and the
 * earlier entries of files this run did not check (another shard's, or a file
 * that failed to read). Entries of checked files that no longer have the
 * finding are pruned.
 */
export function updateBaseline(report: Report, previous: Baseline | null, baselinePath: BaselinePath = (path) => path): Baseline {
  const checked = new Set(report.files.filter((file) => !file.error).map((file) => baselinePath(file.path)));
  const entries: BaselineEntry[] = (previous?.findings ?? []).filter((entry) => !checked.has(entry.path));
  for (const file of report.files) {
    if (file.error) continue;
    const path = baselinePath(file.path);
    for (const finding of file.findings) entries.push({ path, ruleId: finding.ruleId, fingerprint: finding.fingerprint, message: finding.message });
  }
  return { version: 1, findings: entries.sort(compareEntries) };
}

function entryKey(path: string, ruleId: string, fingerprint: string): string {
  return `${path}\u0000${ruleId}\u0000${fingerprint}`;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

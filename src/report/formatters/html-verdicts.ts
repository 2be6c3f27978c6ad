import type { VerdictKind } from '../../schema/citations.js';
import type { FileReport } from '../../schema/report.js';

/** What one cited source says of a claim, as the page shows it. */
export interface ShownVerdict {
  /** The citation's label as the reader sees it (`1`, `nb 1`, `gazette`); its key when the report has no record of it. */
  label: string;
  verdict: VerdictKind;
  /** The source's sentence that states the value, whitespace collapsed; absent for `not-found`. */
  quote?: string;
  /** How the values compare, in words (`same day`, `16 is not 18`). */
  reason: string;
  /** The source: its URL or file. */
  source: string;
}

/**
 * The citation verdicts of each claim of a file, by claim id: the report's
 * `verdicts` (one per claim and cited source, in the report's order), each
 * with its citation's label from the file's `citations`. Claims without a
 * verdict — every claim when no source was given — are absent. Kept in one
 * function so the page follows the report's verdict model in one place.
 */
export function verdictsOf(file: Pick<FileReport, 'verdicts' | 'citations'>): ReadonlyMap<string, ShownVerdict[]> {
  const labels = new Map((file.citations ?? []).map((citation) => [citation.key, citation.label]));
  const byClaim = new Map<string, ShownVerdict[]>();
  for (const verdict of file.verdicts ?? []) {
    const shown: ShownVerdict = {
      label: labels.get(verdict.citation) ?? verdict.citation,
      verdict: verdict.verdict,
      ...(verdict.quote === undefined ? {} : { quote: verdict.quote.quote.replace(/\s+/g, ' ').trim() }),
      reason: verdict.reason,
      source: verdict.source,
    };
    const claimVerdicts = byClaim.get(verdict.claim);
    if (claimVerdicts) claimVerdicts.push(shown);
    else byClaim.set(verdict.claim, [shown]);
  }
  return byClaim;
}

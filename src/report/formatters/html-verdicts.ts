import type { Claim } from '../../schema/claims.js';

/** What a citation said of a claim, as the page shows it. */
export interface ShownVerdict {
  /** The citation's label as written (`1`, `note 3`, `smith`). */
  label: string;
  /** The verdict's word: `supported`, `contradicted`, `unverifiable`… */
  verdict: string;
}

/**
 * The citation verdicts of a claim, where the report carries them: entries
 * of the claim's `citations` that are records with a string `verdict` (and a
 * `label`). Plain labels — what claims carry when no citation was read — give
 * none. Kept in one function so the page follows the citation record's shape
 * in one place.
 */
export function verdictsOf(claim: Claim): ShownVerdict[] {
  const citations = (claim as { citations?: unknown }).citations;
  if (!Array.isArray(citations)) return [];
  const verdicts: ShownVerdict[] = [];
  for (const citation of citations) {
    if (citation === null || typeof citation !== 'object') continue;
    const { label, verdict } = citation as { label?: unknown; verdict?: unknown };
    if (typeof verdict === 'string' && verdict !== '') verdicts.push({ label: typeof label === 'string' ? label : '', verdict });
  }
  return verdicts;
}

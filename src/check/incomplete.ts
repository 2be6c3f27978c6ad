import type { Finding, Severity } from '../schema/findings.js';
import type { Skipped } from '../util/budget.js';
import type { SourceLocator } from '../util/location.js';
import { docsBaseUrl } from './docs-url.js';
import { fingerprint } from './fingerprint.js';

/** The metadata of the findings that say which work an analysis skipped to stay within its budget. */
export const incompleteAnalysisRule = {
  id: 'incomplete-analysis',
  description: 'Work the analysis skipped to stay within its limits: the report is incomplete there',
  defaultSeverity: 'info' as Severity,
  docsUrl: new URL('../reliability.md#budgets', docsBaseUrl).href,
};

// Places quoted per finding, and characters per quote: a skip can concern a
// megabyte, and the finding must stay small.
const placesPerFinding = 3;
const quoteLength = 80;

/**
 * One `incomplete-analysis` finding per kind of skip (same stage, limit and
 * work), at the first places it happened, with how many there were in all.
 * Never suppressed by comments or a baseline's absence of it: a report that
 * is incomplete always says so.
 */
export function incompleteAnalysisFindings(skipped: readonly Skipped[], text: string, locator: SourceLocator): Finding[] {
  const groups = new Map<string, Skipped[]>();
  for (const entry of skipped) {
    const key = `${entry.stage}\u0000${entry.limit}\u0000${entry.what}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Skipped;
    const places = [...group].sort((a, b) => a.start - b.start).slice(0, placesPerFinding);
    const more = group.length - places.length;
    return {
      ruleId: incompleteAnalysisRule.id,
      severity: incompleteAnalysisRule.defaultSeverity,
      message: `Incomplete analysis: skipped ${first.what}, over the \`${first.limit}\` limit of \`${first.value}\``,
      evidence: places.map((place) => {
        const end = quoteEnd(text, place.start, place.end);
        return { quote: text.slice(place.start, end), position: locator.position(place.start, end), role: 'skipped' };
      }),
      reasoning: [
        `the ${first.stage} stage stopped this work at its limit, so the report may miss claims or findings here`,
        ...(more > 0 ? [`${group.length} places in all; the first ${places.length} are quoted`] : []),
        ...(places.some((place) => place.end - place.start > quoteLength) ? [`quotes show the first ${quoteLength} characters of each place`] : []),
      ],
      fingerprint: fingerprint(incompleteAnalysisRule.id, '', [first.stage, first.limit, first.what]),
      url: incompleteAnalysisRule.docsUrl,
    };
  });
}

/** The end of a quote of at most `quoteLength` characters from `start`, never between the halves of a surrogate pair. */
function quoteEnd(text: string, start: number, end: number): number {
  if (end - start <= quoteLength) return end;
  const cut = start + quoteLength;
  const before = text.charCodeAt(cut - 1);
  return before >= 0xd800 && before <= 0xdbff ? cut - 1 : cut;
}

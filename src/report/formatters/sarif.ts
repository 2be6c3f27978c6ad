import type { Evidence } from '../../schema/entities.js';
import type { Finding, Severity } from '../../schema/findings.js';
import type { Formatter, RuleDescriptor } from './types.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The fingerprint key under `partialFingerprints`; bump the suffix if fingerprints change meaning. */
const fingerprintKey = 'claimcheck/v1';

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one rule
 * descriptor per rule with its help URI, one result per finding with the
 * first evidence as its location and the rest as related locations (a cited
 * source's quote in that source's own artifact), the
 * finding's fingerprint as a partial fingerprint (so code scanning tracks an
 * alert across edits), and files that failed as tool notifications.
 */
export const format: Formatter = (report, options) => {
  const descriptors = [...options.rules];
  const known = new Set(descriptors.map((rule) => rule.id));
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (known.has(finding.ruleId)) continue;
      known.add(finding.ruleId);
      descriptors.push({ id: finding.ruleId, description: finding.ruleId, defaultSeverity: finding.severity, docsUrl: finding.url ?? '' });
    }
  }
  descriptors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]));
  const results = report.files.flatMap((file) => file.findings.map((finding) => toResult(file.path, finding, ruleIndex.get(finding.ruleId) ?? 0)));
  const failed = report.files.filter((file) => file.error);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            informationUri: 'https://github.com/claimcheck/claimcheck',
            ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
            rules: descriptors.map(toDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            toolExecutionNotifications: failed.map((file) => ({
              level: 'error',
              message: { text: `Cannot check the file: ${file.error!.message}` },
              descriptor: { id: file.error!.code },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file.path) } } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

function toDescriptor(rule: RuleDescriptor) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.docsUrl ? { helpUri: rule.docsUrl, help: { text: `See ${rule.docsUrl}` } } : {}),
    // SARIF's `enabled: false`: a rule the tool runs only when configured to.
    defaultConfiguration: { level: level[rule.defaultSeverity], ...(rule.offByDefault ? { enabled: false } : {}) },
  };
}

function toResult(path: string, finding: Finding, index: number) {
  const [first, ...others] = finding.evidence as [Evidence, ...Evidence[]];
  return {
    ruleId: finding.ruleId,
    ruleIndex: index,
    level: level[finding.severity],
    message: { text: finding.message },
    locations: [toLocation(path, first)],
    ...(others.length > 0
      ? { relatedLocations: others.map((evidence, id) => ({ id, ...toLocation(path, evidence), message: { text: evidence.role ?? 'evidence' } })) }
      : {}),
    partialFingerprints: { [fingerprintKey]: finding.fingerprint },
    ...(finding.reasoning.length > 0 ? { properties: { reasoning: finding.reasoning } } : {}),
  };
}

/** Where a piece of evidence is: in the article, or for a cited source's quote in that source (its URL or file). */
function toLocation(path: string, evidence: Evidence) {
  const { start, end } = evidence.position;
  return {
    physicalLocation: {
      artifactLocation: { uri: evidence.source === undefined ? toUri(path) : sourceUri(evidence.source) },
      region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: { text: evidence.quote } },
    },
  };
}

/** A cited source as an artifact: a web URL as it is, a file like a report path. */
function sourceUri(source: string): string {
  return /^https?:\/\//i.test(source) ? source : toUri(source);
}

/** A report path as a relative URI reference: `/` separators, special characters percent-encoded. */
function toUri(path: string): string {
  return encodeURI(path.replaceAll('\\', '/')).replaceAll('#', '%23').replaceAll('?', '%3F');
}

import type { ResolvedArticle } from '../resolve/index.js';
import type { Verdict } from '../schema/citations.js';
import type { Corroboration, Finding, Severity } from '../schema/findings.js';
import type { DirectiveReporting, RuleSetting } from '../schema/options.js';
import { ClaimcheckError } from '../util/errors.js';
import { noBudget, type Budget } from '../util/budget.js';
import { createRuleContext } from './context.js';
import { fingerprint } from './fingerprint.js';
import { incompleteAnalysisFindings } from './incomplete.js';
import { applyDirectives, readDirectives, unusedDirectiveFinding } from './suppressions.js';
import type { Rule, RuleFinding, RuleMeta, RuleOutput } from './types.js';

export { applyBaseline, updateBaseline, type BaselinePath } from './baseline.js';
export { defineRule } from './define-rule.js';
export { ruleDocsUrl } from './docs-url.js';
export { fingerprint } from './fingerprint.js';
export { incompleteAnalysisRule } from './incomplete.js';
export { applyDirectives, readDirectives, unusedDirectiveRule, type Directive, type DirectiveKind, type SuppressionResult } from './suppressions.js';
export type { Rule, RuleContext, RuleFinding, RuleMeta, RuleOutput } from './types.js';

/** A rule's severity when the settings do not name it: `off` for a rule that is off by default. */
export function defaultSetting(meta: RuleMeta): Severity | 'off' {
  return meta.offByDefault ? 'off' : meta.defaultSeverity;
}

/** What the rules found in one article. */
export interface CheckResult {
  findings: Finding[];
  corroborations: Corroboration[];
}

/** How the engine treats suppression comments, and the budget it runs rules within. */
export interface CheckOptions {
  /** Report comments that suppress nothing at this severity; `off` (default) does not. */
  reportUnusedDisableDirectives?: DirectiveReporting;
  /**
   * The analysis's budget: each rule runs as one of its steps, findings past
   * `findingsPerRule` are dropped, and everything the budget records as
   * skipped (by any stage) is reported as `incomplete-analysis` findings.
   * Without one, rules are not limited.
   */
  budget?: Budget;
}

const lowered: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };
const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs `rules` over a resolved article with the user's `settings`
 * (`{ "figure-conflict": "off" }`), and answers findings in a stable order:
 * by position of the first evidence, then rule id, then message.
 *
 * The engine, not the rule, applies severities: the setting or the rule's
 * default, one step lower when the rule says its source is hedged. Then it
 * drops the findings that `<!-- claimcheck-disable… -->` comments cover.
 */
export function checkClaims(
  resolved: ResolvedArticle & { verdicts?: readonly Verdict[] },
  rules: readonly Rule[],
  settings: Readonly<Record<string, RuleSetting>> = {},
  options: CheckOptions = {},
): CheckResult {
  validateSettings(rules, settings);
  const budget = options.budget ?? noBudget;
  const base = createRuleContext(resolved);
  const findings: Finding[] = [];
  const corroborations: Corroboration[] = [];
  const entityNames = canonicalNames(resolved);
  const { text, locator } = resolved.article;
  for (const rule of rules) {
    const setting = settings[rule.id];
    const severity = (Array.isArray(setting) ? setting[0] : setting) ?? defaultSetting(rule.meta);
    if (severity === 'off') continue;
    const ruleOptions = Object.freeze({ ...(Array.isArray(setting) ? setting[1] : {}) });
    const output = budget.step(
      () => rule.check(Object.freeze({ ...base, options: ruleOptions })),
      (): RuleOutput => [],
      () => ({ stage: 'check', what: `rule \`${rule.id}\``, start: 0, end: text.length }),
    );
    budget.check(`rule ${rule.id}`);
    const ruleFindings = Array.isArray(output) ? output : output.findings;
    // One by one: spreading a long array into push() overflows the stack.
    if (!Array.isArray(output) && output.corroborations) for (const corroboration of output.corroborations) corroborations.push(corroboration);
    for (const finding of ruleFindings) {
      findings.push(toFinding(rule, finding, severity, entityNames));
    }
  }
  const suppressed = applyDirectives(readDirectives(text, locator), dedupe(findings));
  const reporting = options.reportUnusedDisableDirectives ?? 'off';
  if (reporting !== 'off') {
    for (const unused of suppressed.unused) suppressed.findings.push(unusedDirectiveFinding(unused, reporting, text, locator));
  }
  const kept = options.budget ? withinFindingsLimit(suppressed.findings.sort(compareFindings), options.budget) : suppressed.findings;
  if (options.budget) for (const finding of incompleteAnalysisFindings(options.budget.skipped, text, locator)) kept.push(finding);
  return { findings: kept.sort(compareFindings), corroborations: corroborations.sort(compareCorroborations) };
}

/**
 * The first `findingsPerRule` findings of each rule, in document order; the
 * rest are recorded as skipped, at the first one dropped.
 */
function withinFindingsLimit(sorted: readonly Finding[], budget: Budget): Finding[] {
  const limit = budget.limits.findingsPerRule;
  const counts = new Map<string, number>();
  const kept: Finding[] = [];
  const dropped = new Map<string, { first: Finding; count: number }>();
  for (const finding of sorted) {
    const count = (counts.get(finding.ruleId) ?? 0) + 1;
    counts.set(finding.ruleId, count);
    if (count <= limit) {
      kept.push(finding);
      continue;
    }
    const entry = dropped.get(finding.ruleId);
    if (entry) entry.count++;
    else dropped.set(finding.ruleId, { first: finding, count: 1 });
  }
  for (const [ruleId, { first, count }] of dropped) {
    const at = first.evidence[0]?.position;
    budget.skip({
      stage: 'check',
      what: `${count} more \`${ruleId}\` findings`,
      limit: 'findingsPerRule',
      value: limit,
      start: at?.start.offset ?? 0,
      end: at?.end.offset ?? 0,
    });
  }
  return kept;
}

/** Each entity's canonical name by id (the first entity of an id, as a search would find). */
function canonicalNames(resolved: ResolvedArticle): Map<string, string> {
  const names = new Map<string, string>();
  for (const entity of resolved.entities) if (!names.has(entity.id)) names.set(entity.id, entity.canonical);
  return names;
}

function toFinding(rule: Rule, finding: RuleFinding, configured: Severity, entityNames: ReadonlyMap<string, string>): Finding {
  let severity = finding.severity && severityRank[finding.severity] > severityRank[configured] ? finding.severity : configured;
  if (finding.hedged) severity = lowered[severity];
  const entityName = (finding.entity === undefined ? undefined : entityNames.get(finding.entity)) ?? '';
  return {
    ruleId: rule.id,
    severity,
    message: finding.message,
    evidence: finding.evidence,
    reasoning: finding.reasoning,
    ...(finding.entity === undefined ? {} : { entity: finding.entity }),
    ...(finding.hedged ? { hedged: true } : {}),
    fingerprint: fingerprint(rule.id, entityName, finding.evidence.map((evidence) => evidence.quote)),
    url: rule.meta.docsUrl,
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.fingerprint}:${finding.evidence[0]?.position.start.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareFindings(a: Finding, b: Finding): number {
  const offsetA = a.evidence[0]?.position.start.offset ?? 0;
  const offsetB = b.evidence[0]?.position.start.offset ?? 0;
  return offsetA - offsetB || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

function compareCorroborations(a: Corroboration, b: Corroboration): number {
  return (a.evidence[0]?.position.start.offset ?? 0) - (b.evidence[0]?.position.start.offset ?? 0) || compareText(a.description, b.description);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function validateSettings(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>>): void {
  const known = new Set(rules.map((rule) => rule.id));
  for (const id of Object.keys(settings)) {
    if (!known.has(id)) {
      const allowed = [...known].sort().join(', ');
      throw new ClaimcheckError('INVALID_OPTIONS', `Invalid options.rules.${id}: unknown rule \`${id}\`, expected one of ${allowed}`);
    }
  }
}

import { incompleteAnalysisRule, unusedDirectiveRule, type Rule } from '../check/index.js';
import type { RuleDescriptor } from '../report/formatters/index.js';

/**
 * The plain rule metadata formatters get (for SARIF's rule descriptors):
 * every rule, the findings of unused suppression comments and those of
 * work skipped to stay within the limits, by id.
 */
export function ruleCatalogue(rules: readonly Rule[]): RuleDescriptor[] {
  const descriptors = rules.map((rule) => ({
    id: rule.id,
    description: rule.meta.description,
    defaultSeverity: rule.meta.defaultSeverity,
    ...(rule.meta.offByDefault ? { offByDefault: true } : {}),
    docsUrl: rule.meta.docsUrl,
  }));
  return [...descriptors, { ...unusedDirectiveRule }, { ...incompleteAnalysisRule }].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

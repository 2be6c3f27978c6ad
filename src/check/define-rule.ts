import { ruleDocsUrl } from './docs-url.js';
import type { Rule, RuleContext, RuleMeta, RuleOutput } from './types.js';

/**
 * Declares a rule. Its docs URL is derived from its id here, so every rule
 * points at `docs/rules/<id>.md` without repeating it.
 */
export function defineRule(rule: { id: string; meta: Omit<RuleMeta, 'docsUrl'>; check(context: RuleContext): RuleOutput }): Rule {
  return { id: rule.id, meta: { ...rule.meta, docsUrl: ruleDocsUrl(rule.id) }, check: rule.check };
}

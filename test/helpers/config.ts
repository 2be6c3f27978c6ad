import { rules, type RuleSetting } from '../../src/index.js';

/**
 * Rule settings with every rule off but `markup-residue`: tests of the CLI's
 * machinery (exit codes, configs, baselines, suppressions) rely on its
 * findings alone, so they keep their meaning as rules are added.
 */
export function onlyMarkupResidue(severity: RuleSetting = 'info'): Record<string, RuleSetting> {
  return Object.fromEntries(rules.map((rule) => [rule.id, rule.id === 'markup-residue' ? severity : 'off']));
}

/** A config file's text with `onlyMarkupResidue(severity)` as its rules, plus any other keys. */
export function residueConfig(severity: RuleSetting, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...extra, rules: onlyMarkupResidue(severity) });
}

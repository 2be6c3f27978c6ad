import type { z } from 'zod';

const settingHelp = '`off`, `info`, `warning`, `error`, or [severity, { options }]';

/**
 * One precise sentence for a zod issue of a configuration — the key's path,
 * what is wrong and what is allowed — shared by the CLI's config files and
 * the remark plugin's options, so a typo reads the same in both:
 * `rules.figure-conflit: unknown rule \`figure-conflit\`, expected one of …`.
 */
export function describeConfigIssue(issue: z.core.$ZodIssue | undefined, ruleIds: readonly string[], keys: readonly string[]): string {
  if (!issue) return 'invalid config';
  const path = issue.path.map(String);
  const key = path.join('.');
  const list = (values: readonly unknown[]) => values.map((value) => `\`${String(value)}\``).join(', ');
  if (issue.code === 'unrecognized_keys') {
    const [unknown] = issue.keys;
    if (key === 'rules') return `rules.${unknown}: unknown rule \`${unknown}\`, expected one of ${list([...ruleIds].sort())}`;
    const prefix = key === '' ? '' : `${key}.`;
    return `${prefix}${unknown}: unknown key \`${unknown}\`, expected one of ${list(keys)}`;
  }
  if (path[0] === 'rules' && path.length >= 2) return `rules.${path[1]}: invalid setting, expected ${settingHelp}`;
  if (issue.code === 'invalid_value') return `${key}: invalid value, expected one of ${list(issue.values)}`;
  return `${key || 'config'}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

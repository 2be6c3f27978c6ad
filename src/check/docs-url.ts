/** Where rule docs are published; the one place a rule's docs URL is made. */
export const docsBaseUrl = 'https://github.com/claimcheck/claimcheck/blob/main/docs/rules/';

/** The docs URL of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${docsBaseUrl}${ruleId}.md`;
}

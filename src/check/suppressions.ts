import type { Finding, Severity } from '../schema/findings.js';
import type { SourceLocator } from '../util/location.js';
import { docsBaseUrl } from './docs-url.js';
import { fingerprint } from './fingerprint.js';

/** What a suppression comment does. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/**
 * One suppression comment, `<!-- claimcheck-disable-next-line rule-a, rule-b -- why -->`,
 * with the offsets of the whole comment.
 */
export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it names; empty means every rule. */
  rules: string[];
  /** The text after ` -- `, saying why. */
  reason: string | null;
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

/** The metadata of the findings made for suppression comments that suppress nothing. */
export const unusedDirectiveRule = {
  id: 'unused-disable-directive',
  description: 'A `claimcheck-disable` comment that suppresses no finding',
  defaultSeverity: 'warning' as Severity,
  docsUrl: new URL('../cli.md#suppression-comments', docsBaseUrl).href,
};

const keyword = /^\s{0,80}claimcheck-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;
const reasonSeparator = /\s--(?:\s|$)/;

/**
 * Reads the suppression comments of a text in one linear scan.
 *
 * Markdown and wiki text share the HTML comment syntax, and reading the text
 * rather than the tree keeps the comments' offsets exact in both (in wiki
 * mode remark sees them as `html` nodes, in Markdown they may be inline).
 */
export function readDirectives(text: string, locator: SourceLocator): Directive[] {
  const directives: Directive[] = [];
  for (let open = text.indexOf('<!--'); open !== -1; ) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    const body = text.slice(open + 4, close);
    const match = keyword.exec(body);
    if (match) {
      const rest = body.slice(match[0].length);
      const separator = reasonSeparator.exec(rest);
      const list = separator ? rest.slice(0, separator.index) : rest;
      const end = close + 3;
      directives.push({
        kind: match[1] as DirectiveKind,
        rules: list.split(/[\s,]+/).filter((id) => id.length > 0),
        reason: separator ? rest.slice(separator.index + separator[0].length).trim() || null : null,
        start: open,
        end,
        startLine: locator.point(open).line,
        endLine: locator.point(end).line,
      });
    }
    open = text.indexOf('<!--', close + 3);
  }
  return directives;
}

/** Findings left after suppression, and the named rules a directive suppressed nothing of. */
export interface SuppressionResult {
  findings: Finding[];
  /** `ruleId` null: a directive naming no rule that suppressed nothing at all. */
  unused: Array<{ directive: Directive; ruleId: string | null }>;
}

/**
 * Drops the findings a directive covers: a finding is covered when its first
 * evidence starts on the line after a `disable-next-line` comment, on the
 * lines of a `disable-line` comment, or after a `disable` comment with no
 * later `enable` for its rule. Directives that covered nothing are returned.
 */
export function applyDirectives(directives: readonly Directive[], findings: readonly Finding[]): SuppressionResult {
  const used = new Map<Directive, Set<string>>();
  const kept = findings.filter((finding) => {
    const directive = coveringDirective(directives, finding);
    if (!directive) return true;
    const rules = used.get(directive) ?? new Set<string>();
    rules.add(finding.ruleId);
    used.set(directive, rules);
    return false;
  });
  const unused: SuppressionResult['unused'] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const suppressed = used.get(directive);
    if (directive.rules.length === 0) {
      if (!suppressed) unused.push({ directive, ruleId: null });
      continue;
    }
    for (const ruleId of new Set(directive.rules)) if (!suppressed?.has(ruleId)) unused.push({ directive, ruleId });
  }
  return { findings: kept, unused };
}

function coveringDirective(directives: readonly Directive[], finding: Finding): Directive | undefined {
  const start = finding.evidence[0]?.position.start;
  if (!start) return undefined;
  const applies = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(finding.ruleId);
  let block: Directive | undefined;
  for (const directive of directives) {
    if (!applies(directive)) continue;
    if (directive.kind === 'disable-next-line' && start.line === directive.endLine + 1) return directive;
    if (directive.kind === 'disable-line' && start.line >= directive.startLine && start.line <= directive.endLine) return directive;
    if ((directive.kind === 'disable' || directive.kind === 'enable') && directive.end <= start.offset) block = directive;
  }
  return block?.kind === 'disable' ? block : undefined;
}

/** The finding reported for a directive that suppressed nothing. */
export function unusedDirectiveFinding(
  unused: SuppressionResult['unused'][number],
  severity: Severity,
  text: string,
  locator: SourceLocator,
): Finding {
  const { directive, ruleId } = unused;
  const quote = text.slice(directive.start, directive.end);
  const what = ruleId === null ? 'no finding' : `no \`${ruleId}\` finding`;
  const scope =
    directive.kind === 'disable-next-line'
      ? `line ${directive.endLine + 1}`
      : directive.kind === 'disable-line'
        ? `line ${directive.startLine}`
        : `the text after line ${directive.endLine}`;
  return {
    ruleId: unusedDirectiveRule.id,
    severity,
    message: `Unused \`claimcheck-${directive.kind}\` directive: ${what} to suppress`,
    evidence: [{ quote, position: locator.position(directive.start, directive.end), role: 'directive' }],
    reasoning: [`the directive covers ${scope}`, ruleId === null ? 'no rule reported a finding there' : `\`${ruleId}\` reported no finding there`],
    fingerprint: fingerprint(unusedDirectiveRule.id, '', [quote, ruleId ?? '']),
    url: unusedDirectiveRule.docsUrl,
  };
}

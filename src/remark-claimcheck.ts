import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { analyzeResolved } from './analyze.js';
import { findingToMessage } from './report/vfile.js';
import { rules } from './rules/index.js';
import { createConfigSchema } from './schema/config.js';
import { AnalyzeOptionsSchema, type AnalyzeOptions, type AnalyzeOptionsInput } from './schema/options.js';
import type { Report } from './schema/report.js';
import { describeConfigIssue } from './util/config-issue.js';
import { ClaimcheckError } from './util/errors.js';
import { parseOptions } from './util/options.js';

/** Options of the remark plugin: those of `analyze`, the path coming from the file. */
export type RemarkClaimcheckOptions = Omit<AnalyzeOptionsInput, 'path'>;

declare module 'vfile' {
  interface DataMap {
    /** The claimcheck report of the file, set by `remark-claimcheck`. */
    claimcheck: Report;
  }
}

const PluginOptionsSchema = AnalyzeOptionsSchema.omit({ path: true });

/**
 * The unified plugin: `unified().use(remarkParse).use(remarkClaimcheck, options)`.
 *
 * It analyses the file's original text (`String(file)`, not the tree, which
 * would lose the exact offsets), stores the report on `file.data.claimcheck`
 * and adds one vfile message per finding — `ruleId`, `source: 'claimcheck'`,
 * `place`, `url`, `note`, `fatal` for errors, other evidence as `cause` — so
 * remark-cli, unified-engine and vfile-reporter show claimcheck's findings
 * like any lint message. Options are validated once, when the plugin is used.
 */
const remarkClaimcheck: Plugin<[RemarkClaimcheckOptions?], Root> = function (options) {
  const resolved = checkPluginOptions(options);
  return (_tree, file) => {
    const path = file.path || '<input>';
    const report = analyzeResolved(String(file), { ...resolved, path });
    file.data.claimcheck = report;
    for (const finding of report.files[0]?.findings ?? []) file.messages.push(findingToMessage(finding, file.path));
  };
};

/**
 * unified-engine attaches plugins anew for every file, with the same options
 * object: its verdict is kept, so the options are checked once per run.
 */
const checked = new WeakMap<object, Omit<AnalyzeOptions, 'path'> | ClaimcheckError>();

/**
 * Validates the plugin's options at attach time: their shape, then the rule
 * ids against the known rules, with the CLI's one-line message for a config
 * file (`rules.figure-conflit: unknown rule …, expected one of …`). The
 * error's stack is that one line: it is the user's typo, not claimcheck's
 * bug, and unified-engine prints an error's stack under each file.
 */
function checkPluginOptions(options: RemarkClaimcheckOptions | undefined): Omit<AnalyzeOptions, 'path'> {
  const known = options === undefined ? undefined : checked.get(options);
  const verdict = known ?? validate(options);
  if (options !== undefined) checked.set(options, verdict);
  if (verdict instanceof ClaimcheckError) throw verdict;
  return verdict;
}

function validate(options: RemarkClaimcheckOptions | undefined): Omit<AnalyzeOptions, 'path'> | ClaimcheckError {
  try {
    const ids = rules.map((rule) => rule.id);
    const ruleSchema = createConfigSchema(ids.map((id) => ({ id }))).pick({ rules: true });
    const rulesOnly = ruleSchema.safeParse({ rules: (options as { rules?: unknown } | undefined)?.rules ?? {} });
    if (!rulesOnly.success) throw new ClaimcheckError('INVALID_OPTIONS', describeConfigIssue(rulesOnly.error.issues[0], ids, Object.keys(PluginOptionsSchema.shape)));
    return parseOptions(PluginOptionsSchema, options);
  } catch (error) {
    if (!(error instanceof ClaimcheckError)) throw error;
    error.stack = `${error.name}: ${error.message}`;
    return error;
  }
}

export default remarkClaimcheck;
export { remarkClaimcheck };

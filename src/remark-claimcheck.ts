import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { analyze } from './analyze.js';
import { findingToMessage } from './report/vfile.js';
import { AnalyzeOptionsSchema, type AnalyzeOptionsInput } from './schema/options.js';
import type { Report } from './schema/report.js';
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
  const resolved = parseOptions(PluginOptionsSchema, options);
  return (_tree, file) => {
    const path = file.path || '<input>';
    const report = analyze(String(file), { ...resolved, path });
    file.data.claimcheck = report;
    for (const finding of report.files[0]?.findings ?? []) file.messages.push(findingToMessage(finding, file.path));
  };
};

export default remarkClaimcheck;
export { remarkClaimcheck };

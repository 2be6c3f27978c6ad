/** The `--help` texts; docs/cli.md explains each command and flag at length. */
export const usage = `Usage: claimcheck <command> [options] [paths...]

Commands:
  check [paths...]      Check files, folders, globs or - (stdin) for contradictions (default path: .)
  rules                 List the rules with their default severity
  explain <rule-id>     Print a rule's documentation
  outline <file...>     Print each file's heading tree, infobox fields and sentence count

Run claimcheck <command> --help for a command's options.

Options:
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 no error-level finding, 1 findings over the threshold, 2 usage, config or I/O error.
`;

/** The names of the commands, each with its own `--help`. */
export type CommandName = 'check' | 'rules' | 'explain' | 'outline';

/** Each command's `--help` text. */
export const commandUsage: Record<CommandName, string> = {
  check: `Usage: claimcheck check [options] [paths...]

Check files, folders, globs or - (stdin) for contradictions (default path: .).

Options:
  -f, --format <name>   stylish (default), json, sarif, github, ndjson, html, annotations
  -o, --output <file>   Write the output to a file instead of stdout (missing folders are created)
  -c, --config <file>   Use this config file instead of searching for one
  --quiet               Report errors only: leave out warnings and info findings
  --max-warnings <n>    Exit 1 when there are more than n warnings (default: -1, no limit)
  --claims              annotations format: also one annotation per claim
  --ignore-pattern <p>  Do not check files matching this .gitignore-style pattern (repeatable)
  --no-error-on-unmatched-pattern
                        Exit 0, not 2, when a path or pattern gives no file to check
  -j, --jobs <n>        Check files in n worker threads (default: cores, at most one per 8 files)
  --shard <i/n>         Check only the i-th of n deterministic parts of the files
  --baseline <file>     Ignore the findings recorded in this baseline
  --update-baseline     Write the current findings to the --baseline file
  --report-unused-disable-directives
                        Warn about claimcheck-disable comments that suppress nothing
  --stdin-filename <p>  The path reported for stdin (and where its config is looked up)
  --color, --no-color   Force colour on or off (default: on at a terminal; FORCE_COLOR, NO_COLOR)
  --sources <dir>       Check claims against the cited sources in dir (its sources.json maps
                        citation keys or URLs to files)
  --fetch               Fetch the cited pages the --sources folder does not have (archive URL first)
  --fetch-timeout <ms>  Give up on a page after ms milliseconds (default: 10000)
  --fetch-max-size <n>  Refuse a page larger than n bytes (default: 5242880)
  --cache-dir <dir>     Keep fetched pages here (default: node_modules/.cache/claimcheck/sources)
  --print-config <file> Print the configuration that applies to a file, and exit
  --init                Write a commented starter claimcheck.config.json here, and exit
  --debug               Print stack traces of unexpected errors
  -h, --help            Show this help

Exit codes: 0 no error-level finding, 1 findings over the threshold, 2 usage, config or I/O error.
`,
  rules: `Usage: claimcheck rules [options]

List the rules with their default severity and what each catches.

Options:
  --format <name>       text (default) or json
  -h, --help            Show this help
`,
  explain: `Usage: claimcheck explain <rule-id>

Print a rule's documentation: what it catches, why, its options and examples.

Options:
  -h, --help            Show this help
`,
  outline: `Usage: claimcheck outline [options] <file...>

Print each file's format, title, heading tree, infobox fields and sentence count (- reads stdin).

Options:
  --format <name>       text (default) or json
  --debug               Print stack traces of unexpected errors
  -h, --help            Show this help
`,
};

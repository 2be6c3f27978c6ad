/** The `--help` text; docs/cli.md explains each command and flag at length. */
export const usage = `Usage: claimcheck <command> [options] [paths...]

Commands:
  check [paths...]      Check files, folders, globs or - (stdin) for contradictions (default path: .)
  rules                 List the rules with their default severity
  explain <rule-id>     Print a rule's documentation
  outline <file...>     Print each file's heading tree, infobox fields and sentence count

Options of check:
  -f, --format <name>   stylish (default), json, sarif, github, ndjson, html
  -o, --output <file>   Write the output to a file instead of stdout
  -c, --config <file>   Use this config file instead of searching for one
  --ignore-pattern <p>  Do not check files matching this .gitignore-style pattern (repeatable)
  --max-warnings <n>    Exit 1 when there are more than n warnings (default: -1, no limit)
  -j, --jobs <n>        Check files in n worker threads (default: cores, at most one per 8 files)
  --shard <i/n>         Check only the i-th of n deterministic parts of the files
  --baseline <file>     Ignore the findings recorded in this baseline
  --update-baseline     Write the current findings to the --baseline file
  --report-unused-disable-directives
                        Warn about claimcheck-disable comments that suppress nothing
  --stdin-filename <p>  The path reported for stdin (and where its config is looked up)
  --color, --no-color   Force colour on or off (default: on at a terminal unless NO_COLOR)
  --sources <dir>       Check claims against the cited sources in dir (its sources.json maps
                        citation keys or URLs to files)
  --fetch               Fetch the cited pages the --sources folder does not have (archive URL first)
  --fetch-timeout <ms>  Give up on a page after ms milliseconds (default: 10000)
  --fetch-max-size <n>  Refuse a page larger than n bytes (default: 5242880)
  --cache-dir <dir>     Keep fetched pages here (default: node_modules/.cache/claimcheck/sources)

Options:
  --format <name>       Output format (outline: text, json)
  --debug               Print stack traces of unexpected errors
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 no error-level finding, 1 findings over the threshold, 2 usage, config or I/O error.
`;

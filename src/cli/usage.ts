/** The `--help` text; docs/cli.md explains each command and flag at length. */
export const usage = `Usage: claimcheck <command> [options] [paths...]

Commands:
  outline <file...>     Print each file's heading tree, infobox fields and sentence count

Options:
  --format <name>       Output format (outline: text, json)
  --debug               Print stack traces of unexpected errors
  -h, --help            Show this help
  -v, --version         Show the version
`;

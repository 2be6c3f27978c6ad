/**
 * The CLI's exit codes, the contract CI scripts rely on; docs/cli.md has the
 * same table and a test checks that the two agree.
 */
export const ExitCode = {
  /** No error-level finding, warnings within `--max-warnings`. */
  ok: 0,
  /** Findings over the threshold. */
  findings: 1,
  /** Bad usage, a bad config, or a file that could not be read. */
  failure: 2,
  /** Interrupted by SIGINT. */
  interrupted: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

import type { Severity } from '../../schema/findings.js';
import type { Report } from '../../schema/report.js';

/**
 * What a formatter knows of a rule: plain metadata, never the rule itself,
 * so reporters stay independent of `src/rules`.
 */
export interface RuleDescriptor {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Off unless a config turns it on (at `defaultSeverity`, or the severity it gives). */
  offByDefault?: boolean;
  docsUrl: string;
}

/** What every formatter is given besides the report. */
export interface FormatOptions {
  /** Every rule that can report, for SARIF's rule descriptors. */
  rules: readonly RuleDescriptor[];
  /** Colour the output (stylish only); the CLI decides from the TTY and `NO_COLOR`. */
  color?: boolean;
  /** The claimcheck version, for SARIF's tool driver. */
  toolVersion?: string;
  /**
   * Each file's text, keyed by its report path (html only): the report
   * carries quotes, not the article, and the annotated view needs the whole
   * text. A file without one is shown without its text.
   */
  sources?: ReadonlyMap<string, string>;
  /** Annotate every claim too, not only the findings (annotations only; `--claims`). */
  claims?: boolean;
}

/** Turns a report into text; pure and byte-stable for the same report. */
export type Formatter = (report: Report, options: FormatOptions) => string;

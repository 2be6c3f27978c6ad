import { ClaimcheckError } from './errors.js';

/**
 * The time budget of one file's analysis, checked between steps.
 *
 * The pipeline is synchronous, so nothing can interrupt a step that is
 * running: `check` is called after each piece of a large text's parse,
 * between stages, every few sentences of extraction, and after each refiner,
 * resolver and rule, and throws `TIMEOUT` once the budget is spent. A single
 * step that runs long is caught when it returns, never in the middle.
 */
export interface Deadline {
  /** Throws `ClaimcheckError('TIMEOUT')` when the budget is spent; `step` names what just ran. */
  check(step: string): void;
}

/** A deadline that never expires, for runs without `timeoutMs`. */
export const noDeadline: Deadline = Object.freeze({ check: () => undefined });

/** Starts the clock of a `timeoutMs` budget; `now` is injectable for tests. */
export function createDeadline(timeoutMs: number | undefined, now: () => number = () => performance.now()): Deadline {
  if (timeoutMs === undefined) return noDeadline;
  const started = now();
  return {
    check(step) {
      const elapsed = now() - started;
      if (elapsed > timeoutMs) {
        throw new ClaimcheckError('TIMEOUT', `Analysis took longer than ${timeoutMs} ms (timeoutMs), stopped after ${step}`);
      }
    },
  };
}

/** The stages of the pipeline, in order: where a piece of work was skipped. */
export type Stage = 'parse' | 'segment' | 'extract' | 'resolve' | 'check';

/**
 * The work limits of one analysis. Each is a count, never a time, so the
 * same text gives the same report on any machine (docs/reliability.md,
 * "Budgets", says how each was chosen).
 */
export interface Limits {
  /**
   * Containers (list items, block quotes) opened on one line past this depth
   * are read as text: micromark and mdast-util-from-markdown rescan a line
   * once per level, so depth costs its square.
   */
  nestingDepth: number;
  /**
   * Characters of emphasis delimiters (`*`, `_`, `~`), brackets and
   * backslashes one Markdown paragraph may have; the rest are read as text:
   * micromark matches the first by looking back over the paragraph, so their
   * cost grows with their square, and each escape costs events.
   */
  inlineMarkup: number;
  /**
   * Characters a Markdown `[` may stay open in its paragraph before it is
   * read as text: GFM's autolink literals look back to an open `[` from
   * every later word.
   */
  openBracketSpan: number;
  /**
   * Nodes and lines, counted together, that parsing in pieces (texts over
   * 200 000 characters, src/parse/chunked.ts) may make and read; the text
   * after the piece that reaches it is not parsed. micromark spends 30–50 µs
   * on every node and every line however short, so 1 MB of one-line blocks
   * took 10–28 s.
   */
  parseUnits: number;
  /**
   * Sentences analysed; those past it are not (src/segment/limit.ts): every
   * extractor, resolver and rule costs something per sentence, and a
   * megabyte of one-word sentences holds 350 000 of them. Tagging and
   * reading clause frames cost about 50 µs a sentence, mostly garbage
   * collection: 47 000 footnote definitions took 3.6 s of extraction and
   * resolution alone. A megabyte of real articles holds about 7 500, so
   * the limit cuts only texts past two megabytes of prose.
   */
  sentences: number;
  /**
   * Units of work each step (an extractor on one sentence, a refiner, a
   * resolver, a rule) may spend per character of the article, on top of
   * `workFloor`. A unit is one pass of an inner loop that `spend` is called
   * in; steps that are linear never come near it.
   */
  workPerCharacter: number;
  /** Units of work every step may spend whatever the article's length. */
  workFloor: number;
  /**
   * Findings one rule may report in one article; past it the first ones in
   * document order are kept. 1 MB of `{{` made 500 000 markup findings,
   * hundreds of megabytes of report that no one reads; raw MediaWiki
   * articles of ../shared make up to 6 085.
   */
  findingsPerRule: number;
}

/** The limits `analyze` applies. */
export const defaultLimits: Readonly<Limits> = Object.freeze({
  nestingDepth: 32,
  inlineMarkup: 256,
  openBracketSpan: 1024,
  parseUnits: 100_000,
  sentences: 15_000,
  workPerCharacter: 4,
  workFloor: 1_000_000,
  findingsPerRule: 10_000,
});

/** A piece of work a stage left undone because it was over a limit, and the text it concerns. */
export interface Skipped {
  stage: Stage;
  /** What was not done, as a noun phrase: `list nesting past level 32`, `rule \`figure-conflict\``. */
  what: string;
  /** The limit that was reached. */
  limit: keyof Limits;
  /** The limit's value when it was reached. */
  value: number;
  /** Source offsets of the text concerned (start inclusive, end exclusive). */
  start: number;
  end: number;
}

/**
 * What one analysis may spend, and what it skipped: the deadline of
 * `timeoutMs`, the work `limits`, and the `skipped` record that `analyze`
 * reports as `incomplete-analysis` findings.
 *
 * Stages run each unit of work that could grow faster than the text through
 * `step`, which gives it an allowance proportional to the text. Code inside
 * a step calls `spend` in its inner loops; past the allowance the step is
 * abandoned, its result replaced by a fallback (no claims, no findings, the
 * article as it was), and the skip recorded. A new stage or rule gets this by
 * being run through `step`, and nothing is ever cut without being recorded.
 */
export interface Budget extends Deadline {
  readonly limits: Readonly<Limits>;
  /** Everything skipped so far, in the order it happened. */
  readonly skipped: readonly Skipped[];
  /** Records a piece of work that was not done. */
  skip(skipped: Skipped): void;
  /**
   * Runs `run` with the step allowance; when it spends more, records
   * `onSkip()` (with the allowance as the limit's value) and answers
   * `fallback()` instead.
   */
  step<T>(run: () => T, fallback: () => T, onSkip: () => Omit<Skipped, 'limit' | 'value'>): T;
}

/**
 * The budget of a stage function called on its own (`extractClaims`,
 * `resolveEntities`, `checkClaims`): no deadline and no work limit, so
 * nothing is ever skipped. Only `analyze` limits its stages.
 */
export const noBudget: Budget = Object.freeze({
  limits: defaultLimits,
  skipped: Object.freeze([]) as readonly Skipped[],
  check: () => undefined,
  skip: () => undefined,
  step: <T>(run: () => T) => run(),
});

/** Creates the budget of analysing a text of `textLength` characters. */
export function createBudget(textLength: number, options: { timeoutMs?: number; limits?: Partial<Limits>; now?: () => number } = {}): Budget {
  const deadline = createDeadline(options.timeoutMs, options.now);
  const limits: Readonly<Limits> = Object.freeze({ ...defaultLimits, ...options.limits });
  const allowance = limits.workFloor + limits.workPerCharacter * textLength;
  const skipped: Skipped[] = [];
  return {
    limits,
    skipped,
    check: (step) => deadline.check(step),
    skip: (entry) => void skipped.push(entry),
    step(run, fallback, onSkip) {
      const meter: Meter = { left: allowance };
      meters.push(meter);
      try {
        return run();
      } catch (error) {
        if (!(error instanceof OverBudget) || error.meter !== meter) throw error;
        skipped.push({ ...onSkip(), limit: 'workPerCharacter', value: allowance });
        return fallback();
      } finally {
        meters.pop();
      }
    },
  };
}

interface Meter {
  left: number;
}

/** Thrown by `spend` past the running step's allowance; caught by that step's `Budget.step`, never seen outside. */
class OverBudget extends Error {
  constructor(readonly meter: Meter) {
    super('over the work budget of a step');
  }
}

// The meters of the steps now running, innermost last. The pipeline is
// synchronous, so the step a call to `spend` belongs to is the innermost one
// open: inner loops charge their work without a budget passed down to them.
const meters: Meter[] = [];

/**
 * Charges `units` of work to the step now running (see `Budget.step`), and
 * abandons the step once its allowance is spent. Outside a step it does
 * nothing: the public stage functions called on their own are not limited.
 */
export function spend(units = 1): void {
  const meter = meters[meters.length - 1];
  if (!meter) return;
  meter.left -= units;
  if (meter.left < 0) throw new OverBudget(meter);
}

/**
 * Refuses a text whose UTF-8 encoding is larger than `maxBytes`, with
 * `FILE_TOO_LARGE`: the same measure as a file's size on disk, so the CLI and
 * the API agree on which files are too large.
 */
export function assertSizeWithin(text: string, maxBytes: number): void {
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) {
    throw new ClaimcheckError('FILE_TOO_LARGE', `Text is larger than ${maxBytes} bytes (maxFileSize); raise maxFileSize to analyse it`);
  }
}

/** The UTF-8 length of `text`, counted no further than just past `limit`. */
function utf8Length(text: string, limit: number): number {
  // Each UTF-16 unit encodes to at least one byte and at most three.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

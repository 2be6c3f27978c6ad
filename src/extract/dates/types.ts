import type { DateValue } from '../../schema/claims.js';

/**
 * One date expression a parser found in a piece of text, before the
 * sentence-level steps (overlap removal, modifiers, ranges, relations) run.
 * Offsets are into the text given to the parser.
 */
export interface DateMatch {
  start: number;
  end: number;
  value: DateValue;
  /** The parser that made it, recorded as the claim's `extractor` (`date/absolute`). */
  parser: string;
  /**
   * A bare number that is a year only if something around it says so — a
   * range or list partner (`398 to about 360 BC`). Dropped when nothing does.
   */
  weak?: boolean;
  /** An impossible date (`32 August 2014`, `2/30/2021`): it hides the dates inside it, then is dropped. */
  blocker?: boolean;
  /** For a year written as a number: the number and the era written with it, so an era can be shared across `378 and 377 BC`. */
  year?: { written: number; era: 'BC' | 'AD' | null };
}

/** What a parser may know of where the text stands. */
export interface DateScanContext {
  /** For an infobox value: the field's key (`Founded`, `Population`). */
  infoboxKey?: string;
  /** Whether the text is a value of its own (an infobox value, a table cell, a list item), where a bare year can stand alone. */
  standalone?: boolean;
}

/** Finds one family of date expressions (chrono's "parser"). Pure. */
export interface DateParser {
  name: string;
  /** A cheap test the text must pass for the parser to find anything (`/\d/` for digit dates); skips most sentences. */
  requires?: RegExp;
  parse(text: string, context: DateScanContext): DateMatch[];
}

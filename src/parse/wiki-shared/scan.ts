import type { Code, Construct, Effects, State, Token, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import './types.js';

/** Character codes the wikitext constructs look for. */
export const wikiCodes = {
  apostrophe: 39,
  slash: 47,
  lessThan: 60,
  equalsSign: 61,
  greaterThan: 62,
  exclamationMark: 33,
  leftSquareBracket: 91,
  rightSquareBracket: 93,
  leftCurlyBrace: 123,
  verticalBar: 124,
  rightCurlyBrace: 125,
  dash: 45,
  asterisk: 42,
  numberSign: 35,
  colon: 58,
  semicolon: 59,
  plusSign: 43,
} as const;

/**
 * A partial construct that matches `text` exactly (ASCII letters in any case
 * when `caseInsensitive`). Without `token` it enters none, for use inside an
 * open token; with one it wraps what it reads in that token, as micromark
 * requires of a lookahead (`effects.check`) made after a token was closed.
 */
export function literal(text: string, options: { caseInsensitive?: boolean; token?: string } = {}): Construct {
  const codes = [...text].map((char) => char.charCodeAt(0));
  const { caseInsensitive = false, token } = options;
  return { partial: true, tokenize: tokenizeLiteral };

  function tokenizeLiteral(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let index = 0;
    return start;

    function start(code: Code): State | undefined {
      if (token !== undefined) effects.enter(token as 'wikiLookahead');
      return next(code);
    }

    function next(code: Code): State | undefined {
      if (index === codes.length) {
        if (token !== undefined) effects.exit(token as 'wikiLookahead');
        return ok(code);
      }
      if (code === null || !sameCode(code, codes[index] as number, caseInsensitive)) return nok(code);
      index++;
      effects.consume(code);
      return next;
    }
  }
}

/** Whether `code` is `expected`, folding ASCII letter case when asked. */
export function sameCode(code: number, expected: number, caseInsensitive: boolean): boolean {
  if (code === expected) return true;
  if (!caseInsensitive) return false;
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  const lowerExpected = expected >= 65 && expected <= 90 ? expected + 32 : expected;
  return lower === lowerExpected;
}

/** Where a balanced run stops, at nesting depth zero. */
export interface BalancedStop {
  code: number;
  /** The stop holds only where this construct matches (a lookahead; nothing is consumed). */
  check?: Construct;
}

/** How a balanced run treats line endings at nesting depth zero. */
export type LineEndingRule = 'continue' | 'stop' | 'fail';

export interface BalancedOptions {
  stops: readonly BalancedStop[];
  lineEnding: LineEndingRule;
  /** With `lineEnding: 'continue'`: stop at a line ending after which this lookahead matches (a table's next cell). */
  stopBeforeLine?: Construct;
  /** Longest run, in codes: past it the construct fails, so an unclosed `{{` cannot scan a whole book. */
  maxLength: number;
  /**
   * Wrap what is read in `chunkText` tokens, one per line, linked, for
   * micromark to parse as inline content afterwards. Without it nothing is
   * entered, for lookaheads made inside a token of their own.
   */
  chunk: boolean;
  /** Count nested `{{ }}` and `[[ ]]` and step over comments and extension tags (default true). */
  nesting?: boolean;
  /** The end of the text at depth zero is a stop (a list item, a table cell), not a failure. */
  stopAtEnd?: boolean;
}

const openTemplateAhead = literal('{{', { token: 'wikiLookahead' });
const closeTemplateAhead = literal('}}', { token: 'wikiLookahead' });
const openLinkAhead = literal('[[', { token: 'wikiLookahead' });
const closeLinkAhead = literal(']]', { token: 'wikiLookahead' });
const maxDepth = 40;

/**
 * Spans a balanced run steps over whole, because the `|`, `}}` or `]]`
 * inside them belong to them: MediaWiki strips comments and extension tags
 * before it reads templates and links.
 */
interface OpaqueSpan {
  open: Construct;
  close: readonly number[];
  /** Codes of the opening after the `<`, which the closing text must not overlap (`<!-->` is no comment). */
  openLength: number;
  /** An element: its opening tag may close it (`<ref name="x" />`). */
  isTag: boolean;
}

const opaqueSpans: readonly OpaqueSpan[] = [
  { open: literal('<!--', { token: 'wikiLookahead' }), close: codesOf('-->'), openLength: 3, isTag: false },
  ...['ref', 'nowiki', 'math', 'pre'].map((name) => ({ open: tagStart(name), close: codesOf(`</${name}>`), openLength: name.length, isTag: true })),
];

// Comments and extension tags run to their closing text; a search this long
// found nothing, so the run fails.
const maxOpaqueLength = 100_000;

/**
 * Consumes wikitext up to a stop at nesting depth zero, keeping count of
 * nested `{{ }}` and `[[ ]]` and stepping over comments and `<ref>`,
 * `<nowiki>`, `<math>` and `<pre>` elements whole. Answers `ok` at the stop
 * (not consumed) and `nok` at the end of the input, past `maxLength`, or at a
 * line ending the rule forbids.
 *
 * With `chunk`, what it reads goes into `chunkText` tokens, one per line,
 * each ending right after its line ending and linked to the next. micromark
 * (micromark-util-subtokenize) matches the lines of a multi-line content
 * chunk to the void tokens that span a line break in the content parsed from
 * it, so a void token must never hold more than one line ending, and only at
 * its end; one chunk over three lines breaks that count.
 */
export function factoryBalanced(effects: Effects, ok: State, nok: State, options: BalancedOptions): State {
  const nesting = options.nesting ?? true;
  let templates = 0;
  let links = 0;
  let size = 0;
  let opaque: OpaqueSpan | undefined;
  let opaqueSize = 0;
  let inOpeningTag = false;
  let previousCode: Code = null;
  const recent: number[] = [];
  let chunk: Token | undefined;
  let previousChunk: Token | undefined;
  return atCode;

  function atCode(code: Code): State | undefined {
    if (code === null && options.stopAtEnd && !opaque && templates === 0 && links === 0) return finish(code);
    if (code === null || size > options.maxLength) return nok(code);
    if (opaque) return inOpaque(code);
    const topLevel = templates === 0 && links === 0;
    if (markdownLineEnding(code)) {
      if (topLevel && options.lineEnding === 'stop') return finish(code);
      if (topLevel && options.lineEnding === 'fail') return nok(code);
      if (topLevel && options.stopBeforeLine) return effects.check(options.stopBeforeLine, finish, take)(code);
      return take(code);
    }
    if (topLevel) {
      for (const stop of options.stops) {
        if (stop.code !== code) continue;
        if (!stop.check) return finish(code);
        return effects.check(stop.check, finish, nested)(code);
      }
    }
    return nested(code);
  }

  function nested(code: Code): State | undefined {
    if (!nesting) return take(code);
    if (code === wikiCodes.leftCurlyBrace) return effects.check(openTemplateAhead, pair(() => templates++), take)(code);
    if (code === wikiCodes.rightCurlyBrace && templates > 0) return effects.check(closeTemplateAhead, pair(() => templates--), take)(code);
    if (code === wikiCodes.leftSquareBracket) return effects.check(openLinkAhead, pair(() => links++), take)(code);
    if (code === wikiCodes.rightSquareBracket && links > 0) return effects.check(closeLinkAhead, pair(() => links--), take)(code);
    if (code === wikiCodes.lessThan) return tryOpaque(0)(code);
    return take(code);
  }

  /** Consumes a two-code marker (`{{`, `]]`) and counts it. */
  function pair(count: () => void): State {
    return function first(code: Code): State | undefined {
      count();
      if (templates + links > maxDepth) return nok(code);
      consume(code);
      return second;
    };

    function second(code: Code): State | undefined {
      consume(code);
      return atCode;
    }
  }

  function tryOpaque(index: number): State {
    return function attempt(code: Code): State | undefined {
      const span = opaqueSpans[index];
      if (!span) return take(code);
      return effects.check(span.open, enterOpaque(span), tryOpaque(index + 1))(code);
    };
  }

  function enterOpaque(span: OpaqueSpan): State {
    return function start(code: Code): State | undefined {
      opaque = span;
      opaqueSize = 0;
      inOpeningTag = span.isTag;
      recent.length = 0;
      return take(code);
    };
  }

  function inOpaque(code: Code): State | undefined {
    const span = opaque as OpaqueSpan;
    if (opaqueSize++ > maxOpaqueLength) return nok(code);
    if (inOpeningTag && code === wikiCodes.greaterThan) {
      inOpeningTag = false;
      if (previousCode === wikiCodes.slash) opaque = undefined;
      return take(code);
    }
    if (!inOpeningTag && opaqueSize > span.openLength) {
      recent.push(code as number);
      if (recent.length > span.close.length) recent.shift();
      if (recent.length === span.close.length && span.close.every((expected, at) => sameCode(recent[at] as number, expected, span.isTag))) opaque = undefined;
    }
    return take(code);
  }

  function take(code: Code): State | undefined {
    consume(code);
    return atCode;
  }

  function consume(code: Code): void {
    if (options.chunk && !chunk) {
      chunk = effects.enter('chunkText', { contentType: 'text', ...(previousChunk ? { previous: previousChunk } : {}) });
      if (previousChunk) previousChunk.next = chunk;
    }
    effects.consume(code);
    size++;
    previousCode = code;
    if (chunk && markdownLineEnding(code)) {
      effects.exit('chunkText');
      previousChunk = chunk;
      chunk = undefined;
    }
  }

  function finish(code: Code): State | undefined {
    if (chunk) {
      effects.exit('chunkText');
      chunk = undefined;
    }
    return ok(code);
  }
}

function codesOf(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/** A lookahead for an element's opening: `<name` followed by a space, `>` or `/`. */
function tagStart(name: string): Construct {
  const codes = codesOf(`<${name}`);
  return { partial: true, tokenize: tokenizeTagStart };

  function tokenizeTagStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let index = 0;
    return start;

    function start(code: Code): State | undefined {
      effects.enter('wikiLookahead');
      return next(code);
    }

    function next(code: Code): State | undefined {
      if (index === codes.length) {
        if (code === wikiCodes.greaterThan || code === wikiCodes.slash || markdownSpace(code)) {
          effects.exit('wikiLookahead');
          return ok(code);
        }
        return nok(code);
      }
      if (code === null || !sameCode(code, codes[index] as number, true)) return nok(code);
      index++;
      effects.consume(code);
      return next;
    }
  }
}

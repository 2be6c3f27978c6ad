import type { Construct, Event, Extension, State, TokenizeContext, Tokenizer } from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { factorySpace } from 'micromark-factory-space';
import { splice } from 'micromark-util-chunked';
import './types.js';

const equalsSign = 61;
const maxDepth = 6;

/**
 * A MediaWiki heading line: `=` to `======`, text, and a closing run of `=`.
 *
 * It is a flow construct on `=`, tried before the CommonMark ones, so a heading
 * line directly below a paragraph or another heading interrupts it the way
 * MediaWiki does (CommonMark would otherwise read it as paragraph text).
 */
const wikiHeadingConstruct: Construct = {
  name: 'wikiHeading',
  tokenize: tokenizeWikiHeading,
  resolve: resolveWikiHeading,
};

/** The micromark syntax extension for wiki headings. */
export function wikiHeadingSyntax(): Extension {
  return { flow: { [equalsSign]: wikiHeadingConstruct } };
}

function tokenizeWikiHeading(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  let openSize = 0;
  let runSize = 0;
  let sawText = false;
  // Whether the last non-whitespace token was a run of `=` (a closing candidate).
  let endsWithSequence = false;

  return start;

  function start(code: number | null): State | undefined {
    effects.enter('wikiHeading');
    effects.enter('wikiHeadingSequence');
    return open(code);
  }

  function open(code: number | null): State | undefined {
    if (code === equalsSign) {
      if (++openSize > maxDepth) return nok(code);
      effects.consume(code);
      return open;
    }
    effects.exit('wikiHeadingSequence');
    return atBreak(code);
  }

  function atBreak(code: number | null): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      if (!sawText || !endsWithSequence) return nok(code);
      effects.exit('wikiHeading');
      return ok(code);
    }
    if (markdownSpace(code)) return factorySpace(effects, atBreak, 'whitespace')(code);
    if (code === equalsSign) {
      runSize = 0;
      effects.enter('wikiHeadingSequence');
      return sequence(code);
    }
    sawText = true;
    endsWithSequence = false;
    effects.enter('wikiHeadingData');
    return data(code);
  }

  function sequence(code: number | null): State | undefined {
    if (code === equalsSign) {
      runSize++;
      effects.consume(code);
      return sequence;
    }
    effects.exit('wikiHeadingSequence');
    endsWithSequence = runSize > 0;
    return atBreak(code);
  }

  function data(code: number | null): State | undefined {
    if (code === null || code === equalsSign || markdownLineEnding(code) || markdownSpace(code)) {
      effects.exit('wikiHeadingData');
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}

/**
 * Keeps the opening and the final run of `=` as sequences and turns all in
 * between (inner `=`, words and inner spaces) into one text chunk, which
 * micromark then parses as inline content.
 */
function resolveWikiHeading(events: Event[], context: TokenizeContext): Event[] {
  // events: enter/exit wikiHeading around enter/exit pairs of its children.
  let contentStart = 3;
  let contentEnd = events.length - 2;
  if (events[contentStart]?.[1].type === 'whitespace') contentStart += 2;
  if (events[contentEnd]?.[1].type === 'whitespace') contentEnd -= 2;
  // contentEnd now points at the exit of the closing sequence.
  contentEnd -= 2;
  if (events[contentEnd]?.[1].type === 'whitespace') contentEnd -= 2;
  const first = events[contentStart];
  const last = events[contentEnd];
  if (!first || !last || contentEnd < contentStart) return events;
  const text = { type: 'wikiHeadingText' as const, start: first[1].start, end: last[1].end };
  const chunk = { type: 'chunkText' as const, start: first[1].start, end: last[1].end, contentType: 'text' as const };
  splice(events, contentStart, contentEnd - contentStart + 1, [
    ['enter', text, context],
    ['enter', chunk, context],
    ['exit', chunk, context],
    ['exit', text, context],
  ]);
  return events;
}

import type { Code, Construct, Effects, Event, Extension, Point, State, Token, TokenizeContext } from 'micromark-util-types';
import { splice } from 'micromark-util-chunked';
import { wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

/**
 * Bold and italic, `'''bold'''` and `''italic''`, the MediaWiki way.
 *
 * The tokenizer reads a run of apostrophes as a `wikiQuoteSequence` of 2
 * (italic), 3 (bold) or 5 (both); a run of 4 is a literal `'` and bold, a
 * longer run literal apostrophes and 5. The resolver then pairs sequences
 * as MediaWiki does: each toggles its style, a closing style that is not the
 * innermost closes and reopens the ones inside it, and every style still
 * open is closed at the end of the line. It wraps the events in `emphasis`
 * and `strong` tokens, which mdast-util-from-markdown turns into nodes.
 *
 * Not modelled: MediaWiki's repair of an odd number of both bold and italic
 * runs on one line (`l'''amour''`), which reads one bold run as an
 * apostrophe and italic.
 */
const wikiQuote: Construct = { name: 'wikiQuote', tokenize: tokenizeWikiQuote, resolveAll: resolveAllWikiQuotes };

/** The micromark syntax extension for bold and italic. */
export function wikiQuoteSyntax(): Extension {
  return { text: { [wikiCodes.apostrophe]: wikiQuote } };
}

function tokenizeWikiQuote(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let run = 0;
  let literal = 0;
  let marker = 0;
  const countRun: Construct = { partial: true, tokenize: tokenizeCount };
  return start;

  function start(code: Code): State | undefined {
    return effects.check(countRun, afterCount, nok)(code);
  }

  function afterCount(code: Code): State | undefined {
    if (run < 2) return nok(code);
    marker = run === 4 ? 3 : Math.min(run, 5);
    literal = run - marker;
    if (literal > 0) {
      effects.enter('data');
      return literalApostrophe(code);
    }
    effects.enter('wikiQuoteSequence');
    return sequence(code);
  }

  function literalApostrophe(code: Code): State | undefined {
    effects.consume(code);
    if (--literal > 0) return literalApostrophe;
    effects.exit('data');
    effects.enter('wikiQuoteSequence');
    return sequence;
  }

  function sequence(code: Code): State | undefined {
    effects.consume(code);
    if (--marker > 0) return sequence;
    effects.exit('wikiQuoteSequence');
    return ok;
  }

  function tokenizeCount(this: TokenizeContext, countEffects: Effects, countOk: State): State {
    run = 0;
    return counting;

    function counting(code: Code): State | undefined {
      if (run === 0) countEffects.enter('wikiLookahead');
      if (code === wikiCodes.apostrophe) {
        run++;
        countEffects.consume(code);
        return counting;
      }
      countEffects.exit('wikiLookahead');
      return countOk(code);
    }
  }
}

type Style = 'emphasis' | 'strong';

/** Pairs the apostrophe sequences of one run of inline content into `emphasis` and `strong` tokens. */
function resolveAllWikiQuotes(events: Event[], context: TokenizeContext): Event[] {
  const result: Event[] = [];
  const open: Array<{ style: Style; token: Token }> = [];
  let depth = 0;

  const openStyle = (style: Style, at: Point) => {
    const token = { type: style, start: at, end: at } as Token;
    open.push({ style, token });
    result.push(['enter', token, context]);
  };
  const closeTop = (at: Point) => {
    const top = open.pop();
    if (!top) return;
    top.token.end = at;
    result.push(['exit', top.token, context]);
  };
  const closeStyle = (style: Style, sequence: Token) => {
    const reopen: Style[] = [];
    while (open.length > 0 && open[open.length - 1]?.style !== style) {
      reopen.unshift((open[open.length - 1] as { style: Style }).style);
      closeTop(sequence.start);
    }
    pushSequence(sequence);
    closeTop(sequence.end);
    for (const inner of reopen) openStyle(inner, sequence.end);
  };
  const pushSequence = (sequence: Token) => {
    result.push(['enter', sequence, context], ['exit', sequence, context]);
  };
  const isOpen = (style: Style) => open.some((entry) => entry.style === style);

  for (let index = 0; index < events.length; index++) {
    const event = events[index] as Event;
    const [kind, token] = event;
    if (depth === 0 && kind === 'enter' && (token.type === 'lineEnding' || token.type === 'lineEndingBlank')) {
      while (open.length > 0) closeTop(token.start);
    }
    if (depth === 0 && kind === 'enter' && token.type === 'wikiQuoteSequence') {
      const size = token.end.offset - token.start.offset;
      index++;
      if (size === 2 || size === 3) {
        const style: Style = size === 2 ? 'emphasis' : 'strong';
        if (isOpen(style)) closeStyle(style, token);
        else {
          openStyle(style, token.start);
          pushSequence(token);
        }
      } else if (isOpen('emphasis') && isOpen('strong')) {
        const inner = (open[open.length - 1] as { style: Style }).style;
        closeStyle(inner, token);
        // Both end with this run: the outer one closes after it too.
        closeTop(token.end);
      } else if (isOpen('emphasis') || isOpen('strong')) {
        const closing: Style = isOpen('emphasis') ? 'emphasis' : 'strong';
        closeStyle(closing, token);
        openStyle(closing === 'emphasis' ? 'strong' : 'emphasis', token.end);
      } else {
        openStyle('emphasis', token.start);
        openStyle('strong', token.start);
        pushSequence(token);
      }
      continue;
    }
    depth += kind === 'enter' ? 1 : -1;
    result.push(event);
  }
  const last = events[events.length - 1];
  if (last) while (open.length > 0) closeTop(last[1].end);
  splice(events, 0, events.length, result);
  return events;
}

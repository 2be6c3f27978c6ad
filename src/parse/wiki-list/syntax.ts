import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { factoryBalanced, wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

const maxMarkerLength = 20;
// An item runs to its line's end, or further while a template or link in it is open.
const maxItemLength = 100_000;

/**
 * A run of list lines: `* item`, `# numbered`, `: indented`, `; term`, and
 * deeper ones (`**`, `#:`). Each line is a `wikiListItem` whose content is a
 * `chunkText`; a template or link left open at the line's end carries the
 * item on to the line that closes it (`* {{cite book|…` over three lines).
 *
 * MediaWiki starts a list at any line that opens with a marker, so this flow
 * construct interrupts a paragraph. Nesting is not modelled: consecutive
 * lines make one flat list, ordered when its first marker ends in `#`.
 */
const wikiList: Construct = { name: 'wikiList', tokenize: tokenizeWikiList };
const itemStart: Construct = { partial: true, tokenize: tokenizeItemStart };

/** The micromark syntax extension for wiki lists. */
export function wikiListSyntax(): Extension {
  const flow: Extension['flow'] = {};
  for (const code of [wikiCodes.asterisk, wikiCodes.numberSign, wikiCodes.colon, wikiCodes.semicolon]) flow[code] = wikiList;
  return { flow };
}

function isMarker(code: Code): boolean {
  return code === wikiCodes.asterisk || code === wikiCodes.numberSign || code === wikiCodes.colon || code === wikiCodes.semicolon;
}

function tokenizeWikiList(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let markerSize = 0;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiList');
    return item(code);
  }

  function item(code: Code): State | undefined {
    effects.enter('wikiListItem');
    effects.enter('wikiListItemMarker');
    markerSize = 0;
    return marker(code);
  }

  function marker(code: Code): State | undefined {
    if (isMarker(code) && markerSize++ < maxMarkerLength) {
      effects.consume(code);
      return marker;
    }
    effects.exit('wikiListItemMarker');
    if (markdownSpace(code)) {
      effects.enter('whitespace');
      return space(code);
    }
    return contentStart(code);
  }

  function space(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return space;
    }
    effects.exit('whitespace');
    return contentStart(code);
  }

  function contentStart(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return endItem(code);
    effects.enter('wikiListItemContent');
    return factoryBalanced(effects, endContent, nok, { stops: [], lineEnding: 'stop', maxLength: maxItemLength, chunk: true, stopAtEnd: true })(code);
  }

  function endContent(code: Code): State | undefined {
    effects.exit('wikiListItemContent');
    return endItem(code);
  }

  function endItem(code: Code): State | undefined {
    effects.exit('wikiListItem');
    if (code === null) return done(code);
    return effects.check(itemStart, nextItem, done)(code);
  }

  function nextItem(code: Code): State | undefined {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return item;
  }

  function done(code: Code): State | undefined {
    effects.exit('wikiList');
    return ok(code);
  }
}

/** A lookahead from a line ending: the next line opens with a list marker. */
function tokenizeItemStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiLookahead');
    effects.consume(code);
    return afterLineEnding;
  }

  function afterLineEnding(code: Code): State | undefined {
    effects.exit('wikiLookahead');
    return isMarker(code) ? ok(code) : nok(code);
  }
}

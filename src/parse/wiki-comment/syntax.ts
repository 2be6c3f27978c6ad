import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { literal, wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

const openMarker = literal('<!--');
const maxCommentLength = 200_000;

/**
 * A comment on lines of its own, `<!-- … -->`, blank lines inside included.
 *
 * In wikitext CommonMark's HTML blocks are turned off (a `<ref name="x">` or
 * `<references>` alone on a line would swallow the lines after it as raw
 * HTML), so comments that stand as blocks get this flow construct. It never
 * interrupts a paragraph and must end its line; a comment inside a line is
 * CommonMark's inline HTML, as in Markdown.
 */
const wikiComment: Construct = { name: 'wikiComment', tokenize: tokenizeWikiComment, concrete: true };

/** The micromark syntax extension for block comments. */
export function wikiCommentSyntax(): Extension {
  return { flow: { [wikiCodes.lessThan]: wikiComment } };
}

function tokenizeWikiComment(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;
  let dashes = 0;
  // Lines of the comment are data tokens between line endings; a blank line has none.
  let dataOpen = false;
  if (this.interrupt) return nok;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiComment');
    effects.enter('wikiCommentData');
    dataOpen = true;
    return effects.attempt(openMarker, inside, nok)(code);
  }

  function inside(code: Code): State | undefined {
    if (code === null || size++ > maxCommentLength) return nok(code);
    if (markdownLineEnding(code)) {
      dashes = 0;
      if (dataOpen) effects.exit('wikiCommentData');
      dataOpen = false;
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return inside;
    }
    if (!dataOpen) {
      effects.enter('wikiCommentData');
      dataOpen = true;
    }
    const closes = code === wikiCodes.greaterThan && dashes >= 2;
    dashes = code === wikiCodes.dash ? dashes + 1 : 0;
    effects.consume(code);
    return closes ? afterClose : inside;
  }

  function afterClose(code: Code): State | undefined {
    effects.exit('wikiCommentData');
    effects.exit('wikiComment');
    if (markdownSpace(code)) return factorySpace(effects, atLineEnd, 'whitespace')(code);
    return atLineEnd(code);
  }

  function atLineEnd(code: Code): State | undefined {
    return code === null || markdownLineEnding(code) ? ok(code) : nok(code);
  }
}

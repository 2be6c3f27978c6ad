import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding } from 'micromark-util-character';
import { factoryBalanced, literal, wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

const openMarker = literal('[[');
const closeMarker = literal(']]');
const closeAhead = literal(']]', { token: 'wikiLookahead' });
const maxTargetLength = 512;
// A file's caption may run to a paragraph.
const maxLabelLength = 10_000;

/**
 * An internal link, `[[target]]` or `[[target|label]]`: the reader sees the
 * label, or the target when there is none.
 *
 * The target is read raw (no markup in page names); the label is a
 * `chunkText` parsed as inline content afterwards, so `[[File:x.jpg|thumb|a
 * [[nested]] caption]]` keeps its nested link, counted by `factoryBalanced`.
 */
const wikiLink: Construct = { name: 'wikiLink', tokenize: tokenizeWikiLink };

/** The micromark syntax extension for internal links. */
export function wikiLinkSyntax(): Extension {
  return { text: { [wikiCodes.leftSquareBracket]: wikiLink } };
}

function tokenizeWikiLink(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let targetSize = 0;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiLink');
    effects.enter('wikiLinkMarker');
    return effects.attempt(openMarker, afterOpen, nok)(code);
  }

  function afterOpen(code: Code): State | undefined {
    effects.exit('wikiLinkMarker');
    if (code === wikiCodes.verticalBar || code === wikiCodes.rightSquareBracket) return nok(code);
    effects.enter('wikiLinkTarget');
    return target(code);
  }

  function target(code: Code): State | undefined {
    if (code === wikiCodes.verticalBar && targetSize > 0) {
      effects.exit('wikiLinkTarget');
      effects.enter('wikiLinkPipe');
      effects.consume(code);
      effects.exit('wikiLinkPipe');
      return labelStart;
    }
    if (code === wikiCodes.rightSquareBracket && targetSize > 0) return effects.check(closeAhead, endTarget, nok)(code);
    if (
      code === null ||
      markdownLineEnding(code) ||
      targetSize++ > maxTargetLength ||
      code === wikiCodes.leftSquareBracket ||
      code === wikiCodes.rightSquareBracket ||
      code === wikiCodes.leftCurlyBrace ||
      code === wikiCodes.rightCurlyBrace ||
      code === wikiCodes.lessThan
    ) {
      return nok(code);
    }
    effects.consume(code);
    return target;
  }

  function endTarget(code: Code): State | undefined {
    effects.exit('wikiLinkTarget');
    return close(code);
  }

  function labelStart(code: Code): State | undefined {
    if (code === wikiCodes.rightSquareBracket) return effects.check(closeAhead, close, label)(code);
    return label(code);
  }

  function label(code: Code): State | undefined {
    if (code === null) return nok(code);
    effects.enter('wikiLinkLabel');
    return factoryBalanced(effects, endLabel, nok, {
      stops: [{ code: wikiCodes.rightSquareBracket, check: closeAhead }],
      lineEnding: 'continue',
      maxLength: maxLabelLength,
      chunk: true,
    })(code);
  }

  function endLabel(code: Code): State | undefined {
    effects.exit('wikiLinkLabel');
    return close(code);
  }

  function close(code: Code): State | undefined {
    effects.enter('wikiLinkMarker');
    return effects.attempt(closeMarker, afterClose, nok)(code);
  }

  function afterClose(code: Code): State | undefined {
    effects.exit('wikiLinkMarker');
    effects.exit('wikiLink');
    return ok(code);
  }
}

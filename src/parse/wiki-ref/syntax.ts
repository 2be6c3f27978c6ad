import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding, markdownLineEndingOrSpace, markdownSpace } from 'micromark-util-character';
import { factoryBalanced, literal, sameCode, wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

const tagName = literal('ref', { caseInsensitive: true });
const selfClose = literal('/>');
const maxAttributesLength = 500;
// A reference with a long quote and an archived copy runs to a few thousand characters.
const maxContentLength = 100_000;

/**
 * A reference, `<ref name="x" group="n">…</ref>`, or the reuse of a named
 * one, `<ref name="x" />`.
 *
 * Its content is a `chunkText` parsed as inline wikitext afterwards (a
 * `{{cite web|…}}`, a bare URL, a link, plain words), and it ends at the
 * first `</ref>` as MediaWiki's extension tags do. Tried before CommonMark's
 * inline HTML, which would read the tag as raw HTML and the citation as
 * prose.
 */
const wikiRef: Construct = { name: 'wikiRef', tokenize: tokenizeWikiRef };
/** A lookahead for `</ref>` (any case, spaces before `>`). */
const closingTag: Construct = { partial: true, tokenize: tokenizeClosingTag };

/** The micromark syntax extension for references. */
export function wikiRefSyntax(): Extension {
  return { text: { [wikiCodes.lessThan]: wikiRef } };
}

function tokenizeWikiRef(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let attributesSize = 0;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiRef');
    effects.enter('wikiRefTag');
    effects.consume(code);
    return effects.attempt(tagName, afterName, nok);
  }

  function afterName(code: Code): State | undefined {
    if (code === wikiCodes.greaterThan) return endOpeningTag(code);
    if (code === wikiCodes.slash) return selfClosing(code);
    if (!markdownSpace(code)) return nok(code);
    effects.enter('wikiRefAttributes');
    return attributes(code);
  }

  function attributes(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code) || attributesSize++ > maxAttributesLength) return nok(code);
    if (code === wikiCodes.greaterThan) {
      effects.exit('wikiRefAttributes');
      return endOpeningTag(code);
    }
    if (code === wikiCodes.slash) return effects.check(selfClose, endAttributesBeforeSlash, attribute)(code);
    return attribute(code);
  }

  function attribute(code: Code): State | undefined {
    effects.consume(code);
    return attributes;
  }

  function endAttributesBeforeSlash(code: Code): State | undefined {
    effects.exit('wikiRefAttributes');
    return selfClosing(code);
  }

  function selfClosing(code: Code): State | undefined {
    effects.enter('wikiRefTagEnd');
    return effects.attempt(selfClose, afterSelfClose, nok)(code);
  }

  function afterSelfClose(code: Code): State | undefined {
    effects.exit('wikiRefTagEnd');
    effects.exit('wikiRefTag');
    effects.exit('wikiRef');
    return ok(code);
  }

  function endOpeningTag(code: Code): State | undefined {
    effects.enter('wikiRefTagEnd');
    effects.consume(code);
    effects.exit('wikiRefTagEnd');
    effects.exit('wikiRefTag');
    return contentStart;
  }

  function contentStart(code: Code): State | undefined {
    if (code === null) return nok(code);
    return effects.check(closingTag, closeTag, content)(code);
  }

  function content(code: Code): State | undefined {
    effects.enter('wikiRefContent');
    return factoryBalanced(effects, endContent, nok, {
      stops: [{ code: wikiCodes.lessThan, check: closingTag }],
      lineEnding: 'continue',
      maxLength: maxContentLength,
      chunk: true,
      nesting: false,
    })(code);
  }

  function endContent(code: Code): State | undefined {
    effects.exit('wikiRefContent');
    return closeTag(code);
  }

  function closeTag(code: Code): State | undefined {
    effects.enter('wikiRefClosingTag');
    return effects.attempt(closingTag, afterClosingTag, nok)(code);
  }

  function afterClosingTag(code: Code): State | undefined {
    effects.exit('wikiRefClosingTag');
    effects.exit('wikiRef');
    return ok(code);
  }
}

function tokenizeClosingTag(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const name = [wikiCodes.lessThan, wikiCodes.slash, 114, 101, 102];
  let index = 0;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiLookahead');
    return inName(code);
  }

  function inName(code: Code): State | undefined {
    if (index === name.length) return afterName(code);
    if (code === null || !sameCode(code, name[index] as number, true)) return nok(code);
    index++;
    effects.consume(code);
    return inName;
  }

  function afterName(code: Code): State | undefined {
    if (code === wikiCodes.greaterThan) {
      effects.consume(code);
      effects.exit('wikiLookahead');
      return ok;
    }
    if (code === null || !markdownLineEndingOrSpace(code)) return nok(code);
    effects.consume(code);
    return afterName;
  }
}

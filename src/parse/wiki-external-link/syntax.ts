import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { factoryBalanced, literal, wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

const schemes = ['http://', 'https://', 'ftp://', 'ftps://', '//', 'mailto:', 'news:', 'irc://', 'ircs://'].map((scheme) =>
  literal(scheme, { caseInsensitive: true }),
);
const openLinkAhead = literal('[[', { token: 'wikiLookahead' });
const maxUrlLength = 2048;
const maxLabelLength = 2048;
const quotationMark = 34;

/**
 * An external link, `[https://example.org label]` or `[https://example.org]`:
 * the reader sees the label (a link without one shows as a number). The URL
 * must open with a scheme, so `[3]` and `[citation needed]` are not links.
 */
const externalLink: Construct = { name: 'wikiExternalLink', tokenize: tokenizeExternalLink };

/** The micromark syntax extension for external links. */
export function wikiExternalLinkSyntax(): Extension {
  return { text: { [wikiCodes.leftSquareBracket]: externalLink } };
}

function tokenizeExternalLink(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let urlSize = 0;
  return start;

  function start(code: Code): State | undefined {
    return effects.check(openLinkAhead, nok, open)(code);
  }

  function open(code: Code): State | undefined {
    effects.enter('wikiExternalLink');
    effects.enter('wikiExternalLinkMarker');
    effects.consume(code);
    effects.exit('wikiExternalLinkMarker');
    effects.enter('wikiExternalLinkUrl');
    return effects.attempt(schemes, url, nok);
  }

  function url(code: Code): State | undefined {
    if (code === wikiCodes.rightSquareBracket || markdownSpace(code)) {
      if (urlSize === 0) return nok(code);
      effects.exit('wikiExternalLinkUrl');
      return code === wikiCodes.rightSquareBracket ? close(code) : space(code);
    }
    if (code === null || markdownLineEnding(code) || urlSize++ > maxUrlLength || code === wikiCodes.leftSquareBracket || code === wikiCodes.lessThan || code === quotationMark) {
      return nok(code);
    }
    effects.consume(code);
    return url;
  }

  function space(code: Code): State | undefined {
    effects.enter('whitespace');
    return spaceRun(code);
  }

  function spaceRun(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return spaceRun;
    }
    effects.exit('whitespace');
    if (code === wikiCodes.rightSquareBracket) return close(code);
    if (code === null || markdownLineEnding(code)) return nok(code);
    effects.enter('wikiExternalLinkLabel');
    return factoryBalanced(effects, endLabel, nok, {
      stops: [{ code: wikiCodes.rightSquareBracket }],
      lineEnding: 'fail',
      maxLength: maxLabelLength,
      chunk: true,
    })(code);
  }

  function endLabel(code: Code): State | undefined {
    effects.exit('wikiExternalLinkLabel');
    return close(code);
  }

  function close(code: Code): State | undefined {
    effects.enter('wikiExternalLinkMarker');
    effects.consume(code);
    effects.exit('wikiExternalLinkMarker');
    effects.exit('wikiExternalLink');
    return ok;
  }
}

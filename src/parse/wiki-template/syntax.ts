import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownLineEndingOrSpace, markdownSpace } from 'micromark-util-character';
import { factoryBalanced, literal, wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

const openMarker = literal('{{');
const closeMarker = literal('}}');
const closeAhead = literal('}}', { token: 'wikiLookahead' });
const maxNameLength = 256;
const maxParameterNameLength = 100;
// An infobox of a large country runs to some 20 000 characters.
const maxValueLength = 200_000;

/**
 * A MediaWiki template call: `{{name|positional|key = value}}`.
 *
 * In text it is an inline construct (`{{cite web|…}}` inside a `<ref>`, `{{cn}}`
 * after a sentence). At the start of a line that is not inside a paragraph it
 * is also a flow construct, so a template that spans blank lines — an infobox
 * with a blank line in it — is still one template; it must then end its line.
 * As a flow construct it never interrupts a paragraph: a `{{cite …}}` on its
 * own line inside a multi-line `<ref>` stays in the paragraph with its ref.
 *
 * Each parameter value is a `chunkText` that micromark parses as inline
 * content afterwards, so links, refs and templates nest inside values with
 * their own exact positions. Nesting is counted while scanning
 * (`factoryBalanced`), so a `|` inside `[[a|b]]` or an inner `{{…}}` does not
 * end a value.
 */
const textTemplate: Construct = { name: 'wikiTemplate', tokenize: tokenizeTextTemplate };
const flowTemplate: Construct = { name: 'wikiTemplateFlow', tokenize: tokenizeFlowTemplate };

/** A lookahead: a parameter name followed by `=` (`| url = …`). */
const namedParameter: Construct = { partial: true, tokenize: tokenizeNamedParameter };

/** The micromark syntax extension for templates. */
export function wikiTemplateSyntax(): Extension {
  return { text: { [wikiCodes.leftCurlyBrace]: textTemplate }, flow: { [wikiCodes.leftCurlyBrace]: flowTemplate } };
}

function tokenizeTextTemplate(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return templateTokenizer(effects, ok, nok);
}

function tokenizeFlowTemplate(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  if (this.interrupt) return nok;
  return templateTokenizer(effects, afterTemplate, nok);

  function afterTemplate(code: Code): State | undefined {
    if (markdownSpace(code)) return factorySpace(effects, atLineEnd, 'whitespace')(code);
    return atLineEnd(code);
  }

  function atLineEnd(code: Code): State | undefined {
    return code === null || markdownLineEnding(code) ? ok(code) : nok(code);
  }
}

/** The states of one template call, from `{{` to `}}`; `ok` is called after the closing marker. */
function templateTokenizer(effects: Effects, ok: State, nok: State): State {
  let nameSize = 0;
  return start;

  function start(code: Code): State | undefined {
    if (code !== wikiCodes.leftCurlyBrace) return nok(code);
    effects.enter('wikiTemplate');
    effects.enter('wikiTemplateMarker');
    return effects.attempt(openMarker, afterOpen, nok)(code);
  }

  function afterOpen(code: Code): State | undefined {
    effects.exit('wikiTemplateMarker');
    // `{{{1}}}` is a parameter of a template's own source, not a call.
    if (code === wikiCodes.leftCurlyBrace || code === null) return nok(code);
    effects.enter('wikiTemplateName');
    return name(code);
  }

  function name(code: Code): State | undefined {
    if (code === null || nameSize > maxNameLength) return nok(code);
    if (code === wikiCodes.verticalBar || code === wikiCodes.rightCurlyBrace) {
      if (nameSize === 0) return nok(code);
      if (code === wikiCodes.verticalBar) {
        effects.exit('wikiTemplateName');
        return pipe(code);
      }
      return effects.check(closeAhead, endName, nameCharacter)(code);
    }
    if (code === wikiCodes.leftCurlyBrace || code === wikiCodes.leftSquareBracket || code === wikiCodes.rightSquareBracket || code === wikiCodes.lessThan) {
      return nok(code);
    }
    return nameCharacter(code);
  }

  // A name runs over a line ending (`{{Infobox` then `| key = …` below) in
  // pieces, one per line, as micromark wants of tokens that span lines.
  function nameCharacter(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (!markdownLineEndingOrSpace(code) || nameSize > 0) nameSize++;
    effects.consume(code);
    if (!markdownLineEnding(code)) return name;
    effects.exit('wikiTemplateName');
    return namePiece;
  }

  function namePiece(code: Code): State | undefined {
    if (code === wikiCodes.verticalBar) return pipe(code);
    if (code === wikiCodes.rightCurlyBrace) return effects.check(closeAhead, close, reenterName)(code);
    return reenterName(code);
  }

  function reenterName(code: Code): State | undefined {
    effects.enter('wikiTemplateName');
    return name(code);
  }

  function endName(code: Code): State | undefined {
    effects.exit('wikiTemplateName');
    return close(code);
  }

  function pipe(code: Code): State | undefined {
    effects.enter('wikiTemplatePipe');
    effects.consume(code);
    effects.exit('wikiTemplatePipe');
    return parameterStart;
  }

  function parameterStart(code: Code): State | undefined {
    if (code === wikiCodes.verticalBar) return pipe(code);
    if (code === wikiCodes.rightCurlyBrace) return effects.check(closeAhead, close, positional)(code);
    if (code === null) return nok(code);
    return effects.check(namedParameter, named, positional)(code);
  }

  function named(code: Code): State | undefined {
    effects.enter('wikiTemplateParameter');
    effects.enter('wikiTemplateParameterName');
    return parameterName(code);
  }

  function parameterName(code: Code): State | undefined {
    if (code === wikiCodes.equalsSign) {
      effects.exit('wikiTemplateParameterName');
      return equals(code);
    }
    effects.consume(code);
    if (!markdownLineEnding(code)) return parameterName;
    effects.exit('wikiTemplateParameterName');
    return parameterNamePiece;
  }

  function parameterNamePiece(code: Code): State | undefined {
    if (code === wikiCodes.equalsSign) return equals(code);
    effects.enter('wikiTemplateParameterName');
    return parameterName(code);
  }

  function equals(code: Code): State | undefined {
    effects.enter('wikiTemplateParameterEquals');
    effects.consume(code);
    effects.exit('wikiTemplateParameterEquals');
    return valueStart;
  }

  function positional(code: Code): State | undefined {
    effects.enter('wikiTemplateParameter');
    return value(code);
  }

  function valueStart(code: Code): State | undefined {
    if (code === wikiCodes.verticalBar) return afterValue(code);
    if (code === wikiCodes.rightCurlyBrace) return effects.check(closeAhead, afterValue, value)(code);
    return value(code);
  }

  function value(code: Code): State | undefined {
    if (code === null) return nok(code);
    effects.enter('wikiTemplateParameterValue');
    return factoryBalanced(effects, endValue, nok, {
      stops: [{ code: wikiCodes.verticalBar }, { code: wikiCodes.rightCurlyBrace, check: closeAhead }],
      lineEnding: 'continue',
      maxLength: maxValueLength,
      chunk: true,
    })(code);
  }

  function endValue(code: Code): State | undefined {
    effects.exit('wikiTemplateParameterValue');
    return afterValue(code);
  }

  function afterValue(code: Code): State | undefined {
    effects.exit('wikiTemplateParameter');
    if (code === wikiCodes.verticalBar) return pipe(code);
    return close(code);
  }

  function close(code: Code): State | undefined {
    effects.enter('wikiTemplateMarker');
    return effects.attempt(closeMarker, afterClose, nok)(code);
  }

  function afterClose(code: Code): State | undefined {
    effects.exit('wikiTemplateMarker');
    effects.exit('wikiTemplate');
    return ok(code);
  }
}

function tokenizeNamedParameter(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;
  let letters = 0;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiLookahead');
    return inName(code);
  }

  function inName(code: Code): State | undefined {
    if (code === wikiCodes.equalsSign) {
      if (letters === 0) return nok(code);
      effects.exit('wikiLookahead');
      return ok(code);
    }
    if (
      code === null ||
      size++ > maxParameterNameLength ||
      code === wikiCodes.verticalBar ||
      code === wikiCodes.leftCurlyBrace ||
      code === wikiCodes.rightCurlyBrace ||
      code === wikiCodes.leftSquareBracket ||
      code === wikiCodes.rightSquareBracket ||
      code === wikiCodes.lessThan
    ) {
      return nok(code);
    }
    if (!markdownLineEndingOrSpace(code)) letters++;
    effects.consume(code);
    return inName;
  }
}

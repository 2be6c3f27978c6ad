import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { factoryBalanced, literal, wikiCodes } from '../wiki-shared/scan.js';
import './types.js';

const openMarker = literal('{|');
// A table of every earthquake in a country runs to tens of thousands of characters.
const maxCellLength = 100_000;
const maxLineLength = 100_000;

/** What the next line of a table is. */
type LineKind = 'close' | 'row' | 'caption' | 'cell';

/**
 * A wikitext table, `{| … |}`: `|-` starts a row, `|` and `!` start cells
 * (`||` and `!!` more on the same line), `|+` a caption (kept as raw data:
 * it names the table and is no cell), and `attrs | text` gives a cell its
 * attributes. Each cell's content is a `chunkText` parsed as
 * inline wikitext, running on over the following lines until one starts a
 * cell, a row or the end; a template or link left open carries it further.
 * Lines that belong to no cell are kept as raw data, never read as prose.
 * A table left open ends with the text, as MediaWiki closes it.
 *
 * Not modelled: nested tables (their lines are read as the outer table's).
 */
const wikiTable: Construct = { name: 'wikiTable', tokenize: tokenizeWikiTable, concrete: true };
const nextLine: Record<LineKind, Construct> = {
  close: { partial: true, tokenize: lineStartsWith('|}') },
  row: { partial: true, tokenize: lineStartsWith('|-') },
  caption: { partial: true, tokenize: lineStartsWith('|+') },
  cell: { partial: true, tokenize: lineStartsWith('|', '!') },
};
/** A lookahead from a line ending: the next line starts a cell, a row or the end. */
const nextStructure: Construct = { partial: true, tokenize: lineStartsWith('|', '!') };

/** A lookahead: the cell has attributes, `style="…" | text`. */
const cellAttributes: Construct = { partial: true, tokenize: tokenizeCellAttributes };
const doubleBar = literal('||', { token: 'wikiLookahead' });
const doubleBang = literal('!!', { token: 'wikiLookahead' });

/** The micromark syntax extension for wikitext tables. */
export function wikiTableSyntax(): Extension {
  return { flow: { [wikiCodes.leftCurlyBrace]: wikiTable } };
}

function tokenizeWikiTable(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let rowOpen = false;
  let header = false;
  let lineSize = 0;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiTable');
    effects.enter('wikiTableOpen');
    return effects.attempt(openMarker, restOfOpenLine, nok)(code);
  }

  function restOfOpenLine(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('wikiTableOpen');
      return atLineEnd(code);
    }
    effects.consume(code);
    return restOfOpenLine;
  }

  /** At the end of a line outside any cell: see what the next line is. */
  function atLineEnd(code: Code): State | undefined {
    if (code === null) return end(code);
    return effects.check(nextLine.close, beforeClose, effects.check(nextLine.row, beforeRow, effects.check(nextLine.caption, beforeCaption, effects.check(nextLine.cell, beforeCell, beforeStray))))(code);
  }

  function beforeClose(code: Code): State | undefined {
    closeRow();
    return lineEnding(code, () => lineStart(closeLine));
  }

  function beforeRow(code: Code): State | undefined {
    closeRow();
    return lineEnding(code, () => lineStart(rowLine));
  }

  // A caption names the table and is no cell: taken into the head row, it would shift every column's head by one.
  function beforeCaption(code: Code): State | undefined {
    return lineEnding(code, () => lineStart(captionLine));
  }

  function beforeCell(code: Code): State | undefined {
    return lineEnding(code, () => lineStart(cellLine));
  }

  function beforeStray(code: Code): State | undefined {
    return lineEnding(code, () => lineStart(strayLine));
  }

  function lineEnding(code: Code, next: () => State): State | undefined {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return next();
  }

  function lineStart(next: State): State {
    return function skipIndent(code: Code): State | undefined {
      if (markdownSpace(code)) {
        effects.enter('whitespace');
        return indent(code);
      }
      return next(code);
    };

    function indent(code: Code): State | undefined {
      if (markdownSpace(code)) {
        effects.consume(code);
        return indent;
      }
      effects.exit('whitespace');
      return next(code);
    }
  }

  function closeRow(): void {
    if (!rowOpen) return;
    effects.exit('wikiTableRow');
    rowOpen = false;
  }

  function closeLine(code: Code): State | undefined {
    effects.enter('wikiTableClose');
    lineSize = 0;
    return restOfClose(code);
  }

  function restOfClose(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code) || lineSize++ > maxLineLength) {
      effects.exit('wikiTableClose');
      effects.exit('wikiTable');
      return ok(code);
    }
    effects.consume(code);
    return restOfClose;
  }

  function rowLine(code: Code): State | undefined {
    effects.enter('wikiTableRow');
    rowOpen = true;
    effects.enter('wikiTableRowMarker');
    lineSize = 0;
    return restOfRawLine('wikiTableRowMarker')(code);
  }

  function captionLine(code: Code): State | undefined {
    effects.enter('wikiTableCaption');
    lineSize = 0;
    return restOfRawLine('wikiTableCaption')(code);
  }

  function strayLine(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return atLineEnd(code);
    effects.enter('wikiTableData');
    lineSize = 0;
    return restOfRawLine('wikiTableData')(code);
  }

  function restOfRawLine(type: 'wikiTableRowMarker' | 'wikiTableCaption' | 'wikiTableData'): State {
    return function raw(code: Code): State | undefined {
      if (code === null || markdownLineEnding(code) || lineSize++ > maxLineLength) {
        effects.exit(type);
        return atLineEnd(code);
      }
      effects.consume(code);
      return raw;
    };
  }

  function cellLine(code: Code): State | undefined {
    header = code === wikiCodes.exclamationMark;
    if (!rowOpen) {
      effects.enter('wikiTableRow');
      rowOpen = true;
    }
    effects.enter('wikiTableCell');
    effects.enter('wikiTableCellMarker');
    effects.consume(code);
    return afterMarker;
  }


  function inlineCell(code: Code): State | undefined {
    effects.exit('wikiTableCell');
    effects.enter('wikiTableCell');
    effects.enter('wikiTableCellMarker');
    effects.consume(code);
    return secondMarkerCode;
  }

  function emptyInlineCell(code: Code): State | undefined {
    effects.exit('wikiTableCell');
    effects.enter('wikiTableCell');
    effects.enter('wikiTableCellMarker');
    effects.consume(code);
    return secondMarkerCode;
  }

  function secondMarkerCode(code: Code): State | undefined {
    effects.consume(code);
    return afterMarker;
  }

  function afterMarker(code: Code): State | undefined {
    effects.exit('wikiTableCellMarker');
    return effects.check(cellAttributes, attributes, contentStart)(code);
  }

  function attributes(code: Code): State | undefined {
    effects.enter('wikiTableCellAttributes');
    return inAttributes(code);
  }

  function inAttributes(code: Code): State | undefined {
    if (code === wikiCodes.verticalBar) {
      effects.exit('wikiTableCellAttributes');
      effects.enter('wikiTableCellPipe');
      effects.consume(code);
      effects.exit('wikiTableCellPipe');
      return contentStart;
    }
    effects.consume(code);
    return inAttributes;
  }

  function contentStart(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return endCell(code);
    if (code === wikiCodes.verticalBar) return effects.check(doubleBar, emptyInlineCell, content)(code);
    if (header && code === wikiCodes.exclamationMark) return effects.check(doubleBang, emptyInlineCell, content)(code);
    return content(code);
  }

  // The content runs on over lines that start no cell, row or end.
  function content(code: Code): State | undefined {
    effects.enter('wikiTableCellContent');
    const stops = [{ code: wikiCodes.verticalBar, check: doubleBar }, ...(header ? [{ code: wikiCodes.exclamationMark, check: doubleBang }] : [])];
    return factoryBalanced(effects, atStop, nok, { stops, lineEnding: 'continue', stopBeforeLine: nextStructure, maxLength: maxCellLength, chunk: true, stopAtEnd: true })(code);
  }

  function atStop(code: Code): State | undefined {
    effects.exit('wikiTableCellContent');
    if (code === null || markdownLineEnding(code)) return endCell(code);
    return inlineCell(code);
  }

  function endCell(code: Code): State | undefined {
    effects.exit('wikiTableCell');
    return atLineEnd(code);
  }

  function end(code: Code): State | undefined {
    closeRow();
    effects.exit('wikiTable');
    return ok(code);
  }
}

/** A lookahead from a line ending: the next line (after indentation) opens with one of `prefixes`. */
function lineStartsWith(...prefixes: string[]) {
  const constructs = prefixes.map((prefix) => literal(prefix));
  return function tokenizeLineStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return start;

    function start(code: Code): State | undefined {
      effects.enter('wikiLookahead');
      effects.consume(code);
      return indent;
    }

    function indent(code: Code): State | undefined {
      if (markdownSpace(code)) {
        effects.consume(code);
        return indent;
      }
      return effects.attempt(constructs, matched, nok)(code);
    }

    function matched(code: Code): State | undefined {
      effects.exit('wikiLookahead');
      return ok(code);
    }
  };
}

/** A lookahead: a single `|` comes before the cell's end (`||`, `!!` or the line's end), outside links and templates. */
function tokenizeCellAttributes(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    effects.enter('wikiLookahead');
    return factoryBalanced(effects, atStop, nok, { stops: [{ code: wikiCodes.verticalBar }], lineEnding: 'fail', maxLength: maxLineLength, chunk: false })(code);
  }

  function atStop(code: Code): State | undefined {
    effects.consume(code);
    return afterBar;
  }

  function afterBar(code: Code): State | undefined {
    if (code === wikiCodes.verticalBar) return nok(code);
    effects.exit('wikiLookahead');
    return ok(code);
  }
}

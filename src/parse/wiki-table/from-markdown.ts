import type { Table, TableCell, TableRow } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

/**
 * Turns wikitext table tokens into mdast `table`, `tableRow` and `tableCell`
 * nodes, as GFM tables are; attributes, row markers and stray lines make no
 * node.
 */
export function wikiTableFromMarkdown(): Extension {
  return {
    canContainEols: ['tableCell'],
    enter: { wikiTable: enterTable, wikiTableRow: enterRow, wikiTableCell: enterCell },
    exit: { wikiTable: exitNode, wikiTableRow: exitNode, wikiTableCell: exitNode },
  };
}

function enterTable(this: CompileContext, token: Token): undefined {
  const table: Table = { type: 'table', align: [], children: [] };
  this.enter(table, token);
}

function enterRow(this: CompileContext, token: Token): undefined {
  const row: TableRow = { type: 'tableRow', children: [] };
  this.enter(row, token);
}

function enterCell(this: CompileContext, token: Token): undefined {
  const cell: TableCell = { type: 'tableCell', children: [] };
  this.enter(cell, token);
}

function exitNode(this: CompileContext, token: Token): undefined {
  this.exit(token);
}

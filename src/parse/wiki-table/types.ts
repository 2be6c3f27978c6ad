/** Token names of the wikitext table construct. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiTable: 'wikiTable';
    wikiTableOpen: 'wikiTableOpen';
    wikiTableClose: 'wikiTableClose';
    wikiTableRow: 'wikiTableRow';
    wikiTableRowMarker: 'wikiTableRowMarker';
    wikiTableCell: 'wikiTableCell';
    wikiTableCellMarker: 'wikiTableCellMarker';
    wikiTableCellAttributes: 'wikiTableCellAttributes';
    wikiTableCellPipe: 'wikiTableCellPipe';
    wikiTableCellContent: 'wikiTableCellContent';
    wikiTableCaption: 'wikiTableCaption';
    wikiTableData: 'wikiTableData';
  }
}

export {};

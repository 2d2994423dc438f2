// The Apps Script half of "Add formula columns": the few SpreadsheetApp calls that write formula
// columns and one-cell named ranges. Kept apart from appsScriptWorkbook.ts so that file stays about
// values and reports; a fixed number of calls whatever the number of rows
// (test/sheets/formulaColumns.test.ts runs it against the recording fake).

import type { FormulaColumn, NamedCell } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Headers (bold, with a note) in row 1, formulas in row 2, and a colour rule per text below. */
export function writeFormulaColumns(sheet: Sheet, column: number, columns: FormulaColumn[]): void {
  if (columns.length === 0) return;
  // Apps Script refuses ranges past the sheet's size (a sheet may end at the data's last column).
  const last = column + columns.length - 1;
  if (last > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), last - sheet.getMaxColumns());
  if (sheet.getMaxRows() < 2) sheet.insertRowsAfter(1, 1);
  const headers = sheet.getRange(1, column, 1, columns.length);
  headers.setValues([columns.map((c) => `'${c.header}`)]); // as text, like every header the add-on writes
  headers.setFontWeights([columns.map(() => "bold")]);
  headers.setNotes([columns.map((c) => c.note)]);
  sheet.getRange(2, column, 1, columns.length).setFormulas([columns.map((c) => c.formula)]);
  const rules = sheet.getConditionalFormatRules();
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  columns.forEach((c, i) => {
    const range = sheet.getRange(2, column + i, rows, 1);
    for (const [text, background] of Object.entries(c.colours)) {
      rules.push(SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(background).setRanges([range]).build());
    }
  });
  sheet.setConditionalFormatRules(rules);
}

/** The spreadsheet's named ranges that are a single cell. */
export function namedCells(spreadsheet: Spreadsheet): NamedCell[] {
  const cells: NamedCell[] = [];
  for (const named of spreadsheet.getNamedRanges()) {
    const range = named.getRange();
    if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) continue;
    cells.push({ name: named.getName(), sheet: range.getSheet().getName(), row: range.getRow(), column: range.getColumn() });
  }
  return cells;
}

/** Names one cell (setNamedRange moves a name that exists). */
export function nameCell(spreadsheet: Spreadsheet, cell: NamedCell): void {
  const sheet = spreadsheet.getSheetByName(cell.sheet);
  if (!sheet) throw new Error(`There is no sheet named "${cell.sheet}" to name a cell in.`);
  spreadsheet.setNamedRange(cell.name, sheet.getRange(cell.row, cell.column));
}

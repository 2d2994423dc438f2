// The Workbook over SpreadsheetApp. Each port method is a fixed number of Apps Script calls whatever
// the number of rows: one getValues per read, one setValues plus one call per kind of formatting per
// write (2D arrays: setFontWeights, setBackgrounds, …). test/sheets/appsScriptWorkbook.test.ts counts
// them against a fake SpreadsheetApp. Services are looked up only when a function runs, never at load.

import type { Cell } from "../rules/types";
import { nameCell, namedCells, writeFormulaColumns } from "./appsScriptFormulaColumns";
import { gridWidth, type CellLink, type CellWrite, type ListValidation, type SheetContent, type SheetPort, type Workbook, type WrittenCell } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT_MS = 30_000;

/** Text goes in with a leading apostrophe, so Sheets stores it as typed: "=x", "1/2", "TRUE" stay text. */
export function asWritten(value: WrittenCell): WrittenCell {
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}

export function appsScriptWorkbook(spreadsheet: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Workbook {
  let zone: string | undefined; // asked once, and only when a sheet holds a date
  const timeZone = () => (zone ??= spreadsheet.getSpreadsheetTimeZone());
  const sheetPort = (sheet: Sheet) => port(sheet, timeZone);
  return {
    sheet(name) {
      const sheet = spreadsheet.getSheetByName(name);
      return sheet ? sheetPort(sheet) : null;
    },
    sheets: () => spreadsheet.getSheets().map(sheetPort),
    activeSheet: () => sheetPort(spreadsheet.getActiveSheet()),
    timeZone,
    namedCells: () => namedCells(spreadsheet),
    nameCell: (cell) => nameCell(spreadsheet, cell),
    insertSheet(name) {
      // Sheets makes a new sheet the active one; keep the user where they were.
      const active = spreadsheet.getActiveSheet();
      const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
      spreadsheet.setActiveSheet(active);
      return sheetPort(sheet);
    },
    withDocumentLock(write) {
      const lock = LockService.getDocumentLock();
      if (!lock) return write(); // not bound to a document (e.g. run from the script editor)
      if (!lock.tryLock(LOCK_WAIT_MS)) {
        throw new Error("Someone else is writing to this spreadsheet (an audit or a profile save). Try again in a moment.");
      }
      try {
        const result = write();
        SpreadsheetApp.flush(); // commit batched writes while the lock is still ours (Lock#releaseLock docs)
        return result;
      } finally {
        lock.releaseLock();
      }
    },
  };
}

function port(sheet: Sheet, timeZone: () => string): SheetPort {
  return {
    name: sheet.getName(),
    id: sheet.getSheetId(),
    readValues: () => asShown(sheet.getDataRange().getValues() as Cell[][], timeZone),
    readFormulas: () => sheet.getDataRange().getFormulas(),
    replaceContent: (content) => replaceContent(sheet, content),
    writeCells(cells: CellWrite[]) {
      for (const cell of cells) sheet.getRange(cell.row, cell.column).setValue(asWritten(cell.value));
    },
    writeRows(row: number, values: WrittenCell[][], validations: ListValidation[] = []) {
      const columns = gridWidth(values);
      if (values.length === 0 || columns === 0) return;
      ensureSize(sheet, row + values.length - 1, columns);
      sheet.getRange(row, 1, values.length, columns).setValues(rectangle<WrittenCell>(values, columns, values.length, "").map((l) => l.map(asWritten)));
      for (const v of validations) applyValidation(sheet, v);
    },
    addFormulaColumns: (column, columns) => writeFormulaColumns(sheet, column, columns),
    selectRow(row: number) {
      if (row > sheet.getMaxRows()) throw new Error(`Row ${row} is past the end of the sheet "${sheet.getName()}".`);
      sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    },
    activate: () => void sheet.activate(),
  };
}

/**
 * Date cells arrive as instants (midnight in the spreadsheet's zone), but the script runs in
 * appsscript.json's zone and the rules read a Date's local calendar: rebuild each as the local Date
 * of the wall-clock time the sheet shows. Intl, not Utilities.formatDate: no service call per cell.
 */
function asShown(rows: Cell[][], timeZone: () => string): Cell[][] {
  let format: Intl.DateTimeFormat | null = null;
  for (const line of rows) {
    line.forEach((cell, i) => {
      if (!(cell instanceof Date) || Number.isNaN(cell.getTime())) return;
      try {
        format ??= new Intl.DateTimeFormat("en-US", { timeZone: timeZone(), hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
      } catch {
        return; // a zone Intl does not know ("GMT-07:00"): keep the instant as it came
      }
      const part = Object.fromEntries(format.formatToParts(cell).map((p) => [p.type, Number(p.value)]));
      line[i] = new Date(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!, cell.getMilliseconds());
    });
  }
  return rows;
}

function replaceContent(sheet: Sheet, content: SheetContent): void {
  sheet.clear();
  sheet.clearNotes();
  const everything = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  everything.clearDataValidations();
  everything.breakApart(); // cells someone merged would refuse the new values
  const columns = gridWidth(content.values);
  const rows = content.values.length;
  if (rows > 0 && columns > 0) {
    ensureSize(sheet, rows, columns);
    const range = sheet.getRange(1, 1, rows, columns);
    const shape = <T>(grid: T[][] | undefined, blank: T) => rectangle(grid ?? [], columns, rows, blank);
    range.setValues(shape(content.values, "").map((line) => line.map(asWritten)));
    if (content.fontWeights) range.setFontWeights(shape<"bold" | "normal">(content.fontWeights, "normal"));
    if (content.fontColors) range.setFontColors(shape<string | null>(content.fontColors, null) as string[][]);
    if (content.backgrounds) range.setBackgrounds(shape<string | null>(content.backgrounds, null) as string[][]);
    if (content.wraps) range.setWraps(shape(content.wraps, false));
    if (content.notes) range.setNotes(shape(content.notes, ""));
    range.setVerticalAlignment("top");
    writeLinks(sheet, content.values, content.links ?? []);
  }
  for (const v of content.validations ?? []) applyValidation(sheet, v);
  sheet.setFrozenRows(content.frozenRows ?? 0);
  (content.columnWidths ?? []).forEach((pixels, i) => sheet.setColumnWidth(i + 1, pixels));
}

/** One rich-text write over the column of links; cells between links keep their text, unlinked. */
function writeLinks(sheet: Sheet, values: WrittenCell[][], links: CellLink[]): void {
  if (links.length === 0) return;
  const column = links[0]!.column;
  if (links.some((l) => l.column !== column)) throw new Error("Links must all sit in one column.");
  const first = Math.min(...links.map((l) => l.row));
  const last = Math.max(...links.map((l) => l.row));
  const urlAt = new Map(links.map((l) => [l.row, l.url]));
  const texts: GoogleAppsScript.Spreadsheet.RichTextValue[][] = [];
  for (let row = first; row <= last; row++) {
    const cell = values[row - 1]?.[column - 1];
    const builder = SpreadsheetApp.newRichTextValue().setText(cell === undefined || cell === null ? "" : String(cell));
    const url = urlAt.get(row);
    texts.push([(url ? builder.setLinkUrl(url) : builder).build()]);
  }
  sheet.getRange(first, column, texts.length, 1).setRichTextValues(texts);
}

function applyValidation(sheet: Sheet, v: ListValidation): void {
  if (v.toRow < v.fromRow) return;
  ensureSize(sheet, v.toRow, v.column);
  const rule = SpreadsheetApp.newDataValidation().requireValueInList(v.values, true).setAllowInvalid(!v.strict).build();
  sheet.getRange(v.fromRow, v.column, v.toRow - v.fromRow + 1, 1).setDataValidation(rule);
}

/** Apps Script refuses ranges past the sheet's size: grow it first (a new sheet has 1000 × 26). */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** setValues and friends need an exact rectangle. */
function rectangle<T>(grid: T[][], columns: number, rows = grid.length, blank?: T): T[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = grid[r]?.[c];
      return cell === undefined ? (blank as T) : cell;
    }),
  );
}

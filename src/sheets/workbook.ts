// The ONE way the add-on reaches the spreadsheet. Every method is batch-shaped: a sheet is read whole
// in one call and a report is written whole in one call, so the number of spreadsheet calls does not
// grow with the number of rows. Two implementations: appsScriptWorkbook (SpreadsheetApp) and
// memoryWorkbook (tests and the local preview), so the same server code runs on both.

import type { Cell } from "../rules/types";

/** A cell written by the add-on: plain values only. Text is always stored as text, never as a formula. */
export type WrittenCell = string | number | boolean | Date;

/** A dropdown on one column of rows (inclusive, 1-based); other values are allowed but flagged. */
export interface ListValidation {
  column: number;
  fromRow: number;
  toRow: number;
  values: string[];
  /** Refuse any other value instead of only warning: for cells the add-on reads back (Status). */
  strict?: boolean;
}

/** A cell whose text links somewhere ("#gid=0&range=A7" jumps inside the spreadsheet). 1-based. */
export interface CellLink {
  row: number;
  column: number;
  url: string;
}

/**
 * A whole sheet's content, written from A1 in one batch. Every 2D array has the shape of `values`
 * (a rectangle); `null` in a formatting array keeps the default.
 */
export interface SheetContent {
  values: WrittenCell[][];
  fontWeights?: ("bold" | "normal")[][];
  fontColors?: (string | null)[][];
  backgrounds?: (string | null)[][];
  wraps?: boolean[][];
  /** Hover notes (help texts); "" for none. */
  notes?: string[][];
  /** All links must sit in one column: they are written as one column of rich text. */
  links?: CellLink[];
  validations?: ListValidation[];
  frozenRows?: number;
  /** Pixel widths from column A on. */
  columnWidths?: number[];
}

/** One cell to write, leaving every other cell of the sheet alone (1-based). */
export interface CellWrite {
  row: number;
  column: number;
  value: WrittenCell;
}

/** Formula columns added right of a sheet's data (Add formula columns): header in row 1, formula in row 2. */
export interface FormulaColumn {
  header: string;
  /** The header's hover note. */
  note: string;
  formula: string;
  /** Conditional colours for rows 2 on: a background for each exact text ("Reach" → "#f4c7c3"). */
  colours: Record<string, string>;
}

/** A named range of one cell (Step2CK → Profile!B2); 1-based. */
export interface NamedCell {
  name: string;
  sheet: string;
  row: number;
  column: number;
}

export interface SheetPort {
  readonly name: string;
  /** The sheet's id, the `gid` of links into it. */
  readonly id: number;
  /** The whole data range (row 1 first) in one read; blank cells are "", date cells are Date objects. */
  readValues(): Cell[][];
  /** The formulas of the data range in one read: "" where a cell holds a plain value. */
  readFormulas(): string[][];
  /** Clears the sheet (values, formats, notes, dropdowns) and writes `content` in one batch. */
  replaceContent(content: SheetContent): void;
  /** Writes a few single cells (the Profile values the form changed); one call per cell. */
  writeCells(cells: CellWrite[]): void;
  /** Writes a block of rows from column A at `row` (appending to Profile), in one call. */
  writeRows(row: number, values: WrittenCell[][], validations?: ListValidation[]): void;
  /** Writes formula columns from `column` (1-based) on: headers (bold, noted), row-2 formulas, colour rules. */
  addFormulaColumns(column: number, columns: FormulaColumn[]): void;
  /** Shows this sheet and selects the given row (1-based). */
  selectRow(row: number): void;
  /** Shows this sheet. */
  activate(): void;
}

export interface Workbook {
  sheet(name: string): SheetPort | null;
  sheets(): SheetPort[];
  activeSheet(): SheetPort;
  /** Adds an empty sheet at the end; the active sheet stays the same. */
  insertSheet(name: string): SheetPort;
  /** The spreadsheet's time zone (e.g. "Asia/Kolkata"), for the times the Audit sheet shows. */
  timeZone(): string;
  /** The spreadsheet's named ranges that are one cell. */
  namedCells(): NamedCell[];
  /** Creates (or moves) a named range of one cell. */
  nameCell(cell: NamedCell): void;
  /** Runs `write` holding the document lock, so two people auditing at once cannot interleave. */
  withDocumentLock<T>(write: () => T): T;
}

/** The menu's dialogs (SpreadsheetApp.getUi()), behind a port so the menu actions run in tests. */
export interface Dialogs {
  alert(title: string, message: string): void;
  /** A YES / NO question; true for YES. */
  confirm(title: string, message: string): boolean;
}

/** The sheets the add-on knows by name (CONTRACT.md §4). */
export const SHEET_NAMES = { programs: "Programs", profile: "Profile", audit: "Audit" } as const;

/** The number of columns of a grid whose rows may differ in length: its longest row. */
export function gridWidth(grid: readonly (readonly unknown[])[]): number {
  return grid.reduce((most, line) => Math.max(most, line.length), 0);
}

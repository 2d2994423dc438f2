// The same mentor's edits on the two workbooks the server runs on: the in-memory workbook, and the real
// SpreadsheetApp adapter over the fake that behaves like Sheets. Each test of CONTRACT.md §4's "never
// lost" promise runs on both, so the adapter's calls are proven, not only the logic.

import type { Cell } from "../../src/rules/types";
import { appsScriptWorkbook } from "../../src/sheets/appsScriptWorkbook";
import { createServer, type AuditServer } from "../../src/sheets/auditServer";
import { memoryWorkbook, type MemoryCell } from "../../src/sheets/memoryWorkbook";
import { installedFake, parseTyped, typedDate, type FakeApps, type Value } from "./fakeSpreadsheetApp";
import { clock } from "./fixtures";

export interface Backend {
  name: string;
  server: AuditServer;
  /** A sheet's values as the sheet holds them (row 1 first). */
  values(sheet: string): Cell[][];
  /** A person types in a cell (1-based): "2" is the number 2; a Date is the day and time its local fields say. */
  type(sheet: string, row: number, column: number, value: Value): void;
  insertColumns(sheet: string, before: number, n?: number): void;
  deleteColumns(sheet: string, at: number, n?: number): void;
  /** Column `from` ends up at position `to`. */
  moveColumn(sheet: string, from: number, to: number): void;
  insertRows(sheet: string, before: number, n?: number): void;
  deleteRows(sheet: string, at: number, n?: number): void;
  /** Data → Sort range over rows from..to by one column. */
  sortRows(sheet: string, from: number, to: number, column: number): void;
  renameSheet(from: string, to: string): void;
  /** Opens a sheet, as a person clicking its tab. */
  openSheet(name: string): void;
  sheetNames(): string[];
  /** Drops the add-on's developer metadata, as on a sheet written before the markers existed. */
  forgetMarkers(sheet: string): void;
  /** Replaces a sheet's values whole, as a person pasting (no add-on write). */
  paste(sheet: string, rows: Value[][]): void;
  /** The add-on's next write of the Audit sheet's values fails (a quota, a Sheets error). */
  failNextWrite(): void;
  /** Runs `then` right after the audit's first read of the Audit sheet (a person typing meanwhile). */
  afterAuditRead(then: () => void): void;
  uninstall(): void;
}

export function memoryBackend(sheets: [string, Value[][]][]): Backend {
  const wb = memoryWorkbook(sheets.map(([name, rows]) => ({ name, rows: rows as MemoryCell[][] })));
  const server = createServer(wb, clock);
  const edit = (sheet: string) => wb.edit(sheet);
  return {
    name: "memory workbook",
    server,
    values: (sheet) => wb.state(sheet)!.values,
    type: (sheet, row, column, value) => wb.withDocumentLock(() => wb.sheet(sheet)!.writeCells([{ row, column, value }])),
    insertColumns: (sheet, before, n = 1) => edit(sheet).insertColumns(before, n),
    deleteColumns: (sheet, at, n = 1) => edit(sheet).deleteColumns(at, n),
    moveColumn: (sheet, from, to) => edit(sheet).moveColumn(from, to),
    insertRows: (sheet, before, n = 1) => edit(sheet).insertRows(before, n),
    deleteRows: (sheet, at, n = 1) => edit(sheet).deleteRows(at, n),
    sortRows: (sheet, from, to, column) => edit(sheet).sortRows(from, to, column),
    renameSheet: (from, to) => wb.renameSheet(from, to),
    openSheet: (name) => wb.sheet(name)!.activate(),
    sheetNames: () => wb.sheetNames(),
    forgetMarkers: (sheet) => edit(sheet).setMarkers({ sheet: {}, columns: [] }),
    paste(sheet, rows) {
      const height = wb.state(sheet)!.values.length;
      edit(sheet).deleteRows(1, height);
      wb.withDocumentLock(() => wb.sheet(sheet)!.writeCells(rows.flatMap((line, r) => line.map((value, c) => ({ row: r + 1, column: c + 1, value })))));
    },
    failNextWrite: () => wb.failNext("replaceContent"),
    afterAuditRead: (then) => wb.afterRead("Audit", then),
    uninstall: () => undefined,
  };
}

export function appsScriptBackend(sheets: [string, Value[][]][]): Backend & { apps: FakeApps } {
  const apps: FakeApps = installedFake(sheets);
  const server = createServer(appsScriptWorkbook(), clock);
  // Read through the adapter, so a date is the day the sheet shows (as the add-on reads it).
  const read = (name: string) => workbook.sheet(name)!.readValues();
  const sheet = (name: string) => {
    const found = apps.spreadsheet.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`No sheet named "${name}".`);
    return found;
  };
  const zone = apps.spreadsheet.timeZone;
  // The fake takes a typed date's wall clock from its UTC fields (typedDate); ours come in local fields.
  const wallClock = (d: Date) => new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()));
  const type = (name: string, row: number, column: number, value: Value) =>
    Object.assign(sheet(name).cell(row, column), parseTyped(value instanceof Date ? typedDate(wallClock(value), zone) : value, zone));
  const workbook = appsScriptWorkbook();
  return {
    name: "Apps Script adapter",
    server,
    values: (name) => (sheet(name), read(name)),
    type,
    insertColumns: (name, before, n = 1) => void sheet(name).insertColumnsBefore(before, n),
    deleteColumns: (name, at, n = 1) => sheet(name).deleteColumns(at, n),
    moveColumn(name, from, to) {
      const s = sheet(name);
      s.moveColumns(s.getRange(1, from, s.maxRows, 1), to > from ? to + 1 : to);
    },
    insertRows: (name, before, n = 1) => void sheet(name).insertRowsBefore(before, n),
    deleteRows: (name, at, n = 1) => sheet(name).deleteRows(at, n),
    sortRows: (name, from, to, column) => void sheet(name).getRange(from, 1, to - from + 1, sheet(name).maxColumns).sort(column),
    renameSheet: (from, to) => void sheet(from).setName(to),
    openSheet: (name) => void sheet(name).activate(),
    sheetNames: () => apps.spreadsheet.sheets.map((s) => s.name),
    forgetMarkers: (name) => void (sheet(name).metadata = []),
    paste(name, rows) {
      sheet(name).cells = [];
      rows.forEach((line, r) => line.forEach((value, c) => type(name, r + 1, c + 1, value)));
    },
    failNextWrite: () => apps.failOn("Range.setValues"),
    // Programs, Profile, then the Audit sheet: the third read of an audit.
    afterAuditRead: (then) => apps.after("Range.getValues", then, 3),
    uninstall: () => apps.uninstall(),
    apps,
  };
}

export const BACKENDS = [memoryBackend, appsScriptBackend];

/** The rows of one part of the Audit sheet (as the add-on writes it) as objects keyed by its header. */
export function part(values: Cell[][], title = "Findings"): Record<string, Cell>[] {
  const start = values.findIndex((line) => line[0] === title);
  if (start < 0) return [];
  const header = values[start + 1]!.map((c) => String(c ?? ""));
  const rows: Record<string, Cell>[] = [];
  for (let r = start + 2; r < values.length && values[r]!.some((c) => c !== "" && c !== null); r++) {
    rows.push(Object.fromEntries(header.flatMap((h, i) => (h === "" ? [] : [[h, values[r]![i]]]))));
  }
  return rows;
}

/** The 1-based sheet row of each findings row, with its header's columns (1-based), right after an audit. */
export function findingRows(values: Cell[][]): { row: number; cells: Record<string, Cell> }[] {
  const start = values.findIndex((line) => line[0] === "Findings");
  const header = values[start + 1]!.map((c) => String(c ?? ""));
  const out: { row: number; cells: Record<string, Cell> }[] = [];
  for (let r = start + 2; r < values.length && values[r]!.some((c) => c !== ""); r++) {
    out.push({ row: r + 1, cells: Object.fromEntries(header.map((h, i) => [h, values[r]![i]])) });
  }
  return out;
}

/** The column (1-based) of a header in the findings table the add-on wrote. */
export function columnOf(values: Cell[][], header: string): number {
  const start = values.findIndex((line) => line[0] === "Findings");
  return values[start + 1]!.findIndex((c) => c === header) + 1;
}

/** Types Note / Status beside the findings `pick` chooses, as a mentor would. */
export function annotate(b: Backend, pick: (row: Record<string, Cell>) => { note?: Value; status?: string } | null): number {
  const values = b.values("Audit");
  const note = columnOf(values, "Note");
  const status = columnOf(values, "Status");
  let typed = 0;
  for (const { row, cells } of findingRows(values)) {
    const change = pick(cells);
    if (!change) continue;
    typed++;
    if (change.note !== undefined) b.type("Audit", row, note, change.note);
    if (change.status !== undefined) b.type("Audit", row, status, change.status);
  }
  return typed;
}

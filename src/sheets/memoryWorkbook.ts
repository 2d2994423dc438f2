// An in-memory workbook for the tests and the local preview. It keeps what a sheet would keep (values,
// formulas, formats, dropdowns, links; see memorySheet.ts) and COUNTS calls: each port method is a
// fixed number of Apps Script calls in the real adapter, whatever the number of rows
// (test/sheets/appsScriptWorkbook.test.ts proves that against a fake SpreadsheetApp), so `calls` is
// what the same code would send to Sheets.

import { memorySheet, type MemoryCell, type MemorySheet, type MemorySheetState } from "./memorySheet";
import type { CellWrite, ListValidation, NamedCell, SheetContent, SheetPort, Workbook, WrittenCell } from "./workbook";

export type { MemoryCell, MemorySheetState } from "./memorySheet";

export interface MemorySheetInit {
  name: string;
  rows: MemoryCell[][];
}

export interface MemoryWorkbook extends Workbook {
  /** Calls by port method name ("readValues", "replaceContent", …); writeCells counts one per cell. */
  readonly calls: Record<string, number>;
  serviceCalls(): number;
  resetCalls(): void;
  /** Writes made while the document lock was not held (should stay 0). */
  readonly writesOutsideLock: number;
  /** The row the last selectRow() selected. */
  readonly selection: { sheet: string; row: number } | null;
  /** A copy of everything the named sheet holds; null when there is no such sheet. */
  state(name: string): MemorySheetState | null;
  sheetNames(): string[];
}

export function memoryWorkbook(init: MemorySheetInit[] = [], options: { active?: string; timeZone?: string } = {}): MemoryWorkbook {
  const calls: Record<string, number> = {};
  const count = (method: string) => void (calls[method] = (calls[method] ?? 0) + 1);
  const store: { name: string; id: number; sheet: MemorySheet }[] = [];
  let active = options.active ?? init[0]?.name ?? "";
  let locked = false;
  let writesOutsideLock = 0;
  let selection: { sheet: string; row: number } | null = null;
  const named: NamedCell[] = [];

  const add = (name: string, rows: MemoryCell[][] = []) => {
    const entry = { name, id: store.length, sheet: memorySheet(rows) };
    store.push(entry);
    return entry;
  };
  const write = (method: string) => {
    count(method);
    if (!locked) writesOutsideLock++;
  };

  function port(entry: (typeof store)[number]): SheetPort {
    const { sheet } = entry;
    return {
      name: entry.name,
      id: entry.id,
      readValues: () => (count("readValues"), sheet.dataRange().values),
      readFormulas: () => (count("readFormulas"), sheet.dataRange().formulas),
      replaceContent(content: SheetContent) {
        write("replaceContent");
        sheet.replace(content);
      },
      writeCells(cells: CellWrite[]) {
        for (const cell of cells) {
          write("writeCells");
          sheet.setCell(cell.row, cell.column, cell.value);
        }
      },
      writeRows(row: number, values: WrittenCell[][], validations: ListValidation[] = []) {
        write("writeRows");
        values.forEach((line, r) => line.forEach((value, c) => sheet.setCell(row + r, c + 1, value)));
        for (const v of validations) {
          count("writeRows.validation");
          sheet.addValidation(v);
        }
      },
      addFormulaColumns(column, columns) {
        write("addFormulaColumns");
        sheet.addFormulaColumns(column, columns);
      },
      selectRow(row: number) {
        count("selectRow");
        active = entry.name;
        selection = { sheet: entry.name, row };
      },
      activate() {
        count("activate");
        active = entry.name;
      },
    };
  }

  for (const sheet of init) add(sheet.name, sheet.rows);

  return {
    calls,
    get writesOutsideLock() {
      return writesOutsideLock;
    },
    get selection() {
      return selection;
    },
    serviceCalls: () => Object.values(calls).reduce((a, b) => a + b, 0),
    resetCalls: () => Object.keys(calls).forEach((k) => delete calls[k]),
    sheet(name) {
      count("sheet");
      const found = store.find((s) => s.name === name);
      return found ? port(found) : null;
    },
    sheets() {
      count("sheets");
      return store.map(port);
    },
    timeZone() {
      count("timeZone");
      return options.timeZone ?? "UTC";
    },
    activeSheet() {
      count("activeSheet");
      return port(store.find((s) => s.name === active) ?? store[0] ?? add("Sheet1"));
    },
    insertSheet(name) {
      count("insertSheet");
      if (store.some((s) => s.name === name)) throw new Error(`A sheet named "${name}" already exists.`);
      return port(add(name));
    },
    namedCells() {
      count("namedCells");
      return named.map((n) => ({ ...n }));
    },
    nameCell(cell) {
      write("nameCell");
      const at = named.findIndex((n) => n.name.toLowerCase() === cell.name.toLowerCase());
      named.splice(at === -1 ? named.length : at, 1, { ...cell });
    },
    withDocumentLock(run) {
      count("withDocumentLock");
      const was = locked;
      locked = true;
      try {
        return run();
      } finally {
        locked = was;
      }
    },
    state(name) {
      const found = store.find((s) => s.name === name);
      return found ? found.sheet.state(found.name) : null;
    },
    sheetNames: () => store.map((s) => s.name),
  };
}

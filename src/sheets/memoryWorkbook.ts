// An in-memory workbook for the tests and the local preview. It keeps what a sheet would keep (values,
// formulas, formats, dropdowns, links) and COUNTS calls: each port method is one batch in the Apps
// Script adapter (test/sheets/appsScriptWorkbook.test.ts proves that against a fake SpreadsheetApp), so
// `serviceCalls()` is how many batches the same code would send to Sheets.

import type { Cell } from "../rules/types";
import type { CellLink, CellWrite, ListValidation, SheetContent, SheetPort, Workbook, WrittenCell } from "./workbook";

/** A cell given to the memory workbook: a plain value, or a formula with the value it shows. */
export type MemoryCell = Cell | { formula: string; value: Cell };

export interface MemorySheetInit {
  name: string;
  rows: MemoryCell[][];
}

/** Everything a sheet holds, for tests and the preview to look at (copies, 1-based keys "row,column"). */
export interface MemorySheetState {
  name: string;
  values: Cell[][];
  formulas: string[][];
  formats: Record<string, { fontWeight?: string; fontColor?: string; background?: string; wrap?: boolean; note?: string }>;
  links: CellLink[];
  validations: ListValidation[];
  frozenRows: number;
  columnWidths: number[];
}

interface StoredCell {
  value: Cell;
  formula: string;
}

export interface MemoryWorkbook extends Workbook {
  /** Calls by port method name ("readValues", "replaceContent", …). */
  readonly calls: Record<string, number>;
  serviceCalls(): number;
  resetCalls(): void;
  /** Writes made while the document lock was not held (should stay 0). */
  readonly writesOutsideLock: number;
  selection: { sheet: string; row: number } | null;
  state(name: string): MemorySheetState | null;
  sheetNames(): string[];
}

function copyCell(cell: Cell): Cell {
  return cell instanceof Date ? new Date(cell.getTime()) : cell;
}

function isBlankStored(cell: StoredCell | undefined): boolean {
  return !cell || (cell.formula === "" && (cell.value === "" || cell.value === null || cell.value === undefined));
}

export function memoryWorkbook(init: MemorySheetInit[] = [], options: { active?: string } = {}): MemoryWorkbook {
  const calls: Record<string, number> = {};
  const count = (method: string) => (calls[method] = (calls[method] ?? 0) + 1);
  let locked = false;
  let nextId = 0;
  const store: { name: string; id: number; grid: StoredCell[][]; state: MemorySheetState }[] = [];

  const workbook: MemoryWorkbook = {
    calls,
    writesOutsideLock: 0,
    selection: null,
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
    activeSheet() {
      count("activeSheet");
      const found = store.find((s) => s.name === active) ?? store[0] ?? add("Sheet1");
      return port(found);
    },
    insertSheet(name) {
      count("insertSheet");
      if (store.some((s) => s.name === name)) throw new Error(`A sheet named "${name}" already exists.`);
      return port(add(name));
    },
    withDocumentLock(write) {
      count("withDocumentLock");
      const was = locked;
      locked = true;
      try {
        return write();
      } finally {
        locked = was;
      }
    },
    state(name) {
      const found = store.find((s) => s.name === name);
      if (!found) return null;
      const { values, formulas } = dataRange(found.grid);
      return structuredCloneState({ ...found.state, name: found.name, values, formulas });
    },
    sheetNames: () => store.map((s) => s.name),
  };
  let active = options.active ?? init[0]?.name ?? "";

  function add(name: string) {
    const entry = { name, id: nextId++, grid: [] as StoredCell[][], state: emptyState(name) };
    store.push(entry);
    return entry;
  }

  function noteWrite() {
    if (!locked) (workbook as { writesOutsideLock: number }).writesOutsideLock++;
  }

  function port(entry: (typeof store)[number]): SheetPort {
    const setCell = (row: number, column: number, value: WrittenCell) => {
      if (row < 1 || column < 1) throw new Error(`No cell at row ${row}, column ${column}.`);
      const line = (entry.grid[row - 1] ??= []);
      line[column - 1] = { value: copyCell(value), formula: "" };
    };
    return {
      name: entry.name,
      id: entry.id,
      readValues() {
        count("readValues");
        return dataRange(entry.grid).values;
      },
      readFormulas() {
        count("readFormulas");
        return dataRange(entry.grid).formulas;
      },
      replaceContent(content: SheetContent) {
        count("replaceContent");
        noteWrite();
        entry.grid = [];
        entry.state = emptyState(entry.name);
        content.values.forEach((line, r) => line.forEach((value, c) => setCell(r + 1, c + 1, value)));
        const formats = entry.state.formats;
        const format = (r: number, c: number) => (formats[`${r + 1},${c + 1}`] ??= {});
        content.values.forEach((line, r) =>
          line.forEach((_, c) => {
            const weight = content.fontWeights?.[r]?.[c];
            if (weight === "bold") format(r, c).fontWeight = weight;
            const color = content.fontColors?.[r]?.[c];
            if (color) format(r, c).fontColor = color;
            const background = content.backgrounds?.[r]?.[c];
            if (background) format(r, c).background = background;
            if (content.wraps?.[r]?.[c]) format(r, c).wrap = true;
            const note = content.notes?.[r]?.[c];
            if (note) format(r, c).note = note;
          }),
        );
        for (const key of Object.keys(formats)) if (Object.keys(formats[key]!).length === 0) delete formats[key];
        entry.state.links = (content.links ?? []).map((l) => ({ ...l }));
        entry.state.validations = (content.validations ?? []).map((v) => ({ ...v, values: [...v.values] }));
        entry.state.frozenRows = content.frozenRows ?? 0;
        entry.state.columnWidths = [...(content.columnWidths ?? [])];
      },
      writeCells(cells: CellWrite[]) {
        for (const cell of cells) {
          count("writeCells");
          noteWrite();
          setCell(cell.row, cell.column, cell.value);
        }
      },
      writeRows(row: number, values: WrittenCell[][], validations: ListValidation[] = []) {
        count("writeRows");
        noteWrite();
        values.forEach((line, r) => line.forEach((value, c) => setCell(row + r, c + 1, value)));
        for (const v of validations) {
          count("writeRows.validation");
          entry.state.validations.push({ ...v, values: [...v.values] });
        }
      },
      selectRow(row: number) {
        count("selectRow");
        active = entry.name;
        workbook.selection = { sheet: entry.name, row };
      },
      activate() {
        count("activate");
        active = entry.name;
      },
    };
  }

  for (const sheet of init) {
    const entry = add(sheet.name);
    entry.grid = sheet.rows.map((line) =>
      line.map((cell) =>
        cell !== null && typeof cell === "object" && !(cell instanceof Date)
          ? { value: copyCell(cell.value), formula: cell.formula }
          : { value: copyCell(cell), formula: "" },
      ),
    );
  }
  return workbook;
}

function emptyState(name: string): MemorySheetState {
  return { name, values: [], formulas: [], formats: {}, links: [], validations: [], frozenRows: 0, columnWidths: [] };
}

/** Like Apps Script's getDataRange(): up to the last row and column holding anything; A1 when empty. */
function dataRange(grid: StoredCell[][]): { values: Cell[][]; formulas: string[][] } {
  let rows = 0;
  let columns = 0;
  grid.forEach((line, r) =>
    (line ?? []).forEach((cell, c) => {
      if (!isBlankStored(cell)) {
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }
    }),
  );
  rows = Math.max(rows, 1);
  columns = Math.max(columns, 1);
  const values: Cell[][] = [];
  const formulas: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const line = grid[r] ?? [];
    values.push(Array.from({ length: columns }, (_, c) => (isBlankStored(line[c]) ? "" : copyCell(line[c]!.value))));
    formulas.push(Array.from({ length: columns }, (_, c) => line[c]?.formula ?? ""));
  }
  return { values, formulas };
}

function structuredCloneState(state: MemorySheetState): MemorySheetState {
  return {
    ...state,
    values: state.values.map((line) => line.map(copyCell)),
    formulas: state.formulas.map((line) => [...line]),
    formats: Object.fromEntries(Object.entries(state.formats).map(([k, v]) => [k, { ...v }])),
    links: state.links.map((l) => ({ ...l })),
    validations: state.validations.map((v) => ({ ...v, values: [...v.values] })),
    columnWidths: [...state.columnWidths],
  };
}

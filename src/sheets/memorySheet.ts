// One sheet of the in-memory workbook: a grid of cells (value + formula) and what the add-on's writes
// set on it (formats, links, dropdowns, frozen rows, widths, developer metadata). It behaves like Sheets
// where the Audit sheet's promises depend on it: a cell over 50,000 characters is refused before
// anything is written, and column markers follow columns a person inserts, moves or deletes (the
// `edit` operations, which tests use to act as a mentor). No call counting here: memoryWorkbook.ts
// counts calls at the port.

import type { Cell } from "../rules/types";
import { CELL_LIMIT, gridWidth, MARKER_PREFIX, type CellLink, type FormulaColumn, type ListValidation, type SheetContent, type SheetMarkers, type WrittenCell } from "./workbook";


/** A cell given to the memory workbook: a plain value, or a formula with the value it shows. */
export type MemoryCell = Cell | { formula: string; value: Cell };

/** Everything a sheet holds, for tests and the preview to look at (copies; format keys are "row,column", 1-based). */
export interface MemorySheetState {
  name: string;
  values: Cell[][];
  formulas: string[][];
  formats: Record<string, { fontWeight?: string; fontColor?: string; background?: string; wrap?: boolean; note?: string }>;
  links: CellLink[];
  validations: ListValidation[];
  frozenRows: number;
  columnWidths: number[];
  /** Conditional colours (Add formula columns): rows `fromRow` on of `column` whose text is `text`. */
  conditionalFormats: { column: number; fromRow: number; text: string; background: string }[];
}

interface StoredCell {
  value: Cell;
  formula: string;
}

export function copyCell(cell: Cell): Cell {
  return cell instanceof Date ? new Date(cell.getTime()) : cell;
}

function isBlank(cell: StoredCell | undefined): boolean {
  return !cell || (cell.formula === "" && (cell.value === "" || cell.value === null || cell.value === undefined));
}

type Extras = Omit<MemorySheetState, "name" | "values" | "formulas">;
const noExtras = (): Extras => ({ formats: {}, links: [], validations: [], frozenRows: 0, columnWidths: [], conditionalFormats: [] });

export function memorySheet(rows: MemoryCell[][] = []) {
  let grid: StoredCell[][] = rows.map((line) =>
    line.map((cell) =>
      cell !== null && typeof cell === "object" && !(cell instanceof Date)
        ? { value: copyCell(cell.value), formula: cell.formula }
        : { value: copyCell(cell), formula: "" },
    ),
  );
  let extras = noExtras();
  let markers: SheetMarkers = { sheet: {}, columns: [] };

  const setCell = (row: number, column: number, value: WrittenCell) => {
    if (row < 1 || column < 1) throw new Error(`No cell at row ${row}, column ${column}.`);
    (grid[row - 1] ??= [])[column - 1] = { value: copyCell(value), formula: "" };
  };

  /** Like Apps Script's getDataRange(): up to the last row and column in use; A1 when empty. */
  function dataRange(): { values: Cell[][]; formulas: string[][] } {
    let height = 1;
    let width = 1;
    grid.forEach((line, r) =>
      (line ?? []).forEach((cell, c) => {
        if (isBlank(cell)) return;
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }),
    );
    const lines = Array.from({ length: height }, (_, r) => grid[r] ?? []);
    return {
      values: lines.map((line) => Array.from({ length: width }, (_, c) => (isBlank(line[c]) ? "" : copyCell(line[c]!.value)))),
      formulas: lines.map((line) => Array.from({ length: width }, (_, c) => line[c]?.formula ?? "")),
    };
  }

  /** Sheets' order: formats go first; the values are checked, written, and only then the rest cleared. */
  function replace(content: SheetContent): void {
    extras = noExtras();
    const long = content.values.flat().find((v) => typeof v === "string" && v.length > CELL_LIMIT);
    if (long !== undefined) throw new Error(`Your input contains more than the maximum of ${CELL_LIMIT} characters in a single cell.`);
    const height = content.values.length;
    const width = gridWidth(content.values);
    grid = grid.map((line, r) => (r < height ? (line ?? []).slice(0, width) : []));
    if (content.markers?.sheetBefore) Object.assign(markers.sheet, content.markers.sheetBefore);
    content.values.forEach((line, r) =>
      line.forEach((value, c) => {
        setCell(r + 1, c + 1, value);
        const format: MemorySheetState["formats"][string] = {};
        if (content.fontWeights?.[r]?.[c] === "bold") format.fontWeight = "bold";
        if (content.fontColors?.[r]?.[c]) format.fontColor = content.fontColors[r]![c]!;
        if (content.backgrounds?.[r]?.[c]) format.background = content.backgrounds[r]![c]!;
        if (content.wraps?.[r]?.[c]) format.wrap = true;
        if (content.notes?.[r]?.[c]) format.note = content.notes[r]![c]!;
        if (Object.keys(format).length > 0) extras.formats[`${r + 1},${c + 1}`] = format;
      }),
    );
    extras.links = (content.links ?? []).map((l) => ({ ...l }));
    extras.validations = (content.validations ?? []).map((v) => ({ ...v, values: [...v.values] }));
    extras.frozenRows = content.frozenRows ?? 0;
    extras.columnWidths = [...(content.columnWidths ?? [])];
    if (content.markers) {
      const ours = (key: string) => key.startsWith(MARKER_PREFIX);
      markers = {
        sheet: { ...Object.fromEntries(Object.entries(markers.sheet).filter(([k]) => !ours(k))), ...content.markers.sheet },
        columns: [...markers.columns.filter((m) => !ours(m.key)), ...content.markers.columns.map((m) => ({ ...m }))],
      };
    }
  }

  /** Add formula columns: bold noted headers, one formula in row 2 (its value "" until calculated), colour rules. */
  function addFormulaColumns(column: number, columns: FormulaColumn[]): void {
    columns.forEach((c, i) => {
      setCell(1, column + i, c.header);
      extras.formats[`1,${column + i}`] = { fontWeight: "bold", note: c.note };
      (grid[1] ??= [])[column + i - 1] = { value: "", formula: c.formula };
      for (const [text, background] of Object.entries(c.colours)) extras.conditionalFormats.push({ column: column + i, fromRow: 2, text, background });
    });
  }
  /** A person's edits (1-based): markers on columns follow them, as in Sheets. */
  const edit = {
    insertColumns(before: number, n = 1) {
      grid.forEach((line) => line && line.length >= before && line.splice(before - 1, 0, ...Array.from({ length: n }, () => ({ value: "", formula: "" }))));
      for (const m of markers.columns) if (m.column >= before) m.column += n;
    },
    deleteColumns(at: number, n = 1) {
      grid.forEach((line) => line?.splice(at - 1, n));
      markers.columns = markers.columns.filter((m) => m.column < at || m.column >= at + n);
      for (const m of markers.columns) if (m.column >= at + n) m.column -= n;
    },
    /** Moves column `from` so that it ends up at position `to`. */
    moveColumn(from: number, to: number) {
      const width = Math.max(from, to, ...grid.map((l) => l?.length ?? 0));
      grid = grid.map((line) => {
        const full = Array.from({ length: width }, (_, c) => line?.[c] ?? { value: "", formula: "" });
        const [moved] = full.splice(from - 1, 1);
        full.splice(to - 1, 0, moved!);
        return full;
      });
      for (const m of markers.columns) {
        if (m.column === from) m.column = to;
        else if (from < to && m.column > from && m.column <= to) m.column--;
        else if (to < from && m.column >= to && m.column < from) m.column++;
      }
    },
    insertRows(before: number, n = 1) {
      grid.splice(before - 1, 0, ...Array.from({ length: n }, () => []));
    },
    deleteRows(at: number, n = 1) {
      grid.splice(at - 1, n);
    },
    /** Sorts rows `from`..`to` by one column's values, as Data → Sort range does. */
    sortRows(from: number, to: number, column: number) {
      const rows = grid.slice(from - 1, to).map((line) => line ?? []);
      const key = (line: StoredCell[]) => line[column - 1]?.value ?? "";
      rows.sort((a, b) => String(key(a)).localeCompare(String(key(b)), "en", { numeric: true }));
      grid.splice(from - 1, rows.length, ...rows);
    },
    setMarkers(next: SheetMarkers) {
      markers = { sheet: { ...next.sheet }, columns: next.columns.map((m) => ({ ...m })) };
    },
  };

  return {
    dataRange,
    replace,
    setCell,
    addFormulaColumns,
    addValidation: (v: ListValidation) => void extras.validations.push({ ...v, values: [...v.values] }),
    edit,
    markers: (): SheetMarkers => ({ sheet: { ...markers.sheet }, columns: markers.columns.map((m) => ({ ...m })) }),
    state(name: string): MemorySheetState {
      return {
        name,
        ...dataRange(),
        formats: Object.fromEntries(Object.entries(extras.formats).map(([k, v]) => [k, { ...v }])),
        links: extras.links.map((l) => ({ ...l })),
        validations: extras.validations.map((v) => ({ ...v, values: [...v.values] })),
        frozenRows: extras.frozenRows,
        columnWidths: [...extras.columnWidths],
        conditionalFormats: extras.conditionalFormats.map((f) => ({ ...f })),
      };
    },
  };
}

export type MemorySheet = ReturnType<typeof memorySheet>;

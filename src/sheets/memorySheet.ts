// One sheet of the in-memory workbook: a grid of cells (value + formula) and what the add-on's writes
// set on it (formats, links, dropdowns, frozen rows, widths). No call counting here: memoryWorkbook.ts
// counts calls at the port.

import type { Cell } from "../rules/types";
import type { CellLink, FormulaColumn, ListValidation, SheetContent, WrittenCell } from "./workbook";

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

  function replace(content: SheetContent): void {
    grid = [];
    extras = noExtras();
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

  return {
    dataRange,
    replace,
    setCell,
    addFormulaColumns,
    addValidation: (v: ListValidation) => void extras.validations.push({ ...v, values: [...v.values] }),
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

// How a custom function's arguments lie (CONTRACT.md §1): which are single cells that repeat, which
// are ranges of one column or one row, and how long the ranges are. Bad shapes throw, naming the
// arguments, because no answer could be placed row by row.

import { notOneColumn } from "./rangeReader";

/** Apps Script hands a range over as rows of cells; a single cell comes as the bare value. */
type Grid = unknown[][];

// Looked up once: a global lookup per row is measurable in a sandboxed context (scripts/bench.mjs).
const isArray = Array.isArray;

export interface Layout {
  /** The value of each single argument (undefined where an argument is a range or was left out). */
  cells: unknown[];
  /** Each range argument as Sheets gave it, null for a single argument: the range's cells when the
   *  ranges are a row, its one-cell rows (`[[a], [b]]`) when they are a column. Not copied: a copy of
   *  every column costs as much as reading it (scripts/bench.mjs). */
  ranges: (unknown[] | null)[];
  /** Rows of the answer; -1 when every argument is a single cell. */
  length: number;
  /** True when the ranges are rows, so the answer is one row. */
  asRow: boolean;
}

export function layoutOf(fn: { name: string; params: readonly { name: string }[] }, args: ArrayLike<unknown>): Layout {
  const count = fn.params.length;
  const cells: unknown[] = new Array(count);
  const ranges: (unknown[] | null)[] = new Array(count).fill(null);
  const oneCellArrays: number[] = [];
  let length = -1;
  let asRow = false;
  let shapeOwner = "";
  for (let i = 0; i < count; i++) {
    const arg = i < args.length ? args[i] : undefined;
    const name = fn.params[i]!.name;
    if (!isArray(arg)) {
      cells[i] = arg;
      continue;
    }
    const range = shapeOf(arg as Grid, name);
    if (range.length === 1) {
      // A one-cell array (e.g. {230}) repeats against longer ranges, like a plain cell.
      cells[i] = (arg as Grid)[0]![0]; // [[x]] either way
      oneCellArrays.push(i);
      continue;
    }
    if (length === -1) {
      length = range.length;
      asRow = range.isRow;
      shapeOwner = name;
    } else if (range.length !== length) {
      throw new Error(differentLengths(fn, args));
    } else if (range.isRow !== asRow) {
      const shapes = `${shapeOwner} is a ${asRow ? "row" : "column"} but ${name} is a ${range.isRow ? "row" : "column"}`;
      throw new Error(`${fn.name}: ${shapes}; use ranges of the same shape`);
    }
    ranges[i] = range.isRow ? (arg as Grid)[0]! : (arg as Grid);
  }
  if (length === -1 && oneCellArrays.length > 0) {
    // Only one-cell arrays: still a range call, so an unreadable value is an Error cell, not a throw.
    length = 1;
    for (const i of oneCellArrays) ranges[i] = [[cells[i]]];
  }
  return { cells, ranges, length, asRow };
}

/**
 * How many cells a range has and whether it is a row; throws unless it is one column or one row.
 * Only the first row is checked here: the column reader (rangeReader.ts) checks each row as it reads
 * it, which saves a pass over every range (Sheets ranges are rectangular anyway).
 */
function shapeOf(grid: Grid, name: string): { length: number; isRow: boolean } {
  if (grid.length === 0) return { length: 0, isRow: false };
  const first = grid[0];
  if (grid.length === 1 && isArray(first)) return { length: first.length, isRow: true };
  if (!isArray(first) || first.length !== 1) throw new Error(notOneColumn(name, grid.length, first));
  return { length: grid.length, isRow: false };
}

function differentLengths(fn: { name: string; params: readonly { name: string }[] }, args: ArrayLike<unknown>): string {
  const sizes: string[] = [];
  for (let i = 0; i < fn.params.length; i++) {
    const arg = args[i];
    if (!isArray(arg)) continue;
    const size = arg.length === 1 && isArray(arg[0]) ? arg[0].length : arg.length;
    if (size !== 1) sizes.push(`${fn.params[i]!.name} has ${size}`);
  }
  return `${fn.name}: ranges must be the same length, but ${sizes.join(", ")} cells`;
}

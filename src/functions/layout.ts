// How a custom function's arguments lie (CONTRACT.md §1): which are single cells that repeat, which
// are ranges of one column or one row, and how long the ranges are. Bad shapes throw, naming the
// arguments, because no answer could be placed row by row.

/** Apps Script hands a range over as rows of cells; a single cell comes as the bare value. */
type Grid = unknown[][];

// Looked up once: a global lookup per row is measurable in a sandboxed context (scripts/bench.mjs).
const isArray = Array.isArray;

export interface Layout {
  /** The value of each single argument (undefined where an argument is a range or was left out). */
  cells: unknown[];
  /** Each range argument's cells in order, null for a single argument. */
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
    const range = flatten(arg as Grid, name);
    if (range.cells.length === 1) {
      // A one-cell array (e.g. {230}) repeats against longer ranges, like a plain cell.
      cells[i] = range.cells[0];
      oneCellArrays.push(i);
      continue;
    }
    if (length === -1) {
      length = range.cells.length;
      asRow = range.isRow;
      shapeOwner = name;
    } else if (range.cells.length !== length) {
      throw new Error(differentLengths(fn, args));
    } else if (range.isRow !== asRow) {
      const shapes = `${shapeOwner} is a ${asRow ? "row" : "column"} but ${name} is a ${range.isRow ? "row" : "column"}`;
      throw new Error(`${fn.name}: ${shapes}; use ranges of the same shape`);
    }
    ranges[i] = range.cells;
  }
  if (length === -1 && oneCellArrays.length > 0) {
    // Only one-cell arrays: still a range call, so an unreadable value is an Error cell, not a throw.
    length = 1;
    for (const i of oneCellArrays) ranges[i] = [cells[i]];
  }
  return { cells, ranges, length, asRow };
}

function flatten(grid: Grid, name: string): { cells: unknown[]; isRow: boolean } {
  if (grid.length === 0) return { cells: [], isRow: false };
  if (grid.length === 1 && isArray(grid[0])) return { cells: grid[0], isRow: true };
  const cells: unknown[] = new Array(grid.length);
  for (let row = 0; row < grid.length; row++) {
    const line = grid[row];
    if (!isArray(line) || line.length !== 1) {
      const width = isArray(line) ? line.length : 1;
      throw new Error(`${name} must be one column or one row, not ${grid.length} rows × ${width} columns`);
    }
    cells[row] = line[0];
  }
  return { cells, isRow: false };
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

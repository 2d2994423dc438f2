// The range adapter behind every custom function (CONTRACT.md §1): each argument is a single value
// or one column / one row of a range; single values repeat against the ranges; the answer has the
// ranges' shape. Knows nothing about the rules: a function is a name, its parameter names and a
// per-row `evaluate`. Pure and allocation-light, because Sheets recalculates whole columns at once.

import { isBlank } from "../rules/cells"; // "blank" means the same here as in the audit

/** A value the function cannot read: the text names the argument and the value. */
export class Unreadable {
  /** e.g. "img_pct 'lots' is not a percentage" */
  readonly problem: string;
  constructor(problem: string) {
    this.problem = problem;
  }
}

/** What a row is judged against besides its cells; injected so tests can fix the year. */
export interface RowContext {
  /** The calendar year MEETSCUTOFF counts years since graduation from. */
  currentYear: number;
}

/** The part of a custom function the adapter needs. */
export interface RowFunction<Answer> {
  name: string;
  params: readonly { name: string }[];
  /** Judges one row. `cells[i]` is the value for `params[i]`; the array is reused between rows. */
  evaluate(cells: unknown[], context: RowContext): Answer | Unreadable;
}

/** An answer of a range call: the answer, "" for a blank row, or "Error: …" for an unreadable value. */
export type CellAnswer<Answer> = Answer | "" | `Error: ${string}`;

/** Apps Script hands a range over as rows of cells; a single cell comes as the bare value. */
type Grid = unknown[][];

function isGrid(value: unknown): value is Grid {
  return Array.isArray(value);
}

/**
 * Runs `fn` over its arguments: a single value per argument gives a single answer (an unreadable
 * value throws, so Sheets shows #ERROR! with the message); any range gives one answer per row in
 * the ranges' shape. Throws when a range is not one column or one row, or ranges differ in length.
 */
export function runOverRanges<Answer>(
  fn: RowFunction<Answer>,
  args: ArrayLike<unknown>,
  context: RowContext,
): Answer | CellAnswer<Answer>[][] {
  const count = fn.params.length;
  const cells: unknown[] = new Array(count);
  // Each argument either repeats (single) or is read from its flattened range.
  const ranges: (unknown[] | null)[] = new Array(count).fill(null);
  const rangeIndexes: number[] = [];
  const oneCellArrays: number[] = [];
  let length = -1;
  let asRow = false;
  let shapeOwner = "";
  for (let i = 0; i < count; i++) {
    const arg = i < args.length ? args[i] : undefined;
    const name = fn.params[i]!.name;
    const range = isGrid(arg) ? flatten(arg, name) : null;
    cells[i] = range === null ? arg : range.cells[0];
    if (range === null) continue;
    if (range.cells.length === 1) {
      // A one-cell array (e.g. {230}) repeats against longer ranges, like a plain cell.
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
    rangeIndexes.push(i);
  }

  if (length === -1 && oneCellArrays.length === 0) {
    const answer = fn.evaluate(cells, context);
    if (answer instanceof Unreadable) throw new Error(answer.problem);
    return answer;
  }
  if (length === -1) {
    // Only one-cell arrays: still a range call, so an unreadable value is an Error cell, not a throw.
    length = 1;
    for (const i of oneCellArrays) {
      ranges[i] = [cells[i]];
      rangeIndexes.push(i);
    }
  }

  const answers: CellAnswer<Answer>[] = new Array(length);
  for (let row = 0; row < length; row++) {
    let allBlank = true;
    for (let k = 0; k < rangeIndexes.length; k++) {
      const i = rangeIndexes[k]!;
      const cell = ranges[i]![row];
      cells[i] = cell;
      if (allBlank && !isBlank(cell)) allBlank = false;
    }
    answers[row] = allBlank ? "" : answerOf(fn, cells, context);
  }
  return shape(answers, asRow);
}

function answerOf<Answer>(fn: RowFunction<Answer>, cells: unknown[], context: RowContext): CellAnswer<Answer> {
  let answer: Answer | Unreadable;
  try {
    answer = fn.evaluate(cells, context);
  } catch (error) {
    // A bug on one odd row must not blank the whole column; the text says it is ours, not the user's.
    return `Error: ${fn.name} failed on this row (${error instanceof Error ? error.message : String(error)})`;
  }
  return answer instanceof Unreadable ? `Error: ${answer.problem}` : answer;
}

function flatten(grid: Grid, name: string): { cells: unknown[]; isRow: boolean } {
  if (grid.length === 0) return { cells: [], isRow: false };
  if (grid.length === 1 && Array.isArray(grid[0])) return { cells: grid[0], isRow: true };
  const cells: unknown[] = new Array(grid.length);
  for (let row = 0; row < grid.length; row++) {
    const line = grid[row];
    if (!Array.isArray(line) || line.length !== 1) {
      const width = Array.isArray(line) ? line.length : 1;
      throw new Error(`${name} must be one column or one row, not ${grid.length} rows × ${width} columns`);
    }
    cells[row] = line[0];
  }
  return { cells, isRow: false };
}

function shape<T>(answers: T[], asRow: boolean): T[][] {
  if (asRow) return [answers];
  const column: T[][] = new Array(answers.length);
  for (let row = 0; row < answers.length; row++) column[row] = [answers[row]!];
  return column;
}

function differentLengths(fn: RowFunction<unknown>, args: ArrayLike<unknown>): string {
  const sizes: string[] = [];
  for (let i = 0; i < fn.params.length; i++) {
    const arg = args[i];
    if (!isGrid(arg)) continue;
    const size = arg.length === 1 && Array.isArray(arg[0]) ? arg[0].length : arg.length;
    if (size !== 1) sizes.push(`${fn.params[i]!.name} has ${size}`);
  }
  return `${fn.name}: ranges must be the same length, but ${sizes.join(", ")} cells`;
}

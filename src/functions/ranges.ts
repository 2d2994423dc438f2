// The range adapter behind every custom function (CONTRACT.md §1): each argument is a single value
// or one column / one row of a range; single values repeat against the ranges; the answer has the
// ranges' shape. Knows nothing about the rules: a function is a name, a reader per parameter and a
// `judge` of one row's read values. Sheets recalculates whole columns at once, so the row loop is
// kept lean: each single cell is read once per call, a number cell goes straight through its
// parameter's number fast path (no Reading object), and each distinct text of a column is read once
// (columns repeat "N/A", "45%", "Community"…).

import { isBlank, problem, type Reading } from "../rules/cells"; // "blank" means what it means in the audit
import { layoutOf } from "./layout";

/** What a row is judged against besides its cells; injected so tests can fix the year. */
export interface RowContext {
  /** The calendar year MEETSCUTOFF counts years since graduation from. */
  currentYear: number;
}

export interface Param {
  name: string;
  /** Reads one cell; never throws for what a user types (the engine's readers, src/rules/cells.ts). */
  read(cell: unknown): Reading<unknown>;
  /** Optional: what `read` gives for a number cell, or undefined where `read` refuses it (then
   *  `read` is asked for the reason). A speed-up only: it must agree with `read`. */
  readNumber?(n: number): unknown;
}

/** The part of a custom function the adapter needs. */
export interface RowFunction<Answer> {
  name: string;
  params: readonly Param[];
  /** Judges one row: `values[i]` is what `params[i].read` gave; the array is reused between rows. */
  judge(values: unknown[], context: RowContext): Answer;
}

/** An answer of a range call: the answer, "" for a blank row, or "Error: …" for an unreadable value. */
export type CellAnswer<Answer> = Answer | "" | `Error: ${string}`;

/** A reading, or the message of a reader that threw: a bug of ours, never the user's value. */
type Read = Reading<unknown> | { ok: false; reason: string; bug: string };

/**
 * Runs `fn` over its arguments. Single values only: one answer, and an unreadable value throws (Sheets
 * shows #ERROR! and the message). Any range: one answer per row, in the ranges' shape. Throws when a
 * range is not one column or one row, or ranges differ in length, naming the arguments.
 */
export function runOverRanges<Answer>(
  fn: RowFunction<Answer>,
  args: ArrayLike<unknown>,
  context: RowContext,
): Answer | CellAnswer<Answer>[][] {
  const { cells, ranges, length, asRow } = layoutOf(fn, args);
  const { params } = fn;
  const values: unknown[] = new Array(params.length);
  if (length === -1) {
    for (let i = 0; i < params.length; i++) {
      const read = params[i]!.read(cells[i]);
      if (!read.ok) throw new Error(problem(params[i]!.name, cells[i], read.reason));
      values[i] = read.value;
    }
    return fn.judge(values, context);
  }

  // Singles are read once; their values stay in `values` for every row, and only range cells are
  // written per row. An unreadable single makes every non-blank row an Error, unless a range cell
  // before it in the argument list is unreadable first, so only those ranges need reading.
  let badSingle: Read | null = null;
  let badSingleIndex = params.length;
  for (let i = 0; i < params.length; i++) {
    if (ranges[i] !== null) continue;
    const read = readCell(params[i]!, cells[i], null);
    if (read.ok) values[i] = read.value;
    else if (badSingle === null) {
      badSingle = read;
      badSingleIndex = i;
    }
  }
  const readers: RangeReader[] = [];
  for (let i = 0; i < badSingleIndex; i++) if (ranges[i] !== null) readers.push(new RangeReader(fn, i, ranges[i]!));
  const allRanges = ranges.filter((range) => range !== null);

  const answers: CellAnswer<Answer>[] = new Array(length);
  const column: CellAnswer<Answer>[][] = asRow ? [] : new Array(length);
  for (let row = 0; row < length; row++) {
    let answer: CellAnswer<Answer> | null = isBlankRow(allRanges, asRow, row) ? "" : null;
    for (let k = 0; k < readers.length && answer === null; k++) answer = readers[k]!.readInto(values, row, asRow);
    if (answer === null && badSingle !== null) answer = errorOf(fn, params[badSingleIndex]!, cells[badSingleIndex], badSingle);
    answer ??= judgeRow(fn, values, context);
    if (asRow) answers[row] = answer;
    else column[row] = [answer];
  }
  return asRow ? [answers] : column;
}

/** A blank row gets a blank answer: every range cell blank (single cells do not count). */
function isBlankRow(ranges: unknown[][], asRow: boolean, row: number): boolean {
  for (let k = 0; k < ranges.length; k++) if (!isBlank(asRow ? ranges[k]![row] : (ranges[k]![row] as unknown[])[0])) return false;
  return true;
}

/**
 * Reads the cells of one range argument into `values[index]`, the cheapest way each: a number
 * through the parameter's number fast path, an empty cell (most of a sheet) from one saved
 * reading, any other plain value from what its first reading gave.
 */
class RangeReader {
  private readonly fn: RowFunction<unknown>;
  private readonly param: Param;
  private readonly index: number;
  /** The range as the layout gives it: the cells of a row, or the one-cell rows of a column. */
  private readonly range: unknown[];
  private readonly readNumber: ((n: number) => unknown) | null;
  private readonly memo = new Map<unknown, Read>();
  private empty: Read | null = null;

  constructor(fn: RowFunction<unknown>, index: number, range: unknown[]) {
    this.fn = fn;
    this.param = fn.params[index]!;
    this.index = index;
    this.range = range;
    this.readNumber = this.param.readNumber ?? null;
  }

  /** Puts the row's value in `values` and gives null, or gives the row's Error text. */
  readInto(values: unknown[], row: number, asRow: boolean): `Error: ${string}` | null {
    const cell = asRow ? this.range[row] : (this.range[row] as unknown[])[0];
    if (typeof cell === "number" && this.readNumber !== null) {
      let value: unknown;
      try {
        value = this.readNumber(cell);
      } catch (error) {
        return failedRow(this.fn, messageOf(error));
      }
      if (value !== undefined) {
        values[this.index] = value;
        return null;
      }
    }
    const read = cell === "" ? (this.empty ??= readCell(this.param, cell, null)) : readCell(this.param, cell, this.memo);
    if (!read.ok) return errorOf(this.fn, this.param, cell, read);
    values[this.index] = read.value;
    return null;
  }
}

/** The Error text of an unreadable value, or of a reader that threw. */
function errorOf(fn: RowFunction<unknown>, param: Param, cell: unknown, read: Read & { ok: false }): `Error: ${string}` {
  if ("bug" in read) return failedRow(fn, read.bug);
  return `Error: ${problem(param.name, cell, read.reason)}`;
}

/** Reads a cell, remembering what each plain value gave (a Date is read afresh: it is an object). */
function readCell(param: Param, cell: unknown, memo: Map<unknown, Read> | null): Read {
  const remembered = memo !== null && (cell === null || typeof cell !== "object");
  if (remembered) {
    const known = memo.get(cell);
    if (known !== undefined) return known;
  }
  let read: Read;
  try {
    read = param.read(cell);
  } catch (error) {
    read = { ok: false, reason: "", bug: messageOf(error) };
  }
  if (remembered) memo.set(cell, read);
  return read;
}

function judgeRow<Answer>(fn: RowFunction<Answer>, values: unknown[], context: RowContext): CellAnswer<Answer> {
  try {
    return fn.judge(values, context);
  } catch (error) {
    return failedRow(fn, messageOf(error));
  }
}

/** A bug on one odd row must not blank the whole column; the text says it is ours, not the user's. */
function failedRow(fn: RowFunction<unknown>, message: string): `Error: ${string}` {
  return `Error: ${fn.name} failed on this row (${message})`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The range adapter behind every custom function (CONTRACT.md §1): each argument is a single value
// or one column / one row of a range; single values repeat against the ranges; the answer has the
// ranges' shape. Knows nothing about the rules: a function is a name, a reader per parameter and a
// `judge` of one row's read values. Sheets recalculates whole columns at once, so the row loop is
// kept lean: each single cell is read once per call, a number cell goes straight through its
// parameter's number fast path (no Reading object), and each distinct text of a column is read once
// (columns repeat "N/A", "45%", "Community"…).

import { problem, type Reading } from "../rules/cells";
import { layoutOf } from "./layout";
import { errorOf, failedRow, messageOf, NOT_BLANK, RangeReader, readCell, UNREADABLE, type Read } from "./rangeReader";

/** What a row is judged against besides its cells; injected so tests can fix the year. */
export interface RowContext {
  /** The next Match (RULES.md §1): MEETSCUTOFF counts years since graduation to it when match_year is blank. */
  nextMatchYear: number;
}

export interface Param {
  name: string;
  /** Reads one cell; never throws for what a user types (the engine's readers, src/rules/cells.ts). */
  read(cell: unknown): Reading<unknown>;
  /** Optional: what `read` gives for a number cell, or undefined where `read` refuses it (then
   *  `read` is asked for the reason). A speed-up only: it must agree with `read`. */
  readNumber?(n: number): unknown;
  /** Optional: the parameter to read a range with, when the range's other cells decide how one reads
   *  (IMG % "1", RULES.md §3); null keeps this one. A single cell is read by this parameter. */
  inRange?(cellAt: (i: number) => unknown, length: number): Param | null;
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
  // written per row, each read once, in one pass that also finds blank rows. An unreadable single
  // makes every non-blank row an Error, unless a range cell before it in the argument list is
  // unreadable first.
  let badSingle: Read | null = null;
  let badSingleIndex = params.length;
  for (let i = 0; i < params.length; i++) {
    if (ranges[i] !== null) continue;
    const read = readCell(params[i]!, cells[i]);
    if (read.ok) values[i] = read.value;
    else if (badSingle === null) {
      badSingle = read;
      badSingleIndex = i;
    }
  }
  const readers: RangeReader[] = [];
  for (let i = 0; i < params.length; i++) if (ranges[i] !== null) readers.push(new RangeReader(fn, i, ranges[i]!, asRow));

  const answers: CellAnswer<Answer>[] = new Array(length);
  const column: CellAnswer<Answer>[][] = asRow ? [] : new Array(length);
  for (let row = 0; row < length; row++) {
    let notBlank = false;
    let unreadable: RangeReader | null = null; // the first range argument whose cell did not read
    for (let k = 0; k < readers.length; k++) {
      const found = readers[k]!.readInto(values, row);
      if (found & NOT_BLANK) notBlank = true;
      if (found & UNREADABLE && unreadable === null) unreadable = readers[k]!;
    }
    let answer: CellAnswer<Answer>;
    if (!notBlank) answer = "";
    else if (unreadable !== null && unreadable.index < badSingleIndex) answer = unreadable.error();
    else if (badSingle !== null) answer = errorOf(fn, params[badSingleIndex]!, cells[badSingleIndex], badSingle);
    else answer = judgeRow(fn, values, context);
    if (asRow) answers[row] = answer;
    else column[row] = [answer];
  }
  return asRow ? [answers] : column;
}

function judgeRow<Answer>(fn: RowFunction<Answer>, values: unknown[], context: RowContext): CellAnswer<Answer> {
  try {
    return fn.judge(values, context);
  } catch (error) {
    return failedRow(fn, messageOf(error));
  }
}

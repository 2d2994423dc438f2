// The range adapter behind every custom function (CONTRACT.md §1): each argument is a single value
// or one column / one row of a range; single values repeat against the ranges; the answer has the
// ranges' shape. Knows nothing about the rules: a function is a name, a reader per parameter and a
// `judge` of one row's read values. Sheets recalculates whole columns at once, so each single cell
// is read once per call and each distinct value of a column once (columns repeat "N/A", "45%"…).

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

  const singles: (Read | null)[] = new Array(params.length);
  const memos: (Map<unknown, Read> | null)[] = new Array(params.length);
  const rangeIndexes: number[] = [];
  for (let i = 0; i < params.length; i++) {
    const isRange = ranges[i] !== null;
    singles[i] = isRange ? null : readCell(params[i]!, cells[i], null);
    memos[i] = isRange ? new Map() : null;
    if (isRange) rangeIndexes.push(i);
  }

  const answers: CellAnswer<Answer>[] = new Array(length);
  const column: CellAnswer<Answer>[][] = asRow ? [] : new Array(length);
  for (let row = 0; row < length; row++) {
    let allBlank = true;
    for (let k = 0; k < rangeIndexes.length && allBlank; k++) allBlank = isBlank(ranges[rangeIndexes[k]!]![row]);
    let answer: CellAnswer<Answer> | null = allBlank ? "" : null;
    for (let i = 0; i < params.length && answer === null; i++) {
      const range = ranges[i] as unknown[] | null;
      const read = range === null ? singles[i]! : readCell(params[i]!, range[row], memos[i]!);
      if (read.ok) values[i] = read.value;
      else if ("bug" in read) answer = failedRow(fn, read.bug);
      else answer = `Error: ${problem(params[i]!.name, range === null ? cells[i] : range[row], read.reason)}`;
    }
    answer ??= judgeRow(fn, values, context);
    if (asRow) answers[row] = answer;
    else column[row] = [answer];
  }
  return asRow ? [answers] : column;
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

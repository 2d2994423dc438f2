// How the range adapter (ranges.ts) reads the cells of one range argument, row by row, as cheaply
// as each kind of cell allows, and how an unreadable value or a bug becomes that row's Error text.

import { isBlank, problem, type Reading } from "../rules/cells";
import type { Param, RowFunction } from "./ranges";

/** A reading, or the message of a reader that threw: a bug of ours, never the user's value. */
export type Read = Reading<unknown> | { ok: false; reason: string; bug: string };

// Looked up once: a global lookup per cell is measurable in a sandboxed context (scripts/bench.mjs).
const isArray = Array.isArray;

/** What `RangeReader.readInto` found: flags, so one number says both. */
export const NOT_BLANK = 1;
export const UNREADABLE = 2;

/**
 * Reads the cells of one range argument into `values[index]`, the cheapest way each: a number
 * through the parameter's number fast path, an empty cell (most of a sheet) from one saved
 * reading, any other plain value from what its first reading gave. Allocates nothing per row:
 * Apps Script runs each custom-function call in a fresh context, and there a design that kept a
 * column of values per argument was faster once warmed but slower on the first call.
 */
export class RangeReader {
  readonly index: number;
  private readonly fn: RowFunction<unknown>;
  private readonly param: Param;
  /** The range as the layout gives it: the cells of a row, or the one-cell rows of a column. */
  private readonly range: unknown[];
  private readonly asRow: boolean;
  private readonly readNumber: ((n: number) => unknown) | null;
  /** What each distinct plain value read as, and whether it is blank (a Date is read afresh). */
  private readonly memo = new Map<unknown, { read: Read; blank: boolean }>();
  private empty: Read | null = null;
  /** The cell and reading of the last cell that did not read. */
  private failedCell: unknown = undefined;
  private failedRead: (Read & { ok: false }) | null = null;

  constructor(fn: RowFunction<unknown>, index: number, range: unknown[], asRow: boolean) {
    this.fn = fn;
    this.index = index;
    this.range = range;
    this.asRow = asRow;
    const param = fn.params[index]!;
    this.param = (param.inRange && param.inRange(asRow ? (i) => range[i] : (i) => cellOfLine(range[i]), range.length)) || param;
    this.readNumber = this.param.readNumber ?? null;
  }

  /**
   * Puts the row's value in `values[index]`; gives NOT_BLANK when the cell is not blank, plus
   * UNREADABLE when it did not read (then `error()` says why). Throws when a row of a column is not
   * one cell (layout.ts checked only the first).
   */
  readInto(values: unknown[], row: number): number {
    let cell: unknown;
    if (this.asRow) cell = this.range[row];
    else {
      const line = this.range[row];
      if (!isArray(line) || line.length !== 1) throw new Error(notOneColumn(this.param.name, this.range.length, line));
      cell = line[0];
    }
    if (typeof cell === "number" && this.readNumber !== null) {
      try {
        const value = this.readNumber(cell);
        if (value !== undefined) {
          values[this.index] = value;
          return NOT_BLANK;
        }
      } catch (error) {
        return this.fail(cell, { ok: false, reason: "", bug: messageOf(error) }, NOT_BLANK);
      }
      // Refused: read below like any other value, so the reader says why, once per distinct number.
    }
    let read: Read;
    let found = NOT_BLANK;
    if (cell === "") {
      read = this.empty ??= readCell(this.param, cell);
      found = 0;
    } else {
      const plain = cell === null || typeof cell !== "object";
      let known = plain ? this.memo.get(cell) : undefined;
      if (known === undefined) {
        known = { read: readCell(this.param, cell), blank: isBlank(cell) };
        if (plain) this.memo.set(cell, known);
      }
      if (known.blank) found = 0;
      read = known.read;
    }
    if (read.ok) {
      values[this.index] = read.value;
      return found;
    }
    return this.fail(cell, read, found);
  }

  private fail(cell: unknown, read: Read & { ok: false }, found: number): number {
    this.failedCell = cell;
    this.failedRead = read;
    return found | UNREADABLE;
  }

  /** The Error text of the last cell that did not read. */
  error(): `Error: ${string}` {
    return errorOf(this.fn, this.param, this.failedCell, this.failedRead!);
  }
}

/** The cell of a one-cell row of a column, or undefined for a row that is not one cell (readInto names it). */
function cellOfLine(line: unknown): unknown {
  return isArray(line) && line.length === 1 ? line[0] : undefined;
}

/** The message for a range of `rows` rows where `line` is a row that is not one cell. */
export function notOneColumn(name: string, rows: number, line: unknown): string {
  return `${name} must be one column or one row, not ${rows} rows × ${isArray(line) ? line.length : 1} columns`;
}

/** The Error text of an unreadable value, or of a reader that threw. */
export function errorOf(fn: RowFunction<unknown>, param: Param, cell: unknown, read: Read & { ok: false }): `Error: ${string}` {
  if ("bug" in read) return failedRow(fn, read.bug);
  return `Error: ${problem(param.name, cell, read.reason)}`;
}

/** Reads a cell; a reader that throws is a bug of ours, kept apart from the user's unreadable values. */
export function readCell(param: Param, cell: unknown): Read {
  try {
    return param.read(cell);
  } catch (error) {
    return { ok: false, reason: "", bug: messageOf(error) };
  }
}

/** A bug on one odd row must not blank the whole column; the text says it is ours, not the user's. */
export function failedRow(fn: RowFunction<unknown>, message: string): `Error: ${string}` {
  return `Error: ${fn.name} failed on this row (${message})`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

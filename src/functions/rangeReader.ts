// How the range adapter (ranges.ts) reads the cells of one range argument, row by row, as cheaply
// as each kind of cell allows, and how an unreadable value or a bug becomes that row's Error text.

import { problem, type Reading } from "../rules/cells";
import type { Param, RowFunction } from "./ranges";

/** A reading, or the message of a reader that threw: a bug of ours, never the user's value. */
export type Read = Reading<unknown> | { ok: false; reason: string; bug: string };

/**
 * Reads the cells of one range argument into `values[index]`, the cheapest way each: a number
 * through the parameter's number fast path, an empty cell (most of a sheet) from one saved
 * reading, any other plain value from what its first reading gave.
 */
export class RangeReader {
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
export function errorOf(fn: RowFunction<unknown>, param: Param, cell: unknown, read: Read & { ok: false }): `Error: ${string}` {
  if ("bug" in read) return failedRow(fn, read.bug);
  return `Error: ${problem(param.name, cell, read.reason)}`;
}

/** Reads a cell, remembering what each plain value gave (a Date is read afresh: it is an object). */
export function readCell(param: Param, cell: unknown, memo: Map<unknown, Read> | null): Read {
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

/** A bug on one odd row must not blank the whole column; the text says it is ours, not the user's. */
export function failedRow(fn: RowFunction<unknown>, message: string): `Error: ${string}` {
  return `Error: ${fn.name} failed on this row (${message})`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

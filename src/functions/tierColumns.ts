// TIER's own row loop, for the way it is nearly always called: the score as one cell and the
// program's columns as ranges, =TIER(Profile!B2, J2:J300, F2:F300, H2:H300, E2:E300).
// The generic adapter (ranges.ts) reaches each parameter's number reader through a function value,
// and on a column of numbers that indirect call costs more than the reading itself (scripts/bench.mjs);
// here each column calls its own number reader directly. An unreadable cell gets the generic
// adapter's Error text in its row. Any other layout (ranges in a row, a range of scores, a row that
// is not one cell) returns null, and so does a bug: the generic adapter then does the whole call.
// An IMG % of 1 is decided by its whole column (RULES.md §3), once, at the first 1.
// test/functions/tierColumns.test.ts checks that both give the same answers.

import { isBlank, percentOfNumber, scoreOfNumber } from "../rules/cells";
import { isOne, onesMeanWhole } from "../rules/imgPctColumn";
import { tierFromValues } from "../rules/tier";
import type { ProgramType, Tier } from "../rules/types";
import { errorOf, readCell } from "./rangeReader";
import { TIER_FUNCTION } from "./rowFunctions";

// Looked up once: a global lookup per row is measurable in a sandboxed context (scripts/bench.mjs).
const isArray = Array.isArray;

/** What a memo holds for a blank cell (every blank reads as null). */
const BLANK = {};

/** What a memo holds for a cell that does not read: its row's Error text. */
class Unreadable {
  constructor(readonly error: `Error: ${string}`) {}
}

/**
 * What a cell of TIER's argument `index` reads as, once per distinct plain value: the value, BLANK or
 * an Unreadable. Numbers reach it only when their fast path refuses them, to get the reason.
 */
function memoRead(memo: Map<unknown, unknown>, index: number, cell: unknown): unknown {
  let value = memo.get(cell);
  if (value === undefined) {
    const param = TIER_FUNCTION.params[index]!;
    const reading = readCell(param, cell);
    value = !reading.ok ? new Unreadable(errorOf(TIER_FUNCTION, param, cell, reading)) : isBlank(cell) ? BLANK : reading.value;
    if (cell === null || typeof cell !== "object") memo.set(cell, value); // a Date is read afresh
  }
  return value;
}

/** What an IMG % of 1 means in this column: 100 in a column of fractions, else 1 (RULES.md §3). */
function oneMeans(column: unknown[]): number {
  return onesMeanWhole((i) => {
    const line = column[i];
    return isArray(line) && line.length === 1 ? line[0] : undefined;
  }, column.length)
    ? 100
    : 1;
}

/** The cell of a one-cell row of a column; throws for any other row, so the generic adapter names it. */
function cellOf(column: unknown[][], row: number): unknown {
  const line = column[row];
  if (isArray(line) && line.length === 1) return line[0];
  throw new Error("not one column");
}

/** TIER's answers when the layout is the usual one; null otherwise, and null on a bug of ours. */
export function tierColumns(score: unknown, avg: unknown, img: unknown, min: unknown, type: unknown): (Tier | "" | `Error: ${string}`)[][] | null {
  try {
    return tierRows(score, avg, img, min, type);
  } catch {
    return null;
  }
}

function tierRows(score: unknown, avg: unknown, img: unknown, min: unknown, type: unknown): (Tier | "" | `Error: ${string}`)[][] | null {
  const applicant = typeof score === "number" ? scoreOfNumber(score) : undefined;
  if (applicant === undefined || !isArray(avg)) return null;
  const rows = avg.length;
  if (rows < 2 || !isArray(img) || img.length !== rows) return null;
  // Optional columns may be left out or blank; any other single value goes to the generic adapter.
  const hasMin = min !== undefined && min !== "";
  const hasType = type !== undefined && type !== "";
  if ((hasMin && !(isArray(min) && min.length === rows)) || (hasType && !(isArray(type) && type.length === rows))) return null;
  const avgMemo = new Map<unknown, unknown>();
  const imgMemo = new Map<unknown, unknown>();
  const minMemo = new Map<unknown, unknown>();
  const typeMemo = new Map<unknown, unknown>();
  const answers: (Tier | "" | `Error: ${string}`)[][] = new Array(rows);
  let imgOne: number | undefined; // what an IMG % of 1 means in this column, decided at the first one
  // The four columns are read by four written-out blocks, not one helper: with a helper taking the
  // column's number reader as an argument, the call was about 1.3x slower (the cost this file removes).
  // The first unreadable cell in argument order names the row's Error, as in the generic adapter.
  for (let row = 0; row < rows; row++) {
    let a = cellOf(avg, row);
    let b = cellOf(img, row);
    let c = hasMin ? cellOf(min as unknown[][], row) : "";
    let d = hasType ? cellOf(type as unknown[][], row) : "";
    let found = false;
    let error: Unreadable | null = null;
    let n: number | undefined;
    if (typeof a === "number" && scoreOfNumber(a) !== undefined) found = true;
    else if (a === "") a = null;
    else {
      a = memoRead(avgMemo, 1, a);
      if (a === BLANK) a = null;
      else {
        found = true;
        if (a instanceof Unreadable) error = a;
      }
    }
    if (typeof b === "number" && (n = percentOfNumber(b)) !== undefined) {
      if (b === 1) n = imgOne ??= oneMeans(img);
      b = n;
      found = true;
    } else if (b === "") b = null;
    else {
      const typed = b;
      b = memoRead(imgMemo, 2, b);
      if (b === 1 && isOne(typed)) b = imgOne ??= oneMeans(img);
      if (b === BLANK) b = null;
      else {
        found = true;
        if (b instanceof Unreadable) error ??= b;
      }
    }
    if (typeof c === "number" && scoreOfNumber(c) !== undefined) found = true;
    else if (c === "") c = null;
    else {
      c = memoRead(minMemo, 3, c);
      if (c === BLANK) c = null;
      else {
        found = true;
        if (c instanceof Unreadable) error ??= c;
      }
    }
    if (d === "") d = null;
    else {
      d = memoRead(typeMemo, 4, d);
      if (d === BLANK) d = null;
      else {
        found = true;
        if (d instanceof Unreadable) error ??= d;
      }
    }
    answers[row] = [
      error !== null
        ? error.error
        : found
          ? tierFromValues(applicant, a as number | null, b as number | null, c as number | null, d as ProgramType | null)
          : "",
    ];
  }
  return answers;
}

// TIER's own row loop, for the way it is nearly always called: the score as one cell and the
// program's columns as ranges, =TIER(Profile!B2, J2:J300, F2:F300, H2:H300, E2:E300).
// The generic adapter (ranges.ts) reaches each parameter's reader through a function value, and on a
// column of numbers that indirection costs more than the reading itself (scripts/bench.mjs); here
// each column calls its own reader directly. It answers only when every cell reads: on anything else
// (an unreadable cell, a row of ranges, a range of scores) it returns null and the generic adapter
// does the whole call, with its Error texts. test/functions/tierColumns.test.ts checks that both give
// the same answers.

import { isBlank, percentOfNumber, readPercent, readProgramType, readScore, scoreOfNumber, type Reading } from "../rules/cells";
import { tierFromValues } from "../rules/tier";
import type { ProgramType, Tier } from "../rules/types";
import { readMinimumScore } from "./rowFunctions";

// Looked up once: a global lookup per row is measurable in a sandboxed context (scripts/bench.mjs).
const isArray = Array.isArray;

/** What a memo holds for a blank text and for a value that does not read (every blank reads as null). */
const BLANK = {};
const UNREADABLE = {};
/** Stands for a row that is not one cell: an object, which no TIER reader reads. */
const NOT_ONE_CELL = {};

/** A column's reading of each distinct value that is not a number: the value, BLANK or UNREADABLE. */
function memoRead(memo: Map<unknown, unknown>, read: (cell: unknown) => Reading<unknown>, cell: unknown): unknown {
  let value = memo.get(cell);
  if (value === undefined) {
    const reading = read(cell);
    value = !reading.ok ? UNREADABLE : isBlank(cell) ? BLANK : reading.value;
    // A Date is not a plain value to remember; no TIER reader reads one anyway.
    if (cell === null || typeof cell !== "object") memo.set(cell, value);
  }
  return value;
}

/** The cell of a one-cell row of a column. */
function cellOf(column: unknown[][], row: number): unknown {
  const line = column[row];
  return isArray(line) && line.length === 1 ? line[0] : NOT_ONE_CELL;
}

/** TIER's answers when every cell reads and the layout is the usual one; null otherwise, and null
 *  when a reader throws (a bug of ours), so the generic adapter confines it to its row. */
export function tierColumns(score: unknown, avg: unknown, img: unknown, min: unknown, type: unknown): (Tier | "")[][] | null {
  try {
    return tierRows(score, avg, img, min, type);
  } catch {
    return null;
  }
}

function tierRows(score: unknown, avg: unknown, img: unknown, min: unknown, type: unknown): (Tier | "")[][] | null {
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
  const answers: (Tier | "")[][] = new Array(rows);
  // The four columns are read by four written-out blocks, not one helper: with a helper taking the
  // column's number reader as an argument, the call was about 1.3x slower (the cost this file removes).
  for (let row = 0; row < rows; row++) {
    let a = cellOf(avg, row);
    let b = cellOf(img, row);
    let c = hasMin ? cellOf(min as unknown[][], row) : "";
    let d = hasType ? cellOf(type as unknown[][], row) : "";
    let found = false;
    if (typeof a === "number") {
      a = scoreOfNumber(a);
      if (a === undefined) return null;
      found = true;
    } else if (a === "") a = null;
    else {
      a = memoRead(avgMemo, readScore, a);
      if (a === UNREADABLE) return null;
      if (a === BLANK) a = null;
      else found = true;
    }
    if (typeof b === "number") {
      b = percentOfNumber(b);
      if (b === undefined) return null;
      found = true;
    } else if (b === "") b = null;
    else {
      b = memoRead(imgMemo, readPercent, b);
      if (b === UNREADABLE) return null;
      if (b === BLANK) b = null;
      else found = true;
    }
    if (typeof c === "number") {
      c = scoreOfNumber(c);
      if (c === undefined) return null;
      found = true;
    } else if (c === "") c = null;
    else {
      c = memoRead(minMemo, readMinimumScore, c);
      if (c === UNREADABLE) return null;
      if (c === BLANK) c = null;
      else found = true;
    }
    if (d === "") d = null;
    else {
      d = memoRead(typeMemo, readProgramType, d);
      if (d === UNREADABLE) return null;
      if (d === BLANK) d = null;
      else found = true;
    }
    answers[row] = [found ? tierFromValues(applicant, a as number | null, b as number | null, c as number | null, d as ProgramType | null) : ""];
  }
  return answers;
}

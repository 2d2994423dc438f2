// The range adapter on its own, with a fake per-row function, so every shape rule of CONTRACT.md §1
// is checked apart from the rules engine.
import { describe, expect, it } from "vitest";
import type { Reading } from "../../src/rules/cells";
import { runOverRanges, type RowFunction } from "../../src/functions/ranges";

/** Reads any cell as itself, except "bad" (unreadable) and "boom" (a bug: the reader throws). */
function readAnything(cell: unknown): Reading<unknown> {
  if (cell === "bad") return { ok: false, reason: "is not readable" };
  if (cell === "boom") throw new Error("a bug");
  return { ok: true, value: cell };
}
const reads: unknown[] = [];
/** Joins its two read values; "crash" in `b` is a bug of the judge. */
const JOIN: RowFunction<string> = {
  name: "JOIN",
  params: [
    { name: "a", read: (cell) => (reads.push(cell), readAnything(cell)) },
    { name: "b", read: readAnything },
  ],
  judge(values) {
    if (values[1] === "crash") throw new Error("judge bug");
    return `${String(values[0])}|${String(values[1])}`;
  },
};
const context = { nextMatchYear: 2025 };
const join = (...args: unknown[]) => runOverRanges(JOIN, args, context);

describe("single cells", () => {
  it("gives a single answer", () => {
    expect(join(1, 2)).toBe("1|2");
  });
  it("passes a missing optional argument as undefined", () => {
    expect(join(1)).toBe("1|undefined");
  });
  it("throws the unreadable value's message, which Sheets shows as 'Error: …'", () => {
    let thrown: unknown;
    try {
      join("bad", 2);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe("a 'bad' is not readable");
    expect(String(thrown)).toBe("Error: a 'bad' is not readable");
  });
  it("judges a blank single call by the rules instead of giving ''", () => {
    expect(join("", "")).toBe("|");
  });
});

describe("ranges", () => {
  it("answers a column with a column, repeating single cells", () => {
    expect(join([[1], [2], [3]], "x")).toEqual([["1|x"], ["2|x"], ["3|x"]]);
    expect(join("x", [[1], [2]])).toEqual([["x|1"], ["x|2"]]);
  });
  it("answers a row with a row", () => {
    expect(join([[1, 2, 3]], [["a", "b", "c"]])).toEqual([["1|a", "2|b", "3|c"]]);
  });
  it("pairs ranges row by row", () => {
    expect(join([[1], [2]], [["a"], ["b"]])).toEqual([["1|a"], ["2|b"]]);
  });
  it("repeats a one-cell array like a single cell", () => {
    expect(join([[7]], [["a"], ["b"]])).toEqual([["7|a"], ["7|b"]]);
  });
  it("treats a call on one-cell arrays only as a range call: an Error cell, not a throw", () => {
    expect(join([["bad"]], 2)).toEqual([["Error: a 'bad' is not readable"]]);
  });
  it("throws naming the arguments when ranges differ in length", () => {
    expect(() => join([[1], [2], [3]], [["a"], ["b"]])).toThrow(/JOIN: ranges must be the same length.*a has 3.*b has 2/);
  });
  it("throws naming the arguments when a column meets a row", () => {
    expect(() => join([[1], [2]], [["a", "b"]])).toThrow("JOIN: a is a column but b is a row");
  });
  it("throws naming the argument when a range is wider than one column", () => {
    expect(() => join([[1, 2], [3, 4]], 1)).toThrow("a must be one column or one row, not 2 rows × 2 columns");
  });
  it("throws for a column with a wider row further down (checked as the row is read)", () => {
    expect(() => join(1, [["a"], ["b", "c"], ["d"]])).toThrow("b must be one column or one row, not 3 rows × 2 columns");
    expect(() => join([[1], 2], 1)).toThrow(/^a must be one column or one row/); // not an array: never from Sheets
  });
});

describe("blank rows and unreadable cells", () => {
  it("gives '' where every range cell of the row is blank, and only there", () => {
    const a = [[""], [null], ["  "], ["#N/A"], ["N/A"], [""]];
    const b = [[""], [undefined], [""], ["#REF!"], [""], ["x"]];
    expect(join(a, b)).toEqual([[""], [""], [""], [""], ["N/A|"], ["|x"]]);
  });
  it("ignores single cells when deciding that a row is blank", () => {
    expect(join([[""], [1]], "x")).toEqual([[""], ["1|x"]]);
  });
  it("puts an unreadable value's text in its own cell and leaves other rows alone", () => {
    expect(join([[1], ["bad"], [3]], "x")).toEqual([["1|x"], ["Error: a 'bad' is not readable"], ["3|x"]]);
  });
  it("keeps a bug on one row in that row's cell", () => {
    expect(join([["boom"], [2]], "x")).toEqual([["Error: JOIN failed on this row (a bug)"], ["2|x"]]);
    expect(join([[1], [2]], [["crash"], ["y"]])).toEqual([["Error: JOIN failed on this row (judge bug)"], ["2|y"]]);
  });
  it("names the first unreadable argument of the row", () => {
    expect(join([["bad"]], [["bad"]])).toEqual([["Error: a 'bad' is not readable"]]);
    expect(join(1, [["bad"], [2]])).toEqual([["Error: b 'bad' is not readable"], ["1|2"]]);
  });
  it("reads a single cell once per call, and each distinct value of a range once, empty included", () => {
    reads.length = 0;
    join(7, [[1], [2], [3]]);
    expect(reads).toEqual([7]);
    reads.length = 0;
    join([["x"], ["y"], ["x"], ["x"], [""]], 1);
    expect(reads).toEqual(["x", "y", ""]);
  });
  it("reads a date afresh in every row (it is an object, not a value to remember)", () => {
    reads.length = 0;
    const date = new Date(2020, 0, 1);
    join([[date], [date]], 1);
    expect(reads).toEqual([date, date]);
  });
  it("never changes the ranges it was given", () => {
    const a = [[1], ["bad"], [""]];
    const b = [["x", "y", "z"]];
    const before = JSON.stringify([a, b]);
    join(a, "q");
    join([[1, 2, 3]], b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});

describe("the row context", () => {
  it("hands the injected year to every row", () => {
    const YEAR: RowFunction<number> = {
      name: "YEAR",
      params: [{ name: "x", read: readAnything }],
      judge: (_values, context) => context.nextMatchYear,
    };
    expect(runOverRanges(YEAR, [[[1], [2]]], { nextMatchYear: 2031 })).toEqual([[2031], [2031]]);
  });
});

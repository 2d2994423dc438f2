// The range adapter on its own, with a fake per-row function, so every shape rule of CONTRACT.md §1
// is checked apart from the rules engine.
import { describe, expect, it } from "vitest";
import { runOverRanges, Unreadable, type RowFunction } from "../../src/functions/ranges";

/** Joins its two cells; "bad" in `a` is unreadable; "boom" in `a` is a bug. */
const JOIN: RowFunction<string> = {
  name: "JOIN",
  params: [{ name: "a" }, { name: "b" }],
  evaluate(cells) {
    if (cells[0] === "bad") return new Unreadable(`a '${String(cells[0])}' is not readable`);
    if (cells[0] === "boom") throw new Error("a bug");
    return `${String(cells[0])}|${String(cells[1])}`;
  },
};
const context = { currentYear: 2025 };
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
    const YEAR: RowFunction<number> = { name: "YEAR", params: [{ name: "x" }], evaluate: (_cells, ctx) => ctx.currentYear };
    expect(runOverRanges(YEAR, [[[1], [2]]], { currentYear: 2031 })).toEqual([[2031], [2031]]);
  });
});

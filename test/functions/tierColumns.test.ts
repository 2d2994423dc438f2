// TIER's own row loop (src/functions/tierColumns.ts) must answer exactly what the generic adapter
// answers, Error texts included, and hand each layout it does not take to the generic adapter (null).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIER } from "../../src/functions/customFunctions";
import { runOverRanges } from "../../src/functions/ranges";
import { TIER_FUNCTION } from "../../src/functions/rowFunctions";
import { tierColumns } from "../../src/functions/tierColumns";

const generic = (...args: unknown[]) => runOverRanges(TIER_FUNCTION, args, { nextMatchYear: 2026 });
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

// Cells every TIER reader reads, blanks included, per column.
const blanks = fc.constantFrom("", " ", "#N/A", "#REF!", null);
const scoreCell = fc.oneof(fc.integer({ min: 180, max: 300 }), fc.constantFrom(180, 300, 235.5, "N/A", "none", "-", "≥ 220", "230", "220+"), blanks);
const percentCell = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 0.2, 0.45, 1, 19.5, 20, 50, "45%", "0.5%", "N/A"), blanks);
const minimumCell = fc.oneof(scoreCell, fc.constantFrom("230 preferred", "Preferred: 225", "240 (hard)"));
const typeCell = fc.oneof(fc.constantFrom("Community", "University", "University-affiliated community", "Rural / underserved", "county hospital", "N/A", "unknown"), blanks);
// Anything at all: unreadable text and numbers, booleans, dates, undefined.
const anyCell = fc.oneof(scoreCell, percentCell, typeCell, fc.double(), fc.string({ maxLength: 6 }), fc.boolean(), fc.date(), fc.constant(undefined));

const readable = fc.integer({ min: 2, max: 40 }).chain((rows) =>
  fc.record({
    score: fc.integer({ min: 180, max: 300 }),
    avg: fc.array(scoreCell, { minLength: rows, maxLength: rows }),
    img: fc.array(percentCell, { minLength: rows, maxLength: rows }),
    min: fc.option(fc.array(minimumCell, { minLength: rows, maxLength: rows }), { nil: undefined }),
    type: fc.option(fc.array(typeCell, { minLength: rows, maxLength: rows }), { nil: undefined }),
  }),
);

describe("TIER's own row loop", () => {
  it("answers every readable column call, as the generic adapter does", () => {
    fc.assert(
      fc.property(readable, ({ score, avg, img, min, type }) => {
        const args = [score, column(...avg), column(...img), min && column(...min), type && column(...type)];
        const fast = tierColumns(args[0], args[1], args[2], args[3], args[4]);
        expect(fast).not.toBeNull();
        expect(fast).toEqual(generic(...args));
      }),
      { numRuns: 500 },
    );
  });

  it("answers every call of the usual layout, whatever the cells, as the generic adapter does", () => {
    const columns = fc.integer({ min: 2, max: 20 }).chain((rows) =>
      fc.array(fc.array(fc.oneof(anyCell, fc.constant("")), { minLength: rows, maxLength: rows }), { minLength: 4, maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 180, max: 300 }), columns, (score, cells) => {
        const args = [score, ...cells.map((line) => column(...line))];
        const fast = tierColumns(args[0], args[1], args[2], args[3], args[4]);
        expect(fast).not.toBeNull(); // an unreadable cell is an Error in its row, not a reason to give up
        expect(fast).toEqual(generic(...args));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives up (null) or agrees with the generic adapter, whatever the layout", () => {
    // Mostly readable columns with now and then any value, a jagged row, a single cell or nothing.
    const argument = (rows: number, readableCell: fc.Arbitrary<unknown>) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.array(fc.oneof({ weight: 12, arbitrary: readableCell }, { weight: 1, arbitrary: anyCell }), { minLength: rows, maxLength: rows }).map((cells) => column(...cells)) },
        { weight: 1, arbitrary: fc.array(anyCell, { minLength: rows, maxLength: rows }).map((cells) => [...column(...cells.slice(1)), [cells[0], 1]]) },
        { weight: 1, arbitrary: anyCell },
      );
    const call = fc.integer({ min: 1, max: 12 }).chain((rows) =>
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: scoreCell }, { weight: 1, arbitrary: argument(rows, scoreCell) }),
        argument(rows, scoreCell),
        argument(rows, percentCell),
        argument(rows, minimumCell),
        argument(rows, typeCell),
      ),
    );
    let answered = 0;
    let gaveUp = 0;
    fc.assert(
      fc.property(call, (args) => {
        const fast = tierColumns(args[0], args[1], args[2], args[3], args[4]);
        if (fast === null) {
          gaveUp++;
          return;
        }
        answered++;
        expect(fast).toEqual(generic(...args));
      }),
      { numRuns: 3000 },
    );
    // Both sides of the loop's bargain were tried.
    expect(answered).toBeGreaterThan(100);
    expect(gaveUp).toBeGreaterThan(100);
  });

  it("writes the generic adapter's Error text in the row of an unreadable cell", () => {
    const avg = column(240, "N/A", "", "TBD", 250);
    const img = column(45, "45%", "", 30, "lots");
    const min = column("", "", "", 0, "");
    const type = column("", 7, "", "", "");
    const answers = tierColumns(230, avg, img, min, type);
    expect(answers).toEqual([
      ["Reach"],
      ["Error: program_type '7' is not a program type (University, University-affiliated community, Community, Rural / underserved)"],
      [""],
      ["Error: avg_step2 'TBD' is not a score from 180 to 300"], // min_step2 0 is unreadable too: the first argument names the row
      ["Error: img_pct 'lots' is not a percentage"],
    ]);
    expect(answers).toEqual(generic(230, avg, img, min, type));
  });

  it("leaves to the generic adapter each layout it does not take, and a row that is not one cell", () => {
    const avg = column(240, "N/A", "");
    const img = column(45, "45%", "");
    expect(tierColumns(230, avg, img, undefined, undefined)).toEqual([["Reach"], ["Match"], [""]]);
    expect(tierColumns(230, [[240], [250, 1], [""]], img, undefined, undefined)).toBeNull(); // not one column
    expect(tierColumns(230, avg, img.slice(1), undefined, undefined)).toBeNull(); // lengths differ
    expect(tierColumns([[230], [231], [232]], avg, img, undefined, undefined)).toBeNull(); // a range of scores
    expect(tierColumns("230", avg, img, undefined, undefined)).toBeNull(); // the score as text
    expect(tierColumns(400, avg, img, undefined, undefined)).toBeNull(); // an unreadable score
    expect(tierColumns(230, avg, img, "≥ 235", undefined)).toBeNull(); // a single minimum repeated
    expect(tierColumns(230, [[240, "N/A", ""]], [[45, "45%", ""]], undefined, undefined)).toBeNull(); // ranges in a row
    expect(tierColumns(230, [[240]], [[45]], undefined, undefined)).toBeNull(); // one-cell ranges
  });

  it("is what TIER answers with, and TIER still names an unreadable cell in its row", () => {
    const avg = column(240, "N/A", "", 228);
    const img = column(45, "45%", "", 60);
    const min = column("", "≥ 235", "", "");
    expect(TIER(230, avg, img, min)).toEqual([["Reach"], ["Reach"], [""], ["Safety"]]);
    expect(TIER(230, avg, column(45, "lots", "", 60), min)).toEqual([
      ["Reach"], ["Error: img_pct 'lots' is not a percentage"], [""], ["Safety"],
    ]);
  });
});

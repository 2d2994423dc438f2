// Property tests: whatever people type into a sheet, a range call never throws and never answers
// outside the documented values (CONTRACT.md §1). An Error cell must name one of the arguments:
// "Error: <argument> '<value>' <reason>"; anything else (a bug caught on one row) fails here.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IMGFRIENDLY, MEETSCUTOFF, TIER } from "../../src/functions/customFunctions";

const sheetsErrors = fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#ERROR!");
const typical = fc.constantFrom(
  "", " ", "N/A", "none", "-", "≥ 220", "220+", ">=220", "min 220", "230 preferred", "45%", "0.45", "J-1",
  "H1B", "Both", "No visa sponsorship", "Unknown", "?", "Community", "Rural / underserved", "max 1 attempt",
  "within 5 years", "2019", "Y", "✓", "US graduates preferred", "IMG-friendly",
);
const numbers = fc.oneof(
  fc.integer({ min: 150, max: 320 }),
  fc.double(), // includes NaN, ±Infinity, -0
  fc.constantFrom(0, 0.45, 1, 45, 100, 101, 1e21, -1),
);
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }), // lone surrogates and control characters
  fc.string({ minLength: 2000, maxLength: 3000 }),
);
/** Any value a cell can hand over: what Sheets passes, plus what a careless caller might. */
const cell = fc.oneof(
  numbers,
  text,
  typical,
  sheetsErrors,
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined, ""),
);

/** Arguments of which at least one is a range of `length` ≥ 2 cells; the rest single cells or ranges
 *  of the same length, all columns or (when `asRow`) all rows. */
function rangeCall(arity: number) {
  return fc.integer({ min: 2, max: 30 }).chain((length) =>
    fc.tuple(
      fc.boolean(),
      fc.integer({ min: 0, max: arity - 1 }),
      fc.array(fc.oneof(cell, fc.array(cell.map((c) => [c]), { minLength: length, maxLength: length })), {
        minLength: arity,
        maxLength: arity,
      }),
      fc.array(cell.map((c) => [c]), { minLength: length, maxLength: length }),
    ).map(([asRow, forced, args, column]) => {
      const withRange: unknown[] = [...args];
      withRange[forced] = column;
      const toRow = (arg: unknown) => (Array.isArray(arg) ? [arg.map((line: unknown[]) => line[0])] : arg);
      return { length, asRow, args: asRow ? withRange.map(toRow) : withRange };
    }),
  );
}

function checkAnswers(
  answers: unknown,
  { length, asRow }: { length: number; asRow: boolean },
  allowed: readonly unknown[],
  names: readonly string[],
) {
  const errorText = new RegExp(`^Error: (?:${names.join("|")}) '.*' \\S`, "s");
  expect(Array.isArray(answers)).toBe(true);
  const grid = answers as unknown[][];
  expect(grid).toHaveLength(asRow ? 1 : length);
  for (const line of grid) expect(line).toHaveLength(asRow ? length : 1);
  for (const answer of grid.flat()) {
    if (typeof answer === "string" && answer.startsWith("Error: ")) expect(answer).toMatch(errorText);
    else expect(allowed).toContain(answer);
  }
}

const runs = { numRuns: 300 };

describe("a range call never throws and answers only documented values", () => {
  it("TIER", () => {
    fc.assert(
      fc.property(rangeCall(5), ({ args, ...shape }) => {
        const answers = TIER(args[0], args[1], args[2], args[3], args[4]);
        checkAnswers(answers, shape, ["Reach", "Match", "Safety", "Unknown", ""], [
          "score", "avg_step2", "img_pct", "min_step2", "program_type",
        ]);
      }),
      runs,
    );
  });
  it("IMGFRIENDLY", () => {
    fc.assert(
      fc.property(rangeCall(4), ({ args, ...shape }) => {
        const answers = IMGFRIENDLY(args[0], args[1], args[2], args[3]);
        checkAnswers(answers, shape, ["High", "Medium", "Low", "Unknown", ""], ["img_pct", "visa_policy", "program_type"]);
      }),
      runs,
    );
  });
  it("MEETSCUTOFF", () => {
    fc.assert(
      fc.property(rangeCall(6), ({ args, ...shape }) => {
        const answers = MEETSCUTOFF(args[0], args[1], args[2], args[3], args[4], args[5]);
        checkAnswers(answers, shape, [true, false, ""], [
          "score", "min_step2", "attempts", "max_attempts", "grad_year", "max_years_since_grad",
        ]);
      }),
      runs,
    );
  });
});

describe("a single-cell call answers or throws a named Error", () => {
  it("TIER", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 5, maxLength: 5 }), (args) => {
        try {
          expect(["Reach", "Match", "Safety", "Unknown"]).toContain(TIER(args[0], args[1], args[2], args[3], args[4]));
        } catch (error) {
          expect(String(error)).toMatch(/^Error: (?:score|avg_step2|img_pct|min_step2|program_type) '.*' \S/s);
        }
      }),
      runs,
    );
  });
});

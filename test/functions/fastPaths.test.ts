// The range adapter's shortcuts (number fast paths, the saved reading of an empty cell, singles read
// once) must never change an answer: a range call gives, row by row, what single-cell calls give.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBlank, type Reading } from "../../src/rules/cells";
import { IMGFRIENDLY, MEETSCUTOFF, TIER } from "../../src/functions/customFunctions";
import { CUSTOM_FUNCTIONS } from "../../src/functions/definitions";
import { runOverRanges, type RowFunction } from "../../src/functions/ranges";

const numbers = fc.oneof(
  fc.integer({ min: -5, max: 2200 }),
  fc.double(), // NaN, ±Infinity, -0 included
  fc.constantFrom(0, 0.45, 1, 1.5, 5, 20, 21, 45, 60, 61, 100, 100.5, 179.5, 180, 300, 300.5, 1950, 2100, 2101),
);

describe("every parameter's number fast path", () => {
  const params = CUSTOM_FUNCTIONS.flatMap((definition) =>
    definition.params.map((param) => [`${definition.name} ${param.name}`, param] as const),
  );
  it("is there for the number arguments", () => {
    const fast = params.filter(([, param]) => param.readNumber).map(([name]) => name);
    expect(fast).toEqual(expect.arrayContaining(["TIER score", "TIER avg_step2", "TIER img_pct", "TIER min_step2"]));
  });
  it.each(params.filter(([, param]) => param.readNumber))("%s agrees with its reader on every number", (_, param) => {
    fc.assert(
      fc.property(numbers, (n) => {
        const read = param.read(n);
        expect(param.readNumber!(n)).toEqual(read.ok ? read.value : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});

const cell = fc.oneof(
  numbers,
  fc.constantFrom("", " ", "N/A", "#N/A", "-", "≥ 220", "230 preferred", "45%", "0.45", "J-1", "Both", "None", "?",
    "Community", "University", "max 1 attempt", "within 5 years", "2019", "lots", "US graduates preferred", "IMG-friendly"),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
);

/** What a single-cell call gives for one row, as a range call writes it in that row's cell. */
function single(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return `Error: ${(error as Error).message}`;
  }
}

type Fn = (...args: unknown[]) => unknown;
const FUNCTIONS: [string, Fn, number][] = [
  ["TIER", TIER as Fn, 5],
  ["IMGFRIENDLY", IMGFRIENDLY as Fn, 4],
  ["MEETSCUTOFF", MEETSCUTOFF as Fn, 6],
];

describe("a range call answers each row as single-cell calls do", () => {
  it.each(FUNCTIONS)("%s", (_, fn, arity) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((length) =>
          fc.array(fc.oneof(cell, fc.array(cell, { minLength: length, maxLength: length })), { minLength: arity, maxLength: arity })
            .map((args) => ({ length, args: args as unknown[] })),
        ),
        ({ length, args }) => {
          // At least one range, so this is a range call; arrays become columns.
          if (!args.some(Array.isArray)) args[1] = Array.from({ length }, () => args[1]);
          const columns = args.map((arg) => (Array.isArray(arg) ? arg.map((value) => [value]) : arg));
          const answers = fn(...columns) as unknown[][];
          for (let row = 0; row < length; row++) {
            const rowArgs = args.map((arg) => (Array.isArray(arg) ? arg[row] : arg));
            const rangeCells = args.filter(Array.isArray).map((arg) => arg[row]);
            if (rangeCells.every(isBlank)) expect(answers[row]).toEqual([""]);
            else expect(answers[row]).toEqual([single(() => fn(...rowArgs))]);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("the adapter's shortcuts", () => {
  const reads: unknown[] = [];
  const numberReads: number[] = [];
  /** Numbers 0..9 read fast; 10 and up are refused by the fast path and by the reader, with a reason. */
  const DIGIT: RowFunction<string> = {
    name: "DIGIT",
    params: [
      {
        name: "d",
        read(cell): Reading<unknown> {
          reads.push(cell);
          if (typeof cell === "number" && cell >= 10) return { ok: false, reason: "is not one digit" };
          return { ok: true, value: cell === "" ? "empty" : cell };
        },
        readNumber: (n) => (numberReads.push(n), n < 10 ? n : undefined),
      },
      { name: "e", read: (cell) => (cell === "bad" ? { ok: false, reason: "is bad" } : { ok: true, value: cell }) },
    ],
    judge: (values) => `${String(values[0])}${String(values[1])}`,
  };
  const digit = (...args: unknown[]) => runOverRanges(DIGIT, args, { nextMatchYear: 2025 });

  it("reads a number through the fast path, and asks the reader only for the reason it refuses", () => {
    reads.length = 0;
    numberReads.length = 0;
    expect(digit([[1], [2], [12], [1], [12]], "x")).toEqual([["1x"], ["2x"], ["Error: d '12' is not one digit"], ["1x"], ["Error: d '12' is not one digit"]]);
    expect(numberReads).toEqual([1, 2, 12, 1, 12]);
    expect(reads).toEqual([12]); // a refused number is read once, however often it repeats
  });
  it("reads an empty cell once per range, and not at all on a blank row", () => {
    reads.length = 0;
    expect(digit([[""], [""], [""]], [["y"], [""], ["z"]])).toEqual([["emptyy"], [""], ["emptyz"]]);
    expect(reads).toEqual([""]);
  });
  it("names the first unreadable argument of the row, a range before an unreadable single", () => {
    expect(digit([[12], [1], [""]], "bad")).toEqual([["Error: d '12' is not one digit"], ["Error: e 'bad' is bad"], [""]]);
    expect(digit(12, [["bad"], ["ok"]])).toEqual([["Error: d '12' is not one digit"], ["Error: d '12' is not one digit"]]);
  });
  it("keeps a fast path that throws (a bug) in its own row", () => {
    const BUGGY: RowFunction<unknown> = {
      name: "BUGGY",
      params: [{ name: "n", read: (cell) => ({ ok: true, value: cell }), readNumber: (n) => { if (n === 13) throw new Error("unlucky"); return n; } }],
      judge: (values) => values[0],
    };
    expect(runOverRanges(BUGGY, [[[1], [13], [2]]], { nextMatchYear: 2025 })).toEqual([[1], ["Error: BUGGY failed on this row (unlucky)"], [2]]);
  });
});

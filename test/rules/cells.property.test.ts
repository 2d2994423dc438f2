// Property tests of the one cell reader (RULES.md §3): whatever a user types, pastes or a formula
// returns, every reader answers with a Reading (a value of its documented type and range, or a reason)
// and never throws, because one bad cell must never break the other rows.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isBlank,
  problem,
  readCount,
  readCutoffType,
  readDate,
  readMinimum,
  readPercent,
  readProgramType,
  readRank,
  readScore,
  readSignal,
  readText,
  readVisaNeed,
  readYear,
  readYears,
  readYesNo,
  shown,
  type Reading,
} from "../../src/rules/cells";
import { readVisaPolicy } from "../../src/rules/visaCell";

const SHEETS_ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"];

// Spellings that do read, so the range checks below see ok values and not only reasons.
const MESSY = [
  "230", " 230 ", "≥ 220", "220+", ">=220", "min 220", "179", "301", "N/A", "none", "no cutoff", "-", "?",
  "45%", "0.45", "100%", "101%", "J-1", "J1", "J-1 only", "H-1B", "H1B", "J-1/H-1B", "Both", "No visa sponsorship",
  "Unknown", "Yes", "Y", "x", "✓", "N", "No", "TRUE", "gold", "silver", "1", "max 1", "one attempt", "2019",
  "5 years", "within 5 years", "≤ 5", "#1", "2nd", "2025-03-01", "3/1/2025", "Mar 2025", "2025-02-30",
  "University", "Univ-affiliated community", "Community", "Rural", "County / safety net", "hard", "preferred",
  "230 preferred", "US citizen", "J-1 or H-1B", "0", "00", "0.0", "1e3", "Infinity", "NaN", "-0", "９９", "２３０",
];

/** Ten thousand characters or so: a pasted paragraph, or a pattern that could make a regex backtrack. */
const longText = fc.oneof(
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 10_000, max: 12_000 }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  fc.constantFrom(
    " ".repeat(10_000) + "230",
    "min ".repeat(2_500) + "230",
    "≥".repeat(10_000),
    "1".repeat(10_000),
    "no ".repeat(3_400),
    "j1 ".repeat(3_400) + "no",
    "preferred ".repeat(1_000) + "230",
    "a".repeat(10_000) + "!",
    "2025-03-01" + " x".repeat(5_000),
    "#".repeat(10_000),
  ),
);

const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...MESSY, ...SHEETS_ERRORS),
  fc.tuple(fc.constantFrom(...MESSY), fc.constantFrom("", " ", "\t", "\n", "  ")).map(([t, pad]) => pad + t + pad),
  fc.double(), // includes NaN, ±Infinity and -0
  fc.double({ min: -2, max: 2 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer(),
  fc.integer({ min: -5, max: 400 }),
  fc.integer({ min: 1940, max: 2110 }),
  fc.boolean(),
  fc.date(), // includes invalid dates
  fc.constant(new Date(Number.NaN)),
  fc.constant(null),
  fc.constant(undefined),
  longText,
);

const isIntegerIn = (min: number, max: number) => (v: unknown) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const isNumberIn = (min: number, max: number) => (v: unknown) =>
  typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
const isOneOf = (...values: unknown[]) => (v: unknown) => values.includes(v);
const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);

/** A real calendar day written YYYY-MM-DD (not 2025-02-30). */
function isIsoDay(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return date.toISOString().slice(0, 10) === v;
}

type Reader = (cell: unknown) => Reading<unknown>;

// Each reader with the values RULES.md documents for it.
const READERS: [string, Reader, (v: unknown) => boolean][] = [
  ["readScore (§3: 180..300 or no value)", readScore, orNull(isNumberIn(180, 300))],
  [
    "readMinimum (§10: a score 180..300, preferred or not)",
    readMinimum,
    orNull(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        isNumberIn(180, 300)((v as { score: unknown }).score) &&
        typeof (v as { preferred: unknown }).preferred === "boolean",
    ),
  ],
  ["readPercent (§3: 0..100 or no value)", readPercent, orNull(isNumberIn(0, 100))],
  [
    "readVisaPolicy (§3: two facts, each yes, no or unknown)",
    readVisaPolicy,
    (v) => typeof v === "object" && v !== null && ["j1", "h1b"].every((k) => isOneOf("yes", "no", "unknown")((v as Record<string, unknown>)[k])),
  ],
  ["readVisaNeed (§1: four needs or not stated)", readVisaNeed, orNull(isOneOf("None", "J-1", "H-1B", "J-1 or H-1B"))],
  ["readYesNo (§3: a boolean)", readYesNo, (v) => typeof v === "boolean"],
  ["readSignal (§8: gold, silver, plain or none)", readSignal, orNull(isOneOf("gold", "silver", "plain"))],
  ["readCount (§1: attempts 1, 2, 3…)", readCount, orNull(isIntegerIn(1, Number.MAX_SAFE_INTEGER))],
  ["readYear (§1: a four-digit year)", readYear, orNull(isIntegerIn(1000, 9999))],
  ["readYears (§7: whole years since graduation)", readYears, orNull(isIntegerIn(0, Number.MAX_SAFE_INTEGER))],
  ["readRank (§8: a rank-list position)", readRank, orNull((v) => typeof v === "number" && Number.isInteger(v) && v >= 1)],
  ["readDate (§10: a real day, YYYY-MM-DD)", readDate, orNull(isIsoDay)],
  [
    "readProgramType (§2: the four types of 004's table)",
    readProgramType,
    orNull(isOneOf("University", "University-affiliated community", "Community", "Rural / underserved")),
  ],
  ["readCutoffType (§10: hard or preferred)", readCutoffType, orNull(isOneOf("hard", "preferred"))],
];

describe("RULES.md §3 every reader answers any cell with a Reading and never throws", () => {
  it.each(READERS)("%s", (_name, read, isDocumentedValue) => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const reading = read(cell);
        expect(typeof reading.ok).toBe("boolean");
        if (reading.ok) {
          expect(isDocumentedValue(reading.value), `value ${String(reading.value)}`).toBe(true);
        } else {
          expect(typeof reading.reason).toBe("string");
          expect(reading.reason.trim()).not.toBe("");
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("RULES.md §3 Sheets errors and surrounding spaces change nothing", () => {
  it.each(READERS)("%s reads a Sheets error text as it reads a blank cell", (_name, read) => {
    fc.assert(
      fc.property(fc.constantFrom(...SHEETS_ERRORS), fc.constantFrom("", " ", "  "), (error, pad) => {
        expect(read(pad + error + pad)).toEqual(read(""));
      }),
    );
  });

  it.each(READERS)("%s reads ' text ' as it reads 'text'", (_name, read) => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...MESSY), fc.string()), fc.constantFrom(" ", "  "), (text, pad) => {
        expect(read(pad + text + pad)).toEqual(read(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe("RULES.md §3 a typed number and the same number as text read alike", () => {
  it("readScore: 180..300 and its text are the same score; outside that range neither reads", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 999 }), (n) => {
        expect(readScore(String(n))).toEqual(readScore(n));
        expect(readScore(n).ok).toBe(n >= 180 && n <= 300);
      }),
    );
  });

  // n = 100 is left out: the fraction 1 alone is 1%, and 100% only in a column of fractions (RULES.md v2 §3).
  it("readPercent: n, 'n%' and the fraction n/100 are the same share (n from 2 to 99)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99 }), (n) => {
        expect(readPercent(n)).toEqual({ ok: true, value: n });
        expect(readPercent(`${n}%`)).toEqual({ ok: true, value: n });
        expect(readPercent(n / 100)).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe("RULES.md §3 the message helpers never throw on any cell", () => {
  it("isBlank is a boolean; readText and shown are strings; problem quotes the value", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        expect(typeof isBlank(cell)).toBe("boolean");
        expect(typeof readText(cell)).toBe("string");
        expect(shown(cell).length).toBeLessThanOrEqual(60);
        const message = problem("IMG %", cell, "is not a percentage");
        expect(message.startsWith("IMG % '")).toBe(true);
        expect(message.endsWith("' is not a percentage")).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

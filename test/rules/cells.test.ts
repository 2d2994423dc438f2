// The one reader of messy cells, checked against the spellings RULES.md §3 (and §1, §2, §8, §10 for
// the readers they need) says it must accept. Each expectation is written from RULES.md, not the source.

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
  readVisaNeed,
  readYear,
  readYears,
  readYesNo,
  REASONS,
  type Reading,
} from "../../src/rules/cells";

/** The value of an ok reading; fails the test (with the reason) when the reading is not ok. */
function valueOf<T>(reading: Reading<T>): T {
  if (!reading.ok) throw new Error(`expected an ok reading, got not ok: ${reading.reason}`);
  return reading.value;
}

/** The reason of a not-ok reading; fails the test when the reading is ok. */
function reasonOf<T>(reading: Reading<T>): string {
  if (reading.ok) throw new Error(`expected a not-ok reading, got ${JSON.stringify(reading.value)}`);
  return reading.reason;
}

const SHEETS_ERRORS = ["#N/A", "#REF!", "#VALUE!", " #N/A "];

describe("RULES.md §3 blank vs 'no published value' (isBlank)", () => {
  it.each(["", "   ", "\t", null, undefined, ...SHEETS_ERRORS])("%j is blank", (cell) => {
    expect(isBlank(cell)).toBe(true);
  });
  it.each(["N/A", "none", "-", "no cutoff", "Unknown", 0, false, "0", "#hashtag", "230"])("%j is not blank", (cell) => {
    expect(isBlank(cell)).toBe(false);
  });
});

describe("RULES.md §3 scores (readScore)", () => {
  it.each([
    [230, 230],
    ["230", 230],
    [" 230 ", 230],
    ["≥ 220", 220],
    ["220+", 220],
    [">=220", 220],
    ["min 220", 220],
    [180, 180],
    [300, 300],
  ])("%j reads as %d", (cell, score) => {
    expect(readScore(cell)).toEqual({ ok: true, value: score });
  });

  it.each(["", "  ", null, undefined, "N/A", "none", "no cutoff", "-", ...SHEETS_ERRORS])("%j means no published value (null)", (cell) => {
    expect(readScore(cell)).toEqual({ ok: true, value: null });
  });

  it.each([179, 301, "179", "301", "abc", true, false, new Date(2025, 0, 1), Number.NaN, Number.POSITIVE_INFINITY])(
    "%j is not a score, and says so",
    (cell) => {
      expect(reasonOf(readScore(cell))).toBe("is not a score from 180 to 300");
    },
  );
});

describe("RULES.md §10 preferred minimum (readMinimum)", () => {
  it("'230 preferred' is a preferred minimum of 230", () => {
    expect(valueOf(readMinimum("230 preferred"))).toEqual({ score: 230, preferred: true });
  });
  // §10: "the word 'preferred' in the cell" marks it, whatever punctuation sits around the word.
  it.each(["230 (preferred)", "preferred 230", "230, preferred", "Preferred: 230", "230 preferred."])(
    "%j is a preferred minimum of 230",
    (cell) => {
      expect(valueOf(readMinimum(cell))).toEqual({ score: 230, preferred: true });
    },
  );
  it.each([230, "230", "min 230", "230 hard"])("%j is a strict minimum of 230", (cell) => {
    expect(valueOf(readMinimum(cell))).toEqual({ score: 230, preferred: false });
  });
  it.each(["", "N/A", "no cutoff", "#N/A"])("%j is no minimum", (cell) => {
    expect(valueOf(readMinimum(cell))).toBeNull();
  });
  it("an unreadable minimum keeps the score reason", () => {
    expect(reasonOf(readMinimum("abc preferred"))).toBe(REASONS.score);
    expect(reasonOf(readMinimum(150))).toBe(REASONS.score);
  });
});

describe("RULES.md §3 percentages (readPercent)", () => {
  it.each([
    [45, 45],
    ["45%", 45],
    [0.45, 45],
    [1, 1], // one cell: 1 is 1%; 100% only in a column of fractions (RULES.md v2 §3, cells.reading.test.ts)
    [0.99, 99], // a number below 1 is a fraction
    [20, 20],
    [0.2, 20],
    [0, 0],
    [100, 100],
    ["100%", 100],
    [" 45 % ", 45],
  ])("%j reads as %d percent", (cell, percent) => {
    expect(valueOf(readPercent(cell))).toBeCloseTo(percent, 9);
  });

  it("exactly 20 and 0.2 are both exactly 20 (the Reach threshold compares with <)", () => {
    expect(valueOf(readPercent(0.2))).toBe(20);
    expect(valueOf(readPercent(20))).toBe(20);
  });

  it.each(["", null, "N/A", "#REF!"])("%j is no value (null)", (cell) => {
    expect(readPercent(cell)).toEqual({ ok: true, value: null });
  });

  it.each([101, -1, "lots", "101%", true, Number.NaN, new Date(2025, 0, 1)])("%j is not a percentage", (cell) => {
    expect(reasonOf(readPercent(cell))).toBe("is not a percentage");
  });
});

// The Visa cell (two facts) has its own table: visaCell.test.ts.

describe("RULES.md §1 visa needed (readVisaNeed)", () => {
  it.each([
    ["None", "None"],
    ["J-1", "J-1"],
    ["H-1B", "H-1B"],
    ["J-1 or H-1B", "J-1 or H-1B"],
    ["j1", "J-1"],
    ["US citizen", "None"],
    ["green card", "None"],
  ])("%j is %j", (cell, need) => {
    expect(readVisaNeed(cell)).toEqual({ ok: true, value: need });
  });
  it.each(["", null, "#N/A"])("%j is not stated (null)", (cell) => {
    expect(readVisaNeed(cell)).toEqual({ ok: true, value: null });
  });
  it.each(["maybe", 1, true])("%j is not a visa need", (cell) => {
    expect(reasonOf(readVisaNeed(cell))).toBe(REASONS.visaNeed);
  });
});

describe("RULES.md §3 yes/no (readYesNo)", () => {
  it.each([true, "TRUE", "Y", "y", "Yes", "YES", "x", "X", "✓", " yes "])("%j is yes", (cell) => {
    expect(readYesNo(cell)).toEqual({ ok: true, value: true });
  });
  it.each([false, "FALSE", "N", "n", "No", "", "  ", null, undefined, ...SHEETS_ERRORS])("%j is no", (cell) => {
    expect(readYesNo(cell)).toEqual({ ok: true, value: false });
  });
  it.each(["maybe", "later", 7])("%j is not yes or no", (cell) => {
    expect(reasonOf(readYesNo(cell))).toBe("is not yes or no");
  });
});

describe("RULES.md §8 signals (readSignal)", () => {
  it.each([
    ["gold", "gold"],
    ["Gold", "gold"],
    ["silver", "silver"],
    ["SILVER", "silver"],
    ["yes", "plain"],
    [true, "plain"],
    ["x", "plain"],
  ])("%j is a %s signal", (cell, signal) => {
    expect(readSignal(cell)).toEqual({ ok: true, value: signal });
  });
  it.each(["no", false, "", null, "#N/A"])("%j is no signal (null)", (cell) => {
    expect(readSignal(cell)).toEqual({ ok: true, value: null });
  });
  it("'bronze' is not a signal", () => {
    expect(reasonOf(readSignal("bronze"))).toBe(REASONS.signal);
  });
});

describe("RULES.md §1 and §7 attempts (readCount)", () => {
  it.each([
    [1, 1],
    ["1", 1],
    ["2", 2],
    ["max 1", 1],
    ["one attempt", 1],
    ["first attempt only", 1],
  ])("%j is %d attempt(s)", (cell, count) => {
    expect(readCount(cell)).toEqual({ ok: true, value: count });
  });
  it.each(["", null, "N/A", "none", "#VALUE!"])("%j is no value (null)", (cell) => {
    expect(readCount(cell)).toEqual({ ok: true, value: null });
  });
  it.each([0, -1, 1.5, "many", true])("%j is not a number of attempts", (cell) => {
    expect(reasonOf(readCount(cell))).toBe(REASONS.count);
  });
});

describe("RULES.md §1 four-digit years (readYear)", () => {
  it.each([
    [2019, 2019],
    ["2019", 2019],
    [" 2019 ", 2019],
    [new Date(2019, 5, 15), 2019],
  ])("%j is the year %d", (cell, year) => {
    expect(readYear(cell)).toEqual({ ok: true, value: year });
  });
  it.each(["", null, "#N/A"])("%j is no year (null)", (cell) => {
    expect(readYear(cell)).toEqual({ ok: true, value: null });
  });
  it.each(["soon", 19, "19", 2019.5, "20190", new Date(Number.NaN), new Date(10000, 0, 1), true])("%j is not a four-digit year", (cell) => {
    expect(reasonOf(readYear(cell))).toBe("is not a four-digit year");
  });
});

describe("RULES.md §7 maximum years since graduation (readYears)", () => {
  it.each([
    [5, 5],
    ["5", 5],
    ["5 years", 5],
    ["within 5 years", 5],
    ["≤ 5", 5],
    [0, 0],
  ])("%j is %d years", (cell, years) => {
    expect(readYears(cell)).toEqual({ ok: true, value: years });
  });
  it.each(["", null, "N/A", "no cutoff", "-"])("%j is no maximum (null)", (cell) => {
    expect(readYears(cell)).toEqual({ ok: true, value: null });
  });
  it.each([-1, 2.5, "recent", true])("%j is not a number of years", (cell) => {
    expect(reasonOf(readYears(cell))).toBe(REASONS.years);
  });
});

describe("RULES.md §8 rank list positions (readRank)", () => {
  it.each([
    [1, 1],
    ["1", 1],
    ["#3", 3],
    ["2nd", 2],
    [12, 12],
  ])("%j is position %d", (cell, rank) => {
    expect(readRank(cell)).toEqual({ ok: true, value: rank });
  });
  it.each(["", null, "#REF!"])("%j is not ranked (null)", (cell) => {
    expect(readRank(cell)).toEqual({ ok: true, value: null });
  });
  it.each([0, -2, 1.5, "top", true])("%j is not a rank number", (cell) => {
    expect(reasonOf(readRank(cell))).toBe(REASONS.rank);
  });
});

describe("RULES.md §10 Verified dates (readDate)", () => {
  it.each([
    [new Date(2025, 2, 1), "2025-03-01"],
    [new Date(2024, 11, 31, 23, 59), "2024-12-31"],
    ["2025-03-01", "2025-03-01"],
    ["3/1/2025", "2025-03-01"], // US order: month first
    ["12/31/2024", "2024-12-31"],
    ["Mar 2025", "2025-03-01"],
    ["March 1, 2025", "2025-03-01"],
    ["2024-02-29", "2024-02-29"],
  ])("%j is %s", (cell, iso) => {
    expect(readDate(cell)).toEqual({ ok: true, value: iso });
  });
  it.each(["", null, "N/A", "#N/A"])("%j is never verified (null)", (cell) => {
    expect(readDate(cell)).toEqual({ ok: true, value: null });
  });
  it.each(["2025-02-30", "2023-02-29", "13/13/2025", "yesterday", new Date(Number.NaN), 45000, true])(
    "%j is not a date",
    (cell) => {
      expect(reasonOf(readDate(cell))).toBe(REASONS.date);
    },
  );
});

describe("RULES.md §2 program types (readProgramType)", () => {
  it.each([
    ["University", "University"],
    ["University-affiliated community", "University-affiliated community"],
    ["Univ-affiliated community", "University-affiliated community"],
    ["Community", "Community"],
    ["Rural / underserved", "Rural / underserved"],
    ["Rural", "Rural / underserved"],
    ["County / safety net", "Rural / underserved"],
    ["university", "University"],
  ])("%j is %j", (cell, type) => {
    expect(readProgramType(cell)).toEqual({ ok: true, value: type });
  });
  it.each(["", null, "N/A", "#N/A"])("%j is no type (null)", (cell) => {
    expect(readProgramType(cell)).toEqual({ ok: true, value: null });
  });
  it.each(["spaceship", 3, true])("%j is not a program type", (cell) => {
    expect(reasonOf(readProgramType(cell))).toBe(REASONS.programType);
  });
});

describe("RULES.md §10 cutoff type (readCutoffType)", () => {
  it.each([
    ["hard", "hard"],
    ["Hard", "hard"],
    ["preferred", "preferred"],
    ["Preferred", "preferred"],
  ])("%j is %s", (cell, type) => {
    expect(readCutoffType(cell)).toEqual({ ok: true, value: type });
  });
  it.each(["", null, "N/A", "#N/A"])("%j is not stated (null)", (cell) => {
    expect(readCutoffType(cell)).toEqual({ ok: true, value: null });
  });
  it.each(["maybe", 1, true])("%j is not a cutoff type", (cell) => {
    expect(reasonOf(readCutoffType(cell))).toBe(REASONS.cutoffType);
  });
});

describe("RULES.md §3 messages name the field and the value (problem)", () => {
  it("img_pct 'lots' is not a percentage", () => {
    expect(problem("img_pct", "lots", REASONS.percent)).toBe("img_pct 'lots' is not a percentage");
  });
  it("quotes the cell trimmed, booleans as Sheets shows them, dates as YYYY-MM-DD", () => {
    expect(problem("IMG %", "  lots ", REASONS.percent)).toBe("IMG % 'lots' is not a percentage");
    expect(problem("Min Step 2", true, REASONS.score)).toBe("Min Step 2 'TRUE' is not a score from 180 to 300");
    expect(problem("Verified", new Date(2025, 2, 1), "x")).toBe("Verified '2025-03-01' x");
  });
  it("shortens a pasted paragraph so one cell cannot flood the report", () => {
    const message = problem("Notes", "a".repeat(10_000), REASONS.percent);
    expect(message.length).toBeLessThan(120);
    expect(message.endsWith("' is not a percentage")).toBe(true);
  });
});

describe("RULES.md §3 never guesses (cases found in review)", () => {
  it("Visa needed 'Yes' does not say which visa", () => {
    const r = readVisaNeed("Yes");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/which visa/);
  });
  it.each(["2025-03-01 junk", "Mayo 2025", "Ma 2025"])("date %j is not a date", (text) => {
    expect(readDate(text).ok).toBe(false);
  });
  it.each([
    ["Sept 2025", "2025-09-01"],
    ["March 3, 2025", "2025-03-03"],
    ["2025-03-01T10:20:00Z", "2025-03-01"],
  ])("date %j is %s", (text, iso) => {
    expect(readDate(text)).toEqual({ ok: true, value: iso });
  });
});

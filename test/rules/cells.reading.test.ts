// The readings RULES.md version 2 §3 adds to cells.ts, with the exact cell text applicants type (issue
// 12): the added yes symbols, day/month dates, Sheets errors as blank in every reader, a date argument
// as the day the sheet shows. Applied/Interview words, graduation-year cutoffs and IMG % "1" have
// their own files (progressCells, gradLimit, imgPctColumn).

import { describe, expect, it } from "vitest";
import { readDate, readPercent, readYear, readYesNo } from "../../src/rules/cells";
import { readGradLimit } from "../../src/rules/gradLimit";
import { readApplied, readInterview } from "../../src/rules/progressCells";

describe("RULES.md §3 yes/no: the added symbols", () => {
  it.each(["✔️", "☑️", "✅", "✓", "✔", "x", "Y", "Yes", true])("%j is yes", (cell) => {
    expect(readYesNo(cell)).toEqual({ ok: true, value: true });
  });
});

describe("RULES.md §3 dates: day first when the first number is above 12", () => {
  it.each([
    ["14/09/2026", "2026-09-14"],
    ["9/14/2026", "2026-09-14"],
    ["31/1/2026", "2026-01-31"],
    ["3/4/2026", "2026-03-04"],
    ["2026-09-14", "2026-09-14"],
    ["Sep 2026", "2026-09-01"],
    ["14 Sep 2026", "2026-09-14"],
  ])("%j is %s", (cell, iso) => {
    expect(readDate(cell)).toEqual({ ok: true, value: iso });
  });
  it("'31/13/2026' is no date", () => {
    expect(readDate("31/13/2026").ok).toBe(false);
  });
});

describe("RULES.md §3 Sheets errors that arrive as text are blank", () => {
  it.each(["#N/A", "#REF!", "#VALUE!"])("%j reads as blank in every reader", (cell) => {
    expect(readPercent(cell)).toEqual({ ok: true, value: null });
    expect(readGradLimit(cell)).toEqual({ ok: true, value: null });
    expect(readApplied(cell)).toEqual({ ok: true, value: false });
    expect(readInterview(cell)).toEqual({ ok: true, value: false });
    expect(readDate(cell)).toEqual({ ok: true, value: null });
    expect(readYear(cell)).toEqual({ ok: true, value: null });
  });
});

describe("CONTRACT.md §1 a date argument is the calendar day the sheet shows: the nearest UTC midnight", () => {
  it.each([
    // Midnight of 2019-01-01 in a sheet at UTC+10 arrives as 2018-12-31T14:00Z.
    [new Date(Date.UTC(2018, 11, 31, 14)), 2019],
    // Midnight of 2019-01-01 in a sheet at UTC−8 arrives as 2019-01-01T08:00Z.
    [new Date(Date.UTC(2019, 0, 1, 8)), 2019],
    // Midnight of 2019-12-31 at UTC−11 arrives as 2019-12-31T11:00Z.
    [new Date(Date.UTC(2019, 11, 31, 11)), 2019],
    [new Date(Date.UTC(2019, 0, 1)), 2019],
  ])("%s is the year %i", (date, year) => {
    expect(readYear(date)).toEqual({ ok: true, value: year });
  });
});

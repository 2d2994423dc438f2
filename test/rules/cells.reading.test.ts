// The readings RULES.md version 2 §3 adds, each with the exact cell text applicants type (issue 12):
// yes/no words in Applied and Interview, graduation-year cutoffs written as a year, IMG % "1" decided
// by its column, day/month dates, Sheets errors as blank, a date argument as the day the sheet shows.

import { describe, expect, it } from "vitest";
import { onesMeanWhole, percentOfNumber, readDate, readPercent, readPercentInColumn, readYear, readYesNo, REASONS } from "../../src/rules/cells";
import { readGradLimit } from "../../src/rules/gradLimit";
import { readApplied, readInterview } from "../../src/rules/progressCells";
import { auditSheet } from "../../src/rules/audit";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

describe("RULES.md §3 yes/no: the added symbols", () => {
  it.each(["✔️", "☑️", "✅", "✓", "✔", "x", "Y", "Yes", true])("%j is yes", (cell) => {
    expect(readYesNo(cell)).toEqual({ ok: true, value: true });
  });
});

describe("RULES.md §3 Applied: text that starts with sent, submitted, applied or done", () => {
  it.each([
    ["sent", true],
    ["Sent", true],
    ["submitted 9/25", true],
    ["Applied 10/1", true],
    ["done", true],
    ["✔️", true],
    ["applied? no", false],
    ["applied - withdrew", false],
    ["submitted, then withdrawn", false],
    ["sent but cancelled", false],
    ["not yet", false],
    ["pending", false],
    ["planned", false],
    ["to apply", false],
    ["maybe", false],
    ["waitlist", false],
    ["", false],
    ["No", false],
  ] as const)("%j is %j", (cell, yes) => {
    expect(readApplied(cell)).toEqual({ ok: true, value: yes });
  });
  it.each(["submitted?", "applied ?"])("%j is unreadable: a '?' and no word saying no", (cell) => {
    expect(readApplied(cell)).toEqual({ ok: false, reason: REASONS.yesNo });
  });
  it("Interview words are not Applied words", () => {
    expect(readApplied("invited")).toEqual({ ok: false, reason: REASONS.yesNo });
  });
});

describe("RULES.md §3 Interview: text that starts with invited, interviewed, scheduled, completed or done", () => {
  it.each([
    ["invited", true],
    ["Invited 11/3", true],
    ["interviewed", true],
    ["scheduled 12/1", true],
    ["completed", true],
    ["done", true],
    ["invited – declined", false],
    ["invited, not attending", false],
    ["scheduled - cancelled", false],
    ["not yet", false],
    ["waitlist", false],
    ["pending", false],
  ] as const)("%j is %j", (cell, yes) => {
    expect(readInterview(cell)).toEqual({ ok: true, value: yes });
  });
  it("'invited?' is unreadable", () => {
    expect(readInterview("invited?")).toEqual({ ok: false, reason: REASONS.yesNo });
  });
});

describe("RULES.md §3 max years since graduation: years, a minimum graduation year, or no filter", () => {
  it.each([
    [5, { maxYears: 5 }],
    ["5 years", { maxYears: 5 }],
    ["within 5 years", { maxYears: 5 }],
    [2019, { minYear: 2019 }],
    ["2019", { minYear: 2019 }],
    ["2019 or later", { minYear: 2019 }],
    ["graduated 2021 or after", { minYear: 2021 }],
    ["YOG 2020 or later", { minYear: 2020 }],
    ["YOG 2020+", { minYear: 2020 }],
    ["YOG ≥ 2020", { minYear: 2020 }],
    ["after 2018", { minYear: 2019 }],
    ["since 2020", { minYear: 2020 }],
    ["2020 onwards", { minYear: 2020 }],
    ["no limit", null],
    ["No limit", null],
    ["any", null],
    ["none", null],
    ["N/A", null],
    ["", null],
    ["#N/A", null],
  ] as const)("%j is %j", (cell, limit) => {
    expect(readGradLimit(cell)).toEqual({ ok: true, value: limit });
  });
  it.each(["recent grads", "1949 or later", 61, "2020-ish"])("%j is unreadable", (cell) => {
    expect(readGradLimit(cell).ok).toBe(false);
  });
});

describe("RULES.md §3 IMG % '1' decided by its column", () => {
  it("a single cell reads 1 (number or text) as 1%", () => {
    expect(readPercent(1)).toEqual({ ok: true, value: 1 });
    expect(readPercent("1")).toEqual({ ok: true, value: 1 });
    expect(percentOfNumber(1)).toBe(1);
    expect(readPercent(0.45)).toEqual({ ok: true, value: 45 });
    expect(readPercent("1%")).toEqual({ ok: true, value: 1 });
  });
  it.each([
    [[0.45, 0.6, 1], true],
    [[0.45, "", 1, "N/A"], true],
    [["0.45", "1"], true],
    [[1, 1], true],
    [[45, 60, "55%", 1], false],
    [[0.45, 60, 1], false],
    [[1], false],
    [[1, "", ""], false],
  ] as const)("in the column %j, 1 means 100%%: %j", (column, whole) => {
    expect(onesMeanWhole((i) => column[i], column.length)).toBe(whole);
  });
  it("readPercentInColumn reads 1 as 100% in a column of fractions, everything else as readPercent", () => {
    expect(readPercentInColumn(1)).toEqual({ ok: true, value: 100 });
    expect(readPercentInColumn("1")).toEqual({ ok: true, value: 100 });
    expect(readPercentInColumn(0.45)).toEqual({ ok: true, value: 45 });
    expect(readPercentInColumn("lots")).toEqual({ ok: false, reason: REASONS.percent });
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

describe("RULES.md §3 IMG % '1' by column, in the audit", () => {
  const tiersOf = (imgPcts: unknown[]) =>
    auditSheet(programSheet(imgPcts.map((img, i) => quietProgram(`P${i}`, { "IMG %": img }))), profileRows(), { today: TODAY }).programs.map((p) => [p.tier, p.imgFriendly]);
  it("issue 12: 1 in a column of 45, 60, '55%' is 1% (Reach / Low)", () => {
    expect(tiersOf([45, 60, "55%", 1])[3]).toEqual(["Reach", "Low"]);
    expect(tiersOf(["45", "60", "1"])[2]).toEqual(["Reach", "Low"]);
  });
  it("1 in a column of fractions is 100% (Safety / High)", () => {
    expect(tiersOf([0.45, 0.6, 1])[2]).toEqual(["Safety", "High"]);
    expect(tiersOf(["0.45", "", "1"])[2]).toEqual(["Safety", "High"]);
  });
});

describe("issue 12 in the audit: graduation-year cutoffs and Applied words", () => {
  const audit = (extra: Record<string, unknown>, profile: Record<string, unknown> = {}) =>
    auditSheet(programSheet([quietProgram("A", extra)]), profileRows(profile), { today: TODAY });

  it.each(["graduated 2021 or after", "YOG 2020 or later"])("%j screens out a 2019 graduate, and the message speaks in years", (cell) => {
    const result = audit({ "Max years since graduation": cell }, { "Graduation year": 2019 });
    expect(result.programs[0]!.meetsCutoff).toBe(false);
    const finding = result.findings.find((f) => f.code === "GRAD_YEAR_EXCEEDED")!;
    expect(finding.message).toMatch(/takes graduates of 202[01] or later; you graduated in 2019/);
  });
  it("'no limit' is no filter and no unreadable value", () => {
    const result = audit({ "Max years since graduation": "no limit" }, { "Graduation year": 2005 });
    expect(result.findings.filter((f) => f.row === 2).map((f) => f.code)).toEqual([]);
    expect(result.programs[0]!.meetsCutoff).toBe(true);
  });
  it.each(["✔️", "sent", "submitted 9/25"])("Applied %j is applied", (cell) => {
    expect(audit({ Applied: cell }).programs[0]!.applied).toBe(true);
  });
});

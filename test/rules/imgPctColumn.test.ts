// IMG % "1" decided by its column (RULES.md §3): 1% alone or among percentages, 100% among fractions,
// in the readers and in the audit.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { percentOfNumber, readPercent, REASONS } from "../../src/rules/cells";
import { onesMeanWhole, readPercentInColumn } from "../../src/rules/imgPctColumn";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

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

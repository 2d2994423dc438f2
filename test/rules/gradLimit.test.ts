// The graduation filter (RULES.md §3, §7): most years since graduation or a minimum graduation year,
// with the exact cutoffs of issue 12, and how the audit reports them.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { readGradLimit } from "../../src/rules/gradLimit";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

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

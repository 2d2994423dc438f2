// RULES.md v2 §8.1: the screened-out programs and the usable list. Every share, count and target is
// computed on the usable list; a screened-out program keeps only the findings §8.1 lists.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import type { FindingCode } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const audit = (rows: RowSpec[], profile: Record<string, unknown> = {}, headers?: string[]) =>
  auditSheet(programSheet(rows, headers), profileRows(profile), { today: TODAY });
const many = (n: number, prefix: string, extra: RowSpec = {}) => Array.from({ length: n }, (_, i) => quietProgram(`${prefix}${i}`, extra));
const codesAt = (rows: RowSpec[], row: number, profile: Record<string, unknown> = {}): FindingCode[] =>
  audit(rows, profile).findings.filter((f) => f.row === row).map((f) => f.code);

// Base applicant: J-1, Step 2 CK 230, IM. Safety: IMG % 55 (quietProgram); Reach: IMG % 10.
const reach = { "IMG %": 10 };

describe("RULES.md §8.1 which programs are screened out", () => {
  it("by visa (VISA_NONE, VISA_TYPE), by a hard filter, visa winning when both; a near miss or a preferred minimum stays usable", () => {
    const rows = [
      quietProgram("None", { Visa: "None" }),
      quietProgram("H only", { Visa: "H-1B" }),
      quietProgram("Low min", { "Min Step 2": 240 }),
      quietProgram("Attempts", { "Max attempts": 1 }),
      quietProgram("Grad", { "Max years since graduation": 2 }),
      quietProgram("Both", { Visa: "None", "Min Step 2": 250 }),
      quietProgram("Near", { "Min Step 2": 233 }),
      quietProgram("Preferred", { "Min Step 2": "245 preferred" }),
      quietProgram("Fine"),
    ];
    const screened = audit(rows, { "Step 1 attempts": 2 }).programs.map((p) => [p.program, p.screenedOut]);
    expect(screened).toEqual([
      ["None", "visa"],
      ["H only", "visa"],
      ["Low min", "filter"],
      ["Attempts", "filter"],
      ["Grad", "filter"],
      ["Both", "visa"],
      ["Near", null],
      ["Preferred", null],
      ["Fine", null],
    ]);
  });

  it("the summary counts every applied row, the usable ones, the screened-out ones by cause, and tiers over the usable ones", () => {
    const rows = [...many(2, "NoVisa", { Visa: "None", ...reach }), quietProgram("Filter", { "Min Step 2": 250 }), ...many(3, "S"), quietProgram("R", reach)];
    const { applied } = audit(rows, { Specialties: "Dermatology" }).summary;
    expect(applied).toEqual({ count: 7, usable: 4, screenedOut: { visa: 2, filter: 1 }, Reach: 1, Match: 0, Safety: 3, Unknown: 0 });
  });

  it("the rank list too", () => {
    const rows = [quietProgram("A", { Rank: 1, Visa: "None" }), quietProgram("B", { Rank: 2 })];
    expect(audit(rows).summary.ranked).toMatchObject({ count: 2, usable: 1, screenedOut: { visa: 1, filter: 0 }, Safety: 1 });
  });
});

describe("RULES.md §8.1 every share and count is on the usable list", () => {
  // The H-1B-only list looked on target while half its programs sponsor no H-1B.
  it("LIST_OVERREACH: screened-out Safety programs do not dilute the Reach share", () => {
    const rows = [...many(2, "R", { ...reach, Visa: "Both" }), ...many(6, "J1only", { Visa: "J-1" }), ...many(6, "S", { Visa: "J-1 and H-1B" })];
    const profile = { "Visa needed": "H-1B", "Step 3": "Pass", Specialties: "Dermatology", "In the US now": "Yes" };
    // All 14: 2/14 = 14% Reach. Usable (the 6 J-1-only are screened out): 2/8 = 25%, still at most 25%.
    expect(audit(rows, profile).findings.map((f) => f.code)).not.toContain("LIST_OVERREACH");
    const more = [...rows, quietProgram("R9", { ...reach, Visa: "Both" })]; // 3/9 = 33% usable, 3/15 = 20% of all
    const result = audit(more, profile);
    expect(result.findings.find((f) => f.code === "LIST_OVERREACH")).toMatchObject({ severity: "error", list: "applied", row: null });
    expect(result.summary.targets.applied.find((t) => t.tier === "Reach")).toMatchObject({ percent: 33.3, onTarget: false });
  });

  it("APPLICATION_COUNT_LOW counts only usable programs and says how many more to add", () => {
    const rows = [...many(75, "S"), ...many(10, "NoVisa", { Visa: "None" })]; // 85 applied, 75 usable; J-1, 230: 80–120
    const result = audit(rows);
    expect(result.summary.recommendedApplications).toEqual({ min: 80, max: 120, counted: 75 });
    const finding = result.findings.find((f) => f.code === "APPLICATION_COUNT_LOW")!;
    expect(finding.message).toMatch(/You have 75 applications that count .*; 10 more are screened out\).*add at least 5 /);
  });

  it("mission fit is a share of the usable applied list", () => {
    const rows = [...many(2, "County", { Mission: "County safety net" }), ...many(2, "Other", { Visa: "None" })];
    const fit = audit(rows, { "Mission focus": "county / safety net" }).summary.missionFit;
    expect(fit).toMatchObject({ matching: 2, of: 2, percent: 100 });
  });

  it("LIST_FEW_SAFETIES and LOW_IMG_MAJORITY read the usable list", () => {
    const match = { "IMG %": 30 };
    // 6 usable Match + 1 usable Safety = 14% Safety; the 3 screened-out Safety programs must not lift it.
    const rows = [...many(6, "M", match), quietProgram("S"), ...many(3, "X", { Visa: "None" })];
    expect(audit(rows, { Specialties: "Dermatology" }).findings.map((f) => f.code)).toContain("LIST_FEW_SAFETIES");
    // 2 usable low-IMG of 3 usable; the screened-out IMG-heavy ones must not hide it.
    const low = [...many(2, "L", reach), quietProgram("S"), ...many(3, "X", { Visa: "None" })];
    expect(audit(low, { Specialties: "Dermatology" }).findings.find((f) => f.code === "LOW_IMG_MAJORITY")).toMatchObject({ list: "applied" });
  });
});

describe("RULES.md §8.1 a screened-out program gets only the findings that still matter", () => {
  it("no score, reach, competitive, Step 3 or unknown-visa warnings once it cannot take the applicant", () => {
    const row = { Visa: "None", "IMG %": 10, "Avg Step 2": 260, "Min Step 2": 232, Specialty: "Dermatology", Signal: "Yes", Applied: "No" };
    expect(codesAt([quietProgram("X", row)], 2)).toEqual(["VISA_NONE", "SIGNAL_SCREENED_OUT"]);
    // The same row without the visa problem: the warnings are there, so the filter above is what removed them.
    expect(codesAt([quietProgram("X", { ...row, Visa: "J-1" })], 2)).toEqual(
      expect.arrayContaining(["NEAR_MIN_SCORE", "SCORE_GAP", "COMPETITIVE_SPECIALTY", "SIGNAL_ON_REACH", "SIGNAL_NOT_APPLIED"]),
    );
  });

  it("keeps its screening errors, duplicates, unreadable cells and stale data", () => {
    const rows = [quietProgram("A", { Rank: 1 }), quietProgram("A", { "Min Step 2": 250, "Max attempts": 1, Rank: 1, "IMG %": "lots", Verified: "" })];
    expect(codesAt(rows, 3, { "Step 1 attempts": 2 }).sort()).toEqual(["ATTEMPTS_EXCEEDED", "BELOW_MIN_SCORE", "DUPLICATE_PROGRAM", "DUPLICATE_RANK", "STALE_DATA", "UNREADABLE_VALUE"]);
  });
});

// RULES.md v2 §8.3 the strategy checks: the IM/FM backup plan, preliminary positions, strengthening
// first, the mid-season rescue, and one application count for the whole list (§8.4).

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import type { FindingCode } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const audit = (rows: RowSpec[], profile: Record<string, unknown> = {}, today = TODAY) => auditSheet(programSheet(rows), profileRows(profile), { today });
const has = (code: FindingCode, rows: RowSpec[], profile: Record<string, unknown> = {}, today = TODAY) => audit(rows, profile, today).findings.some((f) => f.code === code);
const many = (n: number, specialty: string, extra: RowSpec = {}) => Array.from({ length: n }, (_, i) => quietProgram(`${specialty} ${i}`, { Specialty: specialty, ...extra }));

describe("RULES.md §8.3 BACKUP_PLAN", () => {
  const peds205 = { "Step 2 CK": 205, Specialties: "Pediatrics" };
  it("high risk, first specialty not IM/FM, under half of the usable applied programs IM or FM", () => {
    expect(has("BACKUP_PLAN", [...many(10, "Pediatrics"), ...many(9, "Internal Medicine")], peds205)).toBe(true); // 9 of 19
    expect(has("BACKUP_PLAN", [...many(10, "Pediatrics"), ...many(10, "Family Medicine")], peds205)).toBe(false); // half
    expect(has("BACKUP_PLAN", many(10, "Pediatrics"), { ...peds205, Specialties: "Internal Medicine" })).toBe(false);
    expect(has("BACKUP_PLAN", many(10, "Pediatrics"), { ...peds205, "Step 2 CK": 236 })).toBe(false); // fine band
  });
  it("a repeat attempt makes any score high risk", () => {
    expect(has("BACKUP_PLAN", many(3, "Psychiatry"), { "Step 2 CK": 240, "Step 1 attempts": 2, Specialties: "Psychiatry" })).toBe(true);
  });
  it("counts only usable IM/FM programs", () => {
    const rows = [...many(5, "Pediatrics"), ...many(5, "Internal Medicine", { Visa: "None" })];
    expect(has("BACKUP_PLAN", rows, peds205)).toBe(true);
  });
  it("borderline: a listed first specialty (or a competitive one) with no usable IM/FM program", () => {
    const borderline = { "Step 2 CK": 230 };
    for (const s of ["Psychiatry", "Neurology", "Pediatrics", "Pathology", "Anesthesiology", "Emergency Medicine", "General Surgery", "Dermatology"]) {
      expect(has("BACKUP_PLAN", many(3, s), { ...borderline, Specialties: s })).toBe(true);
    }
    expect(has("BACKUP_PLAN", [...many(3, "Psychiatry"), ...many(1, "Family Medicine")], { ...borderline, Specialties: "Psychiatry" })).toBe(false);
    expect(has("BACKUP_PLAN", many(3, "Radiology"), { ...borderline, Specialties: "Urology" })).toBe(false);
  });
});

describe("RULES.md §8.3 PRELIM_OPTION", () => {
  const highRiskIm = { "Step 2 CK": 215 };
  it("info, for high risk in IM, General Surgery, Anesthesiology or a competitive specialty with no prelim or TY on the list", () => {
    const f = audit(many(3, "Internal Medicine"), highRiskIm).findings.find((x) => x.code === "PRELIM_OPTION");
    expect(f).toMatchObject({ severity: "info", row: null });
    expect(has("PRELIM_OPTION", many(3, "Internal Medicine"), { "Step 2 CK": 230 })).toBe(false);
    expect(has("PRELIM_OPTION", many(3, "Family Medicine"), { ...highRiskIm, Specialties: "Family Medicine" })).toBe(false);
  });
  it("not when a Transitional Year or preliminary position is on the applied list (Specialty or Program name)", () => {
    expect(has("PRELIM_OPTION", [...many(3, "Internal Medicine"), quietProgram("Mercy Prelim IM")], highRiskIm)).toBe(false);
    expect(has("PRELIM_OPTION", [...many(3, "Internal Medicine"), quietProgram("Mercy", { Specialty: "Transitional Year" })], highRiskIm)).toBe(false);
  });
});

describe("RULES.md §8.3 STRENGTHEN_FIRST", () => {
  const weak = { "Step 2 CK": 215, "USCE months": 1 };
  it("Step 2 CK under 220 and under 3 months of USCE; a blank USCE is unknown", () => {
    expect(has("STRENGTHEN_FIRST", many(2, "Internal Medicine"), weak)).toBe(true);
    expect(has("STRENGTHEN_FIRST", many(2, "Internal Medicine"), { ...weak, "USCE months": 3 })).toBe(false);
    expect(has("STRENGTHEN_FIRST", many(2, "Internal Medicine"), { ...weak, "Step 2 CK": 220 })).toBe(false);
    expect(has("STRENGTHEN_FIRST", many(2, "Internal Medicine"), { ...weak, "USCE months": "" })).toBe(false);
  });
  it("says wait a year with nothing applied, and keep going with applications out", () => {
    const message = (rows: RowSpec[]) => audit(rows, weak).findings.find((f) => f.code === "STRENGTHEN_FIRST")!.message;
    expect(message(many(2, "Internal Medicine", { Applied: "No" }))).toMatch(/waiting one year/);
    expect(message(many(2, "Internal Medicine"))).toMatch(/keep going.*SOAP/);
  });
});

describe("RULES.md §8.3 FEW_INTERVIEWS", () => {
  const interviewed = (yes: number, no: number) => [
    ...many(yes, "Internal Medicine", { Interview: "Yes" }).map((r, i) => ({ ...r, Program: `Y${i}` })),
    ...many(no, "Internal Medicine", { Interview: "No" }).map((r, i) => ({ ...r, Program: `N${i}` })),
  ];
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);
  it("fewer than 6 usable applied programs with an interview, between November 1 before the Match year and January 31", () => {
    expect(has("FEW_INTERVIEWS", interviewed(5, 10), {}, day(2026, 11, 1))).toBe(true);
    expect(has("FEW_INTERVIEWS", interviewed(5, 10), {}, day(2027, 1, 31))).toBe(true);
    expect(has("FEW_INTERVIEWS", interviewed(5, 10), {}, day(2026, 10, 31))).toBe(false);
    expect(has("FEW_INTERVIEWS", interviewed(5, 10), {}, day(2027, 2, 1))).toBe(false);
    expect(has("FEW_INTERVIEWS", interviewed(6, 10), {}, day(2026, 12, 1))).toBe(false);
  });
  it("needs an Interview cell filled in on an applied row, and counts only usable programs", () => {
    expect(has("FEW_INTERVIEWS", many(10, "Internal Medicine"), {}, day(2026, 12, 1))).toBe(false);
    const screened = [...interviewed(5, 5), ...many(3, "Internal Medicine", { Interview: "Yes", Visa: "None" }).map((r, i) => ({ ...r, Program: `X${i}` }))];
    expect(has("FEW_INTERVIEWS", screened, {}, day(2026, 12, 1))).toBe(true);
  });
});

describe("RULES.md §8.3 APPLICATION_COUNT_LOW leaves out TY, preliminary and competitive programs", () => {
  it("counts every other usable applied program, whatever its specialty", () => {
    const rows = [...many(70, "Internal Medicine"), ...many(5, "Family Medicine"), ...many(3, "Transitional Year"), ...many(2, "Dermatology"), quietProgram("City Prelim IM")];
    const result = audit(rows);
    expect(result.summary.recommendedApplications).toEqual({ min: 80, max: 120, counted: 75 });
    expect(result.findings.filter((f) => f.code === "APPLICATION_COUNT_LOW")).toHaveLength(1);
  });
  it("the fee of the programs to add is in the message", () => {
    const f = audit(many(30, "Internal Medicine")).findings.find((x) => x.code === "APPLICATION_COUNT_LOW")!;
    expect(f.message).toContain("add at least 50 ");
    expect(f.message).toContain("about $1,500 more"); // 50 more, each past the 30th: $30
  });
  it("no range (and no finding) for a first specialty outside the table's columns", () => {
    const result = audit(many(3, "Dermatology"), { Specialties: "Dermatology, Internal Medicine" });
    expect(result.summary.recommendedApplications).toBeNull();
    expect(result.findings.some((f) => f.code === "APPLICATION_COUNT_LOW")).toBe(false);
  });
  it("summary.applications lists applied and usable per specialty, the profile's first", () => {
    const rows = [...many(2, "Family Medicine"), ...many(3, "Internal Medicine", { Visa: "None" })];
    expect(audit(rows, { Specialties: "Internal Medicine, Family Medicine" }).summary.applications).toEqual([
      { specialty: "Internal Medicine", applied: 3, usable: 0 },
      { specialty: "Family Medicine", applied: 2, usable: 2 },
    ]);
  });
});

describe("review findings: the strategy and data messages for edge counts", () => {
  it("BACKUP_PLAN fires for a high-risk applicant who has applied to nothing yet, and says so plainly", () => {
    const f = audit(many(4, "Pediatrics", { Applied: "No" }), { "Step 2 CK": 205, Specialties: "Pediatrics" }).findings.find((x) => x.code === "BACKUP_PLAN");
    expect(f).toBeDefined();
    expect(f!.message).not.toMatch(/\b0 programs\b|of the 0\b/);
  });
  it("APPLICATION_COUNT_LOW says 'at least 1 IMG-friendly program' for one more", () => {
    const f = audit(many(79, "Internal Medicine")).findings.find((x) => x.code === "APPLICATION_COUNT_LOW");
    expect(f!.message).toContain("add at least 1 IMG-friendly program ");
  });
  it("DATA_GAPS says a count of zero in words", () => {
    const f = audit(many(8, "Internal Medicine", { Visa: "" })).findings.find((x) => x.code === "DATA_GAPS");
    expect(f!.message).toMatch(/every one has an IMG % and 8 have an unknown visa policy/);
    expect(f!.message).not.toMatch(/\b0 have\b/);
  });
  it("the verdict does not call programs 'applied' that are not", () => {
    const rows = [quietProgram("A"), quietProgram("B", { Applied: "No", Visa: "" }), quietProgram("C", { Applied: "No", Visa: "" })];
    const v = audit(rows).summary.verdict.join(" ");
    expect(v).toContain("unknown visa policy");
    expect(v).not.toContain("applied programs have an unknown visa policy");
  });
});

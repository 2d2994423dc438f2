// RULES.md v2 §8.5 and the house rules: every message and verdict entry is written for an applicant
// under stress, with no internal code names (like VISA_TYPE) in the prose.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import type { FindingCode } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const CODE_NAME = /\b[A-Z0-9]+_[A-Z0-9_]+\b/;
const many = (n: number, prefix: string, extra: RowSpec = {}) => Array.from({ length: n }, (_, i) => quietProgram(`${prefix}${i}`, extra));

/** Sheets that between them fire nearly every code. */
const SCENARIOS: [string, RowSpec[], Record<string, unknown>][] = [
  [
    "a messy list",
    [
      quietProgram("None", { Visa: "None", Signal: "Yes", Applied: "No", Rank: 1 }),
      quietProgram("Strict", { "Min Step 2": 250, Signal: "gold", Rank: 1, Interview: "Yes" }),
      quietProgram("Near", { "Min Step 2": 232, "Avg Step 2": 255, "IMG %": 10, Signal: "Yes", Rank: 2, Interview: "No" }),
      quietProgram("Pref", { "Min Step 2": "240 preferred", "IMG %": "lots", Verified: "" }),
      quietProgram("Old", { "Max years since graduation": 2, "Max attempts": 1, Specialty: "Dermatology" }),
      quietProgram("Old", { Visa: "" }),
      ...many(3, "R", { "IMG %": 10, Signal: "Yes", City: "Brooklyn", State: "NY" }).map((r, i) => ({ ...r, Rank: i + 3 })),
      ...many(2, "H", { Visa: "H-1B", "IMG %": "" }),
    ],
    { "Step 2 CK": 215, "USCE months": 1, "Step 1 attempts": 2, Specialties: "Pediatrics", "Visa needed": "J-1 or H-1B" },
  ],
  ["an H-1B-only list", [...many(4, "J", { Visa: "J-1" }), ...many(4, "B", { Visa: "Both" })], { "Visa needed": "H-1B", Specialties: "Psychiatry" }],
  [
    "a Pediatrics-only list at 205",
    [...many(5, "Peds", { Specialty: "Pediatrics" }), quietProgram("Later", { Specialty: "Pediatrics", Signal: "Yes", Applied: "No" })],
    { "Step 2 CK": 205, Specialties: "Pediatrics" },
  ],
  ["nothing applied yet", many(3, "P", { Applied: "No" }), { "Step 2 CK": 205, "USCE months": 0, Specialties: "Internal Medicine" }],
  ["a well-built list", [...many(16, "R", { "IMG %": 10 }), ...many(16, "M", { "IMG %": 30 }), ...many(48, "S")], {}],
];

describe("messages and verdicts name no internal code", () => {
  const fired = new Set<FindingCode>();
  it.each(SCENARIOS)("%s", (_name, rows, profile) => {
    const result = auditSheet(programSheet(rows), profileRows(profile), { today: TODAY });
    expect(result.summary.verdict.length).toBeGreaterThanOrEqual(1);
    expect(result.summary.verdict.length).toBeLessThanOrEqual(5);
    for (const text of [...result.summary.verdict, ...result.findings.map((f) => f.message)]) expect(text).not.toMatch(CODE_NAME);
    for (const f of result.findings) fired.add(f.code);
  });
  it("the scenarios cover the new codes of version 2", () => {
    const v2: FindingCode[] = ["STEP3_FOR_H1B", "H1B_PETITION_FEE", "SIGNAL_SCREENED_OUT", "SIGNAL_NOT_APPLIED", "SIGNALS_ON_REACHES", "RANK_NOT_INTERVIEWED", "DUPLICATE_RANK", "BACKUP_PLAN", "PRELIM_OPTION", "STRENGTHEN_FIRST", "FEW_INTERVIEWS", "DATA_GAPS"];
    expect(v2.filter((c) => !fired.has(c))).toEqual([]);
  });
});

describe("a count of zero reads as none", () => {
  it("no Safety on either list, and no IM/FM backup, say none rather than 'only 0'", () => {
    const rows = Array.from({ length: 5 }, (_, i) => quietProgram(`Peds ${i}`, { Specialty: "Pediatrics", "IMG %": 30, Rank: i + 1 }));
    const result = auditSheet(programSheet(rows), profileRows({ "Step 2 CK": 215, Specialties: "Pediatrics" }), { today: TODAY });
    const texts = [...result.summary.verdict, ...result.findings.map((f) => f.message)];
    expect(texts.filter((t) => /\bonly 0\b/i.test(t))).toEqual([]);
    expect(result.findings.find((f) => f.code === "LIST_FEW_SAFETIES" && f.list === "ranked")!.message).toMatch(/^None of the 5 programs/);
    expect(result.findings.find((f) => f.code === "BACKUP_PLAN")!.message).toMatch(/none of the 5 programs you applied to and can use is Internal Medicine/);
  });
});

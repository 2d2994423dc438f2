// Every per-program finding code of RULES.md §8 and §10, each with the case that fires it and the
// boundary where it must not.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import type { Finding, FindingCode } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

function audit(rows: RowSpec[], profile: Record<string, unknown> = {}, headers?: string[]) {
  return auditSheet(programSheet(rows, headers), profileRows(profile), { today: TODAY });
}
const codesAt = (findings: Finding[], row: number) => findings.filter((f) => f.row === row).map((f) => f.code);
function rowCodes(extra: RowSpec, profile: Record<string, unknown> = {}): FindingCode[] {
  return codesAt(audit([quietProgram("Test Program", extra)], profile).findings, 2);
}

describe("the quiet program", () => {
  it("triggers no per-program finding for the base profile", () => {
    expect(rowCodes({})).toEqual([]);
  });
});

describe("RULES.md §8 visa findings", () => {
  it("VISA_NONE: needs a visa, program sponsors none (error)", () => {
    const { findings } = audit([quietProgram("A", { Visa: "No visa sponsorship" })]);
    expect(findings[0]).toMatchObject({ code: "VISA_NONE", severity: "error", row: 2, program: "A" });
    expect(rowCodes({ Visa: "None" }, { "Visa needed": "None" })).toEqual([]);
  });
  it("VISA_TYPE: H-1B only applicant at a J-1 only program, and the reverse", () => {
    expect(rowCodes({ Visa: "J-1 only" }, { "Visa needed": "H-1B", "Step 3": "Pass" })).toEqual(["VISA_TYPE"]);
    expect(rowCodes({ Visa: "H1B" }, { "Visa needed": "J-1" })).toEqual(["VISA_TYPE"]);
    expect(rowCodes({ Visa: "J-1" }, { "Visa needed": "J-1 or H-1B" })).toEqual([]);
  });
  it("VISA_STEP3: relies on H-1B without Step 3 passed (warning)", () => {
    expect(rowCodes({ Visa: "H-1B" }, { "Visa needed": "J-1 or H-1B" })).toEqual(["VISA_STEP3"]);
    expect(rowCodes({ Visa: "Both" }, { "Visa needed": "J-1 or H-1B" })).toEqual([]); // J-1 is there too
    expect(rowCodes({ Visa: "H-1B" }, { "Visa needed": "J-1 or H-1B", "Step 3": "Pass" })).toEqual([]);
    expect(rowCodes({ Visa: "H-1B" }, { "Visa needed": "J-1 or H-1B", "Step 3": 210 })).toEqual([]);
    // RULES.md v2: an applicant who can use only H-1B hears it once, as STEP3_FOR_H1B, not per program.
    expect(rowCodes({ Visa: "Both" }, { "Visa needed": "H-1B" })).toEqual([]);
    expect(rowCodes({ Visa: "H-1B" }, { "Visa needed": "H-1B" })).toEqual([]);
  });
  it("VISA_UNKNOWN: blank, Unknown, ? and N/A are unknown; county programs get no pass (§10)", () => {
    for (const visa of ["", "Unknown", "?", "N/A"]) expect(rowCodes({ Visa: visa })).toEqual(["VISA_UNKNOWN"]);
    expect(rowCodes({ Visa: "", "Program type": "County / safety net" })).toEqual(["VISA_UNKNOWN"]);
    expect(rowCodes({ Visa: "" }, { "Visa needed": "None" })).toEqual([]);
  });
});

describe("RULES.md §7–§8 score findings", () => {
  it("NEAR_MIN_SCORE at 1 and exactly 5 points below; BELOW_MIN_SCORE at 6", () => {
    expect(rowCodes({ "Min Step 2": 231 })).toEqual(["NEAR_MIN_SCORE"]);
    expect(rowCodes({ "Min Step 2": 235 })).toEqual(["NEAR_MIN_SCORE"]);
    expect(rowCodes({ "Min Step 2": "≥ 236" })).toEqual(["BELOW_MIN_SCORE"]);
    expect(rowCodes({ "Min Step 2": 230 })).toEqual([]);
  });
  it("severities: below is an error, near is a warning", () => {
    const below = audit([quietProgram("A", { "Min Step 2": 240 })]).findings.find((f) => f.row === 2);
    const near = audit([quietProgram("A", { "Min Step 2": 232 })]).findings.find((f) => f.row === 2);
    expect([below?.severity, near?.severity]).toEqual(["error", "warning"]);
  });
  it("BELOW_PREFERRED_SCORE replaces both when the minimum is preferred (column or cell)", () => {
    expect(rowCodes({ "Min Step 2": 240, "Cutoff type": "preferred" })).toEqual(["BELOW_PREFERRED_SCORE"]);
    expect(rowCodes({ "Min Step 2": "232 preferred" })).toEqual(["BELOW_PREFERRED_SCORE"]);
    expect(rowCodes({ "Min Step 2": 240, "Cutoff type": "hard" })).toEqual(["BELOW_MIN_SCORE"]);
  });
  it("SCORE_GAP at 20 points above the score, not at 19", () => {
    expect(rowCodes({ "Avg Step 2": 250 })).toContain("SCORE_GAP");
    expect(rowCodes({ "Avg Step 2": 249 })).not.toContain("SCORE_GAP");
  });
  it("ATTEMPTS_EXCEEDED compares the largest attempts on any Step", () => {
    expect(rowCodes({ "Max attempts": 1 }, { "Step 1 attempts": 2 })).toEqual(["ATTEMPTS_EXCEEDED"]);
    expect(rowCodes({ "Max attempts": 2 }, { "Step 2 CK attempts": 2 })).toEqual([]);
  });
  it("GRAD_YEAR_EXCEEDED counts match year − graduation year", () => {
    expect(rowCodes({ "Max years since graduation": 4 }, { "Graduation year": 2022, "Match year": 2027 })).toEqual(["GRAD_YEAR_EXCEEDED"]);
    expect(rowCodes({ "Max years since graduation": 5 }, { "Graduation year": 2022, "Match year": 2027 })).toEqual([]);
    // A blank match year is the next Match (RULES.md v2 §1): TODAY, 2026-11-21, is before the 2027 Match.
    expect(rowCodes({ "Max years since graduation": 4 }, { "Graduation year": 2022, "Match year": "" })).toEqual(["GRAD_YEAR_EXCEEDED"]);
    expect(rowCodes({ "Max years since graduation": 5 }, { "Graduation year": 2022, "Match year": "" })).toEqual([]);
  });
});

describe("RULES.md §8 specialty, signal and duplicate findings", () => {
  it("COMPETITIVE_SPECIALTY under 235 or with any repeated Step (RULES.md v2 §8.2)", () => {
    expect(rowCodes({ Specialty: "Dermatology" }, { "Step 2 CK": 224 })).toEqual(["COMPETITIVE_SPECIALTY"]);
    expect(rowCodes({ Specialty: "Dermatology" }, { "Step 2 CK": 234 })).toEqual(["COMPETITIVE_SPECIALTY"]);
    expect(rowCodes({ Specialty: "ENT" }, { "Step 2 CK": 240, "Step 1": "Fail" })).toEqual(["COMPETITIVE_SPECIALTY"]);
    expect(rowCodes({ Specialty: "Dermatology" }, { "Step 2 CK": 235 })).toEqual([]);
    expect(rowCodes({ Specialty: "Internal Medicine" }, { "Step 2 CK": 200 })).toEqual([]);
  });
  it("SIGNAL_ON_REACH: a signal on a Reach with IMG % under 20, the type standing in for a blank IMG %", () => {
    expect(rowCodes({ "IMG %": 10, Signal: "gold" })).toEqual(["SIGNAL_ON_REACH"]);
    expect(rowCodes({ "IMG %": "", "Program type": "University", Signal: "Yes" })).toEqual(["SIGNAL_ON_REACH"]);
    // Reach because of the average, but 30% IMG: not a wasted signal by this rule.
    expect(rowCodes({ "IMG %": 30, "Avg Step 2": 240, Signal: "Yes" })).toEqual([]);
    expect(rowCodes({ "IMG %": 20, Signal: "Yes" })).toEqual([]);
  });
  it("DUPLICATE_PROGRAM: same name and specialty, ignoring case and spacing; names the first row", () => {
    const { findings } = audit([quietProgram("Mercy IM"), quietProgram("mercy  im"), quietProgram("Mercy IM", { Specialty: "Family Medicine" })]);
    const dup = findings.filter((f) => f.code === "DUPLICATE_PROGRAM");
    expect(dup.map((f) => f.row)).toEqual([3]);
    expect(dup[0]!.message).toContain("row 2");
  });
  it("DUPLICATE_PROGRAM names both rows, and both spellings when they differ (RULES.md v2 §8.2)", () => {
    const { findings } = audit([quietProgram("St. Aidan's Charity IM"), quietProgram("Saint Aidan Charity IM"), quietProgram("St. Aidan's Charity IM")]);
    const [differ, same] = findings.filter((f) => f.code === "DUPLICATE_PROGRAM");
    expect(differ!.message).toMatch(/^Rows 2 and 3 are the same program .*on row 2 as 'St\. Aidan's Charity IM' \(here 'Saint Aidan Charity IM'\)/);
    expect(same!.message).toMatch(/^Rows 2 and 4 are the same program \(Internal Medicine\): it is on row 2\. Keep one row/);
  });
});

describe("RULES.md §3, §8 UNREADABLE_VALUE", () => {
  it("names the column, the row and the value, says what was skipped, and judges the rest as if blank", () => {
    const result = audit([quietProgram("A", { "IMG %": "lots", "Program type": "", Visa: "None" })]);
    const unreadable = result.findings.find((f) => f.code === "UNREADABLE_VALUE")!;
    expect(unreadable.message).toMatch(/^IMG % 'lots' in row 2 is not a percentage\. Skipped for this row: .*the tier/);
    expect(result.findings.map((f) => f.code)).toContain("VISA_NONE"); // the rest of the row still judged
    expect(result.programs[0]!.tier).toBe("Unknown");
  });
  it("says in plain words what an unreadable Interview cell skipped", () => {
    const unreadable = audit([quietProgram("A", { Interview: "perhaps" })]).findings.find((f) => f.code === "UNREADABLE_VALUE")!;
    expect(unreadable.message).toBe("Interview 'perhaps' in row 2 is not yes or no. Skipped for this row: the interview count (the row counts as not interviewed). Write Yes or No.");
  });
  it("an unreadable cell never breaks the other rows", () => {
    const result = audit([quietProgram("A", { "Min Step 2": "two hundred" }), quietProgram("B", { Visa: "None" })]);
    expect(codesAt(result.findings, 2)).toEqual(["UNREADABLE_VALUE"]);
    expect(codesAt(result.findings, 3)).toEqual(["VISA_NONE"]);
  });
  it("an unreadable profile field has no row and no program", () => {
    const { findings } = audit([quietProgram("A")], { "Graduation year": "soon" });
    const unreadable = findings.find((f) => f.code === "UNREADABLE_VALUE");
    expect(unreadable).toMatchObject({ row: null, program: null, list: null });
    expect(unreadable!.message).toContain("Graduation year 'soon'");
  });
});

describe("RULES.md §10 STALE_DATA", () => {
  it("fires for a blank Verified and for more than 12 months before today, not for exactly 12", () => {
    expect(rowCodes({ Verified: "" })).toEqual(["STALE_DATA"]);
    expect(rowCodes({ Verified: "2025-11-20" })).toEqual(["STALE_DATA"]);
    expect(rowCodes({ Verified: "2025-11-21" })).toEqual([]);
  });
  it("is info, once per row, and counted in the summary", () => {
    const result = audit([quietProgram("A", { Verified: "" }), quietProgram("B", { Verified: "2020-01-01" })]);
    expect(result.findings.filter((f) => f.code === "STALE_DATA").map((f) => f.severity)).toEqual(["info", "info"]);
    expect(result.summary.staleData).toBe(2);
  });
  // An unreadable date is not a blank cell: the message must not tell the user their cell is empty.
  it("an unreadable Verified date is stale, and its message does not call the cell blank", () => {
    const { findings } = audit([quietProgram("A", { Verified: "1-Mar-25" })]);
    expect(codesAt(findings, 2)).toEqual(["UNREADABLE_VALUE", "STALE_DATA"]);
    const stale = findings.find((f) => f.code === "STALE_DATA")!;
    expect(stale.message).not.toContain("blank");
    expect(stale.message).toContain("Verified");
  });
  it("a sheet without a Verified column gets none", () => {
    const headers = ["Program", "Specialty", "IMG %", "Visa", "Applied"];
    const result = audit([quietProgram("A")], {}, headers);
    expect(result.findings.map((f) => f.code)).not.toContain("STALE_DATA");
  });
});

describe("RULES.md §2 a missing column only disables its checks", () => {
  it("no Visa column: no visa findings, everything else still runs", () => {
    const headers = ["Program", "Specialty", "IMG %", "Min Step 2", "Applied", "Verified"];
    const result = audit([quietProgram("A", { "Min Step 2": 240 })], {}, headers);
    expect(codesAt(result.findings, 2)).toEqual(["BELOW_MIN_SCORE"]);
  });
});

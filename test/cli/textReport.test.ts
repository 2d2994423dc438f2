// The CLI's text report reads as English for counts of one: "1 warning", "1 row", not "1 warnings".

import { describe, expect, it } from "vitest";
import { textReport } from "../../src/cli/textReport";
import { auditSheet } from "../../src/rules/audit";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

describe("the text report's counts", () => {
  it("are singular for one", () => {
    // One IM program, never verified: one APPLICATION_COUNT_LOW warning and one STALE_DATA info.
    const result = auditSheet(programSheet([quietProgram("A", { Verified: "" })]), profileRows(), { today: TODAY });
    expect(result.summary.counts).toEqual({ error: 0, warning: 1, info: 1 });
    const text = textReport(result);
    expect(text).toContain("IMG List Audit: 1 program, judged on");
    expect(text).toContain("Findings: 0 errors, 1 warning, 1 info");
    expect(text).toContain("Stale data: 1 row not verified in the last 12 months");
  });
  it("stay plural for more than one", () => {
    const rows = [quietProgram("A", { Verified: "" }), quietProgram("B", { Verified: "", Visa: "None" })];
    // One application shortfall for the whole list (RULES.md v2 §8.4), one unknown visa policy, and
    // DATA_GAPS (1 of the 2 usable programs has an unknown visa policy).
    const profile = profileRows({ Specialties: "Internal Medicine, Family Medicine" });
    const text = textReport(auditSheet(programSheet([...rows, quietProgram("C", { Verified: "", Visa: "" })]), profile, { today: TODAY }));
    expect(text).toContain("Stale data: 3 rows not verified");
    expect(text).toContain("Findings: 1 error, 3 warnings, 3 info");
  });
});

describe("the text report's profile notes", () => {
  it("prints each note of summary.profileNotes, near the top, before the findings", () => {
    const result = auditSheet(programSheet([quietProgram("A")]), [...profileRows({ "Visa needed": "" }), ["Tries on CK", 2]], { today: TODAY });
    expect(result.summary.profileNotes).toHaveLength(2);
    const text = textReport(result);
    const flat = text.replace(/\s+/g, " ");
    for (const note of result.summary.profileNotes) expect(flat).toContain(`Profile: ${note}`);
    expect(flat.indexOf("Profile: ")).toBeLessThan(flat.indexOf("Findings:"));
    // Wrapped like the findings: the notes are long sentences.
    const from = text.indexOf("Profile: ");
    const notes = text.slice(from, text.indexOf("\n\n", from)).split("\n");
    expect(notes.length).toBeGreaterThan(2);
    expect(notes.every((line) => line.length <= 100)).toBe(true);
  });
  it("prints none for a complete profile", () => {
    expect(textReport(auditSheet(programSheet([quietProgram("A")]), profileRows(), { today: TODAY }))).not.toContain("Profile: ");
  });
});

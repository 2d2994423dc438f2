// The CLI's text report: English for counts of one, the verdict first, a code firing for 3+ programs
// said once (RULES.md §8.5–8.6), --by-row, and no line over 100 characters.

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
    expect(text).toContain("IMG List Audit: 1 program, score band borderline, judged on");
    expect(text).toContain("\nWARNINGS: worth a look (1)\n");
    expect(text).toContain("\nINFO (1)\n");
  });
  it("stay plural for more than one", () => {
    const rows = [quietProgram("A", { Verified: "" }), quietProgram("B", { Verified: "", Visa: "None" })];
    // One application shortfall for the whole list (RULES.md v2 §8.4), one unknown visa policy, and
    // DATA_GAPS (1 of the 2 usable programs has an unknown visa policy).
    const profile = profileRows({ Specialties: "Internal Medicine, Family Medicine" });
    const text = textReport(auditSheet(programSheet([...rows, quietProgram("C", { Verified: "", Visa: "" })]), profile, { today: TODAY }));
    expect(text).toContain("Applied list: 3 programs, 2 you can use (1 screened out by visa)");
    expect(text).toContain("Rank list: no programs on this list");
  });
});

describe("the text report's profile notes", () => {
  it("prints each note of summary.profileNotes, near the top, before the findings", () => {
    const result = auditSheet(programSheet([quietProgram("A")]), [...profileRows({ "Visa needed": "" }), ["Tries on CK", 2]], { today: TODAY });
    expect(result.summary.profileNotes).toHaveLength(2);
    const text = textReport(result);
    const flat = text.replace(/\s+/g, " ");
    for (const note of result.summary.profileNotes) expect(flat).toContain(`Profile: ${note}`);
    expect(flat.indexOf("Profile: ")).toBeLessThan(flat.search(/ERRORS|WARNINGS|INFO/));
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

// RULES.md §8.5–8.6, CONTRACT.md §3: verdict first, a code firing for 3+ programs said once, --by-row.
const visaless = (name: string) => quietProgram(name, { Visa: "None" });

describe("the text report's layout", () => {
  it("starts with the verdict, numbered, before the summary and the findings", () => {
    const result = auditSheet(programSheet([visaless("A"), quietProgram("B")]), profileRows(), { today: TODAY });
    const verdict = ["Drop the 1 program that sponsors no visa you can use.", "Apply to 79 more IMG-friendly programs."];
    const text = textReport({ ...result, summary: { ...result.summary, verdict } } as typeof result);
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.includes(verdict[0]!));
    expect(first).toBeGreaterThan(0);
    expect(lines[first]).toMatch(/^ {2}1\. /);
    expect(lines.findIndex((l) => l.includes(verdict[1]!))).toBe(first + 1);
    expect(lines.findIndex((l) => l.startsWith("Applied list:"))).toBeGreaterThan(first + 1);
    expect(lines.findIndex((l) => l.startsWith("ERRORS"))).toBeGreaterThan(first + 1);
  });

  it("says a code that fires for 3 programs once, with its advice and every program", () => {
    const result = auditSheet(programSheet([visaless("Alpha IM"), visaless("Beta IM"), quietProgram("Quiet IM"), visaless("Gamma IM")]), profileRows(), { today: TODAY });
    const visa = result.findings.filter((f) => f.code === "VISA_NONE");
    expect(visa.map((f) => f.row)).toEqual([2, 3, 5]);
    const text = textReport(result);
    const flat = text.replace(/\s+/g, " ");
    // The codes table's headline, then the programs, as RULES.md §8.6 writes it.
    expect(text).toMatch(/^ {2}Sponsors no visa: rows 2 \(Alpha IM\), 3 \(Beta IM\), 5 \(Gamma IM\)\. /m);
    // The advice once, not once per program.
    const advice = visa[0]!.message.split(". ").pop()!;
    expect(flat.split(advice).length - 1).toBe(1);
    expect(text).not.toContain("Row 3 (Beta IM):");
  });

  it("keeps a code that fires for 2 programs under each program", () => {
    const text = textReport(auditSheet(programSheet([visaless("Alpha IM"), visaless("Beta IM")]), profileRows(), { today: TODAY }));
    expect(text).toMatch(/^ {2}Row 2 \(Alpha IM\): You need/m);
    expect(text).toMatch(/^ {2}Row 3 \(Beta IM\): You need/m);
    expect(text).not.toContain("Sponsors no visa");
  });

  it("--by-row lists every finding under its row, list-wide ones first, each with its code", () => {
    const result = auditSheet(programSheet([visaless("Alpha IM"), visaless("Beta IM"), visaless("Gamma IM")]), profileRows(), { today: TODAY });
    const text = textReport(result, { byRow: true });
    expect(text).not.toContain("Sponsors no visa");
    for (const f of result.findings) expect(text.replace(/\s+/g, " ")).toContain(`${f.severity} (${f.code}): ${f.message}`);
    const lines = text.split("\n");
    const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
    expect(at(/^ {2}whole list/)).toBeLessThan(at(/^ {2}row 2 /));
    expect(at(/^ {2}row 2 /)).toBeLessThan(at(/^ {2}row 3 /));
    expect(lines.filter((l) => /^ {2}row 2 /.test(l))).toHaveLength(1);
  });

  it("cuts a long program name short in a group's list, and at 60 characters in its own finding", () => {
    const name = "Very Long University Medical Center Internal Medicine Residency";
    const result = auditSheet(programSheet([1, 2, 3].map((n) => visaless(`${n} ${name}`))), profileRows(), { today: TODAY });
    const flat = textReport(result).replace(/\s+/g, " ");
    expect(flat).toContain("rows 2 (1 Very Long Universit…), 3 (2 Very Long Universit…)");
    expect(textReport(result, { byRow: true }).replace(/\s+/g, " ")).toContain(`${`1 ${name}`.slice(0, 57)}…`);
  });

  it("never prints a line over 100 characters, even for long program names", () => {
    const long = (n: number) => visaless(`${"Very Long University Medical Center Name ".repeat(1)}${n} Internal Medicine Residency`);
    const text = textReport(auditSheet(programSheet([long(1), long(2), long(3), long(4)]), profileRows(), { today: TODAY }));
    expect(text.split("\n").filter((l) => l.length > 100)).toEqual([]);
  });
  it("echoes a program name of any length cut to 60 characters (CONTRACT.md §3)", () => {
    const name = `${"Very Long University Medical Center ".repeat(4)}IM`;
    const text = textReport(auditSheet(programSheet([visaless(name)]), profileRows(), { today: TODAY }), { byRow: true }).replace(/\s+/g, " ");
    expect(text).not.toContain(name);
    expect(text).toContain(`${name.slice(0, 57)}…`);
  });

  it("says the count and the fees as the rest of the report does: '1 counts', '$1,800'", () => {
    const one = textReport(auditSheet(programSheet([quietProgram("Only")]), profileRows(), { today: TODAY })).replace(/\s+/g, " ");
    expect(one).toContain("Applications: 1 counts toward");
    const many = Array.from({ length: 100 }, (_, n) => quietProgram(`P${n}`));
    const text = textReport(auditSheet(programSheet(many), profileRows(), { today: TODAY })).replace(/\s+/g, " ");
    expect(text).toMatch(/ERAS fees \$2,430: Internal Medicine 100 \(\$2,430\)/);
  });
});

// The visa findings on the Visa cells issue 12 found misread (RULES.md §3 "Visa policy as two facts",
// §8.2): negated text is the visa error it states, doubtful text is VISA_UNKNOWN quoting the cell,
// never a visa error and never a confirmed visa.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import type { FindingCode } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

function visaFindings(visa: string, need: string) {
  const result = auditSheet(programSheet([quietProgram("Test Program", { Visa: visa })]), profileRows({ "Visa needed": need, "Step 3": "Pass" }), { today: TODAY });
  return result.findings.filter((f) => f.row === 2);
}
const codes = (visa: string, need: string): FindingCode[] => visaFindings(visa, need).map((f) => f.code);

describe("RULES.md §3/§8.2 visa text applicants type, read as two facts", () => {
  it.each([
    ["J1 only, no H1B", "H-1B", ["VISA_TYPE"]],
    ["J1 (no H1B)", "H-1B", ["VISA_TYPE"]],
    ["Does not sponsor H-1B", "H-1B", ["VISA_TYPE"]],
    ["cit/GC only", "J-1 or H-1B", ["VISA_NONE"]],
    ["US citizens / green card only", "J-1", ["VISA_NONE"]],
    ["J1 only, no H1B", "J-1", []],
    ["Does not sponsor H-1B", "J-1", ["VISA_UNKNOWN"]],
    ["Does not sponsor H-1B", "J-1 or H-1B", ["VISA_UNKNOWN"]],
    ["H1b case by case", "J-1", ["VISA_UNKNOWN"]],
    ["H1b case by case", "H-1B", ["VISA_UNKNOWN"]],
    ["prob J1", "J-1", ["VISA_UNKNOWN"]],
    ["J1?", "J-1", ["VISA_UNKNOWN"]],
    ["J1?", "H-1B", ["VISA_UNKNOWN"]],
    ["H1B only if Step 3", "J-1 or H-1B", ["VISA_UNKNOWN"]],
    ["J-1 preferred", "H-1B", ["VISA_UNKNOWN"]],
    ["J1 yes / H1B no", "H-1B", ["VISA_TYPE"]],
    ["J-1: ✓, H-1B: ✗", "J-1", []],
  ] as const)("%j for an applicant who needs %s: %j", (visa, need, expected) => {
    expect(codes(visa, need)).toEqual(expected);
  });

  it("VISA_UNKNOWN quotes the cell when it had text, and says blank when it had none", () => {
    expect(visaFindings("H1b case by case", "J-1")[0]!.message).toContain("'H1b case by case'");
    expect(visaFindings("", "J-1")[0]!.message).toMatch(/blank or unknown/);
  });

  it("VISA_TYPE says which visa the program lacks when the other is not known", () => {
    expect(visaFindings("Does not sponsor H-1B", "H-1B")[0]!.message).toMatch(/does not sponsor H-1B/);
    expect(visaFindings("J-1 only", "H-1B")[0]!.message).toMatch(/sponsors J-1 only/);
  });
});

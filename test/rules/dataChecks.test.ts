// RULES.md v2 §8.3 DATA_GAPS: when a quarter of the usable applied list has no IMG % or (for a visa
// applicant) no known visa policy, the shares rest on guesses.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const gaps = (rows: RowSpec[], profile: Record<string, unknown> = {}) =>
  auditSheet(programSheet(rows), profileRows(profile), { today: TODAY }).findings.filter((f) => f.code === "DATA_GAPS");
const many = (n: number, prefix: string, extra: RowSpec = {}) => Array.from({ length: n }, (_, i) => quietProgram(`${prefix}${i}`, extra));

describe("RULES.md §8.3 DATA_GAPS", () => {
  it("25% or more of the usable applied programs with no IMG %, giving both counts", () => {
    const [f] = gaps([...many(1, "Blank", { "IMG %": "" }), ...many(3, "Known")]);
    expect(f).toMatchObject({ severity: "warning", row: null });
    expect(f!.message).toContain("Of the 4 programs you applied to and can use, 1 has no IMG % and none has an unknown visa policy");
    expect(gaps([...many(1, "Blank", { "IMG %": "" }), ...many(4, "Known")])).toEqual([]); // 20%
  });
  it("25% or more with an unknown visa policy, only for an applicant who needs a visa", () => {
    const rows = [...many(1, "Unknown", { Visa: "" }), ...many(3, "Known")];
    expect(gaps(rows)).toHaveLength(1);
    expect(gaps(rows, { "Visa needed": "None" })).toEqual([]);
  });
  it("counts only usable programs", () => {
    // 2 blank-IMG % programs screened out by visa: 0 of 3 usable.
    expect(gaps([...many(2, "Gone", { "IMG %": "", Visa: "None" }), ...many(3, "Known")])).toEqual([]);
  });
});

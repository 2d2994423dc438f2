// RULES.md v2 §8.2–8.3 the signal checks: signals on screened-out programs, on programs not applied
// to, and mostly on reaches.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const audit = (rows: RowSpec[], profile: Record<string, unknown> = {}, headers?: string[]) =>
  auditSheet(programSheet(rows, headers), profileRows(profile), { today: TODAY });
const find = (rows: RowSpec[], code: string, headers?: string[]) => audit(rows, {}, headers).findings.filter((f) => f.code === code);

describe("RULES.md §8.2 SIGNAL_SCREENED_OUT", () => {
  it("an error while the program is not applied to: move the signal", () => {
    const [f] = find([quietProgram("X", { Visa: "None", Signal: "Yes", Applied: "No" })], "SIGNAL_SCREENED_OUT");
    expect(f).toMatchObject({ severity: "error", row: 2 });
    expect(f!.message).toMatch(/move it/);
  });
  it("a warning once it is applied to: the signal went with the application; rank the IMG-friendly interviews high", () => {
    const [f] = find([quietProgram("X", { "Min Step 2": 250, Signal: "gold", Applied: "Yes" })], "SIGNAL_SCREENED_OUT");
    expect(f).toMatchObject({ severity: "warning", row: 2 });
    expect(f!.message).toMatch(/cannot be moved.*rank/);
  });
  it("not on a usable program", () => {
    expect(find([quietProgram("X", { Signal: "Yes" })], "SIGNAL_SCREENED_OUT")).toEqual([]);
  });
});

describe("RULES.md §8.2 SIGNAL_NOT_APPLIED", () => {
  it("a signal on a row whose Applied cell is no, only when the sheet has an Applied column", () => {
    expect(find([quietProgram("X", { Signal: "Yes", Applied: "No" })], "SIGNAL_NOT_APPLIED")).toHaveLength(1);
    expect(find([quietProgram("X", { Signal: "Yes", Applied: "Yes" })], "SIGNAL_NOT_APPLIED")).toHaveLength(0);
    const noAppliedColumn = ["Program", "Specialty", "IMG %", "Visa", "Signal"];
    expect(find([quietProgram("X", { Signal: "Yes" })], "SIGNAL_NOT_APPLIED", noAppliedColumn)).toHaveLength(0);
  });
});

describe("RULES.md §8.3 SIGNALS_ON_REACHES", () => {
  const signalled = (n: number, imgPct: number, prefix: string, extra: RowSpec = {}) =>
    Array.from({ length: n }, (_, i) => quietProgram(`${prefix}${i}`, { "IMG %": imgPct, Signal: "Yes", ...extra }));
  it("3 or more signals in a specialty and more than half on Reach programs", () => {
    expect(find([...signalled(2, 10, "R"), ...signalled(1, 60, "S")], "SIGNALS_ON_REACHES")).toHaveLength(1); // 2 of 3
    expect(find([...signalled(2, 10, "R"), ...signalled(2, 60, "S")], "SIGNALS_ON_REACHES")).toHaveLength(0); // exactly half
    expect(find(signalled(2, 10, "R"), "SIGNALS_ON_REACHES")).toHaveLength(0); // only 2 signals
  });
  it("counts only signals on usable programs", () => {
    // 2 Reach + 1 Safety usable; 2 more Safety screened out by visa would otherwise make it 2 of 5.
    const rows = [...signalled(2, 10, "R"), ...signalled(1, 60, "S"), ...signalled(2, 60, "X", { Visa: "None" })];
    expect(find(rows, "SIGNALS_ON_REACHES")).toHaveLength(1);
  });
  it("one finding per specialty, with the counts", () => {
    const fm = (rows: RowSpec[]) => rows.map((r) => ({ ...r, Specialty: "Family Medicine" }));
    const rows = [...signalled(3, 10, "R"), ...fm(signalled(3, 10, "F"))];
    const findings = find(rows, "SIGNALS_ON_REACHES");
    expect(findings.map((f) => f.message.slice(0, 40))).toEqual(["3 of your 3 Internal Medicine signals ar", "3 of your 3 Family Medicine signals are "]);
  });
});

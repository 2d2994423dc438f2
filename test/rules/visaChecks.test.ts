// RULES.md v2 §8.2–8.3, §10 the visa family's whole-list findings: Step 3 for an H-1B-only applicant
// (once, not per program), the 2025 H-1B petition fee (switchable in the config), and VISA_STEP3 only
// for an applicant who can use either visa.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { DEFAULT_RULES } from "../../src/rules/config";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const audit = (rows: RowSpec[], profile: Record<string, unknown>, config = DEFAULT_RULES) =>
  auditSheet(programSheet(rows), profileRows(profile), { today: TODAY, config });
const codes = (rows: RowSpec[], profile: Record<string, unknown>, config = DEFAULT_RULES) => audit(rows, profile, config).findings.map((f) => f.code);
const both = [quietProgram("A", { Visa: "Both" }), quietProgram("B", { Visa: "H-1B" }), quietProgram("C", { Visa: "H-1B" })];

describe("RULES.md §8.3 STEP3_FOR_H1B", () => {
  it("one error for an applicant who can use only an H-1B without Step 3 passed, and no per-program VISA_STEP3", () => {
    const found = codes(both, { "Visa needed": "H-1B", "In the US now": "Yes" });
    expect(found.filter((c) => c === "STEP3_FOR_H1B")).toHaveLength(1);
    expect(found).not.toContain("VISA_STEP3");
    const f = audit(both, { "Visa needed": "H-1B" }).findings.find((x) => x.code === "STEP3_FOR_H1B");
    expect(f).toMatchObject({ severity: "error", row: null, program: null });
  });
  it("not once Step 3 is passed, nor for an applicant who can use a J-1", () => {
    expect(codes(both, { "Visa needed": "H-1B", "Step 3": "Pass" })).not.toContain("STEP3_FOR_H1B");
    expect(codes(both, { "Visa needed": "J-1 or H-1B" })).not.toContain("STEP3_FOR_H1B");
  });
});

describe("RULES.md §8.2 VISA_STEP3", () => {
  it("an applicant who can use either visa, at a program whose J-1 is not yes and H-1B is yes, without Step 3", () => {
    const rows = [quietProgram("H", { Visa: "H-1B" }), quietProgram("Both", { Visa: "Both" }), quietProgram("H, J?", { Visa: "H-1B yes, J1?" })];
    const rowsWith = audit(rows, { "Visa needed": "J-1 or H-1B" }).findings.filter((f) => f.code === "VISA_STEP3").map((f) => f.row);
    expect(rowsWith).toEqual([2, 4]);
  });
  it("says to pass Step 3 or rank J-1 programs above it, never to favour J-1 to an applicant who cannot use one", () => {
    const f = audit([quietProgram("H", { Visa: "H-1B" })], { "Visa needed": "J-1 or H-1B" }).findings.find((x) => x.code === "VISA_STEP3")!;
    expect(f.message).toMatch(/Pass Step 3/);
  });
});

describe("RULES.md §8.3, §10 H1B_PETITION_FEE", () => {
  it("an H-1B-only applicant not in the US: a warning with the amount, the dates and what to ask", () => {
    const f = audit(both, { "Visa needed": "H-1B", "In the US now": "No" }).findings.find((x) => x.code === "H1B_PETITION_FEE")!;
    expect(f).toMatchObject({ severity: "warning", row: null });
    expect(f.message).toMatch(/\$100,000/);
    expect(f.message).toMatch(/filed from 21 September 2025/);
    expect(f.message).toMatch(/in writing, whether it will do so this cycle/);
    expect(f.message).not.toMatch(/In the US now/); // answered: no hint to fill it in
  });
  it("a blank In the US now counts as not in the US, and says the fee may not apply inside the US", () => {
    const f = audit(both, { "Visa needed": "H-1B", "In the US now": "" }).findings.find((x) => x.code === "H1B_PETITION_FEE")!;
    expect(f.message).toMatch(/If you are in the US now/);
  });
  it("not for an applicant in the US now", () => {
    expect(codes(both, { "Visa needed": "H-1B", "In the US now": "Yes" })).not.toContain("H1B_PETITION_FEE");
  });
  it("J-1 or H-1B: only with a usable applied program whose H-1B is yes and J-1 is not; keep the J-1 programs", () => {
    const j1 = [quietProgram("J", { Visa: "J-1" }), quietProgram("Both", { Visa: "Both" })];
    expect(codes(j1, { "Visa needed": "J-1 or H-1B", "In the US now": "No" })).not.toContain("H1B_PETITION_FEE");
    const hOnly = [...j1, quietProgram("H", { Visa: "H-1B" })];
    const f = audit(hOnly, { "Visa needed": "J-1 or H-1B", "In the US now": "No" }).findings.find((x) => x.code === "H1B_PETITION_FEE")!;
    expect(f.message).toMatch(/Keep the programs that sponsor J-1/);
    const screened = [...j1, quietProgram("H", { Visa: "H-1B", "Min Step 2": 260 })];
    expect(codes(screened, { "Visa needed": "J-1 or H-1B", "In the US now": "No" })).not.toContain("H1B_PETITION_FEE");
  });
  it("is switched off, or changed, in the one config", () => {
    const off = { ...DEFAULT_RULES, h1bPetitionFee: { ...DEFAULT_RULES.h1bPetitionFee, enabled: false } };
    expect(codes(both, { "Visa needed": "H-1B" }, off)).not.toContain("H1B_PETITION_FEE");
    const changed = { ...DEFAULT_RULES, h1bPetitionFee: { ...DEFAULT_RULES.h1bPetitionFee, amountUsd: 5000 } };
    expect(audit(both, { "Visa needed": "H-1B" }, changed).findings.find((x) => x.code === "H1B_PETITION_FEE")!.message).toMatch(/\$5,000/);
  });
});

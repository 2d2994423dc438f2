// RULES.md v2 §8.2–8.3 the rank-list checks: ranks without an interview, a rank number used twice,
// and the rank list's shape on its usable programs (5 or more), with the coastal rule's city list.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import type { FindingCode } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const audit = (rows: RowSpec[], profile: Record<string, unknown> = {}) => auditSheet(programSheet(rows), profileRows(profile), { today: TODAY });
const findings = (rows: RowSpec[], code: FindingCode, profile: Record<string, unknown> = {}) => audit(rows, profile).findings.filter((f) => f.code === code);
const tier = { R: { "IMG %": 10 }, M: { "IMG %": 30 }, S: { "IMG %": 60 } } as const;
/** A rank list from a string of tiers, "RMSS…": rank 1 first. */
const rankList = (tiers: string, extra: RowSpec = {}) => [...tiers].map((t, i) => quietProgram(`P${i}`, { ...tier[t as keyof typeof tier], Rank: i + 1, ...extra }));
const noCount = { Specialties: "Dermatology" };

describe("RULES.md §8.2 RANK_NOT_INTERVIEWED", () => {
  it("a ranked program whose Interview cell is no, once the sheet records at least one interview", () => {
    const rows = [quietProgram("A", { Rank: 1, Interview: "Yes" }), quietProgram("B", { Rank: 2, Interview: "No" }), quietProgram("C", { Rank: 3 })];
    expect(findings(rows, "RANK_NOT_INTERVIEWED").map((f) => f.row)).toEqual([3, 4]);
  });
  it("not before any interview is recorded, and not on an unranked row", () => {
    expect(findings([quietProgram("A", { Rank: 1, Interview: "No" })], "RANK_NOT_INTERVIEWED")).toEqual([]);
    expect(findings([quietProgram("A", { Rank: 1, Interview: "Yes" }), quietProgram("B", { Interview: "No" })], "RANK_NOT_INTERVIEWED")).toEqual([]);
  });
});

describe("the rank checks' wording (what the applicant's own cells say)", () => {
  it("RANK_NOT_INTERVIEWED says a blank Interview cell is blank, and a no is a no", () => {
    const rows = [quietProgram("A", { Rank: 1, Interview: "Yes" }), quietProgram("B", { Rank: 2, Interview: "No" }), quietProgram("C", { Rank: 3 })];
    const [no, blank] = findings(rows, "RANK_NOT_INTERVIEWED");
    expect(no!.message).toContain("its Interview cell says no");
    expect(blank!.message).toContain("its Interview cell is blank");
    expect(blank!.message).not.toContain("says no");
  });
  it("DUPLICATE_RANK echoes a long program name cut to 60 characters", () => {
    const long = `${"Very Long University Medical Center ".repeat(3)}IM`;
    const [f] = findings([quietProgram(long, { Rank: 1 }), quietProgram("Other", { Rank: 1 })], "DUPLICATE_RANK");
    expect(f!.message).not.toContain(long);
    expect(f!.message).toContain(`${long.slice(0, 57)}…`);
  });
  it("DUPLICATE_RANK names an unnamed row without doubled brackets", () => {
    const [f] = findings([quietProgram("", { Rank: 1 }), quietProgram("Other", { Rank: 1 })], "DUPLICATE_RANK");
    expect(f!.message).not.toContain("((");
    expect(f!.message).toMatch(/already given to row 2[ .:]/);
  });
  it("SAFETIES_BURIED quotes the Rank numbers of the sheet, not positions among the usable programs", () => {
    // Two screened-out programs (no visa) ranked #1 and #2 above six usable ones, Safety at #7 and #8.
    const rows = [
      ...["X1", "X2"].map((name, i) => quietProgram(name, { Visa: "None", Rank: i + 1 })),
      ...[..."MMMMSS"].map((t, i) => quietProgram(`P${i}`, { ...tier[t as keyof typeof tier], Rank: i + 3 })),
    ];
    const [f] = findings(rows, "SAFETIES_BURIED", noCount);
    expect(f!.message).toContain("#7 and #8");
    expect(f!.message).not.toContain("positions 5, 6");
  });
  it("LIST_FEW_SAFETIES' short form says 'on your rank list'", () => {
    const v = audit(rankList("MMMMM"), noCount).summary.verdict.join(" ");
    expect(v).not.toContain("of your rank list is Safety");
  });
});

describe("RULES.md §8.2 DUPLICATE_RANK", () => {
  it("on the later row, naming both", () => {
    const [f, ...rest] = findings([quietProgram("First", { Rank: 2 }), quietProgram("Other", { Rank: 1 }), quietProgram("Second", { Rank: 2 })], "DUPLICATE_RANK");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ row: 4, program: "Second", severity: "warning" });
    expect(f!.message).toContain("row 2 (First)");
  });
});

describe("RULES.md §8.3 the rank list's shares", () => {
  it("LIST_OVERREACH on the rank list is a warning and needs 5 or more usable ranked", () => {
    // The rank list of four with one dream program at #1: no finding.
    expect(findings(rankList("RSSS"), "LIST_OVERREACH", noCount)).toEqual([]);
    const [f] = findings([...rankList("RRSSS"), ...Array.from({ length: 10 }, (_, i) => quietProgram(`S${i}`))], "LIST_OVERREACH", noCount);
    expect(f).toMatchObject({ severity: "warning", list: "ranked" });
  });
  it("counts 5 usable ranked: a screened-out ranked program does not make 5", () => {
    const rows = [...rankList("RRSS"), quietProgram("X", { Rank: 5, Visa: "None" }), ...Array.from({ length: 10 }, (_, i) => quietProgram(`S${i}`))];
    expect(findings(rows, "LIST_OVERREACH", noCount)).toEqual([]);
  });
  it("LIST_FEW_SAFETIES on the rank list: under 40% with 5+ ranked, and not for the fine band", () => {
    expect(findings(rankList("MMMMS"), "LIST_FEW_SAFETIES", noCount).map((f) => f.list)).toEqual(["ranked"]);
    expect(findings(rankList("MMMS"), "LIST_FEW_SAFETIES", noCount).filter((f) => f.list === "ranked")).toEqual([]);
    const fine = { ...noCount, "Step 2 CK": 240 };
    expect(findings(rankList("MMMMS"), "LIST_FEW_SAFETIES", fine).filter((f) => f.list === "ranked")).toEqual([]);
  });
  it("LOW_IMG_MAJORITY reads the usable rank list once it has 5, else the usable applied list", () => {
    expect(findings(rankList("RRRSS"), "LOW_IMG_MAJORITY", noCount).map((f) => f.list)).toEqual(["ranked"]);
    // Four ranked, three of them low-IMG; the applied list (those four + 4 Safety) is 3 of 8: no finding.
    const rows = [...rankList("RRRS"), ...Array.from({ length: 4 }, (_, i) => quietProgram(`S${i}`))];
    expect(findings(rows, "LOW_IMG_MAJORITY", noCount)).toEqual([]);
  });
});

describe("RULES.md §8.3 COASTAL_TOP10", () => {
  const inCity = (city: string, t: keyof typeof tier, i: number) => quietProgram(`C${i}`, { City: city, State: "NY", ...tier[t], Rank: i + 1 });
  it("needs at least half of the top ranks to be Reach: an IMG-heavy community program in Queens is not the problem", () => {
    const cities = ["Queens", "Flushing", "Jamaica", "Elmhurst", "Astoria"];
    expect(findings(cities.map((c, i) => inCity(c, "S", i)), "COASTAL_TOP10", noCount)).toEqual([]);
    expect(findings(cities.map((c, i) => inCity(c, i < 2 ? "R" : "S", i)), "COASTAL_TOP10", noCount)).toEqual([]); // 2 of 5
    expect(findings(cities.map((c, i) => inCity(c, i < 3 ? "R" : "S", i)), "COASTAL_TOP10", noCount)).toHaveLength(1); // 3 of 5
  });
  it("knows the Queens neighbourhoods people write as a city", () => {
    for (const city of ["Flushing", "Jamaica", "Elmhurst", "Astoria"]) {
      const rows = Array.from({ length: 5 }, (_, i) => inCity(i === 0 ? city : "Manhattan", "R", i));
      expect(findings(rows, "COASTAL_TOP10", noCount)).toHaveLength(1);
    }
  });
});

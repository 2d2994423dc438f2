// The whole-list findings and the summary of RULES.md §8 and §10, with their boundaries.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import type { FindingCode } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

function audit(rows: RowSpec[], profile: Record<string, unknown> = {}, headers?: string[]) {
  return auditSheet(programSheet(rows, headers), profileRows(profile), { today: TODAY });
}
const listCodes = (rows: RowSpec[], profile: Record<string, unknown> = {}) =>
  audit(rows, profile)
    .findings.filter((f) => f.row === null)
    .map((f) => f.code);
const count = (codes: FindingCode[], code: FindingCode) => codes.filter((c) => c === code).length;

// Tier by IMG % for the base score 230: < 20 Reach, 20–49 Match, ≥ 50 Safety.
const reach = (name: string, extra: RowSpec = {}) => quietProgram(name, { "IMG %": 10, ...extra });
const match = (name: string, extra: RowSpec = {}) => quietProgram(name, { "IMG %": 30, ...extra });
const safety = (name: string, extra: RowSpec = {}) => quietProgram(name, { "IMG %": 60, ...extra });
const many = (n: number, make: (name: string, extra?: RowSpec) => RowSpec, extra: RowSpec = {}, prefix = "P") =>
  Array.from({ length: n }, (_, i) => make(`${prefix}${i}`, extra));
// The base profile is IM; keep application-count findings out of the list tests unless wanted.
const noCount = { Specialties: "Dermatology" };

describe("RULES.md §8 LIST_OVERREACH", () => {
  it("applied list: above 25% fires, exactly 25% does not", () => {
    expect(listCodes([...many(1, reach), ...many(3, safety)], noCount)).not.toContain("LIST_OVERREACH"); // 25%
    expect(listCodes([...many(2, reach), ...many(4, safety)], noCount)).toContain("LIST_OVERREACH"); // 33%
  });
  it("rank list: above 20% fires, exactly 20% does not; one finding per list", () => {
    const ranked = (n: number, make: typeof reach, start: number) => many(n, make).map((r, i) => ({ ...r, Program: `${make.name}${start + i}`, Rank: start + i }));
    const atTwenty = [...ranked(1, reach, 1), ...ranked(4, safety, 2), ...many(20, safety, {}, "S")];
    expect(count(listCodes(atTwenty, noCount), "LIST_OVERREACH")).toBe(0);
    const above = [...ranked(2, reach, 1), ...ranked(4, safety, 3)]; // applied 2/6 = 33%, ranked 33%
    const codes = listCodes(above, noCount);
    expect(count(codes, "LIST_OVERREACH")).toBe(2);
  });
  it("counts Unknown tiers in the share's denominator", () => {
    const unknown = (name: string) => quietProgram(name, { "IMG %": "", "Program type": "" });
    expect(listCodes([reach("R"), unknown("U1"), unknown("U2"), unknown("U3")], noCount)).not.toContain("LIST_OVERREACH");
  });
  it("with no Applied column, every row is on the applied list", () => {
    const headers = ["Program", "Specialty", "IMG %", "Visa"];
    const result = audit([reach("A"), reach("B"), safety("C")], noCount, headers);
    expect(result.summary.applied.count).toBe(3);
    expect(result.findings.map((f) => f.code)).toContain("LIST_OVERREACH");
  });
  it("rows not applied are off the applied list when the column exists", () => {
    const result = audit([reach("A", { Applied: "No" }), safety("B"), safety("C")], noCount);
    expect(result.summary.applied).toMatchObject({ count: 2, Reach: 0, Safety: 2 });
  });
});

describe("RULES.md §8 LIST_FEW_SAFETIES", () => {
  it("rank list under 40% fires, exactly 40% does not", () => {
    const five = (safeties: number) => [...many(safeties, safety), ...many(5 - safeties, match, {}, "M")].map((r, i) => ({ ...r, Rank: i + 1 }));
    expect(listCodes(five(2), noCount)).not.toContain("LIST_FEW_SAFETIES"); // 40%, applied 40% too
    expect(listCodes(five(1), noCount)).toContain("LIST_FEW_SAFETIES"); // 20%
  });
  it("applied list under 15% fires", () => {
    expect(listCodes([safety("S"), ...many(6, match)], noCount)).toContain("LIST_FEW_SAFETIES"); // 14.3%
    expect(listCodes([safety("S"), ...many(5, match)], noCount)).not.toContain("LIST_FEW_SAFETIES"); // 16.7%
  });
});

describe("RULES.md §8 LOW_IMG_MAJORITY", () => {
  it("more than half of the ranked under 20% fires; exactly half does not", () => {
    const ranked = (rows: RowSpec[]) => rows.map((r, i) => ({ ...r, Program: `R${i}`, Rank: i + 1 }));
    expect(listCodes(ranked([reach("a"), reach("b"), safety("c"), safety("d")]), noCount)).not.toContain("LOW_IMG_MAJORITY");
    expect(listCodes(ranked([reach("a"), reach("b"), reach("c"), safety("d")]), noCount)).toContain("LOW_IMG_MAJORITY");
  });
  it("uses the applied list when nothing is ranked, and the type's stand-in for a blank IMG %", () => {
    const university = (name: string) => quietProgram(name, { "IMG %": "", "Program type": "University" });
    expect(listCodes([university("a"), university("b"), safety("c")], noCount)).toContain("LOW_IMG_MAJORITY");
  });
});

describe("RULES.md §8 COASTAL_TOP10", () => {
  // RULES.md v2: the top ranks must also be at least half Reach; an IMG-heavy program in Queens is no problem.
  const coastal = (i: number, city: string, state: string) => reach(`C${i}`, { City: city, State: state, Rank: i + 1 });
  const cities: [string, string][] = [["Brooklyn", "NY"], ["Boston", "MA"], ["Fresno", "CA"], ["Seattle", "WA"], ["Chicago", "IL"], ["Miami", "FL"], ["Denver", "CO"], ["Honolulu", "HI"], ["The Bronx", "NY"], ["Staten Island", "NY"]];
  it("fires with 5+ ranked all in coastal or magnet cities (any city in California counts)", () => {
    expect(listCodes(cities.slice(0, 5).map(([c, s], i) => coastal(i, c, s)), noCount)).toContain("COASTAL_TOP10");
  });
  it("does not fire with 4 ranked", () => {
    expect(listCodes(cities.slice(0, 4).map(([c, s], i) => coastal(i, c, s)), noCount)).not.toContain("COASTAL_TOP10");
  });
  it("only the top 10 count: an 11th inland program does not stop it; one inland in the top 10 does", () => {
    const eleven = [...cities.map(([c, s], i) => coastal(i, c, s)), coastal(10, "Dayton", "OH")];
    expect(listCodes(eleven, noCount)).toContain("COASTAL_TOP10");
    const inlandSecond = cities.map(([c, s], i) => (i === 1 ? coastal(i, "Tulsa", "OK") : coastal(i, c, s)));
    expect(listCodes(inlandSecond, noCount)).not.toContain("COASTAL_TOP10");
  });
  // The guides' sheets keep "Location" (read as City) with the state after a comma, and no State
  // column: "Los Angeles, CA" is a California city like "Boston, MA" is Boston.
  it("reads the state after a comma in the City cell when the State cell is blank", () => {
    const inCalifornia = ["Los Angeles, CA", "San Francisco, CA", "Oakland, California", "San Diego, CA", "Fresno, CA"].map((c, i) => coastal(i, c, ""));
    expect(listCodes(inCalifornia, noCount)).toContain("COASTAL_TOP10");
    const inland = ["Los Angeles, CA", "Tulsa, OK", "Oakland, CA", "San Diego, CA", "Fresno, CA"].map((c, i) => coastal(i, c, ""));
    expect(listCodes(inland, noCount)).not.toContain("COASTAL_TOP10");
  });
});

describe("RULES.md §8 SAFETIES_BURIED", () => {
  const rankList = (tiers: string) =>
    [...tiers].map((t, i) => (t === "S" ? safety : match)(`R${i}`, { Rank: i + 1 }));
  it("6 ranked: positions 5–6 are the bottom third (p > n − ⌊n/3⌋ = 4)", () => {
    expect(listCodes(rankList("MMMMSS"), noCount)).toContain("SAFETIES_BURIED");
    expect(listCodes(rankList("MMMSMS"), noCount)).not.toContain("SAFETIES_BURIED");
  });
  it("needs 6 ranked and at least one Safety", () => {
    expect(listCodes(rankList("MMMMS"), noCount)).not.toContain("SAFETIES_BURIED");
    expect(listCodes(rankList("MMMMMM"), noCount)).not.toContain("SAFETIES_BURIED");
  });
  it("uses rank order, not sheet order, and positions not rank numbers", () => {
    const rows = [safety("S1", { Rank: 90 }), match("A", { Rank: 1 }), match("B", { Rank: 2 }), match("C", { Rank: 3 }), match("D", { Rank: 4 }), safety("S2", { Rank: 50 })];
    expect(listCodes(rows, noCount)).toContain("SAFETIES_BURIED");
  });
});

describe("RULES.md §8 APPLICATION_COUNT_LOW and the recommended ranges", () => {
  const applied = (n: number, specialty: string) => many(n, match, { Specialty: specialty }, specialty);
  it("J-1, Step 2 ≥ 220, single attempts, IM: 80–120; 79 applied fires, 80 does not", () => {
    expect(audit(applied(79, "Internal Medicine")).findings.filter((f) => f.code === "APPLICATION_COUNT_LOW")).toHaveLength(1);
    const result = audit(applied(80, "Internal Medicine"));
    expect(result.findings.map((f) => f.code)).not.toContain("APPLICATION_COUNT_LOW");
    expect(result.summary.recommendedApplications).toEqual({ min: 80, max: 120, counted: 80 });
  });
  it.each([
    [{ "Step 2 CK": 219 }, { min: 120, max: 160 }],
    [{ "Step 2 CK": 240, "Step 2 CK attempts": 2 }, { min: 120, max: 160 }],
    [{ "Visa needed": "None", "Step 2 CK": 210, "USCE months": 3 }, { min: 60, max: 80 }],
    [{ "Visa needed": "None", "Step 2 CK": 215, "USCE months": "" }, { min: 60, max: 80 }],
    [{ "Visa needed": "None", "Step 2 CK": 209, "USCE months": 6 }, { min: 80, max: 100 }],
    [{ "Visa needed": "None", "Step 2 CK": 240, "USCE months": 2 }, { min: 80, max: 100 }],
    [{ Specialties: "Psychiatry" }, { min: 60, max: 100 }],
    [{ Specialties: "Neurology", "Step 2 CK": 215 }, { min: 80, max: 100 }],
    [{ Specialties: "Dermatology" }, null],
  ])("profile %j → %j", (profile, expected) => {
    expect(audit([match("A")], profile).summary.recommendedApplications).toEqual(expected && { ...expected, counted: 1 });
  });
  it("one range for the whole list, every usable specialty counted together (RULES.md v2 §8.4)", () => {
    // A dual IM + FM applicant aims for 80–120 in all: 70 IM + 10 blank (IM) + 5 FM = 85 is enough.
    const rows = [...applied(70, "Internal Medicine"), ...many(10, match, { Specialty: "" }, "blank"), ...applied(5, "Family Medicine")];
    const result = audit(rows, { Specialties: "Internal Medicine, Family Medicine" });
    expect(result.findings.filter((f) => f.code === "APPLICATION_COUNT_LOW")).toHaveLength(0);
    expect(result.summary.recommendedApplications).toEqual({ min: 80, max: 120, counted: 85 });
    const short = audit([...applied(60, "Internal Medicine"), ...applied(5, "Family Medicine")], { Specialties: "Internal Medicine, Family Medicine" });
    const findings = short.findings.filter((f) => f.code === "APPLICATION_COUNT_LOW");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/You have 65 applications .* 80–120 for your whole list: add at least 15 /);
  });
});

// RULES.md §8 has rows for applicants who need no visa (US citizen / green card IMGs); telling them
// to add programs "that sponsor your visa" is wrong advice. Those who need one still hear it.
describe("RULES.md §8 list advice and the applicant's visa", () => {
  const adviceOf = (profile: Record<string, unknown>) =>
    audit([match("M")], profile).findings.filter((f) => f.code === "APPLICATION_COUNT_LOW" || f.code === "LIST_FEW_SAFETIES").map((f) => f.message);
  it("says nothing about sponsoring a visa to an applicant who needs none", () => {
    const messages = adviceOf({ "Visa needed": "None" });
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).not.toMatch(/visa/i);
  });
  it("still asks for visa sponsors when the applicant needs a visa", () => {
    const messages = adviceOf({ "Visa needed": "J-1" });
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatch(/sponsor your visa/);
  });
});

describe("RULES.md §10 SIGNALS_OVER", () => {
  const signalled = (n: number, signal: string, specialty = "Internal Medicine") => many(n, match, { Signal: signal, Specialty: specialty }, `${signal}${specialty}`);
  it("IM: 15 signals in all and 3 gold", () => {
    expect(listCodes([...signalled(3, "gold"), ...signalled(12, "silver")])).not.toContain("SIGNALS_OVER");
    expect(listCodes([...signalled(3, "gold"), ...signalled(13, "silver")])).toContain("SIGNALS_OVER");
    expect(listCodes([...signalled(4, "gold"), ...signalled(1, "silver")])).toContain("SIGNALS_OVER");
  });
  it("gold in a specialty without gold signals counts as a plain signal", () => {
    const fm = { Specialties: "Family Medicine" };
    expect(listCodes(signalled(5, "gold", "Family Medicine"), fm)).not.toContain("SIGNALS_OVER");
    expect(listCodes(signalled(6, "Yes", "Family Medicine"), fm)).toContain("SIGNALS_OVER");
  });
  it("is an error", () => {
    const finding = audit(signalled(16, "x")).findings.find((f) => f.code === "SIGNALS_OVER");
    expect(finding?.severity).toBe("error");
  });
});

describe("RULES.md §8, §10 the summary", () => {
  it("counts both lists, fees per specialty ($11 for the first 30, $30 after) and mission fit", () => {
    const rows = [
      ...many(31, match, { Specialty: "Internal Medicine", Mission: "County / safety net" }, "IM"),
      ...many(2, safety, { Specialty: "Family Medicine", Mission: "Academic" }, "FM"),
      reach("Ranked", { Rank: 1, Applied: "" }),
    ];
    const s = audit(rows, { Specialties: "Internal Medicine, Family Medicine", "Mission focus": "county / safety net" }).summary;
    expect(s.programs).toBe(34);
    const none = { visa: 0, filter: 0 };
    expect(s.applied).toEqual({ count: 33, usable: 33, screenedOut: none, Reach: 0, Match: 31, Safety: 2, Unknown: 0 });
    expect(s.ranked).toEqual({ count: 1, usable: 1, screenedOut: none, Reach: 1, Match: 0, Safety: 0, Unknown: 0 });
    expect(s.fees.perSpecialty).toEqual([
      { specialty: "Internal Medicine", applied: 31, feeUsd: 30 * 11 + 30 },
      { specialty: "Family Medicine", applied: 2, feeUsd: 22 },
    ]);
    expect(s.fees.totalUsd).toBe(382);
    expect(s.missionFit).toMatchObject({ matching: 31, of: 33, targetMin: 50 });
    expect(s.targets.ranked.find((t) => t.tier === "Reach")).toMatchObject({ percent: 100, targetMin: 10, targetMax: 20 });
  });
  it.each([
    [{ "Step 2 CK": 209 }, "very low"],
    [{ "Step 2 CK": 224 }, "high risk"],
    [{ "Step 2 CK": 225 }, "borderline"],
    [{ "Step 2 CK": 234 }, "borderline"],
    [{ "Step 2 CK": 235 }, "fine"],
    [{ "Step 2 CK": 250, "Step 1 attempts": 2 }, "high risk"],
    [{ "Step 2 CK": 250, "Step 1": "Fail" }, "high risk"],
  ])("RULES.md §4 score band for %j is %s", (profile, band) => {
    expect(audit([match("A")], profile).summary.scoreBand).toBe(band);
  });
});

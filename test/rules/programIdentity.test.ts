// Program identity (RULES.md §3): the exact names of issue 12 and RULES.md, table by table.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { programNameKey, sameProgram, type ProgramIdentity } from "../../src/rules/programIdentity";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

describe("RULES.md §3 programNameKey: case, punctuation, abbreviations, a trailing specialty", () => {
  it.each([
    ["St. Aidan's Charity IM", "Saint Aidan Charity IM"],
    ["St. Aidan's Charity IM", "saint aidan charity"],
    ["Mercy Med Ctr", "Mercy Medical Center"],
    ["Mercy Hosp", "Mercy Hospital"],
    ["Delta Univ Reg Med Ctr", "Delta University Regional Medical Center"],
    ["Mercy Hospital - Internal Medicine", "Mercy Hospital IM"],
    ["Mercy Hospital Family Medicine", "Mercy Hospital FM"],
    ["Mercy Hospital - Peds", "MERCY HOSPITAL"],
    ["Mercy Hospital Psychiatry", "Mercy Hospital"],
  ])("%j and %j have the same key", (a, b) => {
    expect(programNameKey(a)).toBe(programNameKey(b));
  });

  it.each([
    ["Mercy Hospital", "Mercy General Hospital"],
    ["St. Aidan Charity", "St. Agnes Charity"],
  ])("%j and %j differ", (a, b) => {
    expect(programNameKey(a)).not.toBe(programNameKey(b));
  });

  it("keeps a name that is only a specialty", () => {
    expect(programNameKey("Internal Medicine")).not.toBe("");
  });
});

const program = (over: Partial<ProgramIdentity>): ProgramIdentity => ({ name: "Mercy Hospital IM", specialty: "Internal Medicine", city: null, state: null, ...over });

describe("RULES.md §3 sameProgram: specialty, name, and City / State only when both are filled", () => {
  it("St. Aidan's Charity IM and Saint Aidan Charity IM are one program", () => {
    expect(sameProgram(program({ name: "St. Aidan's Charity IM" }), program({ name: "Saint Aidan Charity IM" }))).toBe(true);
  });
  it("two Mercy Hospital IM rows in different cities are two programs; a blank city does not count", () => {
    expect(sameProgram(program({ city: "Dayton" }), program({ city: "Toledo" }))).toBe(false);
    expect(sameProgram(program({ city: "Dayton" }), program({ city: "dayton " }))).toBe(true);
    expect(sameProgram(program({ city: "Dayton" }), program({ city: null }))).toBe(true);
    expect(sameProgram(program({ state: "OH" }), program({ state: "MI" }))).toBe(false);
    expect(sameProgram(program({ state: "OH" }), program({}))).toBe(true);
  });
  it("specialties match by the specialty list's names: IM is Internal Medicine, FM is not", () => {
    expect(sameProgram(program({ specialty: "IM" }), program({ specialty: "Internal Medicine" }))).toBe(true);
    expect(sameProgram(program({ specialty: "FM" }), program({ specialty: "Internal Medicine" }))).toBe(false);
  });
});

describe("RULES.md §3, §8.2 DUPLICATE_PROGRAM goes by the program identity", () => {
  const duplicates = (rows: RowSpec[]) =>
    auditSheet(programSheet(rows), profileRows(), { today: TODAY }).findings.filter((f) => f.code === "DUPLICATE_PROGRAM");

  it("St. Aidan's Charity IM and Saint Aidan Charity IM: the later row repeats the first", () => {
    const found = duplicates([quietProgram("St. Aidan's Charity IM"), quietProgram("Saint Aidan Charity IM")]);
    expect(found.map((f) => f.row)).toEqual([3]);
    expect(found[0]!.message).toContain("row 2");
  });
  it("two Mercy Hospital IM rows in different cities are not duplicates; with one city blank they are", () => {
    expect(duplicates([quietProgram("Mercy Hospital IM", { City: "Dayton" }), quietProgram("Mercy Hospital IM", { City: "Toledo" })])).toEqual([]);
    expect(duplicates([quietProgram("Mercy Hospital IM", { City: "Dayton" }), quietProgram("Mercy Hospital IM", { City: "" })]).map((f) => f.row)).toEqual([3]);
  });
});

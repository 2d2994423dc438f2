// How the audit says what it did with the profile where nothing else would show it: rows it did not
// read (a label no field matches, a field given twice) and a blank Visa needed, which turns off every
// visa check (RULES.md §1 gives no default for it; the audit reads it as None).

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

const notesOf = (rows: unknown[][]) => auditSheet(programSheet([quietProgram("A")]), rows, { today: TODAY }).summary.profileNotes;

describe("summary.profileNotes", () => {
  it("is empty for a complete profile, with or without a Field/Value header row", () => {
    expect(notesOf(profileRows())).toEqual([]);
    expect(notesOf([["Field", "Value"], ...profileRows()])).toEqual([]);
    expect(notesOf([["Field", "Value", "Help"], ...profileRows(), ["", ""], [null, null]])).toEqual([]);
  });

  it("names each row whose label is no field, with its row number, and lists the labels it reads", () => {
    const rows = [["Field", "Value"], ...profileRows(), ["Tries on CK", 2], ["Name", "Priya"]];
    const notes = notesOf(rows);
    expect(notes).toHaveLength(1);
    const n = rows.length;
    expect(notes[0]).toContain(`row ${n - 1} "Tries on CK"`);
    expect(notes[0]).toContain(`row ${n} "Name"`);
    expect(notes[0]).toContain("Step 2 CK attempts");
  });

  it("says nothing of a row with a label but no value (a title, an empty extra row)", () => {
    expect(notesOf([["My profile", ""], ...profileRows()])).toEqual([]);
  });

  it("names a row with a value but no label", () => {
    const rows = [...profileRows(), ["", "J-1 waiver"]];
    expect(notesOf(rows).join(" ")).toContain(`row ${rows.length} (no label)`);
  });

  it("names a second row for a field already given, and which row gave it", () => {
    const rows = [...profileRows(), ["Visa notes", "prefer J-1"]];
    const visaRow = rows.findIndex((r) => r[0] === "Visa needed") + 1;
    const notes = notesOf(rows);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`Row ${rows.length} "Visa notes" was not read`);
    expect(notes[0]).toContain(`only the first Visa needed row counts, row ${visaRow} "Visa needed".`);
  });

  it("says so when the first row for a field is blank and a later one has the value", () => {
    const rows = [...profileRows({ "Visa needed": "" }), ["Visa", "J-1"]];
    const visaRow = rows.findIndex((r) => r[0] === "Visa needed") + 1;
    const notes = notesOf(rows);
    expect(notes[0]).toContain(`row ${visaRow} "Visa needed", which is blank`);
    expect(notes[1]).toMatch(/Visa needed is blank/);
  });

  // A CSV line with a label and no comma has no value cell: the audit reads the field from the next
  // row that gives it, and the notes must say what the audit did, not the opposite.
  it("follows the row the audit reads when an earlier row for the field has no value cell at all", () => {
    const rows = [...profileRows().filter((r) => r[0] !== "Visa needed"), ["Visa needed"], ["Visa", "J-1"]];
    const result = auditSheet(programSheet([quietProgram("A", { Visa: "None" })]), rows, { today: TODAY });
    expect(result.findings.map((f) => f.code)).toContain("VISA_NONE"); // the audit did read J-1
    expect(result.summary.profileNotes).toEqual([]);
  });

  it("says that a blank or missing Visa needed is read as None, so no visa check ran", () => {
    const blank = notesOf(profileRows({ "Visa needed": "" }));
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatch(/Visa needed is blank.*None.*no visa check/);
    const missing = notesOf(profileRows().filter((r) => r[0] !== "Visa needed"));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/no Visa needed row.*None/);
    expect(notesOf(profileRows({ "Visa needed": "None" }))).toEqual([]);
  });

  it("says it for an unreadable Visa needed too, beside its UNREADABLE_VALUE finding", () => {
    const result = auditSheet(programSheet([quietProgram("A")]), profileRows({ "Visa needed": "maybe" }), { today: TODAY });
    expect(result.findings.some((f) => f.code === "UNREADABLE_VALUE" && f.message.includes("maybe"))).toBe(true);
    expect(result.summary.profileNotes.join(" ")).toMatch(/None.*no visa check/);
  });

  it("does not stop the audit: the other findings are there", () => {
    const rows = [...profileRows({ "Visa needed": "" }), ["Name", "Priya"]];
    const result = auditSheet(programSheet([quietProgram("A", { "Avg Step 2": 260 })]), rows, { today: TODAY });
    expect(result.summary.profileNotes).toHaveLength(2);
    expect(result.programs).toHaveLength(1);
    expect(result.programs[0]!.tier).toBe("Reach");
  });
});

import { describe, expect, test } from "vitest";
import { PROFILE_FIELDS } from "../../src/rules/profile";
import type { ProfileField } from "../../src/rules/types";
import type { ProfileForm } from "../../src/shared/api";
import { createServer } from "../../src/sheets/auditServer";
import { memoryWorkbook } from "../../src/sheets/memoryWorkbook";
import { clock, examplePrograms, exampleProfile, workbookWith } from "./fixtures";

const form = (changes: Partial<ProfileForm> = {}): ProfileForm => ({
  step2: "224",
  step2Attempts: "1",
  step1: "Pass",
  step1Attempts: "1",
  step3: "Pass",
  gradYear: "2021",
  visaNeed: "J-1 or H-1B",
  specialties: "Internal Medicine, Family Medicine",
  usceMonths: "4",
  languages: "Spanish, Urdu",
  region: "South Asia",
  focus: "county / safety net, underserved",
  matchYear: "2027",
  inUs: "",
  ...changes,
});

describe("getProfile", () => {
  test("reads the Profile sheet as text for the form, every field present", () => {
    const server = createServer(workbookWith(examplePrograms()), clock);
    expect(server.getProfile()).toEqual(form({ inUs: "No" })); // the example applicant is outside the US
  });

  test("turns date and number cells into text, and gives blanks without a Profile sheet", () => {
    const wb = memoryWorkbook([{ name: "Profile", rows: [["Step 2 CK", 231], ["Graduation year", 2019], ["Languages", new Date(2020, 0, 5)]] }]);
    const profile = createServer(wb, clock).getProfile();
    expect(profile).toMatchObject({ step2: "231", gradYear: "2019", languages: "2020-01-05", visaNeed: "" });
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    const none = createServer(memoryWorkbook([{ name: "Programs", rows: [] }]), clock).getProfile();
    expect(Object.keys(none).sort()).toEqual(PROFILE_FIELDS.map((f) => f.field).sort());
    expect(Object.values(none).every((v) => v === "")).toBe(true);
  });
});

describe("saveProfile", () => {
  test("an invalid field writes nothing and returns the errors by field", () => {
    const wb = workbookWith(examplePrograms());
    const before = wb.state("Profile");
    const result = createServer(wb, clock).saveProfile(form({ step2: "abc", gradYear: "long ago", visaNeed: "maybe" }));
    expect(result.ok).toBe(false);
    const errors = (result as { errors: Partial<Record<ProfileField, string>> }).errors;
    expect(Object.keys(errors).sort()).toEqual(["gradYear", "step2", "visaNeed"]);
    expect(errors.step2).toMatch(/Step 2 CK 'abc'/);
    expect(errors.gradYear).toMatch(/long ago/);
    expect(wb.state("Profile")).toEqual(before);
    expect(wb.calls.writeCells ?? 0).toBe(0);
    expect(wb.calls.writeRows ?? 0).toBe(0);
  });

  test("a missing Step 2 CK is an error on step2, and a non-text value is named", () => {
    const server = createServer(workbookWith(examplePrograms()), clock);
    const missing = server.saveProfile(form({ step2: "" }));
    expect(missing).toMatchObject({ ok: false, errors: { step2: expect.stringMatching(/Step 2 CK/) } });
    const odd = server.saveProfile({ ...form(), languages: ["Spanish"] } as unknown as ProfileForm);
    expect(odd).toEqual({ ok: false, errors: { languages: "Languages must be text, not a list" } });
  });

  test("a valid form changes only column B of the rows whose label matches, and leaves other rows alone", () => {
    const rows = [
      ["Field", "Value", "Help"],
      ["USMLE Step 2 CK score", 226, "my note"],
      ["Favourite colour", "green", ""],
      ["Visa", "J-1", ""],
      ["Step 1", { formula: "=Other!B2", value: "Pass" }, ""],
      ["Graduation year", 2021, ""],
    ];
    const wb = memoryWorkbook([{ name: "Profile", rows: [...rows] }]);
    const before = wb.state("Profile")!;
    const result = createServer(wb, clock).saveProfile(form({ step2: "241", visaNeed: "H-1B" }));
    expect(result).toEqual({ ok: true });
    const after = wb.state("Profile")!;
    expect(after.values[1]).toEqual(["USMLE Step 2 CK score", 241, "my note"]);
    expect(after.values[2]).toEqual(before.values[2]); // not a field: untouched
    expect(after.values[3]).toEqual(["Visa", "H-1B", ""]);
    expect(after.formulas[4]![1]).toBe("=Other!B2"); // same value: the formula is kept
    // Missing fields with a value are appended in RULES.md §1 order under the last row (In the US now is blank).
    const appended = after.values.slice(rows.length).map((line) => line[0]);
    const expected = PROFILE_FIELDS.filter((f) => !["step2", "visaNeed", "step1", "gradYear", "inUs"].includes(f.field)).map((f) => f.label);
    expect(appended).toEqual(expected);
    expect(after.values[rows.length]![1]).toBe(1); // Step 2 CK attempts, written as a number
    expect(wb.calls.writeCells).toBe(2); // two changed cells
    expect(wb.calls.writeRows).toBe(1); // one block appended
    expect(wb.writesOutsideLock).toBe(0);
  });

  test("a second row whose label also names a field (the user's own 'Visa notes') is never written", () => {
    const rows = [...exampleProfile(), ["Visa notes", "ask about the waiver"], ["Specialty backup plan", "Prelim surgery"]];
    const wb = workbookWith(examplePrograms(), rows);
    const server = createServer(wb, clock);
    expect(server.getProfile()).toMatchObject({ visaNeed: "J-1 or H-1B", specialties: "Internal Medicine, Family Medicine" });
    expect(server.saveProfile(form({ visaNeed: "J-1", specialties: "Internal Medicine" }))).toEqual({ ok: true });
    const after = wb.state("Profile")!.values;
    expect(after.find((line) => line[0] === "Visa needed")![1]).toBe("J-1");
    expect(after.find((line) => line[0] === "Specialties")![1]).toBe("Internal Medicine");
    expect(after.find((line) => line[0] === "Visa notes")![1]).toBe("ask about the waiver");
    expect(after.find((line) => line[0] === "Specialty backup plan")![1]).toBe("Prelim surgery");
  });

  test("appended fields go below a formula that shows nothing, never over it", () => {
    const hint = { formula: '=IF(B2="", "Fill in your score", "")', value: "" };
    const rows = [["Field", "Value"], ["Step 2 CK", 230], ["", ""], [hint, ""]];
    const wb = memoryWorkbook([{ name: "Profile", rows }]);
    expect(createServer(wb, clock).saveProfile(form())).toEqual({ ok: true });
    const after = wb.state("Profile")!;
    expect(after.formulas[3]![0]).toBe(hint.formula);
    expect(after.values[4]![0]).toBe("Step 2 CK attempts"); // the block starts under the formula's row
  });

  test("an appended Visa row gets the Visa dropdown, on its own row", () => {
    const rows = [
      ["Field", "Value", "Help"],
      ["Step 2 CK", 226, ""],
      ["Notes to self", "call Dr. A", ""],
    ];
    const wb = memoryWorkbook([{ name: "Profile", rows: [...rows] }]);
    expect(createServer(wb, clock).saveProfile(form({ visaNeed: "J-1" }))).toEqual({ ok: true });
    const after = wb.state("Profile")!;
    const visaRow = after.values.findIndex((line) => line[0] === PROFILE_FIELDS.find((f) => f.field === "visaNeed")!.label) + 1;
    expect(visaRow).toBeGreaterThan(rows.length);
    expect(after.values[visaRow - 1]![1]).toBe("J-1");
    expect(after.validations).toEqual([{ column: 2, fromRow: visaRow, toRow: visaRow, values: ["None", "J-1", "H-1B", "J-1 or H-1B"] }]);
  });

  test("a Profile sheet with no rows gets the header, the fields and the Visa dropdown", () => {
    const wb = memoryWorkbook([{ name: "Profile", rows: [] }]);
    expect(createServer(wb, clock).saveProfile(form())).toEqual({ ok: true });
    const after = wb.state("Profile")!;
    expect(after.values[0]).toEqual(["Field", "Value", "Help"]);
    const visaRow = after.values.findIndex((line) => line[0] === PROFILE_FIELDS.find((f) => f.field === "visaNeed")!.label) + 1;
    expect(after.validations).toEqual([{ column: 2, fromRow: visaRow, toRow: visaRow, values: ["None", "J-1", "H-1B", "J-1 or H-1B"] }]);
  });

  test("a value the audit reads from its cell is accepted from the form: USCE months 4.5", () => {
    const rows = exampleProfile().map((line) => (line[0] === "USCE months" ? [line[0], 4.5] : line));
    const wb = workbookWith(examplePrograms(), rows);
    const server = createServer(wb, clock);
    expect(server.runAudit().findings.filter((f) => f.code === "UNREADABLE_VALUE" && f.row === null)).toEqual([]);
    expect(server.getProfile().usceMonths).toBe("4.5");
    expect(server.saveProfile(server.getProfile())).toEqual({ ok: true }); // untouched: nothing to fix
    expect(wb.calls.writeCells ?? 0).toBe(0);
    expect(server.saveProfile(form({ usceMonths: "2.5" }))).toEqual({ ok: true });
    expect(wb.state("Profile")!.values.find((line) => line[0] === "USCE months")![1]).toBe(2.5);
  });

  test("the form is judged by the cell it writes: attempts '2.0' is saved as the number 2", () => {
    // The text "2.0" alone is not a number of attempts; the cell written from it is 2, which the audit reads.
    const wb = workbookWith(examplePrograms());
    const server = createServer(wb, clock);
    expect(server.saveProfile(form({ step1Attempts: "2.0" }))).toEqual({ ok: true });
    expect(wb.state("Profile")!.values.find((line) => line[0] === "Step 1 attempts")![1]).toBe(2);
    expect(server.runAudit().findings.filter((f) => f.code === "UNREADABLE_VALUE" && f.row === null)).toEqual([]);
  });

  test("a date typed in Graduation year shows as its year, and saving the untouched form keeps the date", () => {
    const graduated = new Date(2019, 5, 1); // "June 2019": Sheets makes it a date cell
    const rows = exampleProfile().map((line) => (line[0] === "Graduation year" ? [line[0], graduated] : line));
    const wb = workbookWith(examplePrograms(), rows);
    const server = createServer(wb, clock);
    expect(server.getProfile().gradYear).toBe("2019"); // the year the audit reads from it
    expect(server.saveProfile(server.getProfile())).toEqual({ ok: true });
    expect(wb.calls.writeCells ?? 0).toBe(0);
    expect(wb.state("Profile")!.values.find((line) => line[0] === "Graduation year")![1]).toEqual(graduated);
  });

  test("saving the same profile again writes nothing", () => {
    const wb = workbookWith(examplePrograms());
    const server = createServer(wb, clock);
    expect(server.saveProfile(server.getProfile())).toEqual({ ok: true });
    expect(wb.calls.writeCells ?? 0).toBe(0);
    expect(wb.calls.writeRows ?? 0).toBe(0);
  });

  test("creates the Profile sheet when missing, and the audit then reads it back", () => {
    const wb = memoryWorkbook([{ name: "Programs", rows: examplePrograms() }]);
    const server = createServer(wb, clock);
    expect(server.saveProfile(form())).toEqual({ ok: true });
    const profile = wb.state("Profile")!;
    expect(profile.values[0]).toEqual(["Field", "Value", "Help"]);
    expect(profile.values[1]!.slice(0, 2)).toEqual(["Step 2 CK", 224]);
    expect(profile.validations).toEqual([{ column: 2, fromRow: 8, toRow: 8, values: ["None", "J-1", "H-1B", "J-1 or H-1B"] }]);
    expect(server.getProfile()).toEqual(form());
    expect(server.runAudit().summary.scoreBand).toBe("high risk");
  });

  test("text that looks like a formula is stored as text", () => {
    const wb = memoryWorkbook([{ name: "Profile", rows: exampleProfile() }]);
    createServer(wb, clock).saveProfile(form({ languages: "=IMPORTXML(\"x\")" }));
    const row = wb.state("Profile")!.values.findIndex((line) => line[0] === "Languages");
    expect(wb.state("Profile")!.values[row]![1]).toBe("=IMPORTXML(\"x\")");
    expect(wb.state("Profile")!.formulas[row]![1]).toBe("");
  });
});

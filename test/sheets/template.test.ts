import { describe, expect, test } from "vitest";
import { readCutoffType, readProgramType, readSignal, readVisaNeed, readYesNo } from "../../src/rules/cells";
import { readVisaPolicy } from "../../src/rules/visaCell";
import { matchProgramColumn, TEMPLATE_HEADERS } from "../../src/rules/columns";
import { matchProfileLabel, PROFILE_FIELDS } from "../../src/rules/profile";
import { createServer } from "../../src/sheets/auditServer";
import { memoryWorkbook } from "../../src/sheets/memoryWorkbook";
import { createTemplateSheets, DROPDOWNS, VISA_NEED_DROPDOWN } from "../../src/sheets/template";
import { clock, examplePrograms } from "./fixtures";

describe("Create program sheet", () => {
  test("makes Programs with the RULES.md §2 header, help notes, a frozen header and dropdowns", () => {
    const wb = memoryWorkbook([{ name: "Sheet1", rows: [] }]);
    const report = createTemplateSheets(wb);
    expect(report.created).toEqual(["Programs", "Profile"]);
    const programs = wb.state("Programs")!;
    // The template's columns, then the three formula columns (test/sheets/formulaColumns.test.ts), which the audit does not read.
    expect(programs.values[0]).toEqual([...TEMPLATE_HEADERS.map((h) => h.header), "Tier", "IMG friendly", "Meets cutoff"]);
    expect(programs.values[0]!.map(matchProgramColumn)).toEqual([...TEMPLATE_HEADERS.map((h) => h.column), null, null, null]);
    expect(programs.frozenRows).toBe(1);
    expect(programs.formats["1,1"]).toMatchObject({ fontWeight: "bold", note: TEMPLATE_HEADERS[0]!.help });
    const dropdownOf = (header: string) => programs.validations.find((v) => v.column === programs.values[0]!.indexOf(header) + 1);
    expect(dropdownOf("Program type")).toMatchObject({ fromRow: 2, values: DROPDOWNS.programType });
    for (const header of ["Visa", "Applied", "Signal", "Interview", "Cutoff type"]) expect(dropdownOf(header)).toBeDefined();
    expect(programs.validations).toHaveLength(6);
    expect(wb.writesOutsideLock).toBe(0);
  });

  test("every dropdown value reads back through the cell reader as what it says", () => {
    expect(DROPDOWNS.programType!.map((v) => readProgramType(v))).toEqual(DROPDOWNS.programType!.map((v) => ({ ok: true, value: v })));
    expect(DROPDOWNS.cutoffType!.map((v) => readCutoffType(v))).toEqual([{ ok: true, value: "hard" }, { ok: true, value: "preferred" }]);
    expect(DROPDOWNS.visa!.map((v) => readVisaPolicy(v))).toEqual(
      [
        { j1: "yes", h1b: "no" },
        { j1: "no", h1b: "yes" },
        { j1: "yes", h1b: "yes" },
        { j1: "no", h1b: "no" },
        { j1: "unknown", h1b: "unknown" },
      ].map((value) => ({ ok: true, value })),
    );
    for (const column of ["applied", "interview"] as const) {
      expect(DROPDOWNS[column]!.map((v) => readYesNo(v))).toEqual([{ ok: true, value: true }, { ok: true, value: false }]);
    }
    expect(DROPDOWNS.signal!.map((v) => readSignal(v))).toEqual(["plain", "gold", "silver", null].map((value) => ({ ok: true, value })));
    expect(VISA_NEED_DROPDOWN.map((v) => readVisaNeed(v))).toEqual(VISA_NEED_DROPDOWN.map((value) => ({ ok: true, value })));
  });

  test("makes Profile with every field's label in column A, blank values, help in C and a Visa needed dropdown", () => {
    const wb = memoryWorkbook();
    createTemplateSheets(wb);
    const profile = wb.state("Profile")!;
    expect(profile.values.slice(1).map((line) => matchProfileLabel(line[0]))).toEqual(PROFILE_FIELDS.map((f) => f.field));
    expect(profile.values.slice(1).map((line) => line[2])).toEqual(PROFILE_FIELDS.map((f) => f.help));
    expect(profile.values.slice(1).every((line) => line[1] === "")).toBe(true);
    const visaRow = profile.values.findIndex((line) => line[0] === "Visa needed") + 1;
    expect(profile.validations).toEqual([{ column: 2, fromRow: visaRow, toRow: visaRow, values: VISA_NEED_DROPDOWN }]);
  });

  test("never touches a sheet that exists, and says so", () => {
    const wb = memoryWorkbook([{ name: "Programs", rows: examplePrograms() }]);
    const before = wb.state("Programs");
    const report = createTemplateSheets(wb);
    expect(report).toMatchObject({ created: ["Profile"], kept: ["Programs"] });
    expect(report.message).toMatch(/Created Profile\. Programs already exists: left as it is\./);
    expect(wb.state("Programs")).toEqual(before);
    const again = createTemplateSheets(wb);
    expect(again.created).toEqual([]);
    expect(again.message).toMatch(/^Nothing to create\. Programs and Profile already exist/);
  });

  test("a new template audits cleanly once the profile is filled", () => {
    const wb = memoryWorkbook();
    createTemplateSheets(wb);
    const server = createServer(wb, clock);
    expect(() => server.runAudit()).toThrow(/Step 2 CK/);
    expect(server.saveProfile({ ...server.getProfile(), step2: "240" })).toEqual({ ok: true });
    expect(server.runAudit().programs).toEqual([]);
  });
});

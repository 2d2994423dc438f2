import { describe, expect, test } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { createServer } from "../../src/sheets/auditServer";
import { memoryWorkbook } from "../../src/sheets/memoryWorkbook";
import { auditTable, clock, editCell, examplePrograms, exampleProfile, syntheticPrograms, TODAY, workbookWith } from "./fixtures";

describe("runAudit", () => {
  test("returns the engine's result (CONTRACT.md §3) plus notes, and writes the Audit sheet", () => {
    const wb = workbookWith(examplePrograms());
    const response = createServer(wb, clock).runAudit();
    const engine = auditSheet(examplePrograms(), exampleProfile(), { today: TODAY });
    expect(response.programs).toEqual(engine.programs);
    expect(response.findings.map(({ code, severity, row, program, list, message }) => ({ code, severity, row, program, list, message }))).toEqual(engine.findings);
    expect(response.summary).toEqual(engine.summary); // nothing accepted yet: counts unchanged
    expect(response.ranAt).toBe(TODAY.toISOString());
    expect(auditTable(wb)).toHaveLength(engine.findings.length);
  });

  test("is JSON-safe: no Date objects, even when the sheet holds date cells", () => {
    const wb = workbookWith(syntheticPrograms(40));
    const response = createServer(wb, clock).runAudit();
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
  });

  test("service calls are the same for 100 and 1,000 program rows", () => {
    const counts = [100, 1000].map((n) => {
      const wb = workbookWith(syntheticPrograms(n));
      const server = createServer(wb, clock);
      server.runAudit();
      const first = { ...wb.calls };
      wb.resetCalls();
      server.runAudit(); // the second audit also reads the previous Audit sheet
      return { first, second: { ...wb.calls }, findings: auditTable(wb).length };
    });
    expect(counts[1]!.findings).toBeGreaterThan(counts[0]!.findings * 5); // the report did grow
    expect(counts[1]!.first).toEqual(counts[0]!.first);
    expect(counts[1]!.second).toEqual(counts[0]!.second);
    // The Audit sheet: its values and markers, then Note and Status once more just before the write.
    expect(counts[0]!.second).toEqual({ sheet: 3, readValues: 3, readMarkers: 1, readColumns: 1, withDocumentLock: 1, timeZone: 1, replaceContent: 1 });
  });

  test("leaves Programs and Profile exactly as they were, formulas included", () => {
    const programs = syntheticPrograms(30);
    programs[5]![5] = { formula: "=40+5", value: 45 };
    const wb = workbookWith(programs);
    const before = { programs: wb.state("Programs"), profile: wb.state("Profile") };
    createServer(wb, clock).runAudit();
    expect(wb.state("Programs")).toEqual(before.programs);
    expect(wb.state("Profile")).toEqual(before.profile);
    expect(wb.state("Programs")!.formulas[5]![5]).toBe("=40+5");
    expect(wb.sheetNames()).toEqual(["Programs", "Profile", "Audit"]);
  });

  test("a second audit replaces the report instead of adding to it", () => {
    const wb = workbookWith(examplePrograms());
    const server = createServer(wb, clock);
    server.runAudit();
    const first = auditTable(wb).length;
    expect(wb.state("Programs")!.values[7]![5]).toBe("lots");
    editCell(wb, "Programs", 8, 6, "45%"); // the user fixes the unreadable IMG % of row 8
    server.runAudit();
    const second = auditTable(wb);
    expect(second.length).toBe(first - 1);
    expect(second.some((f) => f.Code === "UNREADABLE_VALUE")).toBe(false);
    expect(wb.state("Audit")!.values.filter((line) => line[0] === "Findings")).toHaveLength(1);
    expect(auditTable(wb, "Resolved").map((f) => f.Code)).toEqual(["UNREADABLE_VALUE"]);
    expect(wb.state("Audit")!.values.find((line) => line[0] === "Changes")![1]).toBe("Since the audit of 2026-10-15 12:00 UTC: 0 new, 1 fixed.");
  });

  test("writes only inside the document lock", () => {
    const wb = workbookWith(examplePrograms());
    createServer(wb, clock).runAudit();
    expect(wb.calls.withDocumentLock).toBe(1);
    expect(wb.writesOutsideLock).toBe(0);
  });

  test("an unreadable sheet or profile is a clear Error, and the old Audit sheet is left whole", () => {
    const wb = workbookWith(examplePrograms());
    const server = createServer(wb, clock);
    server.runAudit();
    const before = wb.state("Audit");
    const broken = memoryWorkbook([
      { name: "Programs", rows: [["just", "words"], ["a", "b"]] },
      { name: "Profile", rows: exampleProfile() },
      { name: "Audit", rows: before!.values },
    ]);
    const stateBefore = broken.state("Audit");
    expect(() => createServer(broken, clock).runAudit()).toThrow(/no header row/);
    expect(broken.state("Audit")).toEqual(stateBefore);
    expect(broken.calls.replaceContent).toBeUndefined();

    const noScore = workbookWith(examplePrograms(), [["Field", "Value"], ["Step 2 CK", "abc"]]);
    const error = (() => {
      try {
        createServer(noScore, clock).runAudit();
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(/Step 2 CK 'abc'/);
    expect(error!.message).not.toMatch(/\n/);
    expect(noScore.sheet("Audit")).toBeNull();
  });

  test("refuses to wipe a sheet named Audit that it did not write, and says what to do", () => {
    const mine = [["Summary", "Amount"], ["ERAS token", 99], ["Findings", "none yet"], ["Ran", "2026-01-01"]]; // common words, not the report's
    const wb = memoryWorkbook([{ name: "Programs", rows: examplePrograms() }, { name: "Profile", rows: exampleProfile() }, { name: "Audit", rows: mine }]);
    expect(() => createServer(wb, clock).runAudit()).toThrow(/already a sheet named "Audit" that this add-on did not write.*[Rr]ename/);
    expect(wb.state("Audit")!.values).toEqual(mine);
    expect(wb.calls.replaceContent ?? 0).toBe(0);
  });

  test("rewrites an Audit sheet it wrote, even cut down by hand, and an empty one", () => {
    const wb = workbookWith(examplePrograms());
    createServer(wb, clock).runAudit();
    const written = wb.state("Audit")!.values;
    const cut = written.filter((line) => line[0] === "IMG List Audit" || line[0] === "Summary"); // everything else deleted
    const noTitle = written.slice(1); // the title row deleted: the findings header still says whose it is
    for (const rows of [cut, noTitle, [["", ""], ["", ""]]]) {
      const again = memoryWorkbook([{ name: "Programs", rows: examplePrograms() }, { name: "Profile", rows: exampleProfile() }, { name: "Audit", rows }]);
      expect(createServer(again, clock).runAudit().programs).toHaveLength(50);
      expect(auditTable(again).length).toBeGreaterThan(0);
    }
  });

  test("names the sheet it read and counts its programs in words: 1 program, 2 programs", () => {
    for (const [count, line] of [[1, "Programs (1 program)"], [2, "Programs (2 programs)"]] as const) {
      const wb = memoryWorkbook([{ name: "Programs", rows: examplePrograms().slice(0, count + 1) }, { name: "Profile", rows: exampleProfile() }]);
      createServer(wb, clock).runAudit();
      expect(wb.state("Audit")!.values.find((l) => l[0] === "Sheet")![1]).toBe(line);
    }
  });

  test("without a Programs sheet it audits the active sheet, and says which sheet in errors", () => {
    const wb = memoryWorkbook([{ name: "My list", rows: examplePrograms() }, { name: "Profile", rows: exampleProfile() }], { active: "My list" });
    const response = createServer(wb, clock).runAudit();
    expect(response.programs).toHaveLength(50);
    expect(wb.state("Audit")!.values.find((l) => l[0] === "Sheet")![1]).toBe("My list (50 programs)");
    expect(wb.state("Audit")!.links[0]!.url).toMatch(/^#gid=0&range=A\d+$/);
    expect(auditTable(wb)[0]!["Go to row"]).toMatch(/^'My list'!A\d+$/);

    // Looking at the Audit sheet, the next audit reads the same list again.
    wb.sheet("Audit")!.activate();
    expect(createServer(wb, clock).runAudit().programs).toHaveLength(50);

    const empty = memoryWorkbook([{ name: "Sheet1", rows: [] }, { name: "Profile", rows: exampleProfile() }]);
    expect(() => createServer(empty, clock).runAudit()).toThrow(/empty.*read from the sheet "Sheet1"/);
    const onAudit = memoryWorkbook([{ name: "Audit", rows: [] }, { name: "Profile", rows: exampleProfile() }]);
    expect(() => createServer(onAudit, clock).runAudit()).toThrow(/no sheet named "Programs", and the open sheet is "Audit"/);
  });

  test("without a Profile sheet it asks for the profile", () => {
    const wb = memoryWorkbook([{ name: "Programs", rows: examplePrograms() }]);
    expect(() => createServer(wb, clock).runAudit()).toThrow(/no Profile sheet/);
  });
});

describe("selectRow", () => {
  test("selects that row of Programs", () => {
    const wb = workbookWith(examplePrograms());
    createServer(wb, clock).selectRow(7);
    expect(wb.selection).toEqual({ sheet: "Programs", row: 7 });
  });

  test("without Programs, selects in the sheet the last audit read", () => {
    const wb = memoryWorkbook([{ name: "My list", rows: examplePrograms() }, { name: "Profile", rows: exampleProfile() }], { active: "My list" });
    const server = createServer(wb, clock);
    server.runAudit();
    wb.sheet("Profile")!.activate();
    server.selectRow(12);
    expect(wb.selection).toEqual({ sheet: "My list", row: 12 });
  });

  // A click on a finding from an older audit: rows may have been inserted, deleted or sorted since.
  const names = (...programs: string[]) => [["Program", "Specialty", "IMG %"], ...programs.map((p) => [p, "Internal Medicine", 40])];

  test("with the finding's program, selects its row while the row still holds it, and says which row", () => {
    const wb = workbookWith(names("Alpha IM", "Beta IM", "Gamma IM"));
    expect(createServer(wb, clock).selectRow(3, "Beta IM")).toBe(3);
    expect(wb.selection).toEqual({ sheet: "Programs", row: 3 });
  });

  test("after rows moved, selects the one row that now holds that program", () => {
    const wb = workbookWith(names("New one IM", "Alpha IM", "Beta IM", "Gamma IM")); // a row inserted above
    expect(createServer(wb, clock).selectRow(3, "Beta IM")).toBe(4);
    expect(wb.selection).toEqual({ sheet: "Programs", row: 4 });
  });

  test("selects nothing and says so when no single row holds the program any more", () => {
    const gone = workbookWith(names("Alpha IM", "Gamma IM"));
    expect(() => createServer(gone, clock).selectRow(3, "Beta IM")).toThrow(
      'Programs changed since the audit: row 3 is now "Gamma IM", and no row holds "Beta IM"; run the audit again.',
    );
    const twice = workbookWith(names("Alpha IM", "Gamma IM", "Beta IM", "Beta IM"));
    expect(() => createServer(twice, clock).selectRow(3, "Beta IM")).toThrow(
      'Programs changed since the audit: row 3 is now "Gamma IM", and 2 rows hold "Beta IM"; run the audit again.',
    );
    const shorter = workbookWith(names("Alpha IM"));
    expect(() => createServer(shorter, clock).selectRow(3, "Beta IM")).toThrow(/row 3 is now empty, and no row holds "Beta IM"/);
    for (const wb of [gone, twice, shorter]) expect(wb.selection).toBeNull();
  });

  test("an unnamed program is found by its row while that row is still unnamed, never by name", () => {
    const wb = workbookWith(names("Alpha IM", "", "Gamma IM"));
    expect(createServer(wb, clock).selectRow(3, "(unnamed program in row 3)")).toBe(3);
    const moved = workbookWith(names("New one IM", "Alpha IM", "", "Gamma IM"));
    expect(() => createServer(moved, clock).selectRow(3, "(unnamed program in row 3)")).toThrow(
      /^Programs changed since the audit: row 3 is now "Alpha IM", and no row holds "\(unnamed program in row 3\)"; run the audit again\.$/,
    );
    expect(moved.selection).toBeNull();
  });

  test("the row alone selects it unchecked (CONTRACT.md §5), and so does a null program", () => {
    const wb = workbookWith(names("Alpha IM"));
    const server = createServer(wb, clock);
    expect(server.selectRow(9)).toBe(9);
    expect(server.selectRow(2, null)).toBe(2);
    expect(wb.calls.readValues ?? 0).toBe(0);
  });

  test("refuses a value that is not a row number", () => {
    const server = createServer(workbookWith(examplePrograms()), clock);
    for (const bad of [0, -3, 2.5, "7", null]) expect(() => server.selectRow(bad as number)).toThrow(/row number/);
  });
});

// The real adapter, against a fake SpreadsheetApp that records every call: the batching claim holds
// for the code that runs in Sheets, not only for the memory workbook.

import { afterEach, describe, expect, test } from "vitest";
import { appsScriptWorkbook, asWritten } from "../../src/sheets/appsScriptWorkbook";
import { createServer } from "../../src/sheets/auditServer";
import { installedFake, type FakeApps, type Value } from "./fakeSpreadsheetApp";
import { clock, examplePrograms, exampleProfile, syntheticPrograms } from "./fixtures";

let apps: FakeApps;

function install(sheets: [string, Value[][]][]) {
  apps = installedFake(sheets);
  return appsScriptWorkbook();
}
afterEach(() => apps?.uninstall());

const sheetNamed = (name: string) => apps.spreadsheet.sheets.find((s) => s.name === name)!;

describe("appsScriptWorkbook", () => {
  test("an audit makes the same spreadsheet calls for 100 and 1,000 program rows", () => {
    const runs = [100, 1000].map((n) => {
      const workbook = install([["Programs", syntheticPrograms(n) as Value[][]], ["Profile", exampleProfile()]]);
      const server = createServer(workbook, clock);
      apps.calls.length = 0;
      server.runAudit();
      const first = apps.calls.filter((c) => !c.startsWith("Builder."));
      apps.calls.length = 0;
      server.runAudit();
      const second = apps.calls.filter((c) => !c.startsWith("Builder."));
      const builders = apps.calls.length - second.length;
      apps.uninstall();
      return { first, second, builders, auditRows: sheetNamed("Audit").lastRow() };
    });
    expect(runs[1]!.auditRows).toBeGreaterThan(1000); // the sheet had to grow past 1000 rows …
    expect(runs[1]!.first.filter((c) => c === "Sheet.insertRowsAfter")).toHaveLength(1); // … in one call
    // The same calls apart from growing the sheet, and the same count on a re-audit.
    const withoutGrowth = (calls: string[]) => calls.filter((c) => c !== "Sheet.insertRowsAfter");
    expect(withoutGrowth(runs[1]!.first)).toEqual(withoutGrowth(runs[0]!.first));
    expect(withoutGrowth(runs[1]!.second)).toEqual(withoutGrowth(runs[0]!.second));
    expect(runs[0]!.second.filter((c) => c === "Range.getValues")).toHaveLength(4); // Programs, Profile, old Audit, its Note and Status again
    expect(runs[0]!.second.filter((c) => c === "Range.setValues")).toHaveLength(1); // the report, once
    expect(runs[0]!.second.length).toBeLessThan(200); // most of them a few per developer-metadata marker
    // Rich-text links are built locally, one builder per linked row; they reach Sheets in one call.
    expect(runs[1]!.builders).toBeGreaterThan(runs[0]!.builders);
    expect(runs[0]!.second.filter((c) => c === "Range.setRichTextValues")).toHaveLength(1);
  });

  test("reads date cells as Date objects, and never writes to Programs or Profile", () => {
    const programs = syntheticPrograms(20) as Value[][];
    const workbook = install([["Programs", programs], ["Profile", exampleProfile()]]);
    expect(workbook.sheet("Programs")!.readValues()[1]![11]).toBeInstanceOf(Date);
    const snapshot = (name: string) => JSON.stringify(sheetNamed(name).cells);
    const before = [snapshot("Programs"), snapshot("Profile")];
    createServer(workbook, clock).runAudit();
    expect([snapshot("Programs"), snapshot("Profile")]).toEqual(before);
  });

  test("the Audit sheet holds values only: text that looks like a formula, a number or TRUE stays text", () => {
    const programs = examplePrograms();
    programs[2]![0] = "'=HYPERLINK(\"http://example.com\")"; // a program cell holding that text, not a formula
    const workbook = install([["Programs", programs], ["Profile", exampleProfile()]]);
    const response = createServer(workbook, clock).runAudit();
    const audit = sheetNamed("Audit");
    expect(audit.getDataRange().getFormulas().flat().every((f) => f === "")).toBe(true);
    const row = response.findings.find((f) => f.program?.startsWith("=HYPERLINK"));
    expect(row).toBeDefined();
    const cells = audit.getDataRange().getValues().flat();
    expect(cells).toContain('=HYPERLINK("http://example.com")');
    expect(asWritten("TRUE")).toBe("'TRUE");
    expect(asWritten(12)).toBe(12);
    expect(asWritten("")).toBe("");
  });

  test("formats, links, dropdowns and frozen rows arrive in Sheets", () => {
    const workbook = install([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    const first = createServer(workbook, clock).runAudit().findings[0]!.row; // findings in RULES.md §8.6 order
    const audit = sheetNamed("Audit");
    const values = audit.getDataRange().getValues();
    const header = values.findIndex((line) => line[0] === "Severity") + 1;
    expect(audit.frozenRows).toBe(header);
    expect(audit.cell(header, 7).value).toBe("Note");
    expect(audit.cell(header + 1, 6).format.link).toBe(`#gid=${sheetNamed("Programs").id}&range=A${first}`);
    expect(audit.cell(header + 1, 6).value).toBe(`Programs!A${first}`);
    expect(audit.cell(header + 1, 8).format.validation).toEqual(["Open", "Accepted", "Fixed"]);
    // Free text in Status would read back as Open at the next audit: Sheets refuses it instead.
    expect(audit.cell(header + 1, 8).format.allowInvalid).toBe(false);
    expect(audit.cell(header, 1).format.fontWeight).toBe("bold");
    expect(audit.widths[5]).toBeGreaterThan(audit.widths[4]!);
  });

  test("inserting a sheet leaves the user on the sheet they were looking at", () => {
    const workbook = install([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    const audit = workbook.insertSheet("Audit");
    expect(audit.name).toBe("Audit");
    expect(apps.spreadsheet.active!.name).toBe("Programs");
  });

  test("writeCells, writeRows and selectRow", () => {
    const workbook = install([["Profile", exampleProfile()]]);
    const profile = workbook.sheet("Profile")!;
    workbook.withDocumentLock(() => {
      profile.writeCells([{ row: 2, column: 2, value: 231 }]);
      profile.writeRows(20, [["Languages", "0123"]], [{ column: 2, fromRow: 20, toRow: 20, values: ["a", "b"] }]);
    });
    expect(sheetNamed("Profile").cell(2, 2).value).toBe(231);
    expect(sheetNamed("Profile").cell(20, 2).value).toBe("0123"); // text, not the number 123
    expect(sheetNamed("Profile").cell(20, 2).format.validation).toEqual(["a", "b"]);
    expect(sheetNamed("Profile").cell(20, 2).format.allowInvalid).toBe(true); // the user's own cells only warn
    profile.selectRow(5);
    expect(apps.selection()).toEqual({ sheet: "Profile", row: 5 });
    expect(() => profile.selectRow(5000)).toThrow(/Row 5000 is past the end of the sheet "Profile"/);
  });

  test("a busy document lock is a clear error, and the lock is always released", () => {
    const workbook = install([["Profile", exampleProfile()]]);
    expect(() => workbook.withDocumentLock(() => { throw new Error("boom"); })).toThrow("boom");
    expect(apps.calls.filter((c) => c.startsWith("Lock."))).toEqual(["Lock.tryLock", "Lock.releaseLock"]);
    (globalThis as Record<string, unknown>).LockService = { getDocumentLock: () => ({ tryLock: () => false, releaseLock: () => undefined }) };
    expect(() => workbook.withDocumentLock(() => 1)).toThrow(/Someone else is writing to this spreadsheet/);
  });
});

// getLastAudit(): the sidebar opens on the last audit the Audit sheet holds. It reads, never writes,
// and never takes the document lock: a mentor who is a viewer may open the sidebar.

import { afterEach, describe, expect, test } from "vitest";
import { appsScriptWorkbook } from "../../src/sheets/appsScriptWorkbook";
import { createServer } from "../../src/sheets/auditServer";
import { memoryWorkbook } from "../../src/sheets/memoryWorkbook";
import type { ReportedFinding } from "../../src/shared/api";
import { installedFake, type FakeApps } from "./fakeSpreadsheetApp";
import { annotate, clock, examplePrograms, exampleProfile, rewriteSheet, workbookWith } from "./fixtures";

const BACK_BAY = "Back Bay University Medical Center IM";

/** What the Audit sheet can give back of a finding: everything but isNew. */
const asWritten = ({ code, severity, row, program, message, note, status }: Omit<ReportedFinding, "isNew">) => ({ code, severity, row, program, message, note, status });

describe("getLastAudit", () => {
  test("gives back the findings the last audit wrote, with notes, statuses, when it ran and on which sheet", () => {
    const wb = workbookWith(examplePrograms());
    const server = createServer(wb, clock);
    server.runAudit();
    annotate(wb, (row) => (row.Code === "SCORE_GAP" && row.Program === BACK_BAY ? { note: "Dream program", status: "Accepted" } : null));
    const response = server.runAudit();
    const last = server.getLastAudit();
    expect(last).not.toBeNull();
    expect(last!.ranAt).toBe("2026-10-15 12:00 UTC");
    expect(last!.sheetName).toBe("Programs");
    const findings = last!.findings.filter((f) => f.section === "findings");
    expect(findings.map(asWritten)).toEqual(response.findings.map(asWritten));
    expect(findings.find((f) => f.program === BACK_BAY && f.code === "SCORE_GAP")).toMatchObject({ note: "Dream program", status: "Accepted" });
    expect(JSON.parse(JSON.stringify(last))).toEqual(last); // google.script.run carries it as it is
  });

  test("gives back the Resolved rows apart from the findings", () => {
    const programs = examplePrograms();
    const wb = workbookWith(programs);
    const server = createServer(wb, clock);
    server.runAudit();
    rewriteSheet(wb, "Programs", programs.slice(0, 10)); // most programs deleted: their findings are resolved
    const response = server.runAudit();
    const resolved = server.getLastAudit()!.findings.filter((f) => f.section === "resolved");
    expect(response.resolved.length).toBeGreaterThan(0);
    expect(resolved.map(asWritten)).toEqual(response.resolved.map(asWritten));
  });

  test("names the sheet it read when there was no Programs sheet", () => {
    const wb = memoryWorkbook([{ name: "My list", rows: examplePrograms() }, { name: "Profile", rows: exampleProfile() }], { active: "My list" });
    const server = createServer(wb, clock);
    server.runAudit();
    expect(server.getLastAudit()!.sheetName).toBe("My list");
  });

  test("is null with no Audit sheet, an empty one, one without a findings table, or one the add-on did not write", () => {
    const none = workbookWith(examplePrograms());
    expect(createServer(none, clock).getLastAudit()).toBeNull();

    const written = workbookWith(examplePrograms());
    createServer(written, clock).runAudit();
    const values = written.state("Audit")!.values;
    const cut = values.filter((line) => line[0] === "IMG List Audit" || line[0] === "Summary"); // findings deleted by hand
    // A table of the user's own that the reader alone would take for findings: not the add-on's sheet.
    const mine = [["Findings"], ["Code", "Note"], ["VISA_NONE", "my own table, not the report"]];
    for (const rows of [[["", ""]], cut, mine]) {
      const wb = workbookWith(examplePrograms(), exampleProfile(), [{ name: "Audit", rows }]);
      expect(createServer(wb, clock).getLastAudit(), JSON.stringify(rows[0])).toBeNull();
    }
  });

  test("writes nothing and takes no lock (memory workbook)", () => {
    const wb = workbookWith(examplePrograms());
    createServer(wb, clock).runAudit();
    const before = wb.sheetNames().map((name) => wb.state(name));
    wb.resetCalls();
    createServer(wb, clock).getLastAudit();
    expect(wb.calls).toEqual({ sheet: 1, readValues: 1, readMarkers: 1 });
    expect(wb.sheetNames().map((name) => wb.state(name))).toEqual(before);
  });
});

describe("getLastAudit through the Apps Script adapter", () => {
  let apps: FakeApps | undefined;
  afterEach(() => apps?.uninstall());

  test("reads the Audit sheet in one getValues, with no lock and no write", () => {
    apps = installedFake([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    const server = createServer(appsScriptWorkbook(), clock);
    const response = server.runAudit();
    apps.calls.length = 0;
    const last = server.getLastAudit();
    expect(last!.findings.filter((f) => f.section === "findings")).toHaveLength(response.findings.length);
    expect(last!.ranAt).toBe("2026-10-15 17:30 Asia/Kolkata");
    expect(apps.calls.filter((c) => c === "Range.getValues")).toEqual(["Range.getValues"]);
    expect(apps.calls.filter((c) => /^Lock|^LockService|\.(?:set|clear|insert|activate)|flush/.test(c))).toEqual([]);
  });
});

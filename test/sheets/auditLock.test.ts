// writeAudit reads Programs, Profile and the old Audit sheet while it holds the document lock, so
// someone else's audit or profile save cannot land between what it read and what it writes.

import { afterEach, describe, expect, test } from "vitest";
import { appsScriptWorkbook } from "../../src/sheets/appsScriptWorkbook";
import { createServer } from "../../src/sheets/auditServer";
import { memoryWorkbook, type MemoryWorkbook } from "../../src/sheets/memoryWorkbook";
import type { SheetPort, Workbook } from "../../src/sheets/workbook";
import { installedFake, type FakeApps } from "./fakeSpreadsheetApp";
import { clock, examplePrograms, exampleProfile, workbookWith } from "./fixtures";

/** The memory workbook, recording for each readValues() which sheet it read and whether the lock was held. */
function watched(wb: MemoryWorkbook): { workbook: Workbook; reads: { sheet: string; locked: boolean }[] } {
  const reads: { sheet: string; locked: boolean }[] = [];
  let locked = false;
  const watch = (port: SheetPort | null): SheetPort | null =>
    port && { ...port, readValues: () => (reads.push({ sheet: port.name, locked }), port.readValues()) };
  const workbook: Workbook = {
    ...wb,
    sheet: (name) => watch(wb.sheet(name)),
    sheets: () => wb.sheets().map((s) => watch(s)!),
    activeSheet: () => watch(wb.activeSheet())!,
    insertSheet: (name) => watch(wb.insertSheet(name))!,
    withDocumentLock: (run) =>
      wb.withDocumentLock(() => {
        locked = true;
        try {
          return run();
        } finally {
          locked = false;
        }
      }),
  };
  return { workbook, reads };
}

describe("writeAudit and the document lock (memory workbook)", () => {
  test("reads Programs, Profile and the old Audit sheet while it holds the lock", () => {
    const { workbook, reads } = watched(workbookWith(examplePrograms()));
    const server = createServer(workbook, clock);
    server.runAudit();
    server.runAudit(); // the second one also reads the Audit sheet the first one wrote
    expect(reads.map((r) => r.sheet).sort()).toEqual(["Audit", "Profile", "Profile", "Programs", "Programs"]);
    expect(reads.filter((r) => !r.locked)).toEqual([]);
  });

  test("without Programs, the active sheet and the Audit sheet naming it are read under the lock too", () => {
    const wb = memoryWorkbook([{ name: "My list", rows: examplePrograms() }, { name: "Profile", rows: exampleProfile() }], { active: "My list" });
    const { workbook, reads } = watched(wb);
    createServer(workbook, clock).runAudit();
    wb.sheet("Audit")!.activate(); // looking at the report: the audit finds its list through the Audit sheet
    createServer(workbook, clock).runAudit();
    expect(reads.map((r) => r.sheet)).toContain("My list");
    expect(reads.filter((r) => !r.locked)).toEqual([]);
  });

  test("an unreadable sheet still writes nothing and keeps the old Audit sheet, with the same message", () => {
    const good = workbookWith(examplePrograms());
    createServer(good, clock).runAudit();
    const wb = memoryWorkbook([
      { name: "My list", rows: [["just", "words"], ["a", "b"]] },
      { name: "Profile", rows: exampleProfile() },
      { name: "Audit", rows: good.state("Audit")!.values },
    ], { active: "My list" });
    const before = wb.state("Audit");
    const { workbook, reads } = watched(wb);
    expect(() => createServer(workbook, clock).runAudit()).toThrow(
      /^The program sheet has no header row: .* \(read from the sheet "My list", since there is no sheet named Programs\)$/,
    );
    expect(wb.state("Audit")).toEqual(before);
    expect(wb.calls.replaceContent ?? 0).toBe(0);
    expect(reads.filter((r) => !r.locked)).toEqual([]);
  });
});

describe("writeAudit and the document lock (Apps Script adapter)", () => {
  let apps: FakeApps | undefined;
  afterEach(() => apps?.uninstall());

  test("every getValues of an audit comes between tryLock and releaseLock", () => {
    apps = installedFake([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    const server = createServer(appsScriptWorkbook(), clock);
    server.runAudit();
    apps.calls.length = 0;
    server.runAudit();
    const calls = apps.calls;
    const taken = calls.indexOf("Lock.tryLock");
    const released = calls.indexOf("Lock.releaseLock");
    const reads = calls.flatMap((c, i) => (c === "Range.getValues" ? [i] : []));
    expect(reads).toHaveLength(4); // Programs, Profile, the old Audit sheet, its Note and Status again
    expect(taken).toBeGreaterThanOrEqual(0);
    expect(reads.every((i) => i > taken && i < released)).toBe(true);
  });

  test("a missing Profile sheet is the same message, and the lock is released", () => {
    apps = installedFake([["Programs", examplePrograms()]]);
    expect(() => createServer(appsScriptWorkbook(), clock).runAudit()).toThrow(/^There is no Profile sheet yet: fill in your profile/);
    const locks = apps.calls.filter((c) => c.startsWith("Lock."));
    expect(locks.filter((c) => c === "Lock.tryLock").length).toBe(locks.filter((c) => c === "Lock.releaseLock").length);
  });
});

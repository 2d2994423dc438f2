// The adapter against behaviours Google's Apps Script reference documents and the first fake did not
// model; each test names the page it follows.

import { afterEach, describe, expect, test } from "vitest";
import { isoDate } from "../../src/rules/cells";
import { appsScriptWorkbook } from "../../src/sheets/appsScriptWorkbook";
import { createServer } from "../../src/sheets/auditServer";
import { installedFake, type FakeApps, type Value } from "./fakeSpreadsheetApp";
import { clock, examplePrograms, exampleProfile, HEADER } from "./fixtures";

let apps: FakeApps;

function install(sheets: [string, Value[][]][]) {
  apps = installedFake(sheets);
  return appsScriptWorkbook();
}
afterEach(() => apps?.uninstall());

describe("Apps Script as documented", () => {
  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): "if you are working
  // with a spreadsheet, you should call SpreadsheetApp.flush() prior to releasing the lock".
  test("pending writes are flushed before the document lock is released", () => {
    const workbook = install([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    apps.calls.length = 0;
    createServer(workbook, clock).runAudit();
    const release = apps.calls.lastIndexOf("Lock.releaseLock");
    const isWrite = (c: string) => /^(Range\.set|Sheet\.(clear|set|insert))/.test(c);
    const lastWrite = apps.calls.length - 1 - [...apps.calls].reverse().findIndex(isWrite);
    expect(apps.calls.some(isWrite)).toBe(true);
    expect(release).toBeGreaterThan(lastWrite);
    expect(apps.calls.slice(lastWrite, release)).toContain("SpreadsheetApp.flush");
  });

  // A date cell reaches the script as an instant (midnight in the spreadsheet's zone), and the script
  // runs in appsscript.json's zone (https://developers.google.com/apps-script/manifest). A sheet in
  // Asia/Kolkata read by a script in America/New_York sees the day before unless the adapter converts.
  test("date cells read as the calendar day the sheet shows, whatever the script's time zone", () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York"; // appsscript.json's timeZone
    try {
      const verified = new Date(Date.UTC(2026, 2, 1)); // typed as 2026-03-01
      const profile = exampleProfile().map((line) => (line[0] === "Graduation year" ? [line[0], new Date(Date.UTC(2021, 0, 1))] : line));
      const workbook = install([["Programs", [HEADER, ["Delta IM", "Internal Medicine", "", "", "", 40, "", 230, "J-1", "Yes", "", verified]]], ["Profile", profile]]);
      expect(apps.spreadsheet.timeZone).toBe("Asia/Kolkata");
      const cell = workbook.sheet("Programs")!.readValues()[1]![11];
      expect(cell).toBeInstanceOf(Date);
      expect(isoDate(cell as Date)).toBe("2026-03-01");
      expect(createServer(workbook, clock).getProfile().gradYear).toBe("2021"); // not 2020
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

// https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet): a dialog
// suspends the script, and LockService locks do not survive the suspension.
describe("menu actions and the document lock", () => {
  test("no dialog opens while the document lock is held", async () => {
    const programs = examplePrograms();
    programs[1]!.push("=TIER(Profile!B2, H2, F2)");
    install([["Programs", programs], ["Profile", exampleProfile()]]);
    const menu = await import("../../src/sheets/menu");
    menu.runAuditFromMenu();
    apps.ui.answers.push("YES");
    menu.prepareForSharing();
    menu.createProgramSheet();
    expect(apps.ui.alerts.map((a) => a.title)).toEqual(["Audit done", "Prepare for sharing", "Prepare for sharing", "Create program sheet"]);
    expect(apps.calls.filter((c) => c === "Lock.tryLock").length).toBeGreaterThanOrEqual(3);
    expect(apps.calls).not.toContain("Lock.lostToDialog");
  });
});

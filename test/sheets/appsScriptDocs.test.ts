// The adapter against behaviours Google's Apps Script reference documents and the first fake did not
// model; each test names the page it follows.

import { afterEach, describe, expect, test } from "vitest";
import { appsScriptWorkbook } from "../../src/sheets/appsScriptWorkbook";
import { createServer } from "../../src/sheets/auditServer";
import { fakeApps, type FakeApps } from "./fakeSpreadsheetApp";
import { clock, examplePrograms, exampleProfile } from "./fixtures";

type Value = string | number | boolean | Date;
let apps: FakeApps;

function install(sheets: [string, Value[][]][]) {
  apps = fakeApps();
  for (const [name, rows] of sheets) apps.spreadsheet.addSheet(name, rows);
  apps.install();
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
});

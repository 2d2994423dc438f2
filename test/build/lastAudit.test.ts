// The built script defines getLastAudit as a top-level function (google.script.run only calls those),
// and it answers through the Apps Script adapter: null before any audit, the findings after one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { installedFake, type FakeApps } from "../sheets/fakeSpreadsheetApp";
import { examplePrograms, exampleProfile } from "../sheets/fixtures";
import { loadLikeAppsScript } from "./appsScript";

let outDir = "";
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), "img-list-audit-last-"));
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", outDir], { stdio: "pipe" });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

let apps: FakeApps | undefined;
afterEach(() => apps?.uninstall());

describe("getLastAudit in the built script", () => {
  it("is a top-level function of Code.js", () => {
    const code = readFileSync(join(outDir, "Code.js"), "utf8");
    expect(/^function getLastAudit\(\) \{$/m.test(code)).toBe(true);
    expect(loadLikeAppsScript(outDir, "absent").run("typeof getLastAudit")).toBe("function");
  });

  it("reads the Audit sheet through SpreadsheetApp: null before an audit, its findings after, no lock", () => {
    const { context, run } = loadLikeAppsScript(outDir, "absent");
    apps = installedFake([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    const g = globalThis as Record<string, unknown>;
    Object.assign(context, { SpreadsheetApp: g.SpreadsheetApp, LockService: g.LockService });
    expect(run("getLastAudit()")).toBeNull();
    const findings = (run("runAudit().findings.length") as number);
    apps.calls.length = 0;
    const last = run("getLastAudit()") as { sheetName: string; findings: unknown[] };
    expect(last.sheetName).toBe("Programs");
    expect(last.findings).toHaveLength(findings);
    expect(apps.calls.filter((c) => c.startsWith("Lock"))).toEqual([]);
  });
});

import { afterEach, describe, expect, test, vi } from "vitest";
import { installedFake, type FakeApps } from "./fakeSpreadsheetApp";
import { examplePrograms, exampleProfile } from "./fixtures";

const SERVICES = ["SpreadsheetApp", "HtmlService", "LockService", "PropertiesService", "ScriptApp", "DriveApp", "UrlFetchApp"];
const g = globalThis as Record<string, unknown>;

/** A service that records and refuses every use except the paths listed (AuthMode.NONE allows only the menu). */
function strictService(name: string, allowed: Record<string, unknown>, used: string[]): unknown {
  return new Proxy(allowed, {
    get(target, key) {
      used.push(`${name}.${String(key)}`);
      if (key in target) return target[key as string];
      throw new Error(`${name}.${String(key)} is not allowed in AuthMode.NONE`);
    },
  });
}

afterEach(() => {
  for (const name of SERVICES) delete g[name];
  vi.resetModules();
});

describe("onOpen", () => {
  test("loading the scripts calls no service", async () => {
    const used: string[] = [];
    for (const name of SERVICES) g[name] = strictService(name, {}, used);
    await import("../../src/sheets/menu");
    await import("../../src/sheets/server");
    expect(used).toEqual([]);
  });

  test("in AuthMode.NONE it only builds the add-on menu, naming exported functions", async () => {
    const used: string[] = [];
    const items: [string, string][] = [];
    const menu: Record<string, unknown> = {};
    Object.assign(menu, {
      addItem: (caption: string, fn: string) => (items.push([caption, fn]), menuProxy),
      addSeparator: () => menuProxy,
      addToUi: () => undefined,
    });
    const menuProxy = strictService("Menu", menu, used);
    const ui = strictService("Ui", { createAddonMenu: () => menuProxy }, used);
    for (const name of SERVICES) g[name] = strictService(name, name === "SpreadsheetApp" ? { getUi: () => ui } : {}, used);

    const entry = await import("../../src/sheets/menu");
    entry.onOpen({ authMode: "NONE" } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
    expect(used.every((call) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.(addItem|addSeparator|addToUi))$/.test(call))).toBe(true);
    expect(used.at(-1)).toBe("Menu.addToUi");
    expect(items.map(([caption]) => caption)).toEqual(["Open sidebar", "Create program sheet", "Run audit", "Add formula columns", "Prepare for sharing", "Help"]);
    for (const [, fn] of items) expect(typeof (entry as Record<string, unknown>)[fn]).toBe("function");

    used.length = 0;
    entry.onInstall({ authMode: "NONE" } as unknown as GoogleAppsScript.Events.AddonOnInstall);
    expect(used.filter((call) => call === "Menu.addToUi")).toHaveLength(1);
  });
});

describe("menu actions and server functions on Apps Script (fake services)", () => {
  let apps: FakeApps;
  function install(sheets: [string, string[][]][]) {
    apps = installedFake(sheets);
  }
  afterEach(() => apps?.uninstall());

  test("openSidebar shows Sidebar.html titled IMG List Audit", async () => {
    install([]);
    const { openSidebar } = await import("../../src/sheets/menu");
    openSidebar();
    expect(apps.ui.sidebars).toEqual([expect.objectContaining({ file: "Sidebar", title: "IMG List Audit" })]);
  });

  test("runAuditFromMenu writes the Audit sheet, shows it, and reports the counts; errors become a dialog", async () => {
    install([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    const { runAuditFromMenu } = await import("../../src/sheets/menu");
    runAuditFromMenu();
    const audit = apps.spreadsheet.sheets.find((s) => s.name === "Audit")!;
    expect(audit).toBeDefined();
    expect(apps.spreadsheet.active).toBe(audit);
    expect(apps.ui.alerts.at(-1)).toMatchObject({ title: "Audit done", message: expect.stringMatching(/^\d+ errors · \d+ warnings · \d+ info\. Details are in the Audit sheet\.$/) });

    apps.spreadsheet.sheets.find((s) => s.name === "Profile")!.cell(2, 2).value = "abc";
    runAuditFromMenu();
    expect(apps.ui.alerts.at(-1)).toMatchObject({ title: "The audit could not run", message: expect.stringMatching(/Step 2 CK 'abc'/) });
  });

  test("the bound server functions run against SpreadsheetApp and return JSON-safe data", async () => {
    install([["Programs", examplePrograms()], ["Profile", exampleProfile()]]);
    const server = await import("../../src/sheets/server");
    const response = server.runAudit();
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
    expect(response.findings.length).toBeGreaterThan(10);
    const profile = server.getProfile();
    expect(profile.step2).toBe("224");
    expect(server.saveProfile({ ...profile, step2: "231" })).toEqual({ ok: true });
    expect(apps.spreadsheet.sheets.find((s) => s.name === "Profile")!.cell(2, 2).value).toBe(231);
    server.selectRow(9);
    expect(apps.selection()).toEqual({ sheet: "Programs", row: 9 });
    expect(apps.calls.filter((c) => c === "Lock.tryLock")).toHaveLength(apps.calls.filter((c) => c === "Lock.releaseLock").length);
  });

  test("createProgramSheet, prepareForSharing and showHelp talk through dialogs", async () => {
    install([["Sheet1", []]]);
    const menu = await import("../../src/sheets/menu");
    menu.createProgramSheet();
    expect(apps.ui.alerts.at(-1)!.message).toMatch(/^Created Programs and Profile\./);
    expect(apps.spreadsheet.sheets.map((s) => s.name)).toEqual(["Sheet1", "Programs", "Profile"]);
    expect(apps.spreadsheet.active!.name).toBe("Programs");
    menu.prepareForSharing();
    // The template's formula columns are what a mentor without the add-on would see as #NAME?.
    expect(apps.ui.alerts.at(-1)!.message).toMatch(/^These cells use the add-on.s functions.*Programs!V2/s);
    menu.showHelp();
    expect(apps.ui.alerts.at(-1)!.title).toBe("IMG List Audit: help");
  });
});

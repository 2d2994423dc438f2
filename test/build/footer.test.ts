// The generated footer for exports that are not custom functions, and the build's refusals, on
// fixture entries (test/build/fixtures/) instead of src/main.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadLikeAppsScript } from "./appsScript";

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildEntry(entry: string) {
  const outDir = mkdtempSync(join(tmpdir(), "img-list-audit-fixture-"));
  outDirs.push(outDir);
  const result = spawnSync(process.execPath, ["scripts/build.mjs", "--entry", entry, "--out", outDir], { encoding: "utf8" });
  return { outDir, status: result.status, stderr: result.stderr };
}

describe("an entry with menu and server functions", () => {
  const { outDir, status, stderr } = buildEntry("test/build/fixtures/shell.ts");
  const code = status === 0 ? readFileSync(join(outDir, "Code.js"), "utf8") : "";
  // The stubs after the bundle: asserting on this keeps a failure's message short.
  const footer = code.slice(code.indexOf("\n/**"));

  it("builds", () => {
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });
  it("gives each a top-level stub under the first line of its source JSDoc", () => {
    expect(footer).toContain("/** Adds the add-on's menu when the spreadsheet opens. */\nfunction onOpen(e) {\n  return IMGListAudit.onOpen(e);\n}");
    expect(footer).toContain("/** Saves the profile form. */\nfunction saveProfile(profile) {");
    expect(footer).not.toContain("A second line");
  });
  it("passes every argument through when the parameters are not plain names", () => {
    expect(footer).toContain("/** Apps Script entry point withDefaults (test/build/fixtures/shell.ts). */\nfunction withDefaults(...args) {\n  return IMGListAudit.withDefaults(...args);\n}");
    const { run } = loadLikeAppsScript(outDir, "absent");
    expect(run("withDefaults(1)")).toBe(3);
    expect(run("withDefaults(1, 5)")).toBe(6);
  });
  it("puts the custom functions first, then the rest by name", () => {
    const order = [...footer.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    expect(order).toEqual(["IMGFRIENDLY", "MEETSCUTOFF", "TIER", "onOpen", "saveProfile", "withDefaults"]);
  });
  it("forwards calls and answers, and touches services only when a function is called", () => {
    const { run, touched } = loadLikeAppsScript(outDir, "throwing");
    expect(touched).toEqual([]);
    expect(run("JSON.stringify(saveProfile({ step2: '230' }))")).toBe('{"saved":{"step2":"230"}}');
    expect(() => run("onOpen()")).toThrow(/SpreadsheetApp used while loading/);
  });
});

describe("the build refuses", () => {
  it("to empty a folder that holds the project (checked without building, so a bug cannot wipe it)", async () => {
    const { checkedOutDir } = await import(pathToFileURL(resolve("scripts/build.mjs")).href);
    expect(() => checkedOutDir(".")).toThrow("refusing to empty");
    expect(() => checkedOutDir("..")).toThrow("refusing to empty");
    expect(() => checkedOutDir("/")).toThrow("refusing to empty");
    expect(checkedOutDir("dist")).toBe(resolve("dist"));
    expect(checkedOutDir(join(tmpdir(), "x"))).toBe(join(tmpdir(), "x"));
  });
  it("an export that is not a function, naming it", () => {
    const { status, stderr } = buildEntry("test/build/fixtures/constantExport.ts");
    expect(status).not.toBe(0);
    expect(stderr).toContain("exports VERSION, which is not a function");
  });
  it("top-level code that calls a service, naming the service", () => {
    const { status, stderr } = buildEntry("test/build/fixtures/serviceAtLoad.ts");
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/loading Code\.js with no Apps Script service usable failed: SpreadsheetApp was used/);
  });
});

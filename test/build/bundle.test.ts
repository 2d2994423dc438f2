// The real build (CONTRACT.md §2), loaded the way Apps Script loads it: classic scripts in one fresh
// context, in clasp's push order, with no Apps Script services, or with services that throw on use.
// Values are made inside that context, as Sheets hands them over.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLikeAppsScript, scriptFiles, SERVICES } from "./appsScript";
import { appsScriptProblems } from "./scriptChecks";

/** CONTRACT.md §1, written out here so the test does not read the names from the code it checks. */
const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  TIER: ["score", "avg_step2", "img_pct", "min_step2", "program_type"],
  IMGFRIENDLY: ["img_pct", "visa_policy", "notes", "program_type"],
  MEETSCUTOFF: ["score", "min_step2", "attempts", "max_attempts", "grad_year", "max_years_since_grad", "match_year"],
};
const MENU = ["onOpen", "onInstall", "openSidebar", "createProgramSheet", "runAuditFromMenu", "addFormulaColumnsFromMenu", "prepareForSharing", "showHelp"];
const SERVER = ["runAudit", "getProfile", "saveProfile", "selectRow", "getLastAudit", "addFormulaColumns", "getFormulaColumns"];
const LIBRARY_GLOBALS = ["__zod_globalConfig"];
// The menu and server functions are written on branch `sheets`; until they land, only the custom
// functions can be required.
const hasSheetsShell = existsSync("src/sheets/menu.ts") && existsSync("src/sheets/server.ts");

let outDir = "";
let code = "";
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), "img-list-audit-dist-"));
  writeFileSync(join(outDir, "stale.js"), "function stale() {}"); // the build must empty the folder
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", outDir], { stdio: "pipe" });
  code = scriptFiles(outDir).map((file) => readFileSync(join(outDir, file), "utf8")).join("\n");
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the files in dist", () => {
  it("are the script, the manifest and (when the sidebar exists) its page, nothing stale", () => {
    const expected = ["Code.js", "appsscript.json"];
    if (existsSync("scripts/sidebar-html.mjs")) expected.push("Sidebar.html");
    expect(readdirSync(outDir).sort()).toEqual(expected.sort());
  });
  it("carry the root appsscript.json unchanged", () => {
    expect(readFileSync(join(outDir, "appsscript.json"), "utf8")).toBe(readFileSync("appsscript.json", "utf8"));
  });
  it("hold nothing Apps Script's V8 cannot run", () => {
    expect(appsScriptProblems(code)).toEqual([]);
  });
  it("keep the global name, the export names and the top-level declarations unminified", () => {
    // Identifiers inside the IIFE are minified; what Apps Script calls must keep its names: the
    // bundle's global, the export object's keys, and each top-level stub declaration.
    // (assert on booleans: a failure must not print the whole bundle)
    expect(/^(?:"use strict";)?var IMGListAudit\s*=\s*\(\(\)\s*=>/m.test(code)).toBe(true);
    const { run } = loadLikeAppsScript(outDir, "absent");
    for (const name of Object.keys(CUSTOM_FUNCTIONS)) {
      expect(new RegExp(`^function ${name}\\(`, "m").test(code), `top-level function ${name}`).toBe(true);
      expect(run(`typeof IMGListAudit.${name}`)).toBe("function");
      expect(run(`${name}.name`)).toBe(name);
    }
  });
});

describe("loaded with no Apps Script globals", () => {
  it("defines every export as a top-level function, and nothing else but the bundle", () => {
    const { run } = loadLikeAppsScript(outDir, "absent");
    const expected = [...Object.keys(CUSTOM_FUNCTIONS), ...(hasSheetsShell ? [...MENU, ...SERVER] : [])];
    const globals = run("Object.keys(globalThis)") as string[];
    for (const name of expected) expect(run(`typeof ${name}`), name).toBe("function");
    const exported = run("Object.keys(IMGListAudit)") as string[];
    // zod (used by the profile form) keeps its settings on globalThis; allowed, never required.
    const ours = globals.filter((name) => !LIBRARY_GLOBALS.includes(name));
    expect([...ours].sort()).toEqual(["IMGListAudit", ...exported].sort());
    expect(exported).toEqual(expect.arrayContaining(expected));
  });

  it("answers TIER over a column and a row, with blank rows blank", () => {
    const { run } = loadLikeAppsScript(outDir, "absent");
    expect(run(`TIER(230, [[240], [228], [""], ["N/A"]], [[45], [0.6], [""], [""]])`)).toEqual([
      ["Reach"],
      ["Safety"],
      [""],
      ["Unknown"],
    ]);
    expect(run(`TIER([[230, 230]], [[228, 228]], [["60%", 10]])`)).toEqual([["Safety", "Reach"]]);
    expect(run(`TIER(230, 228, 30)`)).toBe("Match");
  });

  it("puts an unreadable value's Error text in its own cell", () => {
    const { run } = loadLikeAppsScript(outDir, "absent");
    expect(run(`IMGFRIENDLY([["lots"], [45], [""]], [["J-1"], ["J-1 and H-1B"], [""]])`)).toEqual([
      ["Error: img_pct 'lots' is not a percentage"],
      ["High"],
      [""],
    ]);
  });

  it("throws that same message, as the context's own Error, for single cells", () => {
    const { run } = loadLikeAppsScript(outDir, "absent");
    const caught = run(`(() => { try { IMGFRIENDLY("lots"); } catch (e) { return [e instanceof Error, String(e)]; } })()`);
    expect(caught).toEqual([true, "Error: img_pct 'lots' is not a percentage"]);
    expect(() => run(`TIER("", 230, 45)`)).toThrow(/score '' is blank/);
  });

  it("throws naming the arguments when ranges differ in length", () => {
    const { run } = loadLikeAppsScript(outDir, "absent");
    expect(() => run(`TIER(230, [[230], [230], [230]], [[45], [45]])`)).toThrow(/avg_step2 has 3.*img_pct has 2/);
  });

  it("counts MEETSCUTOFF's years from the current year, reading a date cell made in the context", () => {
    const { run } = loadLikeAppsScript(outDir, "absent");
    const year = new Date().getFullYear();
    expect(run(`MEETSCUTOFF(230, [[225], ["235"], ["N/A"], [""]], 1, 2, new Date(${year - 3}, 5, 1), 5)`)).toEqual([
      [true],
      [false],
      [true],
      [""],
    ]);
    expect(run(`MEETSCUTOFF(230, "", 1, 2, ${year - 6}, 5)`)).toBe(false);
  });
});

describe("loaded with services that throw on any use (before authorization)", () => {
  it("loads without touching a service and still answers", () => {
    const { run, touched } = loadLikeAppsScript(outDir, "throwing");
    expect(touched).toEqual([]);
    expect(run(`TIER(230, [[240]], [[45]])`)).toEqual([["Reach"]]);
    expect(touched).toEqual([]); // custom functions are pure
  });
  it("really does throw when a service is touched", () => {
    const { run, touched } = loadLikeAppsScript(outDir, "throwing");
    expect(() => run("SpreadsheetApp.getActive()")).toThrow(/SpreadsheetApp used while loading/);
    expect(touched).toEqual(["SpreadsheetApp"]);
    expect(SERVICES).toContain("HtmlService");
  });
});

describe("the JSDoc Sheets reads", () => {
  it.each(Object.entries(CUSTOM_FUNCTIONS))("stands directly above %s with @customfunction and its @params", (name, params) => {
    const match = new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+?) \\*/\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
    expect(match !== null, `a JSDoc block directly above function ${name}`).toBe(true);
    const [, jsdoc, declared] = match!;
    expect(declared!.split(", ")).toEqual(params);
    expect(jsdoc).toMatch(/^ \* @customfunction$/m);
    expect(jsdoc).toMatch(/^ \* \S.{20,}$/m); // a summary line before the tags
    expect([...jsdoc!.matchAll(/@param \{[^}]+\} (\S+) \S/g)].map((param) => param[1])).toEqual(params);
    expect(jsdoc).toMatch(/@return \{[^}]+\} \S/);
  });
  it.skipIf(!hasSheetsShell)("has a one-line JSDoc above every menu and server function", () => {
    for (const name of [...MENU, ...SERVER]) {
      const oneLine = new RegExp(`/\\*\\* \\S[^\\n]* \\*/\\nfunction ${name}\\(`);
      expect(oneLine.test(code), `a one-line JSDoc directly above function ${name}`).toBe(true);
    }
  });
});

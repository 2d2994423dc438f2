// The custom functions' help reaches Sheets as the JSDoc above each function in the pushed script;
// the bundle itself must not carry the same texts a second time (they only cost bytes that Apps
// Script loads on every custom-function call).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CUSTOM_FUNCTIONS, define } from "../../src/functions/definitions";
import { TIER_FUNCTION } from "../../src/functions/rowFunctions";

let outDir = "";
let code = "";
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), "img-list-audit-help-"));
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", outDir], { stdio: "pipe" });
  // Undo string escapes, so a text the bundle holds as "\u2265 220" or 'program\'s' still counts.
  code = readFileSync(join(outDir, "Code.js"), "utf8")
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(['"`])/g, "$1");
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function occurrences(text: string): number {
  return code.split(text).length - 1;
}

describe("the pushed script", () => {
  it("holds each help text once: in the JSDoc, not also in the bundle", () => {
    for (const definition of CUSTOM_FUNCTIONS) {
      const texts = [definition.summary, definition.returns.meaning, definition.example.formula];
      for (const param of definition.params) texts.push(param.meaning);
      for (const text of new Set(texts)) {
        // A meaning shared by two functions (score, img_pct…) stands in both JSDoc blocks.
        const inJsdoc = CUSTOM_FUNCTIONS.filter((other) => other.params.some((param) => param.meaning === text)).length || 1;
        expect(occurrences(text), text).toBe(inJsdoc);
      }
    }
  });
});

describe("joining a function with its help", () => {
  const help = (names: string[]) => ({
    summary: "A summary long enough.",
    params: Object.fromEntries(names.map((name) => [name, { type: "number", optional: false, meaning: `the ${name}` }])),
    returns: { type: "string", meaning: "an answer" },
    example: { formula: "=TIER(1, 2, 3)", meaning: "an example" },
  });
  it("refuses help that misses, adds or reorders an argument", () => {
    expect(() => define(TIER_FUNCTION, help(["score", "avg_step2", "img_pct", "min_step2"]))).toThrow(
      "TIER: the help documents score, avg_step2, img_pct, min_step2 but the function takes score, avg_step2, img_pct, min_step2, program_type",
    );
    expect(() => define(TIER_FUNCTION, help(["avg_step2", "score", "img_pct", "min_step2", "program_type"]))).toThrow(/TIER: the help documents/);
  });
  it("keeps the function's readers and judge beside the help", () => {
    const joined = define(TIER_FUNCTION, help(["score", "avg_step2", "img_pct", "min_step2", "program_type"]));
    expect(joined.judge).toBe(TIER_FUNCTION.judge);
    expect(joined.params.map((param) => param.read)).toEqual(TIER_FUNCTION.params.map((param) => param.read));
    expect(joined.params[1]).toMatchObject({ name: "avg_step2", meaning: "the avg_step2", optional: false });
  });
});

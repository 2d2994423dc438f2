// The checks used on the built file must catch what they name and pass plain ES2020.
import { describe, expect, it } from "vitest";
import { appsScriptProblems } from "./scriptChecks";

describe("appsScriptProblems", () => {
  it.each([
    ["import { x } from './y';", "not a classic script (an import or export statement?)"],
    ["var a=1;export{a};", "not a classic script (an import or export statement?)"],
    ["export default function f(){}", "not a classic script (an import or export statement?)"],
    ["const m = await import('./x.js')", "a dynamic import()"],
    ["class A { #secret = 1; get(){ return this.#secret } }", "a #private class member"],
    ["class A{#x;}", "a #private class member"],
    ["class A { static count = 0 }", "a static class field or block"],
    ["class A{static{init()}}", "a static class field or block"],
    ["setTimeout(run, 0)", "a timer, URL or text encoder Apps Script lacks"],
    ["const u = new URL(href)", "a timer, URL or text encoder Apps Script lacks"],
    ["new TextEncoder().encode(s)", "a timer, URL or text encoder Apps Script lacks"],
  ])("flags %s", (source, problem) => {
    expect(appsScriptProblems(source).map((found) => found.split(":")[0])).toContain(problem);
  });

  it.each([
    'var IMGListAudit=(()=>{var a={exported:1};return a})();',
    'const SHEETS_ERROR=/^#(?:N\\/A|REF!|VALUE!)$/i;',
    'class Unreadable{constructor(p){this.problem=p}static of(p){return new Unreadable(p)}}',
    'const text="important: export your list; import it again";',
    'function f(){return"#N/A"}',
  ])("passes %s", (source) => {
    expect(appsScriptProblems(source)).toEqual([]);
  });
});

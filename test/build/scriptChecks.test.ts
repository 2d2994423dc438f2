// The checks used on the built file must catch what they name and pass plain ES2019.
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
    // Syntax newer than ES2019, which Google's V8 runtime page does not list (issue 16).
    ["var b=a?.b;", "syntax newer than ES2019"],
    ["var b=a??0;", "syntax newer than ES2019"],
    ["var n=1_000;", "syntax newer than ES2019"],
    ["a||=b;", "syntax newer than ES2019"],
    ["var big=10n;", "syntax newer than ES2019"],
    ["var m=import.meta;", "syntax newer than ES2019"],
  ])("flags %s", (source, problem) => {
    expect(appsScriptProblems(source).map((found) => found.split(":")[0])).toContain(problem);
  });

  it.each([
    'var IMGListAudit=(()=>{var a={exported:1};return a})();',
    'const SHEETS_ERROR=/^#(?:N\\/A|REF!|VALUE!)$/i;',
    'class Unreadable{constructor(p){this.problem=p}static of(p){return new Unreadable(p)}}',
    'const text="important: export your list; import it again";',
    'function f(){return"#N/A"}',
    'var o={...a,b:1};try{f()}catch{}var s=`t${x}`;async function g(){for await(const y of z);}',
    'var r=/(?<year>\\d{4})/u;', // ES2018 named groups
  ])("passes %s", (source) => {
    expect(appsScriptProblems(source)).toEqual([]);
  });
});

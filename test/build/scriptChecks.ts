// What Apps Script's V8 runtime cannot take in a pushed file (CONTRACT.md §2, STYLE.md): module
// syntax, class features newer than its parser, and timers/encoders it does not provide.
// Module syntax is found by compiling as a classic script (as Apps Script does); the rest are text
// checks over the built file. scriptChecks.test.ts proves each one catches what it names.
import vm from "node:vm";

const CHECKS: { problem: string; pattern: RegExp }[] = [
  { problem: "a dynamic import()", pattern: /(?<![\w$.])import\s*\(/ },
  { problem: "a #private class member", pattern: /(?:\.#[A-Za-z_$]|[{};\s]#[A-Za-z_$][\w$]*\s*[=;(]|#[A-Za-z_$][\w$]*\s+in\b)/ },
  { problem: "a static class field or block", pattern: /\bstatic(?:\s+[A-Za-z_$][\w$]*\s*[=;}]|\s*\{)/ },
  { problem: "a timer, URL or text encoder Apps Script lacks", pattern: /\b(?:setTimeout|setInterval|setImmediate|queueMicrotask|TextEncoder|TextDecoder|structuredClone)\s*\(|\bnew\s+(?:URL|TextEncoder|TextDecoder)\b/ },
];

/** The problems found in `source`, each with a short excerpt; empty when it is fine for Apps Script. */
export function appsScriptProblems(source: string): string[] {
  const found: string[] = [];
  try {
    new vm.Script(source, { filename: "checked.js" }); // compiles only; runs nothing
  } catch (error) {
    found.push(`not a classic script (an import or export statement?): ${String(error)}`);
  }
  for (const { problem, pattern } of CHECKS) {
    const match = pattern.exec(source);
    if (match) found.push(`${problem}: …${source.slice(Math.max(0, match.index - 30), match.index + 40)}…`);
  }
  return found;
}

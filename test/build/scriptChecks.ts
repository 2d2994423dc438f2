// What Apps Script's V8 runtime cannot take in a pushed file (CONTRACT.md §2, STYLE.md): module
// syntax, syntax newer than ES2019, class features newer than its parser, and timers/encoders it
// does not provide. Module syntax is found by compiling as a classic script (as Apps Script does);
// newer syntax by acorn, a real ES2019 parser (Google's V8 runtime page lists ES2019-era features
// and says nothing of `?.` or `??`); the rest are text checks over the built file.
// scriptChecks.test.ts proves each one catches what it names.
import { parse } from "acorn";
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
  try {
    parse(source, { ecmaVersion: 2019, sourceType: "script" });
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    found.push(`syntax newer than ES2019: ${(error as Error).message}, at …${source.slice(Math.max(0, at - 30), at + 40)}…`);
  }
  for (const { problem, pattern } of CHECKS) {
    const match = pattern.exec(source);
    if (match) found.push(`${problem}: …${source.slice(Math.max(0, match.index - 30), match.index + 40)}…`);
  }
  return found;
}

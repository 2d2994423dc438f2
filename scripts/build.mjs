// `npm run build`: writes the Apps Script project to dist/ (CONTRACT.md §2).
// src/main.ts is bundled as ONE classic script: an IIFE assigned to the global IMGListAudit, then a
// generated footer of top-level stubs, one per export, each under its JSDoc. Apps Script only calls
// top-level function declarations, and Sheets reads a custom function's help from the JSDoc right
// above it; esbuild drops comments and would hide the functions inside the IIFE, hence the footer.
//   node scripts/build.mjs [--out DIR] [--entry FILE]   build (dist/ from src/main.ts by default)
//   node scripts/build.mjs --readme      rewrite README.md's function reference and code table blocks
import { build as esbuild } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { importTs } from "./node-run.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const GLOBAL_NAME = "IMGListAudit";
export const SCRIPT_FILE = "Code.js";

/** Services Apps Script provides; loading the bundle must touch none of them (CONTRACT.md §2). */
export const SERVICE_NAMES = [
  "SpreadsheetApp", "HtmlService", "ScriptApp", "PropertiesService", "CacheService", "LockService",
  "Session", "Utilities", "UrlFetchApp", "DriveApp", "DocumentApp", "Browser", "Logger", "CardService",
];

/** A fresh context whose services throw on any use, as before authorization. */
export function throwingServicesContext() {
  const sandbox = {};
  for (const name of SERVICE_NAMES) {
    const fail = () => {
      throw new Error(`${name} was used while the script loaded`);
    };
    sandbox[name] = new Proxy(function service() {}, {
      get: fail, has: fail, apply: fail, construct: fail, set: fail, ownKeys: fail,
      getPrototypeOf: fail, getOwnPropertyDescriptor: fail, defineProperty: fail, deleteProperty: fail,
    });
  }
  return vm.createContext(sandbox);
}

/** The parameter names of a function from its source text; null unless they are all plain names. */
function parameterNames(fn) {
  const match = /^[^(]*\(([^)]*)\)\s*\{/.exec(Function.prototype.toString.call(fn));
  if (!match) return null;
  const names = match[1].split(",").map((name) => name.trim()).filter(Boolean);
  return names.every((name) => /^[A-Za-z_$][\w$]*$/.test(name)) ? names : null;
}

/**
 * For each `export function NAME(…)` in the bundled source files: the first line of its JSDoc, and
 * its parameter names as written (the bundle's own names are minified), or null when a parameter
 * has a default or is destructured.
 */
function sourceDeclarations(metafile) {
  const declarations = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    if (input.includes("node_modules/")) continue;
    const text = readFileSync(join(root, input), "utf8");
    for (const match of text.matchAll(/(?:\/\*\*([\s\S]*?)\*\/\s*)?export\s+(?:async\s+)?function\s+([\w$]+)\s*\(([^)]*)\)/g)) {
      const [, doc, name, list] = match;
      if (declarations.has(name)) continue;
      const line = doc?.split("\n").map((part) => part.replace(/^\s*\*?\s?/, "").trim()).find(Boolean);
      const names = list.split(",").map((part) => part.trim()).filter(Boolean).map((part) => /^([A-Za-z_$][\w$]*)\??\s*(?::|$)/.exec(part)?.[1]);
      declarations.set(name, { summary: line?.replace(/\*\//g, ""), params: names.every(Boolean) ? names : null });
    }
  }
  return declarations;
}

/** One top-level stub per export, custom functions first with their full JSDoc. */
function footerOf(exported, metafile, reference, entry) {
  const declarations = sourceDeclarations(metafile);
  const stubs = [];
  // Custom functions first, then the rest by name, so the file reads the same on every build.
  const isCustom = ([name]) => reference.customFunctionJsdoc(name) !== null;
  const ordered = [...exported].sort((a, b) => Number(isCustom(b)) - Number(isCustom(a)) || a[0].localeCompare(b[0]));
  for (const [name, fn] of ordered) {
    const custom = reference.customFunctionJsdoc(name);
    const declared = declarations.get(name);
    let params = declared?.params ?? parameterNames(fn);
    let jsdoc;
    if (custom) {
      // Sheets shows the stub's names, so they come from the definition; the bundled function's own
      // names may differ (esbuild renames a parameter that would shadow another module's top level).
      if (fn.length !== custom.params.length) {
        throw new Error(`${name} takes ${fn.length} arguments but src/functions/definitions.ts lists ${custom.params.length}`);
      }
      params = custom.params;
      jsdoc = custom.jsdoc;
    } else {
      params ??= ["...args"]; // defaults or destructuring: pass everything through
      jsdoc = `/** ${declared?.summary ?? `Apps Script entry point ${name} (${entry}).`} */`;
    }
    const list = params.join(", ");
    stubs.push(`${jsdoc}\nfunction ${name}(${list}) {\n  return ${GLOBAL_NAME}.${name}(${list});\n}`);
  }
  return stubs.join("\n\n");
}

/** The bundle's exports, found by loading it the way Apps Script would; fails on a non-function. */
function exportsOf(bundle) {
  const context = throwingServicesContext();
  try {
    new vm.Script(bundle, { filename: SCRIPT_FILE }).runInContext(context);
  } catch (error) {
    // Apps Script runs this on every custom-function call and before authorization.
    throw new Error(`loading ${SCRIPT_FILE} with no Apps Script service usable failed: ${error.message}`);
  }
  const api = vm.runInContext(GLOBAL_NAME, context);
  const exported = [];
  for (const name of Object.keys(api)) {
    if (typeof api[name] !== "function") {
      throw new Error(`the entry exports ${name}, which is not a function; Apps Script can only call functions`);
    }
    exported.push([name, api[name]]);
  }
  return exported;
}

/**
 * The ESM bundle as a classic script: its code inside `var IMGListAudit = (() => { … })();`, with the
 * final `export{a as NAME,…}` turned into the object the function returns. Throws unless that clause
 * names exactly the entry's exports (`exports`, from esbuild's metafile).
 */
function asGlobalScript(esm, exports) {
  const clause = exports.length === 0 ? null : /export\s*\{([^}]*)\};?\s*$/.exec(esm);
  const pairs = (clause?.[1] ?? "").split(",").map((item) => item.trim()).filter(Boolean).map((item) => {
    const [local, name = local] = item.split(/\s+as\s+/);
    return [local, name];
  });
  const names = pairs.map(([, name]) => name);
  if ([...names].sort().join() !== [...exports].sort().join() || !names.every((name) => /^[A-Za-z_$][\w$]*$/.test(name))) {
    throw new Error(`the bundle of the entry does not end with one export clause naming its exports (${exports.join(", ")})`);
  }
  const code = clause ? esm.slice(0, clause.index) : esm.trimEnd();
  return `"use strict";var ${GLOBAL_NAME}=(()=>{${code}return{${pairs.map(([local, name]) => `${name}:${local}`).join(",")}}})();`;
}

/** The folder to build into, resolved; throws for the project folder or one that contains it. */
export function checkedOutDir(outDir) {
  const target = resolve(outDir);
  if (target === root || root.startsWith(target.endsWith(sep) ? target : target + sep)) {
    throw new Error(`refusing to empty ${target}: it holds the project`);
  }
  return target;
}

/** Builds the Apps Script project into `outDir`; returns what it wrote. */
export async function build({ outDir = join(root, "dist"), entry = "src/main.ts", quiet = false } = {}) {
  outDir = checkedOutDir(outDir);
  rmSync(outDir, { recursive: true, force: true }); // never push a stale file
  mkdirSync(outDir, { recursive: true });
  const result = await esbuild({
    entryPoints: [join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    // ESM, then wrapped as the IIFE by asGlobalScript: esbuild's own iife + globalName builds the
    // export object from getter helpers (__export, __toCommonJS: ~500 bytes on every load).
    format: "esm",
    platform: "browser",
    target: "es2020", // Apps Script V8: no #private fields, no static class fields
    minifyWhitespace: true,
    minifySyntax: true,
    // Safe: Apps Script calls the footer stubs, which reach the bundle through the export object's
    // property names (never renamed); only names local to the IIFE get shorter.
    minifyIdentifiers: true,
    legalComments: "none",
    // Apps Script files are UTF-8: "≥", "–", "…" as themselves, not as 6-byte \u escapes.
    charset: "utf8",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  const bundle = asGlobalScript(result.outputFiles[0].text, Object.values(result.metafile.outputs)[0].exports);
  const exported = exportsOf(bundle);
  const reference = await importTs("src/functions/reference.ts");
  const footer = footerOf(exported, result.metafile, reference, entry);
  const header = `// Built by scripts/build.mjs from ${entry}. Do not edit: run \`npm run build\`.\n`;
  const script = `${header}${bundle}\n\n${footer}\n`;
  writeFileSync(join(outDir, SCRIPT_FILE), script);
  copyFileSync(join(root, "appsscript.json"), join(outDir, "appsscript.json"));
  const sidebarScript = join(root, "scripts/sidebar-html.mjs");
  if (existsSync(sidebarScript)) {
    const { buildSidebarHtml } = await import(pathToFileURL(sidebarScript).href);
    writeFileSync(join(outDir, "Sidebar.html"), await buildSidebarHtml());
  }
  if (!quiet) {
    const kb = (Buffer.byteLength(script) / 1024).toFixed(1);
    console.log(`dist: ${SCRIPT_FILE} (${kb} KB) exposing ${exported.map(([name]) => name).join(", ")}`);
  }
  return { outDir, names: exported.map(([name]) => name), metafile: result.metafile };
}

/** Rewrites README.md's marked function reference and code table; prints a block whose markers are missing. */
export async function updateReadme() {
  const reference = await importTs("src/functions/reference.ts");
  const codes = await importTs("src/rules/codeReference.ts");
  const path = join(root, "README.md");
  const original = existsSync(path) ? readFileSync(path, "utf8") : "";
  let readme = original;
  const blocks = [
    { name: "function reference", replace: reference.withFunctionReference, block: reference.functionReference, markers: [reference.README_START, reference.README_END] },
    { name: "code table", replace: codes.withCodeTable, block: codes.codeTable, markers: [codes.CODES_START, codes.CODES_END] },
  ];
  for (const { name, replace, block, markers } of blocks) {
    const updated = replace(readme);
    if (updated === null) {
      console.error(`README.md has no ${markers[0]} … ${markers[1]} block for the ${name}; here it is:`);
      console.log(block());
      continue;
    }
    console.log(updated === readme ? `README.md ${name} is up to date` : `README.md ${name} rewritten`);
    readme = updated;
  }
  if (readme !== original) writeFileSync(path, readme);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  if (args.includes("--readme")) await updateReadme();
  else {
    const out = option("--out");
    await build({ ...(out ? { outDir: resolve(out) } : {}), ...(option("--entry") ? { entry: option("--entry") } : {}) });
  }
}

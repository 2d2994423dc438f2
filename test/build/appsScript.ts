// Loads a built project the way Apps Script does: every .js file as a classic script, in the order
// clasp pushes them (alphabetical without a filePushOrder), into ONE fresh context. Written apart from
// scripts/build.mjs so the test does not trust the build's own idea of loading.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

export const SERVICES = [
  "SpreadsheetApp", "HtmlService", "ScriptApp", "PropertiesService", "CacheService", "LockService", "Session",
  "Utilities", "UrlFetchApp", "DriveApp", "DocumentApp", "Browser", "Logger", "CardService", "MailApp", "GmailApp",
];

/** A stand-in for a service that fails on any use, and records that it was touched. */
function throwingService(name: string, touched: string[]): unknown {
  const fail = (): never => {
    touched.push(name);
    throw new Error(`${name} used while loading`);
  };
  return new Proxy(function service() {}, {
    get: fail, set: fail, has: fail, apply: fail, construct: fail, ownKeys: fail, getPrototypeOf: fail,
    getOwnPropertyDescriptor: fail, defineProperty: fail, deleteProperty: fail,
  });
}

export function scriptFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".js") || file.endsWith(".gs"))
    .sort((a, b) => a.localeCompare(b));
}

/** A fresh context with the project's scripts run in it; `touched` lists services used while loading. */
export function loadLikeAppsScript(dir: string, services: "absent" | "throwing") {
  const touched: string[] = [];
  const sandbox: Record<string, unknown> = {};
  if (services === "throwing") for (const name of SERVICES) sandbox[name] = throwingService(name, touched);
  const context = vm.createContext(sandbox);
  for (const file of scriptFiles(dir)) {
    new vm.Script(readFileSync(join(dir, file), "utf8"), { filename: file }).runInContext(context);
  }
  /** Runs source text in the context, so arrays and dates are made there, as in Apps Script. */
  const run = (source: string): unknown => vm.runInContext(source, context);
  return { context, run, touched };
}

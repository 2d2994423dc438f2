// `npm run push` (CONTRACT.md §2): build dist/, then `clasp push --force`. Plain `clasp push` asks
// before overwriting the manifest (which every first push changes) and, with no terminal to ask in,
// prints "Skipping push." and pushes nothing; with the placeholder script id it calls Google's API
// and fails with an unclear error. So: refuse, in one line and before any network, until
// .clasp.json names a project, and always pass --force. clasp is the project's own
// (node_modules/.bin/clasp); IMG_LIST_AUDIT_CLASP names another command (the tests' fake).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PLACEHOLDER_SCRIPT_ID = "REPLACE_WITH_YOUR_SCRIPT_ID";
const WHERE = "in your sheet: Extensions → Apps Script → Project Settings → IDs → Script ID";

/** Why .clasp.json names no project to push to, or null when it does. */
function claspJsonProblem(text) {
  if (text === null) return `There is no .clasp.json: create it with {"scriptId": "…", "rootDir": "dist"} and your project's Script ID (${WHERE}).`;
  let scriptId;
  try {
    scriptId = JSON.parse(text).scriptId;
  } catch {
    return `.clasp.json is not valid JSON: write {"scriptId": "…", "rootDir": "dist"} with your project's Script ID (${WHERE}).`;
  }
  if (typeof scriptId !== "string" || scriptId.trim() === "" || scriptId === PLACEHOLDER_SCRIPT_ID) {
    return `.clasp.json still holds the placeholder script id: put your project's Script ID in its place (${WHERE}), then run npm run push again.`;
  }
  return null;
}

async function main() {
  await build();
  let text = null;
  try {
    text = readFileSync(join(root, ".clasp.json"), "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const problem = claspJsonProblem(text);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const clasp = process.env.IMG_LIST_AUDIT_CLASP || join(root, "node_modules", ".bin", "clasp");
  const result = spawnSync(clasp, ["push", "--force"], { cwd: root, stdio: "inherit" });
  if (result.error) {
    console.error(`Could not start clasp (${clasp}): ${result.error.message}. Run npm ci first.`);
    return 1;
  }
  return result.status ?? 1;
}

process.exitCode = await main();

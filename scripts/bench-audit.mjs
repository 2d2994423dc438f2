// Benchmarks of the rules engine and the CLI (prints figures; tests never assert timings):
// the audit's time on a 2,000-row program sheet, and the CLI's start-up on the example sheet.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { median, npmStartup, programRows, timeCommand, writeCsv } from "./bench-cli.mjs";
import { importTs } from "./node-run.mjs";

const { auditSheet } = await importTs("src/rules/audit.ts");

// 2,000 rows: the example sheet's 50 programs repeated with new names, so every rule has work.
const profile = Papa.parse(readFileSync("examples/profile.csv", "utf8"), { skipEmptyLines: "greedy" }).data;
const rows = programRows(2000);
const csvPath = writeCsv(rows, "programs-2000.csv");

const today = new Date();
auditSheet(rows, profile, { today }); // warm up
const times = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  auditSheet(rows, profile, { today });
  times.push(performance.now() - start);
}
console.log(`audit of ${rows.length - 1} rows (in process, median of 15): ${median(times).toFixed(1)} ms`);

const cli = ["node", "scripts/node-run.mjs", "src/cli/main.ts"];
console.log(`CLI on the example sheet (node, median of 7): ${timeCommand([...cli, "--programs", "examples/programs.csv", "--profile", "examples/profile.csv"]).toFixed(0)} ms`);
console.log(`CLI on the 2,000-row sheet (node, median of 7): ${timeCommand([...cli, "--programs", csvPath, "--profile", "examples/profile.csv", "--format", "json"]).toFixed(0)} ms`);
console.log(`CLI through npm run --silent audit (median of 7): ${timeCommand(["npm", "run", "--silent", "audit", "--", "--programs", "examples/programs.csv", "--profile", "examples/profile.csv"]).toFixed(0)} ms`);
console.log(`node itself, empty script (median of 7): ${timeCommand(["node", "-e", ""]).toFixed(0)} ms`);
console.log(`npm itself, npm run --silent of a no-op script (median of 7): ${npmStartup().toFixed(0)} ms`);

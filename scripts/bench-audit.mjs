// Benchmarks of the rules engine and the CLI (prints figures; tests never assert timings):
// the audit's time on a 2,000-row program sheet, and the CLI's start-up on the example sheet.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { importTs } from "./node-run.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { auditSheet } = await importTs("src/rules/audit.ts");

// 2,000 rows: the example sheet's 50 programs repeated with new names, so every rule has work.
const example = Papa.parse(readFileSync("examples/programs.csv", "utf8"), { skipEmptyLines: "greedy" }).data;
const profile = Papa.parse(readFileSync("examples/profile.csv", "utf8"), { skipEmptyLines: "greedy" }).data;
const rows = [example[0]];
for (let i = 0; rows.length <= 2000; i++) {
  const source = example[1 + (i % (example.length - 1))];
  rows.push([`${source[0]} #${i}`, ...source.slice(1)]);
}
const dir = mkdtempSync(join(tmpdir(), "img-bench-"));
const csvPath = join(dir, "programs-2000.csv");
writeFileSync(csvPath, Papa.unparse(rows));

const today = new Date();
auditSheet(rows, profile, { today }); // warm up
const times = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  auditSheet(rows, profile, { today });
  times.push(performance.now() - start);
}
console.log(`audit of ${rows.length - 1} rows (in process, median of 15): ${median(times).toFixed(1)} ms`);

function timeCommand(args) {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const r = spawnSync(args[0], args.slice(1), { encoding: "utf8" });
    runs.push(performance.now() - start);
    if (r.status === 2) throw new Error(r.stderr);
  }
  return median(runs);
}
const cli = ["node", "scripts/node-run.mjs", "src/cli/main.ts"];
console.log(`CLI on the example sheet (node, median of 7): ${timeCommand([...cli, "--programs", "examples/programs.csv", "--profile", "examples/profile.csv"]).toFixed(0)} ms`);
console.log(`CLI on the 2,000-row sheet (node, median of 7): ${timeCommand([...cli, "--programs", csvPath, "--profile", "examples/profile.csv", "--format", "json"]).toFixed(0)} ms`);
console.log(`CLI through npm run --silent audit (median of 7): ${timeCommand(["npm", "run", "--silent", "audit", "--", "--programs", "examples/programs.csv", "--profile", "examples/profile.csv"]).toFixed(0)} ms`);
console.log(`node itself, empty script (median of 7): ${timeCommand(["node", "-e", ""]).toFixed(0)} ms`);

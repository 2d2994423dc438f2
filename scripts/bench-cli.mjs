// The command line's speed for the benchmarks (CONTRACT.md §2: the CLI on 2,000 programs within 4x
// of npm's own start-up): a 2,000-row program sheet made from the example, and wall-clock times of
// commands, median of several runs. Used by bench.mjs (the targets) and bench-audit.mjs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The example sheet's 50 programs repeated with new names up to `count` rows, so every rule has work. */
export function programRows(count = 2000) {
  const example = Papa.parse(readFileSync("examples/programs.csv", "utf8"), { skipEmptyLines: "greedy" }).data;
  const rows = [example[0]];
  for (let i = 0; rows.length <= count; i++) {
    const source = example[1 + (i % (example.length - 1))];
    rows.push([`${source[0]} #${i}`, ...source.slice(1)]);
  }
  return rows;
}

/** Writes `rows` as a CSV file in a new temporary folder; returns its path. */
export function writeCsv(rows, name = "programs.csv") {
  const path = join(mkdtempSync(join(tmpdir(), "img-bench-")), name);
  writeFileSync(path, Papa.unparse(rows));
  return path;
}

/** Median wall-clock milliseconds of `runs` runs of a command; throws if it exits 2 (unreadable input). */
export function timeCommand(args, { runs = 7, cwd } = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(args[0], args.slice(1), { encoding: "utf8", cwd, maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - start);
    if (r.status === 2 || r.error) throw new Error(r.error?.message ?? r.stderr);
  }
  return median(times);
}

/** npm's own start-up: `npm run --silent` of a script that does nothing, in a package of its own. */
export function npmStartup(runs = 7) {
  const dir = mkdtempSync(join(tmpdir(), "img-bench-npm-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "noop", private: true, scripts: { noop: ":" } }));
  return timeCommand(["npm", "run", "--silent", "noop"], { runs, cwd: dir });
}

/** The CLI as the README runs it, on `programsCsv`, JSON out. */
export function cliTime(programsCsv, runs = 7) {
  return timeCommand(["npm", "run", "--silent", "audit", "--", "--programs", programsCsv, "--profile", "examples/profile.csv", "--format", "json"], { runs });
}

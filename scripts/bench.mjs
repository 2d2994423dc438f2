// `npm run bench`: builds dist/, then prints what Apps Script pays for the custom functions and what
// the CLI costs, beside CONTRACT.md §2's "Speed and size" targets. Apps Script loads the whole
// script on every custom-function call, so the bundle's load time matters as much as the speed of
// one call over a column; the size is only a guard against a library pulled in whole.
// Figures only, no pass/fail: timings on a shared 2-core machine are noisy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { build, SCRIPT_FILE } from "./build.mjs";
import { cliTime, npmStartup, programRows, writeCsv } from "./bench-cli.mjs";

const ROWS = 10_000;
const LOADS = 50;
const CALLS = 41;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Builds the columns inside the context: a realistic mix of numbers, text, blanks and "N/A". */
const MAKE_CELLS = `
  var rows = ${ROWS}, avg = [], img = [], min = [], type = [], visa = [], notes = [], maxAttempts = [], maxYears = [];
  var visas = ["J-1", "H-1B", "J-1 and H-1B", "None", "", "Unknown"];
  for (var i = 0; i < rows; i++) {
    visa.push([visas[i % visas.length]]);
    // Notes are mostly distinct text, so reading them cannot lean on repeated values.
    notes.push([i % 5 === 0 ? "Program " + i + ": holistic review, US graduates preferred" : ""]);
    maxAttempts.push([i % 3 === 0 ? "" : 1 + (i % 2)]);
    maxYears.push([i % 4 === 0 ? "within 5 years" : i % 3 === 0 ? "" : 7]);
    avg.push([i % 7 === 0 ? "N/A" : i % 11 === 0 ? "" : 215 + (i % 30)]);
    img.push([i % 5 === 0 ? (i % 90) + "%" : i % 3 === 0 ? (i % 100) / 100 : i % 13 === 0 ? "" : i % 90]);
    min.push([i % 4 === 0 ? "≥ 220" : i % 9 === 0 ? 225 : ""]);
    type.push([i % 6 === 0 ? "Community" : i % 17 === 0 ? "University" : ""]);
  }
  // The least any range function must do: read every cell of the row and answer into a new column.
  function bareLoop(score, avg, img, min, type) {
    var out = new Array(avg.length);
    for (var i = 0; i < avg.length; i++) {
      var a = avg[i][0], b = img[i][0], c = min[i][0], d = type[i][0];
      out[i] = [typeof a === "number" && a - score > 5 ? "Reach" : typeof b === "number" ? "Match" : c === "" && d === "" ? "Unknown" : "Safety"];
    }
    return out;
  }
  function timeRuns(call, runs) {
    for (var w = 0; w < 5; w++) call(); // let V8 optimize both sides alike
    var times = [];
    for (var r = 0; r < runs; r++) { var t0 = now(); call(); times.push(now() - t0); }
    return times;
  }
  // Two calls timed in turns, the order swapped each round, so both meet the same machine. Timed one
  // series after the other, whichever came first was the slower: on one build, TIER / bare loop read
  // 4.1-5.6x with TIER first and 1.3-2.4x with the bare loop first (four runs each).
  function timeInTurns(first, second, runs) {
    for (var w = 0; w < 5; w++) { first(); second(); }
    var times = [[], []];
    for (var r = 0; r < runs; r++) {
      var t0 = now();
      if (r % 2) second(); else first();
      var t1 = now();
      if (r % 2) first(); else second();
      var t2 = now();
      times[0].push(r % 2 ? t2 - t1 : t1 - t0);
      times[1].push(r % 2 ? t1 - t0 : t2 - t1);
    }
    return times;
  }
`;

function row(label, figure, target) {
  console.log(`${label.padEnd(34)} ${figure.padStart(12)}   target ${target}`);
}

const { metafile } = await build({ quiet: true });
const code = readFileSync(join("dist", SCRIPT_FILE), "utf8");
const script = new vm.Script(code, { filename: SCRIPT_FILE });

const loads = [];
for (let i = 0; i < LOADS; i++) {
  const context = vm.createContext({});
  const t0 = performance.now();
  // A new Script each time: compiling is part of what Apps Script pays (V8 may reuse its cache).
  new vm.Script(code, { filename: SCRIPT_FILE }).runInContext(context);
  loads.push(performance.now() - t0);
}

const context = vm.createContext({ now: () => performance.now() });
script.runInContext(context);
vm.runInContext(MAKE_CELLS, context);
const time = (call) => median(vm.runInContext(`timeRuns(function () { ${call}; }, ${CALLS})`, context));
// Apps Script loads the script afresh for a custom-function call, so one call over a column runs
// mostly before V8 has optimized anything: each call here is the first in its own new context.
const FIRST_CALLS = 15;
const firstCall = (call) => {
  const times = [];
  for (let i = 0; i < FIRST_CALLS; i++) {
    const fresh = vm.createContext({ now: () => performance.now() });
    script.runInContext(fresh);
    vm.runInContext(MAKE_CELLS, fresh);
    times.push(vm.runInContext(`(function () { var t0 = now(); ${call}; return now() - t0; })()`, fresh));
  }
  return median(times);
};
const [tier, bare] = vm
  .runInContext(`timeInTurns(function () { TIER(230, avg, img, min, type); }, function () { bareLoop(230, avg, img, min, type); }, ${CALLS})`, context)
  .map(median);
const imgFriendly = time("IMGFRIENDLY(img, visa, notes, type)");
const cutoff = time("MEETSCUTOFF(230, min, 1, maxAttempts, 2019, maxYears)");
const tierFirst = firstCall("TIER(230, avg, img, min, type)");
const bareFirst = firstCall("bareLoop(230, avg, img, min, type)");
// The same calls outside any vm context: Node's sandboxed global object makes every global lookup
// (Number, String, Math…) slow, which Apps Script's own V8 does not have; this shows how much.
const host = vm.runInThisContext(`(function (now) { ${code}\n${MAKE_CELLS}\n return { timeRuns, TIER, IMGFRIENDLY, rows: { avg, img, min, type, visa, notes } }; })`)(
  () => performance.now(),
);
const hostTime = (call) => median(host.timeRuns(call, CALLS));
const { avg, img, min, type, visa, notes } = host.rows;
const hostTier = hostTime(() => host.TIER(230, avg, img, min, type));
const hostImgFriendly = hostTime(() => host.IMGFRIENDLY(img, visa, notes, type));

// A glance at real answers, so a broken build cannot pass for a fast one.
const check = vm.runInContext(
  "JSON.stringify([TIER(230, avg, img, min, type), IMGFRIENDLY(img, visa, notes, type), " +
    "MEETSCUTOFF(230, min, 1, maxAttempts, 2019, maxYears)].map((column) => column.slice(0, 3).map((row) => row[0])))",
  context,
);

const bytes = Buffer.byteLength(code);
console.log(`${SCRIPT_FILE}: custom functions over ${ROWS.toLocaleString("en-US")} rows (Node ${process.version})`);
row("bundle size", `${(bytes / 1024).toFixed(1)} KB`, "< 100 KB (a guard)");
row("bundle size gzipped", `${(gzipSync(code).length / 1024).toFixed(1)} KB`, "(for information)");
row(`load, median of ${LOADS} fresh contexts`, `${median(loads).toFixed(2)} ms`, "< 5 ms");
row("load, first (cold compile)", `${loads[0].toFixed(2)} ms`, "(for information)");
row(`TIER, 10k rows, median of ${CALLS}`, `${tier.toFixed(2)} ms`, "< 10 ms");
row("bare loop over the same cells", `${bare.toFixed(2)} ms`, "(baseline)");
row("TIER / bare loop, same run", `${(tier / bare).toFixed(1)}x`, "<= 4x");
row(`TIER, first call in a fresh context`, `${tierFirst.toFixed(2)} ms`, "(for information)");
row("bare loop, first call in a fresh context", `${bareFirst.toFixed(2)} ms`, "(for information)");
row("TIER / bare loop, first calls", `${(tierFirst / bareFirst).toFixed(1)}x`, "(for information)");
row("IMGFRIENDLY, 10k rows", `${imgFriendly.toFixed(2)} ms`, "(for information)");
row("MEETSCUTOFF, 10k rows", `${cutoff.toFixed(2)} ms`, "(for information)");
row("TIER, 10k rows, outside a vm context", `${hostTier.toFixed(2)} ms`, "(for information)");
row("IMGFRIENDLY, outside a vm context", `${hostImgFriendly.toFixed(2)} ms`, "(for information)");
console.log(`first answers (TIER, IMGFRIENDLY, MEETSCUTOFF): ${check}`);

// The CLI on 2,000 programs as the README runs it, against npm's own start-up measured now.
const npm = npmStartup();
const cli = cliTime(writeCsv(programRows(2000)));
row("npm run --silent of a no-op script", `${npm.toFixed(0)} ms`, "(baseline: npm's own start-up)");
row("CLI, 2,000 programs, JSON", `${cli.toFixed(0)} ms`, "(median of 7)");
row("CLI / npm's start-up", `${(cli / npm).toFixed(1)}x`, "<= 4x");

// What makes the bundle big, grouped by package or source folder (esbuild's metafile).
const groups = new Map();
for (const [input, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
  const group = input.includes("node_modules/")
    ? input.split("node_modules/").pop().split("/").slice(0, 2).join("/")
    : input.split("/").slice(0, 2).join("/");
  groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
}
const biggest = [...groups].sort((a, b) => b[1] - a[1]);
console.log(`bundle by source: ${biggest.map(([group, bytes]) => `${group} ${(bytes / 1024).toFixed(1)} KB`).join(", ")}`);

// Prints the Apps Script calls of one audit through the real adapter (src/sheets/appsScriptWorkbook.ts)
// against the recording fake SpreadsheetApp, for 100 and 1,000 program rows: a first audit, and a
// re-audit where every finding carries a mentor's note. The spreadsheet calls must be the same for
// both sizes (test/sheets/auditWrite.test.ts asserts it); this shows the figures.
import { importTs } from "./node-run.mjs";

const { auditCalls } = await importTs("test/sheets/callCounts.ts");
const tally = (calls) => Object.entries(calls.reduce((t, c) => ((t[c] = (t[c] ?? 0) + 1), t), {}));
const results = [100, 1000].map((rows) => ({ rows, ...auditCalls(rows) }));
for (const { rows, first, reaudit, findings, markerChars } of results) {
  console.log(
    `${rows} program rows (${findings} findings): first audit ${first.spreadsheet.length} spreadsheet calls, ` +
      `re-audit with notes ${reaudit.spreadsheet.length} spreadsheet calls (+ ${reaudit.builders} local rich-text/dropdown builder calls); ` +
      `developer metadata ${markerChars} characters`,
  );
}
const [small, large] = results;
const same = JSON.stringify(small.reaudit.spreadsheet) === JSON.stringify(large.reaudit.spreadsheet);
console.log(`re-audit spreadsheet calls identical for 100 and 1,000 rows: ${same ? "yes" : "NO"}`);
if (process.argv.includes("--by-call")) for (const [call, n] of tally(small.reaudit.spreadsheet)) console.log(`  ${String(n).padStart(4)}  ${call}`);

// The Audit sheet's write through the real adapter, call by call (CONTRACT.md §4): a failure at any one
// of its Apps Script calls loses no note, and the number of calls does not grow with the program list.

import { afterEach, describe, expect, test } from "vitest";
import type { Cell } from "../../src/rules/types";
import { auditCalls } from "./callCounts";
import { examplePrograms, exampleProfile } from "./fixtures";
import type { Value } from "./fakeSpreadsheetApp";
import { annotate, appsScriptBackend, part } from "./mentorBackends";

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

const notesOf = (values: Cell[][]) =>
  part(values)
    .map((r) => `${String(r.Code)} | ${String(r.Program)} | ${String(r.Message)} → ${String(r.Note)} [${String(r.Status)}]`)
    .sort();

/** Calls that change the spreadsheet (reads, finders and locks left out). */
const isWrite = (call: string) =>
  /^(Range\.(set|clear|breakApart|addDeveloperMetadata)|Sheet\.(clear|set|insert|delete|addDeveloperMetadata)|Metadata\.(setValue|remove))/.test(call);

function annotated(programs: Value[][] = examplePrograms().slice(0, 16)) {
  const b = appsScriptBackend([["Programs", programs], ["Profile", exampleProfile()]]);
  uninstall = () => b.uninstall();
  b.server.runAudit();
  let i = 0;
  annotate(b, () => (++i % 4 === 0 ? { note: `note ${i}`, status: "Accepted" } : { note: `note ${i}` }));
  return { b, before: notesOf(b.values("Audit")) };
}

describe("writing the Audit sheet (Apps Script adapter)", () => {
  // With a column inserted at A, the write also moves the column markers: those calls fail in turn too.
  test.each([
    ["as the add-on left it", () => undefined],
    ["with a column inserted at A", (b: ReturnType<typeof appsScriptBackend>) => b.insertColumns("Audit", 1)],
  ] as const)("a failure at any one write of an audit keeps the previous values or the new ones, and every note (%s)", (_name, edit) => {
    const { b } = annotated();
    edit(b);
    b.apps.calls.length = 0;
    b.server.runAudit();
    const writes = b.apps.calls.filter(isWrite);
    expect(writes.length).toBeGreaterThan(20);
    b.uninstall();

    writes.forEach((call, k) => {
      const nth = writes.slice(0, k + 1).filter((c) => c === call).length;
      const { b: run, before } = annotated();
      edit(run);
      const previous = run.values("Audit");
      run.apps.failOn(call, nth);
      expect(() => run.server.runAudit(), `${call} #${nth}`).toThrow(/Service Spreadsheets failed/);
      const now = run.values("Audit");
      // Either the old report is still there whole, or the new one is (its values written first).
      if (JSON.stringify(now) !== JSON.stringify(previous)) expect(notesOf(now), `${call} #${nth}`).toEqual(before);
      run.server.runAudit();
      expect(notesOf(run.values("Audit")), `next audit after ${call} #${nth}`).toEqual(before);
      run.uninstall();
    });
  });

  test("an audit makes the same Apps Script calls for 100 and 1,000 program rows, notes and all", () => {
    const [small, large] = [100, 1000].map(auditCalls);
    expect(large!.findings).toBeGreaterThan(small!.findings * 5); // the report did grow
    const growth = (c: string) => c !== "Sheet.insertRowsAfter"; // a new sheet has 1,000 rows: the large report grows it once
    expect(large!.first.spreadsheet.filter(growth)).toEqual(small!.first.spreadsheet);
    expect(large!.reaudit.spreadsheet).toEqual(small!.reaudit.spreadsheet);
    // Programs, Profile, the Audit sheet, its Note and Status again
    expect(small!.reaudit.spreadsheet.filter((c) => c === "Range.getValues")).toHaveLength(4);
    // The markers do not grow with the list (they fingerprint the summary, not the findings), and
    // stay far under Google's 30,000-character cap.
    expect(Math.abs(large!.markerChars - small!.markerChars)).toBeLessThan(100);
    expect(large!.markerChars).toBeLessThan(5_000);
  });
});

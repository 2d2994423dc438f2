// The Apps Script calls of one audit through the real adapter, counted by the fake SpreadsheetApp: a
// first audit, then a re-audit of a sheet where every finding has a mentor's note. Used by
// auditWrite.test.ts (the counts must not grow with the rows) and scripts/audit-calls.mjs (prints them).

import { profileRows } from "../support/sheets";
import type { Value } from "./fakeSpreadsheetApp";
import { syntheticPrograms } from "./fixtures";
import { annotate, appsScriptBackend } from "./mentorBackends";

export interface CallCount {
  /** Calls that reach the spreadsheet (everything but the local rich-text and dropdown builders). */
  spreadsheet: string[];
  /** Local builder calls (SpreadsheetApp.newRichTextValue() …): one set per linked finding row. */
  builders: number;
}

const count = (calls: string[]): CallCount => ({
  spreadsheet: calls.filter((c) => !c.startsWith("Builder.")),
  builders: calls.filter((c) => c.startsWith("Builder.")).length,
});

/** The calls of a first audit and of a re-audit with a note on every finding, for `rows` program rows. */
export function auditCalls(rows: number): { first: CallCount; reaudit: CallCount; findings: number; markerChars: number } {
  const b = appsScriptBackend([["Programs", syntheticPrograms(rows) as Value[][]], ["Profile", profileRows() as Value[][]]]);
  try {
    b.apps.calls.length = 0;
    b.server.runAudit();
    const first = count(b.apps.calls);
    let i = 0;
    const findings = annotate(b, () => ({ note: `note ${++i}`, status: i % 4 === 0 ? "Accepted" : undefined }));
    b.apps.calls.length = 0;
    b.server.runAudit();
    const reaudit = count(b.apps.calls);
    // Google caps a spreadsheet's developer metadata (keys and values) at 30,000 characters in all.
    const audit = b.apps.spreadsheet.sheets.find((s) => s.name === "Audit")!;
    const markerChars = audit.metadata.reduce((n, m) => n + m.key.length + (m.value ?? "").length, 0);
    return { first, reaudit, findings, markerChars };
  } finally {
    b.uninstall();
  }
}

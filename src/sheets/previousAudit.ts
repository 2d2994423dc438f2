// Reads back the previous Audit sheet (one batch read): its findings and Resolved rows with what people
// wrote in Note and Status, when it ran, which sheet it audited, and whether it carried the computed
// columns. Columns are found by their header, so a column a mentor inserted does not confuse it.

import type { Cell, FindingCode } from "../rules/types";
import { FINDING_HEADERS, LABEL, SECTION, readSeverity } from "./auditLayout";
import { readStatus, type PreviousFinding } from "./findingNotes";

export interface PreviousAudit {
  ranAt: string | null;
  /** The name of the sheet it audited ("Programs", or the active sheet it fell back to). */
  sheetName: string | null;
  findings: PreviousFinding[];
  hadSnapshot: boolean;
}

function text(cell: Cell | undefined): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * True when the sheet is empty, or carries this add-on's title or its findings header (words specific
 * enough that a sheet of the user's own is not taken for the report).
 */
export function isAddOnAuditSheet(rows: Cell[][]): boolean {
  return (
    rows.some((line) => text(line[0]) === LABEL.title || (text(line[0]) === FINDING_HEADERS[0] && text(line[1]) === FINDING_HEADERS[1])) ||
    rows.every((line) => line.every((cell) => text(cell) === ""))
  );
}

/** null when the sheet holds no findings table (never audited, or cleared by hand). */
export function readPreviousAudit(rows: Cell[][]): PreviousAudit | null {
  const audit: PreviousAudit = { ranAt: null, sheetName: null, findings: [], hadSnapshot: false };
  let section: "findings" | "resolved" | null = null;
  let columns: Record<string, number> | null = null;
  let sawFindingsTable = false;

  for (const line of rows) {
    const first = text(line[0]);
    if (columns === null && first === LABEL.ran && !audit.ranAt) audit.ranAt = text(line[1]) || null;
    if (columns === null && first === LABEL.sheet && !audit.sheetName) {
      audit.sheetName = text(line[1]).replace(/\s*\(\d+ programs?\)$/, "") || null;
    }
    if (first === SECTION.findings || first === SECTION.resolved || first === SECTION.snapshot || first === SECTION.summary) {
      section = first === SECTION.findings ? "findings" : first === SECTION.resolved ? "resolved" : null;
      if (first === SECTION.snapshot) audit.hadSnapshot = true;
      columns = null;
      continue;
    }
    if (section && columns === null) {
      const header = headerColumns(line);
      if (header) {
        columns = header;
        if (section === "findings") sawFindingsTable = true;
      }
      continue;
    }
    if (!section || !columns) continue;
    // An empty row does not end the table (someone may have cleared one finding); the next title does.
    if (line.every((cell) => text(cell) === "")) continue;
    const entry = readEntry(line, columns, section);
    if (entry) audit.findings.push(entry);
  }
  return sawFindingsTable ? audit : null;
}

/** Column index of each known header when this row is a findings header (needs at least Code and Note). */
function headerColumns(line: Cell[]): Record<string, number> | null {
  const found: Record<string, number> = {};
  line.forEach((cell, i) => {
    const name = FINDING_HEADERS.find((h) => h.toLowerCase() === text(cell).toLowerCase());
    if (name && found[name] === undefined) found[name] = i;
  });
  return found.Code !== undefined && found.Note !== undefined ? found : null;
}

function readEntry(line: Cell[], columns: Record<string, number>, section: "findings" | "resolved"): PreviousFinding | null {
  const at = (header: string) => (columns[header] === undefined ? "" : text(line[columns[header]!]));
  const code = at("Code");
  if (!/^[A-Z][A-Z0-9_]*$/.test(code)) return null; // "No findings" line, or a row someone typed
  const row = Number(at("Row"));
  return {
    code: code as FindingCode,
    severity: readSeverity(at("Severity")) ?? "warning",
    row: Number.isInteger(row) && row > 0 ? row : null,
    program: at("Program") || null,
    message: at("Message"),
    note: at("Note"),
    status: readStatus(at("Status")),
    section,
  };
}

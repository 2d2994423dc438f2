// Reads back the previous Audit sheet (one batch read plus its markers): its findings and Resolved rows
// with what people wrote in Note and Status, when it ran, which sheet it audited, whether it carried
// the computed columns, and every cell someone typed that the add-on did not write (CONTRACT.md §4).
// Columns are known by their markers (developer metadata that follows a column), so renamed headers,
// inserted, moved or deleted columns do not confuse it; a sheet without markers (written before they
// existed) is read by its header texts. A row is read by what it holds, not where it sits, so a sort
// of the whole sheet does not lose a note.

import type { Cell, FindingCode } from "../rules/types";
import {
  FINDING_HEADERS,
  KEPT_HEADERS,
  KEPT_TEXT_COLUMN,
  LABEL,
  MARKER,
  SECTION,
  SNAPSHOT_HEADERS,
  cellSignature,
  isResolvedMark,
  readIdentity,
  readSeverity,
  type FindingHeader,
} from "./auditLayout";
import { cellText, readStatus, type PreviousFinding } from "./findingNotes";
import { columnLetters, type SheetMarkers, type WrittenCell } from "./workbook";

/** A cell someone typed where the add-on did not write, carried to the "Kept from earlier audits" part. */
export interface KeptText {
  /** "J14, beside VISA_NONE for Mercy Hospital IM" */
  where: string;
  value: WrittenCell;
}

export interface PreviousAudit {
  ranAt: string | null;
  /** The name of the sheet it audited ("Programs", or the active sheet it fell back to). */
  sheetName: string | null;
  findings: PreviousFinding[];
  hadSnapshot: boolean;
  kept: KeptText[];
  /** Where Note and Status are now (1-based), to read them again just before the write. */
  noteColumns: [number, number] | null;
  /** The fingerprints the sheet's marker holds (cellSignature), to keep across a failed write. */
  signatures: string[];
}

const text = cellText;
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const KNOWN_LABELS = new Set<string>([...Object.values(LABEL), ...Object.values(SECTION)]);
type Section = keyof typeof SECTION;
/** A section's title → its key: SECTION read the other way. */
const SECTION_OF: Record<string, Section> = Object.fromEntries((Object.keys(SECTION) as Section[]).map((key) => [SECTION[key], key]));

/** The sheet marker's value: the fingerprints of the cells the add-on wrote outside the findings. */
function readSignatures(markers: SheetMarkers | null): Set<string> | null {
  const value = markers?.sheet[MARKER.sheet];
  if (value === undefined) return null;
  try {
    const cells = (JSON.parse(value) as { cells?: unknown }).cells;
    return new Set(Array.isArray(cells) ? cells.filter((c): c is string => typeof c === "string") : []);
  } catch {
    return new Set();
  }
}

/**
 * True when the sheet carries the add-on's marker, is empty, or carries its title or its findings
 * header in any column (words specific enough that a sheet of the user's own is not taken for it).
 */
export function isAddOnAuditSheet(rows: Cell[][], markers: SheetMarkers | null = null): boolean {
  if (markers && markers.sheet[MARKER.sheet] !== undefined) return true;
  return (
    rows.some((line) => line.some((cell, i) => text(cell) === LABEL.title || (text(cell) === FINDING_HEADERS[0] && text(line[i + 1]) === FINDING_HEADERS[1]))) ||
    rows.every((line) => line.every((cell) => text(cell) === ""))
  );
}

/** Each findings column's index (0-based): by marker, else by header text, else where the add-on writes it. */
function locateColumns(rows: Cell[][], markers: SheetMarkers | null): Map<FindingHeader, number> {
  const byMarker = new Map<FindingHeader, number>();
  for (const m of markers?.columns ?? []) {
    const header = FINDING_HEADERS.find((h) => h === m.value);
    if (m.key === MARKER.column && header) byMarker.set(header, m.column - 1);
  }
  // A write that stopped after its values and before its markers: the values are the new layout.
  const standard = rows.some((line) => FINDING_HEADERS.every((h, i) => text(line[i]) === h));
  if (standard && [...byMarker].some(([h, i]) => FINDING_HEADERS.indexOf(h) !== i)) byMarker.clear();
  const byText = new Map<FindingHeader, number>();
  const header = rows.find((line) => FINDING_HEADERS.filter((h) => line.some((c) => text(c).toLowerCase() === h.toLowerCase())).length >= 3);
  header?.forEach((cell, i) => {
    const name = FINDING_HEADERS.find((h) => h.toLowerCase() === text(cell).toLowerCase());
    if (name && !byText.has(name)) byText.set(name, i);
  });
  const columns = new Map<FindingHeader, number>();
  const taken = new Set<number>();
  // Where the add-on writes them only when nothing else says: a column gone with its marker stays gone.
  const standardPlaces = byMarker.size > 0 ? new Map<FindingHeader, number>() : new Map(FINDING_HEADERS.map((h, i) => [h, i] as const));
  for (const source of [byMarker, byText, standardPlaces]) {
    for (const [h, i] of source) if (!columns.has(h) && !taken.has(i)) (columns.set(h, i), taken.add(i));
  }
  return columns;
}

/** "J14" (both 0-based) */
const address = (row: number, column: number) => `${columnLetters(column + 1)}${row + 1}`;

/** null when the sheet holds no findings table and no finding (never audited, or cleared by hand). */
export function readPreviousAudit(rows: Cell[][], markers: SheetMarkers | null = null): PreviousAudit | null {
  const columns = locateColumns(rows, markers);
  const at = (line: Cell[], h: FindingHeader) => (columns.has(h) ? line[columns.get(h)!] : undefined);
  const ours = new Set(columns.values());
  const labelColumn = columns.get("Severity") ?? 0;
  const headerOf = new Map([...columns].map(([h, i]) => [i, h as string]));
  const signatures = readSignatures(markers);
  const marked = signatures !== null; // written by this version: every row says what it is
  const audit: PreviousAudit = { ranAt: null, sheetName: null, findings: [], hadSnapshot: false, kept: [], noteColumns: null, signatures: [...(signatures ?? [])] };
  if (columns.has("Note") && columns.has("Status")) audit.noteColumns = [columns.get("Note")! + 1, columns.get("Status")! + 1];
  let section: (typeof SECTION_OF)[string] | null = null;
  let sawTable = false;

  const keep = (line: Cell[], r: number, context: string, skip: (c: number) => boolean) =>
    line.forEach((cell, c) => {
      if (skip(c) || text(cell) === "") return;
      audit.kept.push({ where: `${address(r, c)}, ${context}`, value: cell as WrittenCell });
    });

  rows.forEach((line, r) => {
    const label = text(line[labelColumn]);
    if (SECTION_OF[label]) {
      section = SECTION_OF[label]!;
      if (section === "snapshot") audit.hadSnapshot = true;
    }
    const code = text(at(line, "Code"));
    if (CODE.test(code)) {
      const severity = at(line, "Severity");
      const inResolved = isResolvedMark(severity) || (!marked && section === "resolved");
      audit.findings.push(readEntry(line, code, inResolved ? "resolved" : "findings"));
      sawTable = true;
      const program = text(at(line, "Program"));
      keep(line, r, `beside ${code}${program ? ` for ${program}` : ""}`, (c) => ours.has(c));
      return;
    }
    if (isHeader(line)) {
      if (FINDING_HEADERS.filter((h) => text(at(line, h)) === h).length >= 3 || text(at(line, "Code")) === "Code") sawTable = true;
      keep(line, r, "in a header row", (c) => ours.has(c));
      return;
    }
    const keptValue = at(line, FINDING_HEADERS[KEPT_TEXT_COLUMN]!);
    if (section === "kept" && label !== SECTION.kept && text(keptValue) !== "") {
      audit.kept.push({ where: label || `${address(r, labelColumn)}, in the ${SECTION.kept} part`, value: keptValue as WrittenCell });
      keep(line, r, `in the ${SECTION.kept} part`, (c) => c === labelColumn || c === columns.get(FINDING_HEADERS[KEPT_TEXT_COLUMN]!));
      return;
    }
    if (isSnapshotRow(line)) {
      const snapshot = FINDING_HEADERS.slice(0, SNAPSHOT_HEADERS.length).map((h) => columns.get(h));
      keep(line, r, `in the ${SECTION.snapshot} part`, (c) => snapshot.includes(c));
      return;
    }
    if (!columns.has("Code") || columns.get("Code") === labelColumn) return;
    const textColumn = columns.get("Code")!;
    if (label === LABEL.ran && !audit.ranAt) audit.ranAt = text(line[textColumn]) || null;
    if (label === LABEL.sheet && !audit.sheetName) audit.sheetName = text(line[textColumn]).replace(/\s*\(\d+ programs?\)$/, "") || null;
    const known = KNOWN_LABELS.has(label);
    const context = known ? `on the ${label} line` : section ? `in the ${SECTION[section]} part` : "at the top";
    keep(line, r, context, (c) => {
      if (!ours.has(c)) return false;
      if (signatures) return signatures.has(cellSignature(label, headerOf.get(c)!, text(line[c])));
      // No marker: the add-on writes a known label and the text beside it, and the "No findings" line.
      return (known && (c === labelColumn || c === textColumn)) || text(line[c]).startsWith("No findings");
    });
  });
  return sawTable ? audit : null;

  function readEntry(line: Cell[], code: string, section: "findings" | "resolved"): PreviousFinding {
    const row = Number(text(at(line, "Row")));
    const program = text(at(line, "Program")) || null;
    const noteCell = at(line, "Note");
    return {
      code: code as FindingCode,
      severity: readSeverity(at(line, "Severity")) ?? "warning",
      row: Number.isInteger(row) && row > 0 ? row : null,
      program,
      message: text(at(line, "Message")),
      identity: program ? readIdentity(program, text(at(line, "Specialty · city"))) : null,
      note: text(noteCell),
      noteCell: noteCell === null || noteCell === undefined ? "" : typeof noteCell === "string" ? noteCell.trim() : noteCell,
      status: readStatus(text(at(line, "Status"))),
      section,
    };
  }

  /** A findings, snapshot or Kept header row the add-on wrote (a renamed Note or Status header still is). */
  function isHeader(line: Cell[]): boolean {
    const matching = FINDING_HEADERS.filter((h) => text(at(line, h)) === h).length;
    return matching >= 4 || (text(line[labelColumn]) === KEPT_HEADERS[0] && text(at(line, FINDING_HEADERS[KEPT_TEXT_COLUMN]!)) === KEPT_HEADERS[KEPT_TEXT_COLUMN]) || text(line[labelColumn]) === SNAPSHOT_HEADERS[0];
  }

  /** A row of the computed columns: a tier, then an IMG friendliness. */
  function isSnapshotRow(line: Cell[]): boolean {
    return ["Reach", "Match", "Safety", "Unknown"].includes(text(line[labelColumn])) && ["High", "Medium", "Low", "Unknown"].includes(text(at(line, "Code")));
  }
}

// The Audit sheet (CONTRACT.md §4, issue 5), built whole as one SheetContent: plain values and
// formatting, no formulas, so anyone the file is shared with reads it without the add-on. Top to
// bottom: the verdict, when it ran, on which sheet and profile, what changed and the open counts; the
// findings (with Note and Status); the summary; the Resolved part; the text people typed elsewhere
// (Kept from earlier audits); and on request the computed columns. No cell is over 50,000 characters,
// and the markers that let the next audit find its columns and tell typed text from its own go with it.

import type { AuditResponse, ReportedFinding } from "../shared/api";
import { plural } from "../shared/targets";
import type { ProgramResult } from "../rules/types";
import type { CellLink, ListValidation, SheetContent, WrittenCell } from "./workbook";
import {
  COLORS,
  COLUMN,
  COLUMN_WIDTHS,
  FINDING_HEADERS,
  KEPT_HEADERS,
  KEPT_TEXT_COLUMN,
  LABEL,
  MARKER,
  SECTION,
  SNAPSHOT_HEADERS,
  STATUSES,
  cellSignature,
  fitCell,
  identityText,
  severityLabel,
  sheetReference,
} from "./auditLayout";
import { cellText, type FindingCells } from "./findingNotes";
import type { KeptText } from "./previousAudit";
import { countsLine, summaryLines } from "./summaryText";

export interface AuditSheetInput {
  response: AuditResponse;
  /** The sheet that was audited, for the "Go to row" links. */
  source: { name: string; id: number };
  /** "Step 2 CK 228 · visa J-1 · …" */
  profileLine: string;
  changes: { previousRanAt: string | null; newCount: number; fixedCount: number } | null;
  /** Adds the values-only table of tier / IMG friendliness / meets cutoff per program. */
  snapshot: boolean;
  /** The spreadsheet's time zone for "Ran"; UTC when not given. */
  timeZone?: string;
  /** Each finding's note as its cell held it (a number, a date) and its program identity. */
  cells?: Map<ReportedFinding, FindingCells>;
  /** Text people typed where the add-on does not write, carried from the previous Audit sheet. */
  kept?: KeptText[];
  /** The previous sheet's fingerprints, kept on the sheet while the new values are being written. */
  previousSignatures?: string[];
}

const WIDTH = FINDING_HEADERS.length;

type Style = "plain" | "label" | "section" | "header";
/** Finding, Kept and snapshot rows hold people's text or data; the other rows are fingerprinted. */
type Kind = "finding" | "kept" | "snapshot" | "other";

/** Rows and their formats grow together, so every 2D array keeps the shape of the values. */
function grid() {
  const content = {
    values: [] as WrittenCell[][],
    fontWeights: [] as ("bold" | "normal")[][],
    fontColors: [] as (string | null)[][],
    backgrounds: [] as (string | null)[][],
    wraps: [] as boolean[][],
  };
  const kinds: Kind[] = [];
  const add = (cells: WrittenCell[], style: Style = "plain", wrap: number[] = [], kind: Kind = "other") => {
    const line = Array.from({ length: WIDTH }, (_, i) => fitCell(cells[i] ?? ""));
    content.values.push(line);
    kinds.push(kind);
    const bold = (i: number) => style === "section" || style === "header" || (style === "label" && i === 0);
    content.fontWeights.push(line.map((_, i) => (bold(i) ? "bold" : "normal")));
    content.fontColors.push(line.map(() => null));
    const fill = style === "section" ? COLORS.section : style === "header" ? COLORS.header : null;
    content.backgrounds.push(line.map(() => fill));
    content.wraps.push(line.map((_, i) => style === "header" || wrap.includes(i)));
    return content.values.length; // the 1-based row just written
  };
  /** The fingerprint of every written cell outside the findings, Kept and snapshot rows. */
  const signatures = () =>
    content.values.flatMap((line, r) =>
      kinds[r] !== "other" ? [] : line.flatMap((cell, c) => (cellText(cell) === "" ? [] : [cellSignature(cellText(line[0]), FINDING_HEADERS[c]!, cellText(cell))])),
    );
  return { content, add, signatures };
}

/** "2026-11-22 05:48 Asia/Kolkata": the time in the spreadsheet's own zone, so a mentor reads it right. */
export function formatRanAt(iso: string, timeZone = "UTC"): string {
  try {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date(iso));
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} ${timeZone}`;
  } catch {
    // An unknown zone name: fall back to UTC rather than fail the audit.
    return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, "$1 $2 UTC");
  }
}

export function auditSheetContent(input: AuditSheetInput): SheetContent {
  const { response, source } = input;
  const { content, add, signatures } = grid();
  const links: CellLink[] = [];
  const validations: ListValidation[] = [];

  add([LABEL.title, "Written by the IMG List Audit add-on, which rewrites this sheet at each audit and writes nowhere else. What you type in Note and Status is kept; text typed anywhere else moves to Kept from earlier audits."], "section");
  // One sentence a line, not wrapped (a line runs on over the empty cells to its right), so the frozen
  // block above the findings stays one short line a row.
  response.summary.verdict.forEach((sentence, i) => add([i === 0 ? LABEL.verdict : "", sentence], "label"));
  add([LABEL.ran, formatRanAt(response.ranAt, input.timeZone)], "label");
  add([LABEL.sheet, `${source.name} (${plural(response.summary.programs, "program")})`], "label");
  // The notes are long; the frozen block above the findings stays short, so they go in the Summary.
  const notes = response.summary.profileNotes;
  add([LABEL.profile, notes.length ? `${input.profileLine} · ${plural(notes.length, "profile note")} under Summary` : input.profileLine], "label");
  add([LABEL.changes, changesLine(input.changes)], "label");
  add([LABEL.findings, countsLine(response)], "label");
  // The lines above and the findings header stay frozen while the findings scroll, so the block is
  // kept short; the longer summary follows the findings.
  add([SECTION.findings, "Profile findings first, then by row; list-wide findings last. Set Status to Accepted to keep a finding on purpose."], "section");
  const findingsHeader = add([...FINDING_HEADERS], "header");
  findingRows(response.findings, "findings");
  if (response.findings.length === 0) add(["", "", "", "", "No findings: nothing to change."]);

  add([]);
  add([SECTION.summary, "How the list is built, against the guides' targets."], "section");
  for (const note of notes) add([LABEL.profileNote, note], "label");
  for (const [label, text] of summaryLines(response)) add([label, text], "label");

  if (response.resolved.length > 0) {
    add([]);
    add([SECTION.resolved, "Findings of earlier audits that are gone now. A row with a note or an Accepted status stays (and comes back with its finding) until you clear them."], "section");
    add([...FINDING_HEADERS], "header");
    findingRows(response.resolved, "resolved");
  }
  const kept = input.kept ?? [];
  if (kept.length > 0) {
    add([]);
    add([SECTION.kept, "Text typed outside the Note and Status columns, moved here at an audit so it is not lost. Delete a row when you no longer need it."], "section");
    add([...KEPT_HEADERS], "header");
    for (const k of kept) add(Object.assign([k.where, "", "", "", ""], { [KEPT_TEXT_COLUMN]: k.value }), "plain", [0, KEPT_TEXT_COLUMN], "kept");
  }
  if (input.snapshot) snapshotRows(response.programs);

  const written = signatures();
  const columns = FINDING_HEADERS.map((h, i) => ({ key: MARKER.column, value: h, column: i + 1 }));
  const marker = (cells: string[]) => ({ [MARKER.sheet]: JSON.stringify({ v: 1, cells: [...new Set(cells)] }) });
  return {
    ...content,
    links,
    validations,
    frozenRows: findingsHeader,
    columnWidths: COLUMN_WIDTHS,
    markers: { sheet: marker(written), sheetBefore: marker([...(input.previousSignatures ?? []), ...written]), columns },
  };

  function findingRows(findings: ReportedFinding[], section: "findings" | "resolved") {
    const first = content.values.length + 1;
    for (const finding of findings) {
      const accepted = finding.status === "Accepted";
      const mark = section === "resolved" ? "resolved" : accepted ? "accepted" : finding.isNew ? "new" : "";
      const cells = input.cells?.get(finding);
      const goTo = finding.row !== null && section === "findings" ? sheetReference(source.name, `A${finding.row}`) : "";
      const row = add(
        [
          severityLabel(finding.severity, mark),
          finding.code,
          finding.program ?? "",
          finding.row ?? "",
          finding.message,
          goTo,
          cells ? cells.noteCell : finding.note,
          finding.status,
          identityText(cells?.identity ?? null),
        ],
        "plain",
        [COLUMN.Program, COLUMN.Message, COLUMN.Note],
        "finding",
      );
      const r = row - 1;
      if (goTo) links.push({ row, column: COLUMN["Go to row"] + 1, url: `#gid=${source.id}&range=A${finding.row}` });
      if (section === "findings" && !accepted) content.backgrounds[r]![COLUMN.Severity] = COLORS.severity[finding.severity];
      if (section === "resolved" || accepted) {
        content.fontColors[r] = content.fontColors[r]!.map(() => COLORS.acceptedText);
        content.backgrounds[r]![COLUMN.Severity] = COLORS.accepted;
      }
    }
    const last = content.values.length;
    if (last >= first) validations.push({ column: COLUMN.Status + 1, fromRow: first, toRow: last, values: STATUSES, strict: true });
  }

  function snapshotRows(programs: ProgramResult[]) {
    add([]);
    add([SECTION.snapshot, "Values of TIER, IMGFRIENDLY and MEETSCUTOFF from this audit, for readers without the add-on."], "section");
    add([...SNAPSHOT_HEADERS], "header");
    for (const p of programs) add([p.tier, p.imgFriendly, p.program, p.row, p.meetsCutoff], "plain", [2], "snapshot");
  }
}

function changesLine(changes: AuditSheetInput["changes"]): string {
  if (!changes) return "First audit on this sheet.";
  const since = changes.previousRanAt ? `Since the audit of ${changes.previousRanAt}` : "Since the previous audit";
  return `${since}: ${changes.newCount} new, ${changes.fixedCount} fixed.`;
}

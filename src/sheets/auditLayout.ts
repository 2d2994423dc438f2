// The Audit sheet's fixed vocabulary, shared by the writer (auditSheet.ts) and the reader of the
// previous audit (previousAudit.ts), so the two cannot drift apart.

import type { ProgramIdentity } from "../rules/programIdentity";
import type { Severity } from "../rules/types";
import { CELL_LIMIT, MARKER_PREFIX } from "./workbook";

/**
 * The findings table's header. "Note" and "Status" are the mentor's; the last column is the program's
 * identity beyond its name (RULES.md §3), so two programs of one name keep their own notes.
 */
export const FINDING_HEADERS = ["Severity", "Code", "Program", "Row", "Message", "Go to row", "Note", "Status", "Specialty · city"] as const;
export type FindingHeader = (typeof FINDING_HEADERS)[number];
export const COLUMN = Object.fromEntries(FINDING_HEADERS.map((h, i) => [h, i])) as Record<(typeof FINDING_HEADERS)[number], number>;

/** Values-only copy of the custom functions' answers ("Prepare for sharing"). */
export const SNAPSHOT_HEADERS = ["Tier", "IMG friendliness", "Program", "Row", "Meets cutoff"] as const;

export const SECTION = {
  summary: "Summary",
  findings: "Findings",
  resolved: "Resolved",
  snapshot: "Computed columns",
  kept: "Kept from earlier audits",
} as const;

/** The Kept part's header: where the text was, and the text (in the Message column, the wide one). */
export const KEPT_HEADERS = ["Where it was", "", "", "", "Text"] as const;
export const KEPT_TEXT_COLUMN = 4;

/** Labels of the lines at the top (column A), read back for the previous audit's time and sheet. */
export const LABEL = {
  title: "IMG List Audit",
  ran: "Ran",
  sheet: "Sheet",
  profile: "Profile",
  profileNote: "Profile note",
  changes: "Changes",
  scoreBand: "Score band",
  applied: "Applied list",
  ranked: "Rank list",
  applications: "Applications",
  fees: "Fees",
  missionFit: "Mission fit",
  staleData: "Stale data",
  findings: "Open findings",
  verdict: "Verdict",
} as const;

/**
 * Developer metadata (CONTRACT.md §4): the Audit sheet carries SHEET_KEY (its value: the signatures of
 * the cells the add-on wrote outside the findings, see cellSignature), and each findings column carries
 * COLUMN_KEY with its header as value, so renamed headers and moved columns are still known.
 */
export const MARKER = { sheet: `${MARKER_PREFIX}auditSheet`, column: `${MARKER_PREFIX}auditColumn` } as const;

/**
 * Text cut to fit one cell, ending in "…" when cut: at most 49,999 characters, so the apostrophe the
 * adapter writes before text keeps it within Sheets' 50,000 even if Sheets counts it.
 */
export function fitCell<T>(value: T): T | string {
  const most = CELL_LIMIT - 1;
  return typeof value === "string" && value.length > most ? `${value.slice(0, most - 1)}…` : value;
}

/**
 * A short fingerprint of one cell the add-on wrote outside the findings table: the row's label (its
 * first cell), the column's header and the text. A cell whose fingerprint the sheet's marker does not
 * hold was typed (or changed) by someone, and is kept.
 */
export function cellSignature(label: string, header: string, text: string): string {
  let hash = 0x811c9dc5;
  const all = `${label}\u0001${header}\u0001${text}`;
  for (let i = 0; i < all.length; i++) hash = Math.imul(hash ^ all.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export const STATUSES = ["Open", "Accepted", "Fixed"];

export const COLUMN_WIDTHS = [110, 190, 220, 60, 380, 120, 240, 90, 200];

export const COLORS = {
  section: "#d9d9d9",
  header: "#efefef",
  severity: { error: "#f4cccc", warning: "#fff2cc", info: "#cfe2f3" } as Record<Severity, string>,
  accepted: "#eeeeee",
  acceptedText: "#666666",
};

/** A cell reference as Sheets writes it: Programs!A7, 'My list'!A7. */
export function sheetReference(sheet: string, cells: string): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cells}`;
}

/**
 * "Error", "Error · new", "Warning · accepted", "Info · resolved": the first word is the severity; a
 * Resolved row says so itself, so it is still known for one after a sort.
 */
export function severityLabel(severity: Severity, mark: "" | "new" | "accepted" | "resolved"): string {
  const word = severity.charAt(0).toUpperCase() + severity.slice(1);
  return mark ? `${word} · ${mark}` : word;
}

export function isResolvedMark(cell: unknown): boolean {
  return /·\s*resolved\s*$/i.test(String(cell ?? ""));
}

export function readSeverity(cell: unknown): Severity | null {
  const word = String(cell ?? "").trim().toLowerCase().split(/[\s·]+/)[0];
  return word === "error" || word === "warning" || word === "info" ? word : null;
}

/** "Internal Medicine · Des Moines, IA": a program's identity beyond its name, as a mentor reads it. */
export function identityText(identity: ProgramIdentity | null): string {
  if (!identity) return "";
  const { specialty, city, state } = identity;
  const place = city && state ? `${city}, ${state}` : city ? city : state ? `(${state})` : "";
  return specialty || place ? `${specialty ?? ""} · ${place}` : "";
}

/** identityText read back; null when the cell holds none (a sheet written before the column existed). */
export function readIdentity(name: string, text: string): ProgramIdentity | null {
  const at = text.indexOf(" · ");
  if (at < 0) return null;
  const place = text.slice(at + 3).trim();
  const state = /^\((.*)\)$/.exec(place);
  const comma = place.lastIndexOf(", ");
  return {
    name,
    specialty: text.slice(0, at).trim() || null,
    city: state ? null : (comma < 0 ? place : place.slice(0, comma)) || null,
    state: state ? state[1]! : comma < 0 ? null : place.slice(comma + 2) || null,
  };
}

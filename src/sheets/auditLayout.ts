// The Audit sheet's fixed vocabulary, shared by the writer (auditSheet.ts) and the reader of the
// previous audit (previousAudit.ts), so the two cannot drift apart.

import type { Severity } from "../rules/types";

/** The findings table's header. "Note" and "Status" are exactly these words (issue 5). */
export const FINDING_HEADERS = ["Severity", "Code", "Program", "Row", "Message", "Go to row", "Note", "Status"] as const;
export const COLUMN = Object.fromEntries(FINDING_HEADERS.map((h, i) => [h, i])) as Record<(typeof FINDING_HEADERS)[number], number>;

/** Values-only copy of the custom functions' answers ("Prepare for sharing"). */
export const SNAPSHOT_HEADERS = ["Tier", "IMG friendliness", "Program", "Row", "Meets cutoff"] as const;

export const SECTION = {
  summary: "Summary",
  findings: "Findings",
  resolved: "Resolved",
  snapshot: "Computed columns",
} as const;

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
} as const;

export const STATUSES = ["Open", "Accepted", "Fixed"];

export const COLUMN_WIDTHS = [110, 190, 220, 60, 380, 120, 240, 90];

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

/** "Error", "Error · new", "Warning · accepted": the first word is the severity. */
export function severityLabel(severity: Severity, mark: "" | "new" | "accepted"): string {
  const word = severity.charAt(0).toUpperCase() + severity.slice(1);
  return mark ? `${word} · ${mark}` : word;
}

export function readSeverity(cell: unknown): Severity | null {
  const word = String(cell ?? "").trim().toLowerCase().split(/[\s·]+/)[0];
  return word === "error" || word === "warning" || word === "info" ? word : null;
}

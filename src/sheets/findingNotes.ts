// Notes and statuses people write on the Audit sheet, carried to the next audit (issue 5). A finding is
// matched by code + program, never by row number, so inserting, deleting or reordering rows in Programs
// keeps each note beside its finding. When one program has the same code twice (two unreadable cells,
// a duplicated program), the message without its numbers tells them apart ("IMG % 'lots'" vs "Visa
// 'maybe'"); what is still ambiguous is then paired in order.

import type { FindingStatus, ReportedFinding } from "../shared/api";
import { isUnnamedProgram } from "../rules/programs";
import type { Finding, FindingCode, Severity } from "../rules/types";

/** One finding row read back from the previous Audit sheet. */
export interface PreviousFinding {
  code: FindingCode;
  severity: Severity;
  row: number | null;
  program: string | null;
  message: string;
  note: string;
  status: FindingStatus;
  /** Which table it sat in: the findings, or the Resolved part (gone at that audit). */
  section: "findings" | "resolved";
}

export interface MergedFindings {
  findings: ReportedFinding[];
  /** Previous findings gone now, and older resolved findings that still carry a note. */
  resolved: ReportedFinding[];
  /** Findings the previous audit did not have (0 on a first audit). */
  newCount: number;
  /** Findings of the previous audit that are gone now. */
  fixedCount: number;
}

/** Forgiving read of a Status cell: "accepted", "Accept", "fixed", "done" … anything else is Open. */
export function readStatus(cell: unknown): FindingStatus {
  const text = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  if (text.startsWith("accept")) return "Accepted";
  if (text.startsWith("fix") || text === "done" || text.startsWith("resolved")) return "Fixed";
  return "Open";
}

function programKey(program: string | null): string {
  const name = program ?? "";
  return isUnnamedProgram(name) ? "(unnamed program)" : name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The message without row numbers, scores or percentages, which move when rows or the profile change. */
function messageKey(message: string): string {
  return message.toLowerCase().replace(/[0-9]+(?:[.,][0-9]+)?/g, "#").replace(/\s+/g, " ").trim();
}

function sameFinding(a: { code: string; program: string | null }, b: { code: string; program: string | null }): boolean {
  return a.code === b.code && programKey(a.program) === programKey(b.program);
}

/**
 * Pairs this audit's findings with the previous audit's rows. `previous` is null on a first audit.
 * A note on a finding that disappeared is never dropped: it moves to `resolved`, and comes back
 * beside the finding if the finding returns.
 */
export function mergeWithPrevious(current: readonly Finding[], previous: readonly PreviousFinding[] | null): MergedFindings {
  const old = previous ?? [];
  const pairedWith = new Array<number>(current.length).fill(-1);
  const taken = new Set<number>();
  // Findings table first, then Resolved: a finding still listed wins over an old resolved copy.
  const order = old.map((_, i) => i).sort((a, b) => rank(old[a]!) - rank(old[b]!));
  const pass = (matches: (finding: Finding, entry: PreviousFinding) => boolean) =>
    current.forEach((finding, i) => {
      if (pairedWith[i] !== -1) return;
      const hit = order.find((j) => !taken.has(j) && sameFinding(finding, old[j]!) && matches(finding, old[j]!));
      if (hit === undefined) return;
      pairedWith[i] = hit;
      taken.add(hit);
    });
  pass((finding, entry) => messageKey(finding.message) === messageKey(entry.message));
  pass(() => true);

  const findings = current.map((finding, i): ReportedFinding => {
    const entry = pairedWith[i]! >= 0 ? old[pairedWith[i]!]! : null;
    if (!entry) return { ...finding, note: "", status: "Open", isNew: previous !== null };
    // A finding that comes back from Resolved is not fixed any more.
    const status = entry.section === "resolved" && entry.status === "Fixed" ? "Open" : entry.status;
    return { ...finding, note: entry.note, status, isNew: entry.section === "resolved" };
  });

  const resolved: ReportedFinding[] = [];
  let fixedCount = 0;
  old.forEach((entry, j) => {
    if (taken.has(j)) return;
    if (entry.section === "findings") fixedCount++;
    else if (entry.note.trim() === "") return; // an old resolved row without a note has been seen: let it go
    const { section: _section, ...finding } = entry;
    resolved.push({ ...finding, status: "Fixed", isNew: false });
  });
  return { findings, resolved, newCount: findings.filter((f) => f.isNew).length, fixedCount };
}

function rank(entry: PreviousFinding): number {
  return entry.section === "findings" ? 0 : 1;
}

// Notes and statuses people write on the Audit sheet, carried to the next audit (CONTRACT.md §4). A
// finding is matched by code and program identity (RULES.md §3: name, specialty, and the city and
// state when both have one), never by row number, so inserting, deleting or sorting program rows
// keeps each note beside its finding, and two "Mercy Hospital IM" in two cities keep their own. When
// one program has the same code twice (two unreadable cells), the message without its numbers tells
// them apart; what is still ambiguous is then paired in order.

import type { FindingStatus, ReportedFinding } from "../shared/api";
import { sameProgram, type ProgramIdentity } from "../rules/programIdentity";
import { isUnnamedProgram } from "../rules/programs";
import type { Finding, FindingCode, Severity } from "../rules/types";
import type { WrittenCell } from "./workbook";

/** One finding row read back from the previous Audit sheet. */
export interface PreviousFinding {
  code: FindingCode;
  severity: Severity;
  row: number | null;
  program: string | null;
  message: string;
  /** Specialty, city and state as the Specialty · city column held them; null on older sheets. */
  identity: ProgramIdentity | null;
  /** The note as text (what the sidebar shows). */
  note: string;
  /** The note as the cell held it: a number stays a number, a date a date. */
  noteCell: WrittenCell;
  status: FindingStatus;
  /** Which table it sat in: the findings, or the Resolved part (gone at that audit). */
  section: "findings" | "resolved";
}

/** What the Audit sheet writes beside a finding besides the finding itself. */
export interface FindingCells {
  noteCell: WrittenCell;
  identity: ProgramIdentity | null;
}

export interface MergedFindings {
  findings: ReportedFinding[];
  /** Previous findings gone now, and older resolved ones that still carry a note or an Accepted status. */
  resolved: ReportedFinding[];
  /** The note cell and identity of each finding above, for the Audit sheet. */
  cells: Map<ReportedFinding, FindingCells>;
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

/** A cell as text: a date as the day (and time, when it has one) its local fields say. */
export function cellText(cell: unknown): string {
  if (cell instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, "0");
    const day = `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`;
    const time = cell.getHours() || cell.getMinutes() ? ` ${pad(cell.getHours())}:${pad(cell.getMinutes())}` : "";
    return day + time;
  }
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** The message without row numbers, scores or percentages, which move when rows or the profile change. */
function messageKey(message: string): string {
  return message.toLowerCase().replace(/[0-9]+(?:[.,][0-9]+)?/g, "#").replace(/\s+/g, " ").trim();
}

const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

function sameFinding(finding: Finding, identity: ProgramIdentity | null, entry: PreviousFinding): boolean {
  if (finding.code !== entry.code) return false;
  if (finding.program === null || entry.program === null) return finding.program === entry.program;
  // An unnamed program's name holds its row number, which moves: any unnamed row matches another.
  if (isUnnamedProgram(finding.program) || isUnnamedProgram(entry.program)) return isUnnamedProgram(finding.program) && isUnnamedProgram(entry.program);
  // A sheet written before the identity column: the name is all there is.
  if (!entry.identity || !identity) return nameKey(finding.program) === nameKey(entry.program);
  if (sameProgram(identity, entry.identity)) return true;
  // "IM · Bronx, NY" reads back as city Bronx, state NY; it was written the same way for a City cell
  // "Bronx, NY" with a blank State, so that reading matches too.
  const { city, state } = entry.identity;
  return city !== null && state !== null && sameProgram(identity, { ...entry.identity, city: `${city}, ${state}`, state: null });
}

/**
 * Pairs this audit's findings with the previous audit's rows. `previous` is null on a first audit.
 * A note on a finding that disappeared is never dropped: it moves to `resolved`, and comes back
 * beside the finding if the finding returns. `identityOf` gives a finding's program identity.
 */
export function mergeWithPrevious(
  current: readonly Finding[],
  previous: readonly PreviousFinding[] | null,
  identityOf: (finding: Finding) => ProgramIdentity | null = () => null,
): MergedFindings {
  const old = previous ?? [];
  const identities = current.map(identityOf);
  const pairedWith = new Array<number>(current.length).fill(-1);
  const taken = new Set<number>();
  // Findings table first, then Resolved: a finding still listed wins over an old resolved copy.
  const order = old.map((_, i) => i).sort((a, b) => rank(old[a]!) - rank(old[b]!));
  const pass = (matches: (finding: Finding, entry: PreviousFinding) => boolean) =>
    current.forEach((finding, i) => {
      if (pairedWith[i] !== -1) return;
      const hit = order.find((j) => !taken.has(j) && sameFinding(finding, identities[i]!, old[j]!) && matches(finding, old[j]!));
      if (hit === undefined) return;
      pairedWith[i] = hit;
      taken.add(hit);
    });
  pass((finding, entry) => messageKey(finding.message) === messageKey(entry.message));
  pass(() => true);

  const cells = new Map<ReportedFinding, FindingCells>();
  const findings = current.map((finding, i): ReportedFinding => {
    const entry = pairedWith[i]! >= 0 ? old[pairedWith[i]!]! : null;
    const identity = identities[i]!;
    let reported: ReportedFinding;
    if (!entry) reported = { ...finding, note: "", status: "Open", isNew: previous !== null };
    else {
      // A finding back from Resolved: the problem returned, so Fixed is Open again; Accepted stays.
      const status = entry.section === "resolved" && entry.status === "Fixed" ? "Open" : entry.status;
      reported = { ...finding, note: entry.note, status, isNew: entry.section === "resolved" };
    }
    cells.set(reported, { noteCell: entry?.noteCell ?? "", identity });
    return reported;
  });

  const resolved: ReportedFinding[] = [];
  let fixedCount = 0;
  old.forEach((entry, j) => {
    if (taken.has(j)) return;
    if (entry.section === "findings") fixedCount++;
    // An old resolved row with neither a note nor an Accepted status has been seen: let it go.
    else if (entry.note === "" && entry.status !== "Accepted") return;
    const { section: _section, identity, noteCell, ...finding } = entry;
    const reported: ReportedFinding = { ...finding, status: entry.status === "Accepted" ? "Accepted" : "Fixed", isNew: false };
    cells.set(reported, { noteCell, identity });
    resolved.push(reported);
  });
  return { findings, resolved, cells, newCount: findings.filter((f) => f.isNew).length, fixedCount };
}

function rank(entry: PreviousFinding): number {
  return entry.section === "findings" ? 0 : 1;
}

// The sidebar's server functions (CONTRACT.md §5) over any Workbook: the Apps Script entry points in
// server.ts and the local preview both call this factory, so they run the same code.

import { auditSheet, readProfile, UnreadableInputError } from "../rules/audit";
import { readProgramTable } from "../rules/programs";
import type { ProgramIdentity } from "../rules/programIdentity";
import type { AuditResult, Cell, Finding } from "../rules/types";
import type { AuditResponse, LastAudit, ServerFunctions } from "../shared/api";
import { MARKER } from "./auditLayout";
import { auditSheetContent } from "./auditSheet";
import { cellText, mergeWithPrevious } from "./findingNotes";
import { addFormulaColumnsTo, formulaColumnsOn } from "./formulaColumns";
import { isAddOnAuditSheet, readPreviousAudit, type PreviousAudit } from "./previousAudit";
import { getProfileForm, saveProfileForm } from "./profileSheet";
import { profileLine } from "./summaryText";
import { SHEET_NAMES, type SheetMarkers, type SheetPort, type Workbook } from "./workbook";

/** The Audit sheet as read: its values, its markers, and whether the add-on wrote it. */
interface AuditSheetRead {
  rows: Cell[][];
  markers: SheetMarkers;
  ours: boolean;
  previous: PreviousAudit | null;
}

function readAuditSheet(port: SheetPort): AuditSheetRead {
  const rows = port.readValues();
  const markers = port.readMarkers();
  const ours = isAddOnAuditSheet(rows, markers);
  return { rows, markers, ours, previous: ours ? readPreviousAudit(rows, markers) : null };
}

/** True when the Note and Status cells read again differ from the first read (a note typed meanwhile). */
function changedSince(first: Cell[][], columns: number[], again: Cell[][]): boolean {
  const key = (cell: Cell) => (cell instanceof Date ? `d${cell.getTime()}` : `${typeof cell}:${cellText(cell)}`);
  const height = Math.max(first.length, again.length);
  for (let r = 0; r < height; r++) {
    for (let i = 0; i < columns.length; i++) if (key(first[r]?.[columns[i]! - 1] ?? "") !== key(again[r]?.[i] ?? "")) return true;
  }
  return false;
}

export interface AuditServer extends ServerFunctions {
  /** runAudit, optionally adding the values-only computed columns ("Prepare for sharing"). */
  writeAudit(options: { snapshot?: boolean }): AuditResponse;
}

export function createServer(workbook: Workbook, clock: () => Date = () => new Date()): AuditServer {
  /**
   * Programs, or the active sheet when there is none (CONTRACT.md §4). When the user is looking at
   * the Audit or Profile sheet, the sheet the last audit read stands in for the active one.
   */
  function programSheet(): SheetPort {
    const programs = workbook.sheet(SHEET_NAMES.programs);
    if (programs) return programs;
    const active = workbook.activeSheet();
    // The Audit sheet by its marker too (a mentor may have renamed it, CONTRACT.md §4); its lookup only when needed.
    const notOurs = active.name !== SHEET_NAMES.profile && active.name !== SHEET_NAMES.audit;
    if (notOurs && active.id !== auditPort()?.id) return active;
    const audited = auditedSheet();
    if (audited) return audited;
    throw new Error(
      `There is no sheet named "${SHEET_NAMES.programs}", and the open sheet is "${active.name}". Open your program list (or rename its sheet to Programs) and run the audit again.`,
    );
  }

  /** Programs audited against Profile; writeAudit calls it holding the lock. Nothing is written. */
  function readAndAudit() {
    const source = programSheet();
    const profileSheet = workbook.sheet(SHEET_NAMES.profile);
    if (!profileSheet) {
      throw new Error("There is no Profile sheet yet: fill in your profile in the sidebar (or use Create program sheet), then run the audit again.");
    }
    const programRows = source.readValues();
    const profileRows = profileSheet.readValues();
    const today = clock();
    let result: AuditResult;
    try {
      result = auditSheet(programRows, profileRows, { today });
    } catch (error) {
      // Nothing is written yet: the old Audit sheet stays as it was.
      if (!(error instanceof UnreadableInputError)) throw error;
      const where = source.name === SHEET_NAMES.programs ? "" : ` (read from the sheet "${source.name}", since there is no sheet named Programs)`;
      throw new Error(`${error.message}${where}`);
    }
    const profile = readProfile(profileRows).profile;
    return { source, today, result, profile };
  }

  /**
   * The add-on's Audit sheet: the one named Audit, else one carrying its marker (a mentor renamed it);
   * null when there is none yet.
   */
  function auditPort(): SheetPort | null {
    return workbook.sheet(SHEET_NAMES.audit) ?? workbook.markedSheets(MARKER.sheet)[0] ?? null;
  }

  /** Reads and writes under one lock, so another audit or a profile save cannot land in between. */
  function writeAudit(options: { snapshot?: boolean }): AuditResponse {
    return workbook.withDocumentLock(() => {
      const { source, today, result, profile } = readAndAudit();
      const port = auditPort();
      let read = port ? readAuditSheet(port) : null;
      if (read && !read.ours) {
        // The add-on owns the sheet it made (CONTRACT.md §4); one the user made first is theirs.
        throw new Error(`There is already a sheet named "${SHEET_NAMES.audit}" that this add-on did not write, and the audit would replace it whole. Rename that sheet (or delete it if you no longer need it), then run the audit again.`);
      }
      // RULES.md §3's identity, as DUPLICATE_PROGRAM reads it: a blank Specialty is the applicant's first.
      const main = profile?.specialties[0] ?? null;
      const identities = new Map(result.programs.map((p) => [p.row, { name: p.program, specialty: p.specialty ?? main, city: p.city, state: p.state }]));
      const identityOf = (f: Finding): ProgramIdentity | null => (f.row === null ? null : (identities.get(f.row) ?? null));
      const build = (previous: PreviousAudit | null) => {
        const merged = mergeWithPrevious(result.findings, previous ? previous.findings : null, identityOf);
        const counts = { ...result.summary.counts };
        for (const f of merged.findings) if (f.status === "Accepted") counts[f.severity]--;
        const response: AuditResponse = {
          summary: { ...result.summary, counts },
          programs: result.programs,
          findings: merged.findings,
          resolved: merged.resolved,
          ranAt: today.toISOString(),
        };
        const content = auditSheetContent({
          response,
          source: { name: source.name, id: source.id },
          profileLine: profileLine(profile),
          changes: previous ? { previousRanAt: previous.ranAt, newCount: merged.newCount, fixedCount: merged.fixedCount } : null,
          snapshot: options.snapshot === true || (previous?.hadSnapshot ?? false),
          timeZone: workbook.timeZone(),
          cells: merged.cells,
          kept: previous?.kept ?? [],
          previousSignatures: previous?.signatures ?? [],
        });
        return { response, content };
      };
      let built = build(read?.previous ?? null);
      // Note and Status once more, just before the write: a note typed while the audit ran is kept.
      const noteColumns = read?.previous?.noteColumns;
      if (port && read && noteColumns && changedSince(read.rows, noteColumns, port.readColumns(noteColumns))) {
        read = readAuditSheet(port);
        built = build(read.previous);
      }
      (port ?? workbook.insertSheet(SHEET_NAMES.audit)).replaceContent(built.content);
      return built.response;
    });
  }

  return {
    writeAudit,
    runAudit: () => writeAudit({}),
    getProfile: () => getProfileForm(workbook),
    getLastAudit: lastAudit,
    saveProfile: (profile) => saveProfileForm(workbook, profile),
    addFormulaColumns: () => addFormulaColumnsTo(workbook, programSheet),
    getFormulaColumns() {
      try {
        return formulaColumnsOn(programSheet());
      } catch {
        return null; // no program sheet to add them to: nothing to offer
      }
    },
    selectRow(row, program) {
      if (typeof row !== "number" || !Number.isInteger(row) || row < 1) {
        throw new Error(`selectRow needs a sheet row number (1, 2, 3…), not ${JSON.stringify(row)}.`);
      }
      const sheet = workbook.sheet(SHEET_NAMES.programs) ?? auditedSheet() ?? workbook.activeSheet();
      const at = typeof program === "string" && program ? rowHolding(sheet, row, program) : row;
      sheet.selectRow(at);
      return at;
    },
  };

  /**
   * The Audit sheet read back (one read and its markers, no lock, no write: a viewer may call it);
   * null when there is none, it has no findings table, or the add-on did not write it.
   */
  function lastAudit(): LastAudit | null {
    const port = auditPort();
    const previous = port ? readAuditSheet(port).previous : null;
    if (!previous) return null;
    // Only what google.script.run can carry: the note as text, no Date.
    const findings = previous.findings.map(({ identity: _identity, noteCell: _noteCell, ...finding }) => finding);
    return { ranAt: previous.ranAt, sheetName: previous.sheetName, findings };
  }

  /** With no Programs sheet, the sheet the last audit read (its name is on the Audit sheet). */
  function auditedSheet(): SheetPort | null {
    const name = lastAudit()?.sheetName;
    return name && name !== SHEET_NAMES.audit && name !== SHEET_NAMES.profile ? workbook.sheet(name) : null;
  }
}

/**
 * The row that holds `program` now: `row` while it still does, else the one row named so (rows were
 * inserted or sorted since the audit). The Program column is found as the audit finds it.
 */
function rowHolding(sheet: SheetPort, row: number, program: string): number {
  const programs = readProgramTable(sheet.readValues()).programs;
  // An unnamed program's name holds its row number (unnamedProgram), so it matches only while that
  // row is still unnamed; it is never looked for elsewhere.
  const now = programs.find((p) => p.row === row);
  if (now && now.name === program) return row;
  const holding = programs.filter((p) => p.name === program);
  if (holding.length === 1) return holding[0]!.row;
  const others = holding.length ? `${holding.length} rows hold` : "no row holds";
  throw new Error(`Programs changed since the audit: row ${row} is now ${now ? `"${now.name}"` : "empty"}, and ${others} "${program}"; run the audit again.`);
}

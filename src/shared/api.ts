// The payloads that cross google.script.run, shared by the server functions (src/sheets/) and the
// sidebar page (src/sidebar/). Plain JSON-safe data only: google.script.run rejects Date objects.

import type { AuditResult, Finding, ProfileField } from "../rules/types";

/** A mentor's or applicant's status for one finding on the Audit sheet. */
export type FindingStatus = "Open" | "Accepted" | "Fixed";

/** A finding as the sidebar and the Audit sheet show it: the rule's finding plus what people wrote. */
export interface ReportedFinding extends Finding {
  /** Text from the Note column of the Audit sheet, kept across audits (empty when none). */
  note: string;
  status: FindingStatus;
  /** True when the previous audit did not have this finding. */
  isNew: boolean;
}

/** What runAudit() returns: the CLI's JSON (CONTRACT.md §3), with notes and statuses added. */
export interface AuditResponse extends Omit<AuditResult, "findings"> {
  findings: ReportedFinding[];
  /** Findings of the previous audit that are gone now, with any note that was left on them. */
  resolved: ReportedFinding[];
  /** ISO timestamp of this audit. */
  ranAt: string;
}

/** The profile as the form edits it: every field as text, keyed by RULES.md §1 field names. */
export type ProfileForm = Record<ProfileField, string>;

export type SaveProfileResult = { ok: true } | { ok: false; errors: Partial<Record<ProfileField, string>> };

/** A finding read back from the Audit sheet (getLastAudit): no isNew, and the table it sat in. */
export interface ReadBackFinding extends Finding {
  note: string;
  status: FindingStatus;
  /** The findings table, or Resolved (gone at that audit). */
  section: "findings" | "resolved";
}

/** What getLastAudit() returns: the last audit as the Audit sheet holds it. Its summary is not read back. */
export interface LastAudit {
  /** When it ran, as the sheet shows it ("2026-11-20 14:05 Asia/Kolkata"); null when that line is gone. */
  ranAt: string | null;
  /** The sheet it audited. */
  sheetName: string | null;
  findings: ReadBackFinding[];
}

/** The three columns Add formula columns writes (CONTRACT.md §5). */
export type FormulaColumnName = "Tier" | "IMG friendly" | "Meets cutoff";

/** What addFormulaColumns() returns: the columns it added (none when they exist) and one message. */
export interface FormulaColumnsResult {
  added: FormulaColumnName[];
  message: string;
}

/** What getFormulaColumns() returns: which of the three the program sheet has; null with no program sheet. */
export type FormulaColumnsOnSheet = { sheetName: string; present: FormulaColumnName[] } | null;

/** The sidebar's server functions (CONTRACT.md §5), in one place so the page is typed against them. */
export interface ServerFunctions {
  runAudit(): AuditResponse;
  getProfile(): ProfileForm;
  saveProfile(profile: ProfileForm): SaveProfileResult;
  /** Selects `row`, or with the finding's program the row holding it now (rows may have moved); returns the row. */
  selectRow(row: number, program?: string | null): number;
  /** Reads the Audit sheet (never writes, takes no lock); null when there is no report of ours. */
  getLastAudit(): LastAudit | null;
  /** Adds Tier, IMG friendly and Meets cutoff right of the program sheet's data (only into empty cells). */
  addFormulaColumns(): FormulaColumnsResult;
  /** Reads which of those columns the program sheet has, so the sidebar offers them only when none. */
  getFormulaColumns(): FormulaColumnsOnSheet;
}

/** Every server function's name, once: the preview, the test fake and the bundle test use this list. */
export const SERVER_FUNCTION_NAMES = ["runAudit", "getProfile", "saveProfile", "selectRow", "getLastAudit", "addFormulaColumns", "getFormulaColumns"] as const;
// A name missing from the list, or one that is not a server function, is a type error here.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _all: Exactly<(typeof SERVER_FUNCTION_NAMES)[number], keyof ServerFunctions> = true;

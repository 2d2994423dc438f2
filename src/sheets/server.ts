// The sidebar's server functions as Apps Script calls them (google.script.run.runAudit() …). The build
// makes each export here a top-level function; nothing runs at load, so the menu works without
// authorization. The logic is in auditServer.ts, over the Workbook port.

import type { ProfileForm } from "../shared/api";
import { appsScriptWorkbook } from "./appsScriptWorkbook";
import { createServer } from "./auditServer";

function server() {
  return createServer(appsScriptWorkbook(), () => new Date());
}

/** Audits Programs (or the open sheet) against Profile, rewrites the Audit sheet, returns the result. */
export function runAudit() {
  return server().runAudit();
}

/** The Profile sheet as the sidebar's form: every field as text. */
export function getProfile() {
  return server().getProfile();
}

/** Validates the form; writes column B of the Profile sheet only when every field is readable. */
export function saveProfile(profile: ProfileForm) {
  return server().saveProfile(profile);
}

/** The last audit as the Audit sheet holds it, so the sidebar opens on it; reads only. */
export function getLastAudit() {
  return server().getLastAudit();
}

/** Shows that row of Programs (or the row now holding `program`) and returns the row it selected. */
export function selectRow(row: number, program?: string | null) {
  return server().selectRow(row, program);
}

/** Adds Tier, IMG friendly and Meets cutoff formula columns right of the program sheet's data. */
export function addFormulaColumns() {
  return server().addFormulaColumns();
}

/** Which of the three formula columns the program sheet has (reads only), for the sidebar's offer. */
export function getFormulaColumns() {
  return server().getFormulaColumns();
}

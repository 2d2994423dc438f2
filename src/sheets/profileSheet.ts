// The Profile sheet behind the sidebar's form: field labels in column A, values in column B (CONTRACT.md
// §4). Saving validates first and writes nothing when a field is invalid; otherwise it changes only
// column B of the rows whose label names a field, and appends the fields the sheet lacks.

import { readDate } from "../rules/cells";
import { DEFAULT_RULES } from "../rules/config";
import { matchProfileLabel, parseProfile, PROFILE_FIELDS, profileValuesFromRows } from "../rules/profile";
import type { ProfileField } from "../rules/types";
import type { ProfileForm, SaveProfileResult } from "../shared/api";
import { PROFILE_HEADER, profileTemplate, VISA_NEED_DROPDOWN } from "./template";
import { SHEET_NAMES, type CellWrite, type Workbook, type WrittenCell } from "./workbook";

/** A profile cell as the form shows it: dates as YYYY-MM-DD, numbers as typed, blanks as "". */
export function formText(cell: unknown): string {
  if (cell instanceof Date) {
    const date = readDate(cell);
    return date.ok && date.value ? date.value : "";
  }
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

/** What goes in the cell: numbers as numbers (so `=TIER(Profile!B2, …)` gets a number), the rest as text. */
export function profileCell(text: string): WrittenCell {
  const trimmed = text.trim();
  return /^-?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** One field's cell as the form shows it: a date in a year field shows its year, as the audit reads it. */
function fieldText(field: ProfileField, cell: unknown): string {
  const yearField = field === "gradYear" || field === "matchYear";
  return yearField && cell instanceof Date && !Number.isNaN(cell.getTime()) ? String(cell.getFullYear()) : formText(cell);
}

export function getProfileForm(workbook: Workbook): ProfileForm {
  const sheet = workbook.sheet(SHEET_NAMES.profile);
  const values = sheet ? profileValuesFromRows(sheet.readValues()) : {};
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f.field, fieldText(f.field, values[f.field])])) as ProfileForm;
}

/** The form's fields as text; a field that is not text, a number or blank is an error by name. */
function readForm(form: unknown): { values: Partial<Record<ProfileField, string>>; errors: Partial<Record<ProfileField, string>> } {
  if (form === null || typeof form !== "object" || Array.isArray(form)) {
    throw new Error("saveProfile needs the profile as an object keyed by field name (step2, visaNeed, …).");
  }
  const values: Partial<Record<ProfileField, string>> = {};
  const errors: Partial<Record<ProfileField, string>> = {};
  for (const { field, label } of PROFILE_FIELDS) {
    if (!(field in form)) continue;
    const value = (form as Record<string, unknown>)[field];
    if (value === null || value === undefined || ["string", "number", "boolean"].includes(typeof value)) {
      values[field] = formText(value);
    } else {
      errors[field] = `${label} must be text, not ${Array.isArray(value) ? "a list" : typeof value}`;
    }
  }
  return { values, errors };
}

export function saveProfileForm(workbook: Workbook, form: ProfileForm): SaveProfileResult {
  const { values, errors: shapeErrors } = readForm(form);
  // The cells as they will be written (numbers as numbers), judged the way the audit reads them back.
  const cells: Partial<Record<ProfileField, WrittenCell>> = Object.fromEntries(Object.entries(values).map(([field, text]) => [field, profileCell(text!)]));
  const { profile, errors } = parseProfile(cells);
  const allErrors = { ...errors, ...shapeErrors };
  if (!profile && !allErrors.step2) allErrors.step2 = `Step 2 CK is required: your score from ${DEFAULT_RULES.score.min} to ${DEFAULT_RULES.score.max}`;
  if (Object.keys(allErrors).length > 0) return { ok: false, errors: allErrors };

  workbook.withDocumentLock(() => {
    const sheet = workbook.sheet(SHEET_NAMES.profile);
    if (!sheet) {
      workbook.insertSheet(SHEET_NAMES.profile).replaceContent(profileTemplate(cells));
      return;
    }
    const rows = sheet.readValues();
    const present = new Set<ProfileField>();
    const writes: CellWrite[] = [];
    rows.forEach((line, i) => {
      const field = matchProfileLabel(line[0]);
      const text = field ? values[field] : undefined;
      // Not a field, not on the form, or a later row with the same label (getProfile reads the first): never touched.
      if (!field || text === undefined || present.has(field)) return;
      present.add(field);
      if (fieldText(field, line[1]) !== text) writes.push({ row: i + 1, column: 2, value: cells[field]! });
    });
    if (writes.length > 0) sheet.writeCells(writes);

    // A field the sheet lacks is appended once it has a value: a sheet from before "In the US now"
    // existed is not changed by saving the form it filled.
    const missing = PROFILE_FIELDS.filter((f) => values[f.field] !== undefined && values[f.field] !== "" && !present.has(f.field));
    if (missing.length === 0) return;
    const formulas = sheet.readFormulas(); // a formula that shows "" is still a cell the user wrote
    const used = (line: unknown[], i: number) => line.some((cell) => formText(cell) !== "") || (formulas[i] ?? []).some((f) => f !== "");
    const lastRow = rows.reduce((last, line, i) => (used(line, i) ? i + 1 : last), 0);
    const appended: WrittenCell[][] = missing.map((f) => [f.label, cells[f.field]!, f.help]);
    const firstRow = lastRow === 0 ? 2 : lastRow + 1; // below the header written with it, or the last row
    // An appended Visa row gets the dropdown the template gives it.
    const visa = missing.findIndex((f) => f.field === "visaNeed");
    const validations = visa === -1 ? [] : [{ column: 2, fromRow: firstRow + visa, toRow: firstRow + visa, values: VISA_NEED_DROPDOWN }];
    sheet.writeRows(lastRow + 1, lastRow === 0 ? [PROFILE_HEADER, ...appended] : appended, validations);
  });
  return { ok: true };
}

// "Create program sheet": the Programs and Profile sheets of RULES.md §1–§2, made only when missing.
// An existing sheet is never touched, whatever it holds: the add-on never changes a cell the user wrote.

import { TEMPLATE_HEADERS, type ProgramColumn } from "../rules/columns";
import { PROFILE_FIELDS } from "../rules/profile";
import type { ProfileField } from "../rules/types";
import { writeFormulaColumns } from "./formulaColumns";
import { SHEET_NAMES, type ListValidation, type SheetContent, type Workbook, type WrittenCell } from "./workbook";

/** Dropdown lists for the fixed vocabularies; each value reads back through the cell reader (tested). */
export const DROPDOWNS: Partial<Record<ProgramColumn, string[]>> = {
  programType: ["University", "University-affiliated community", "Community", "Rural / underserved"],
  cutoffType: ["hard", "preferred"],
  visa: ["J-1", "H-1B", "J-1 and H-1B", "None", "Unknown"],
  applied: ["Yes", "No"],
  signal: ["Yes", "Gold", "Silver", "No"],
  interview: ["Yes", "No"],
};

export const VISA_NEED_DROPDOWN = ["None", "J-1", "H-1B", "J-1 or H-1B"];

/** Dropdowns cover the rows of a new sheet (Sheets makes 1000). */
const TEMPLATE_ROWS = 1000;

export const PROFILE_HEADER = ["Field", "Value", "Help"];

export function programsTemplate(): SheetContent {
  const headers = TEMPLATE_HEADERS.map((h) => h.header);
  const validations: ListValidation[] = [];
  TEMPLATE_HEADERS.forEach((h, i) => {
    const values = DROPDOWNS[h.column];
    if (values) validations.push({ column: i + 1, fromRow: 2, toRow: TEMPLATE_ROWS, values });
  });
  return {
    values: [headers],
    fontWeights: [headers.map(() => "bold")],
    backgrounds: [headers.map(() => "#efefef")],
    wraps: [headers.map(() => true)],
    notes: [TEMPLATE_HEADERS.map((h) => h.help)],
    validations,
    frozenRows: 1,
    columnWidths: TEMPLATE_HEADERS.map((h) => (h.column === "program" || h.column === "notes" ? 240 : 110)),
  };
}

/** The Profile sheet: a header, then one row per field (label, value, help) in RULES.md §1 order. */
export function profileTemplate(values: Partial<Record<ProfileField, WrittenCell>> = {}): SheetContent {
  const rows: WrittenCell[][] = [PROFILE_HEADER, ...PROFILE_FIELDS.map((f) => [f.label, values[f.field] ?? "", f.help])];
  const visaRow = PROFILE_FIELDS.findIndex((f) => f.field === "visaNeed") + 2;
  return {
    values: rows,
    fontWeights: rows.map((line, r) => line.map((_, c) => (r === 0 || c === 0 ? "bold" : "normal"))),
    fontColors: rows.map((line, r) => line.map((_, c) => (r > 0 && c === 2 ? "#666666" : null))),
    wraps: rows.map((line) => line.map((_, c) => c === 2)),
    validations: [{ column: 2, fromRow: visaRow, toRow: visaRow, values: VISA_NEED_DROPDOWN }],
    frozenRows: 1,
    columnWidths: [170, 220, 380],
  };
}

export interface TemplateReport {
  created: string[];
  kept: string[];
  /** One line for the dialog: what was made and what was left alone. */
  message: string;
}

export function createTemplateSheets(workbook: Workbook): TemplateReport {
  return workbook.withDocumentLock(() => {
    const created: string[] = [];
    const kept: string[] = [];
    const make = (name: string, content: () => SheetContent) => {
      if (workbook.sheet(name)) return void kept.push(name);
      workbook.insertSheet(name).replaceContent(content());
      created.push(name);
    };
    make(SHEET_NAMES.programs, programsTemplate);
    make(SHEET_NAMES.profile, () => profileTemplate());
    const programs = created.includes(SHEET_NAMES.programs) ? workbook.sheet(SHEET_NAMES.programs) : null;
    // A new Programs sheet comes with Tier, IMG friendly and Meets cutoff already filled in.
    const formulas = programs ? writeFormulaColumns(workbook, programs) : null;
    programs?.activate();
    const made = created.length ? `Created ${created.join(" and ")}.` : "Nothing to create.";
    const left = kept.length ? ` ${kept.join(" and ")} already ${kept.length === 1 ? "exists" : "exist"}: left as ${kept.length === 1 ? "it is" : "they are"}.` : "";
    const next = programs ? " Add one program per row under the header, then run the audit." : "";
    const columns = formulas && formulas.added.length < 3 ? ` ${formulas.message}` : formulas ? " Tier, IMG friendly and Meets cutoff calculate as you fill in rows." : "";
    return { created, kept, message: `${made}${left}${next}${columns}` };
  });
}

// "Prepare for sharing" (issue 5): a mentor without the add-on sees #NAME? wherever a formula calls
// TIER, IMGFRIENDLY or MEETSCUTOFF. Find those cells (one formulas read per sheet), list them, and offer
// a values-only copy of the computed columns in the Audit sheet. The user's formulas are never touched.

import { sheetReference } from "./auditLayout";
import type { AuditServer } from "./auditServer";
import { columnLetters, gridWidth, SHEET_NAMES, type Dialogs, type Workbook } from "./workbook";

const CUSTOM_FUNCTION = /(?:^|[^A-Za-z0-9_.])(TIER|IMGFRIENDLY|MEETSCUTOFF)\s*\(/gi;

/** A run of cells in one column that call the add-on's functions: "Programs!V2:V51 (TIER)". */
export interface CustomFunctionRange {
  sheet: string;
  column: number;
  fromRow: number;
  toRow: number;
  functions: string[];
}

export const columnLetter = columnLetters;

export function rangeName(range: CustomFunctionRange): string {
  const col = columnLetter(range.column);
  const cells = range.fromRow === range.toRow ? `${col}${range.fromRow}` : `${col}${range.fromRow}:${col}${range.toRow}`;
  return `${sheetReference(range.sheet, cells)} (${range.functions.join(", ")})`;
}

export function findCustomFunctionCells(workbook: Workbook): CustomFunctionRange[] {
  const ranges: CustomFunctionRange[] = [];
  for (const sheet of workbook.sheets()) {
    if (sheet.name === SHEET_NAMES.audit) continue; // ours, and plain values
    const formulas = sheet.readFormulas();
    const width = gridWidth(formulas);
    for (let c = 0; c < width; c++) {
      let open: CustomFunctionRange | null = null;
      formulas.forEach((line, r) => {
        const names = [...(line[c] ?? "").matchAll(CUSTOM_FUNCTION)].map((m) => m[1]!.toUpperCase());
        if (names.length === 0) return void (open = null);
        if (open && open.toRow === r) {
          open.toRow = r + 1;
          for (const name of names) if (!open.functions.includes(name)) open.functions.push(name);
        } else {
          open = { sheet: sheet.name, column: c + 1, fromRow: r + 1, toRow: r + 1, functions: [...new Set(names)] };
          ranges.push(open);
        }
      });
    }
  }
  return ranges;
}

const MAX_LISTED = 12;

export interface SharingReport {
  ranges: CustomFunctionRange[];
  snapshotWritten: boolean;
}

/** The menu action: list the cells, ask, and on YES rewrite the Audit sheet with the computed columns. */
export function prepareForSharingWith(workbook: Workbook, dialogs: Dialogs, server: AuditServer): SharingReport {
  const ranges = findCustomFunctionCells(workbook);
  const title = "Prepare for sharing";
  if (ranges.length === 0) {
    dialogs.alert(
      title,
      "No cell calls TIER, IMGFRIENDLY or MEETSCUTOFF, so someone without the add-on sees every value you see. " +
        "Share the file with your mentor as Editor so they can write in the Audit sheet's Note and Status columns (a Commenter can only add comments).",
    );
    return { ranges, snapshotWritten: false };
  }
  const listed = ranges.slice(0, MAX_LISTED).map((r) => `• ${rangeName(r)}`);
  if (ranges.length > MAX_LISTED) listed.push(`• … and ${ranges.length - MAX_LISTED} more`);
  const yes = dialogs.confirm(
    title,
    `These cells use the add-on's functions and show #NAME? to anyone without the add-on:\n${listed.join("\n")}\n\n` +
      "Write a values-only copy of tier, IMG friendliness and meets cutoff for every program into the Audit sheet? " +
      "Your formulas stay as they are.",
  );
  if (!yes) return { ranges, snapshotWritten: false };
  try {
    server.writeAudit({ snapshot: true });
  } catch (error) {
    dialogs.alert(title, `The audit could not run, so nothing was written: ${(error as Error).message}`);
    return { ranges, snapshotWritten: false };
  }
  dialogs.alert(title, "Done: the Audit sheet now ends with the computed columns as plain values. Later audits keep them up to date.");
  return { ranges, snapshotWritten: true };
}

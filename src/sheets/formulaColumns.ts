// "Add formula columns" (CONTRACT.md §5): writes =TIER, =IMGFRIENDLY and =MEETSCUTOFF for the user,
// so nobody has to know which of their columns is which argument. The columns are found by header the
// way the audit finds them (src/rules/columns.ts); the profile's values come from the Profile sheet
// through one-cell named ranges (Step2CK, …) so a formula reads well and follows its cell when rows
// are added to Profile. Only cells right of the data are written, and only when they are empty.

import { normalizeWords, readText } from "../rules/cells";
import { COLUMNS, locateColumns, type ProgramColumn } from "../rules/columns";
import { LABEL_OF, profileFieldRows } from "../rules/profile";
import type { Cell, ProfileField } from "../rules/types";
import type { FormulaColumnName, FormulaColumnsOnSheet, FormulaColumnsResult } from "../shared/api";
import { columnLetters, gridWidth, SHEET_NAMES, type FormulaColumn, type NamedCell, type SheetPort, type Workbook } from "./workbook";


/** The profile fields the formulas read, and the name each one's value cell gets. */
export const PROFILE_NAMES = {
  step2: "Step2CK",
  step1Attempts: "Step1Attempts",
  step2Attempts: "Step2CKAttempts",
  gradYear: "GradYear",
  matchYear: "MatchYear",
} as const satisfies Partial<Record<ProfileField, string>>;
type NamedField = keyof typeof PROFILE_NAMES;

/**
 * An argument: a program column (`J2:J`), or a value from Profile (`Step2CK`, `MAX(1, …)`). `joined`
 * adds another column's text to each cell when the sheet has it (`H2:H&" "&I2:I`, in ARRAYFORMULA).
 */
type Argument = { column: ProgramColumn; required?: true; joined?: ProgramColumn } | { profile: NamedField[]; max?: true };

interface Definition {
  header: FormulaColumnName;
  fn: "TIER" | "IMGFRIENDLY" | "MEETSCUTOFF";
  /** The arguments in CONTRACT.md §1 order. */
  args: Argument[];
  /** What the column is, for the header's note; the columns it reads are added to it. */
  about: string;
  /** What a blank cell means (CONTRACT.md §1: a row with none of the function's columns gives ""). */
  blank: string;
  colours: Record<string, string>;
}

const RED = "#f4c7c3";
const YELLOW = "#fce8b2";
const GREEN = "#b7e1cd";
const SCORE: Argument = { profile: ["step2"] };

export const FORMULA_COLUMNS: readonly Definition[] = [
  {
    header: "Tier",
    fn: "TIER",
    args: [SCORE, { column: "avgStep2", required: true }, { column: "imgPct", required: true }, { column: "minStep2" }, { column: "programType" }],
    about: "Reach, Match or Safety: where this program stands for your Step 2 CK (Profile)",
    blank: "Blank on a row where those cells are all blank",
    colours: { Reach: RED, Match: YELLOW, Safety: GREEN },
  },
  {
    header: "IMG friendly",
    fn: "IMGFRIENDLY",
    args: [{ column: "imgPct", required: true }, { column: "visa" }, { column: "notes" }, { column: "programType" }],
    about: "High, Medium or Low: how open this program is to IMGs",
    blank: "Blank on a row where those cells are all blank",
    colours: { High: GREEN, Medium: YELLOW, Low: RED },
  },
  {
    header: "Meets cutoff",
    fn: "MEETSCUTOFF",
    args: [
      SCORE,
      // "235" beside Cutoff type "preferred" reads as "235 preferred": no filter, as the audit reads it (RULES.md §7).
      { column: "minStep2", required: true, joined: "cutoffType" },
      { profile: ["step1Attempts", "step2Attempts"], max: true },
      { column: "maxAttempts" },
      { profile: ["gradYear"] },
      { column: "maxYearsSinceGrad" },
      { profile: ["matchYear"] },
    ],
    about: "TRUE when you pass every filter the program publishes (minimum Step 2 CK, attempts, years since graduation counted to your Match year)",
    blank: "Blank when the program publishes none of these filters: there is nothing to fail",
    colours: {},
  },
];

/** Where each of the three columns already is (0-based): by its header, or by a formula calling its function. */
export function findFormulaColumns(headerRow: readonly Cell[], formulas: readonly (readonly string[])[]): Partial<Record<FormulaColumnName, number>> {
  const found: Partial<Record<FormulaColumnName, number>> = {};
  let byColumn: string[][] | undefined; // the formulas by column, grouped at most once
  for (const { header, fn } of FORMULA_COLUMNS) {
    const calls = new RegExp(`(?:^=|[^A-Z0-9_.])${fn}\\s*\\(`, "i");
    const byHeader = headerRow.findIndex((h) => typeof h === "string" && normalizeWords(h) === normalizeWords(header));
    const byFormula = byHeader !== -1 ? -1 : (byColumn ??= columnsOf(formulas)).findIndex((column) => column.some((f) => calls.test(f)));
    const at = byHeader !== -1 ? byHeader : byFormula;
    if (at !== -1) found[header] = at;
  }
  return found;
}

function columnsOf(formulas: readonly (readonly string[])[]): string[][] {
  const columns: string[][] = [];
  formulas.forEach((line) => line.forEach((f, c) => f && (columns[c] ??= []).push(f)));
  return Array.from(columns, (column) => column ?? []);
}

export interface FormulaPlan {
  /** The first column written (1-based), right of the data. */
  column: number;
  write: FormulaColumn[];
  added: FormulaColumnName[];
  /** Named cells to create in Profile. */
  names: NamedCell[];
  /** Columns already there, and where (0-based). */
  present: Partial<Record<FormulaColumnName, number>>;
  /** One sentence per column that could not be added: the header or Profile row to add. */
  missing: string[];
}

/**
 * What Add formula columns would write on this sheet, from its rows and formulas, the Profile sheet's
 * rows (null when there is none) and the spreadsheet's named cells. Pure: writes nothing.
 */
export function planFormulaColumns(
  programRows: readonly (readonly Cell[])[],
  programFormulas: readonly (readonly string[])[],
  profileRows: readonly (readonly Cell[])[] | null,
  named: readonly NamedCell[],
): FormulaPlan {
  const headerRow = programRows[0] ?? [];
  const columns = locateColumns(headerRow);
  const present = findFormulaColumns(headerRow, programFormulas);
  const profileRow = profileRows ? profileFieldRows(profileRows) : new Map<ProfileField, number>();
  const column = Math.max(gridWidth(programRows), gridWidth(programFormulas)) + 1;
  const plan: FormulaPlan = { column, write: [], added: [], names: [], present, missing: [] };

  /** A profile value's reference: our name for its cell, or Profile!$B$n when the name means another cell. */
  const reference = (field: NamedField): string => {
    const cell: NamedCell = { name: PROFILE_NAMES[field], sheet: SHEET_NAMES.profile, row: profileRow.get(field)! + 1, column: 2 };
    const same = (n: NamedCell) => n.name.toLowerCase() === cell.name.toLowerCase();
    const existing = named.find(same) ?? plan.names.find(same);
    if (!existing) plan.names.push(cell);
    else if (existing.sheet !== cell.sheet || existing.row !== cell.row || existing.column !== cell.column) return `${cell.sheet}!$B$${cell.row}`;
    return cell.name;
  };

  for (const definition of FORMULA_COLUMNS) {
    if (present[definition.header] !== undefined) continue;
    const headersToAdd = definition.args.flatMap((a) => ("column" in a && a.required && columns[a.column] === undefined ? [`"${COLUMNS[a.column].header}"`] : []));
    const fields = definition.args.flatMap((a) => ("profile" in a ? a.profile : []));
    const rowsToAdd = fields.filter((f) => !profileRow.has(f)).map((f) => `"${LABEL_OF[f]}"`);
    if (headersToAdd.length > 0) {
      const one = headersToAdd.length === 1;
      plan.missing.push(`${definition.header} needs ${one ? "a column" : "columns"} headed ${listed(headersToAdd)} on this sheet: add ${one ? "it" : "them"}, then run Add formula columns again.`);
      continue;
    }
    if (!profileRows && fields.length > 0) {
      plan.missing.push(`${definition.header} needs your profile: fill it in (sidebar, or Create program sheet makes a Profile sheet), then run Add formula columns again.`);
      continue;
    }
    if (rowsToAdd.length > 0) {
      plan.missing.push(`${definition.header} needs the Profile row${rowsToAdd.length > 1 ? "s" : ""} ${listed(rowsToAdd)}: save your profile in the sidebar (it adds missing rows), then run Add formula columns again.`);
      continue;
    }
    const used: string[] = [];
    let arrayFormula = false;
    const range = (index: number) => `${columnLetters(index + 1)}2:${columnLetters(index + 1)}`;
    const args = definition.args.map((a) => {
      if ("profile" in a) {
        const refs = a.profile.map(reference);
        return a.max ? `MAX(1, ${refs.join(", ")})` : refs[0]!;
      }
      const index = columns[a.column];
      if (index === undefined) return '""';
      const joined = a.joined === undefined ? undefined : columns[a.joined];
      if (joined === undefined) {
        used.push(readText(headerRow[index]));
        return range(index);
      }
      arrayFormula = true;
      used.push(`${readText(headerRow[index])} (with ${readText(headerRow[joined])})`);
      return `${range(index)}&" "&${range(joined)}`;
    });
    while (args.length > 0 && args[args.length - 1] === '""') args.pop(); // optional columns left out at the end
    const call = `${definition.fn}(${args.join(", ")})`;
    plan.added.push(definition.header);
    plan.write.push({
      header: definition.header,
      formula: arrayFormula ? `=ARRAYFORMULA(${call})` : `=${call}`,
      note: `${definition.about}, from the columns ${used.join(", ")}. ${definition.blank}. Calculated by the IMG List Audit add-on (or a script bound to this file with the same functions): without it the cells show #NAME?.`,
      colours: definition.colours,
    });
  }
  return plan;
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function columnSpan(first: number, count: number): string {
  return count === 1 ? `column ${columnLetters(first)}` : `columns ${columnLetters(first)}–${columnLetters(first + count - 1)}`;
}

/** The sentence addFormulaColumns returns for a plan carried out (or not) on `sheetName`. */
export function planMessage(plan: FormulaPlan, sheetName: string): string {
  const sentences: string[] = [];
  if (plan.added.length > 0) {
    sentences.push(`Added ${listed(plan.added)} in ${columnSpan(plan.column, plan.added.length)} of ${sheetName}: one formula in row 2 covers every program row.`);
  }
  const there = (Object.keys(plan.present) as FormulaColumnName[]).map((name) => `${name} (column ${columnLetters(plan.present[name]! + 1)})`);
  if (there.length > 0) sentences.push(`${sheetName} already has ${listed(there)}${plan.added.length === 0 ? ": nothing changed" : ""}.`);
  sentences.push(...plan.missing);
  if (plan.added.length === 0 && there.length === 0) sentences.unshift("Nothing was added.");
  return sentences.join(" ");
}

/** Add formula columns on `sheet` (the program sheet), holding the document lock for the read and the write. */
export function addFormulaColumnsTo(workbook: Workbook, sheet: () => SheetPort): FormulaColumnsResult {
  return workbook.withDocumentLock(() => writeFormulaColumns(workbook, sheet()));
}

/** The same for a caller that already holds the lock ("Create program sheet"). */
export function writeFormulaColumns(workbook: Workbook, target: SheetPort): FormulaColumnsResult {
  const plan = planFormulaColumns(target.readValues(), target.readFormulas(), workbook.sheet(SHEET_NAMES.profile)?.readValues() ?? null, workbook.namedCells());
  for (const name of plan.names) workbook.nameCell(name);
  if (plan.write.length > 0) target.addFormulaColumns(plan.column, plan.write);
  return { added: plan.added, message: planMessage(plan, target.name) };
}

/** Which of the three columns the program sheet has (read only, no lock); null when it has no program header. */
export function formulaColumnsOn(sheet: SheetPort): FormulaColumnsOnSheet {
  const header = sheet.readValues()[0] ?? [];
  if (Object.keys(locateColumns(header)).length === 0) return null; // a blank sheet: nothing to add them to
  return { sheetName: sheet.name, present: Object.keys(findFormulaColumns(header, sheet.readFormulas())) as FormulaColumnName[] };
}

// Reads the program sheet (RULES.md §2) into one record per row. Every cell goes through the one
// reader (cells.ts); a cell it cannot read becomes a problem about that cell, and the row is judged
// as if the cell were blank (RULES.md §3). A missing column only disables the checks that need it.

import {
  isBlank,
  readCutoffType,
  readDate,
  readMinimum,
  readPercent,
  readProgramType,
  readRank,
  readCount,
  readScore,
  readSignal,
  readText,
  shown,
  type Reading,
} from "./cells";
import { onesMeanWhole, readPercentInColumn } from "./imgPctColumn";
import { readGradLimit } from "./gradLimit";
import { readApplied, readInterview } from "./progressCells";
import { COLUMNS, locateColumns, type ProgramColumn } from "./columns";
import { canonicalSpecialty } from "./specialties";
import type { GradLimit, ProgramType, Signal, VisaFacts } from "./types";
import { readVisaPolicy, unknownVisa } from "./visaCell";

export interface CellProblem {
  column: ProgramColumn;
  /** The header as the user wrote it. */
  header: string;
  value: unknown;
  reason: string;
}

export interface ProgramRow {
  /** 1-based sheet row (header = row 1). */
  row: number;
  name: string;
  specialty: string | null;
  city: string;
  state: string;
  programType: ProgramType | null;
  imgPct: number | null;
  minStep2: { score: number; preferred: boolean } | null;
  avgStep2: number | null;
  maxAttempts: number | null;
  /** Most years since graduation, or a minimum graduation year (RULES.md §3). */
  maxYearsSinceGrad: GradLimit | null;
  /** J-1 and H-1B, each yes / no / unknown (RULES.md §3); both unknown when blank or unreadable. */
  visa: VisaFacts;
  /** The Visa cell as written ("" when blank), for the message that quotes it. */
  visaText: string;
  mission: string;
  notes: string;
  applied: boolean;
  signal: Signal | null;
  interview: boolean;
  /** The Interview cell holds a yes or a no (not blank, not unreadable): FEW_INTERVIEWS reads it (RULES.md §8.3). */
  interviewAnswered: boolean;
  rank: number | null;
  /** YYYY-MM-DD, or null when blank / never verified. */
  verified: string | null;
  problems: CellProblem[];
}

export interface ProgramTable {
  columns: Partial<Record<ProgramColumn, number>>;
  headers: string[];
  programs: ProgramRow[];
}

/** Thrown when a sheet cannot be read at all (CONTRACT.md §3 exit status 2). */
export class UnreadableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableInputError";
  }
}

/** The header row and the program rows below it; blank rows are skipped. */
export function readProgramTable(rows: readonly (readonly unknown[])[]): ProgramTable {
  if (rows.length === 0 || rows.every((row) => row.every(isBlank))) {
    throw new UnreadableInputError("The program sheet is empty: it needs a header row (Program, Specialty, …) and one row per program.");
  }
  const headerRow = rows[0]!;
  const columns = locateColumns(headerRow);
  if (Object.keys(columns).length === 0) {
    throw new UnreadableInputError(
      `The program sheet has no header row: row 1 names none of the columns (Program, Specialty, IMG %, Min Step 2, Visa…); it starts with '${shown(headerRow[0])}'.`,
    );
  }
  const headers = headerRow.map((h) => readText(h));
  // IMG % "1" is 100% only in a column of fractions (RULES.md §3): decided once for the column.
  const img = columns.imgPct;
  const readImgPct = img !== undefined && onesMeanWhole((i) => rows[i + 1]![img], rows.length - 1) ? readPercentInColumn : readPercent;
  const programs: ProgramRow[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (cells.every(isBlank)) continue;
    programs.push(readProgramRow(cells, i + 1, columns, headers, readImgPct));
  }
  return { columns, headers, programs };
}

function readProgramRow(
  cells: readonly unknown[],
  row: number,
  columns: ProgramTable["columns"],
  headers: string[],
  readImgPct: (cell: unknown) => Reading<number | null>,
): ProgramRow {
  const problems: CellProblem[] = [];
  const cellOf = (column: ProgramColumn): unknown => {
    const index = columns[column];
    return index === undefined ? undefined : cells[index];
  };
  function read<T>(column: ProgramColumn, reader: (cell: unknown) => Reading<T>, blank: T): T {
    const cell = cellOf(column);
    const reading = reader(cell);
    if (reading.ok) return reading.value;
    problems.push({ column, header: headers[columns[column]!] || COLUMNS[column].header, value: cell, reason: reading.reason });
    return blank;
  }
  const specialtyText = readText(cellOf("specialty"));
  let minStep2 = read("minStep2", readMinimum, null);
  const cutoffType = read("cutoffType", readCutoffType, null);
  // "preferred" in the Cutoff type column or in the cell itself marks the minimum as a preference.
  if (minStep2 && cutoffType === "preferred") minStep2 = { ...minStep2, preferred: true };
  return {
    row,
    name: readText(cellOf("program")) || unnamedProgram(row),
    specialty: specialtyText === "" ? null : canonicalSpecialty(specialtyText),
    city: readText(cellOf("city")),
    state: readText(cellOf("state")),
    programType: read("programType", readProgramType, null),
    imgPct: read("imgPct", readImgPct, null),
    minStep2,
    avgStep2: read("avgStep2", readScore, null),
    maxAttempts: read("maxAttempts", readCount, null),
    maxYearsSinceGrad: read("maxYearsSinceGrad", readGradLimit, null),
    visa: read("visa", readVisaPolicy, unknownVisa()),
    visaText: readText(cellOf("visa")),
    mission: readText(cellOf("mission")),
    notes: readText(cellOf("notes")),
    applied: read("applied", readApplied, false),
    signal: read("signal", readSignal, null),
    interview: read("interview", readInterview, false),
    interviewAnswered: !isBlank(cellOf("interview")) && readInterview(cellOf("interview")).ok,
    rank: read("rank", readRank, null),
    verified: read("verified", readDate, null),
    problems,
  };
}

/** The name a row with a blank Program cell gets. Its number moves with the row, so it is no key. */
export function unnamedProgram(row: number): string {
  return `(unnamed program in row ${row})`;
}

/** True for a name unnamedProgram gave (spacing and case forgiven: the Audit sheet can be edited). */
export function isUnnamedProgram(name: string): boolean {
  return /^\(unnamed program in row \d+\)$/i.test(name.trim().replace(/\s+/g, " "));
}

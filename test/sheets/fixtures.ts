// Shared test data: the example sheet (examples/*.csv, as Sheets would hand it over) and synthetic
// program lists of any length.

import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { memoryWorkbook, type MemoryCell, type MemoryWorkbook } from "../../src/sheets/memoryWorkbook";

/** The README's STALE_DATA window runs 2025-12-02 to 2027-08-29. */
export const TODAY = new Date("2026-10-15T12:00:00Z");
export const clock = () => new Date(TODAY.getTime());

function csv(path: string): string[][] {
  const text = readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8");
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

export const examplePrograms = (): string[][] => csv("programs.csv");
export const exampleProfile = (): string[][] => csv("profile.csv");

export const HEADER = ["Program", "Specialty", "City", "State", "Program type", "IMG %", "Min Step 2", "Avg Step 2", "Visa", "Applied", "Rank", "Verified"];

/** n programs, header first, with a mix of tiers, visas and a few unreadable cells. */
export function syntheticPrograms(n: number): MemoryCell[][] {
  const rows: MemoryCell[][] = [HEADER];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `Program ${i} IM`,
      i % 4 === 0 ? "Family Medicine" : "Internal Medicine",
      ["Boston", "Greenville", "Chicago", "Mobile"][i % 4]!,
      ["MA", "MS", "IL", "AL"][i % 4]!,
      ["University", "Community", "Rural", "University-affiliated community"][i % 4]!,
      i % 17 === 0 ? "lots" : (i * 7) % 90,
      i % 5 === 0 ? 230 : "N/A",
      215 + (i % 40),
      ["J-1", "None", "J-1 and H-1B", ""][i % 4]!,
      i % 3 === 0 ? "" : "Yes",
      i <= 12 ? i : "",
      i % 6 === 0 ? "" : new Date(Date.UTC(2026, i % 12, 1)),
    ]);
  }
  return rows;
}

export function workbookWith(programs: MemoryCell[][], profile: MemoryCell[][] = exampleProfile(), extra: { name: string; rows: MemoryCell[][] }[] = []): MemoryWorkbook {
  return memoryWorkbook([{ name: "Programs", rows: programs }, { name: "Profile", rows: profile }, ...extra]);
}

/** The Audit sheet's findings table as objects, read the way a person reads it. */
export function auditTable(wb: MemoryWorkbook, section = "Findings"): Record<string, unknown>[] {
  const values = wb.state("Audit")!.values;
  const start = values.findIndex((line) => line[0] === section);
  if (start < 0) return [];
  const header = values[start + 1]!.map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = start + 2; r < values.length && values[r]!.some((c) => c !== ""); r++) {
    rows.push(Object.fromEntries(header.flatMap((h, i) => (h === "" ? [] : [[h, values[r]![i]]]))));
  }
  return rows;
}

/** Sets Note / Status on the Audit sheet's findings rows, as a mentor would type them. */
export function annotate(wb: MemoryWorkbook, pick: (row: Record<string, unknown>) => { note?: string; status?: string } | null): void {
  const audit = wb.sheet("Audit")!;
  const values = audit.readValues();
  const start = values.findIndex((line) => line[0] === "Findings");
  const header = values[start + 1]!.map(String);
  const writes: { row: number; column: number; value: string }[] = [];
  for (let r = start + 2; r < values.length && values[r]!.some((c) => c !== ""); r++) {
    const row = Object.fromEntries(header.map((h, i) => [h, values[r]![i]]));
    const change = pick(row);
    if (change?.note !== undefined) writes.push({ row: r + 1, column: header.indexOf("Note") + 1, value: change.note });
    if (change?.status !== undefined) writes.push({ row: r + 1, column: header.indexOf("Status") + 1, value: change.status });
  }
  wb.withDocumentLock(() => audit.writeCells(writes));
}

/** A user's edit of one cell (1-based). */
export function editCell(wb: MemoryWorkbook, sheet: string, row: number, column: number, value: string | number): void {
  wb.withDocumentLock(() => wb.sheet(sheet)!.writeCells([{ row, column, value }]));
}

/** A user's rewrite of a whole sheet (rows inserted, deleted, reordered). */
export function rewriteSheet(wb: MemoryWorkbook, sheet: string, rows: (string | number | boolean | Date)[][]): void {
  wb.withDocumentLock(() => wb.sheet(sheet)!.replaceContent({ values: rows }));
}

// Builders for small program sheets and profiles, so each test states only the cells it is about.

import { TEMPLATE_HEADERS } from "../../src/rules/columns";

export const HEADERS = TEMPLATE_HEADERS.map((h) => h.header);

export type RowSpec = Partial<Record<(typeof HEADERS)[number], unknown>>;

/** A program sheet: the header row, then one row per spec (row 2, 3, …). */
export function programSheet(rows: RowSpec[], headers: string[] = HEADERS): unknown[][] {
  return [headers, ...rows.map((spec) => headers.map((h) => (spec as Record<string, unknown>)[h] ?? ""))];
}

export const BASE_PROFILE: Record<string, unknown> = {
  "Step 2 CK": 230,
  "Step 2 CK attempts": 1,
  "Step 1": "Pass",
  "Step 1 attempts": 1,
  "Step 3": "Not taken",
  "Graduation year": 2022,
  "Visa needed": "J-1",
  Specialties: "Internal Medicine",
  "USCE months": 6,
  Languages: "",
  Region: "",
  "Mission focus": "",
  "Match year": 2027,
};

/** Profile rows [label, value], starting from a valid J-1 applicant with Step 2 CK 230. */
export function profileRows(overrides: Record<string, unknown> = {}): unknown[][] {
  return Object.entries({ ...BASE_PROFILE, ...overrides }).map(([label, value]) => [label, value]);
}

/** A plain applied IM program that triggers nothing for the base profile. */
export function quietProgram(name: string, extra: RowSpec = {}): RowSpec {
  return {
    Program: name,
    Specialty: "Internal Medicine",
    City: "Dayton",
    State: "OH",
    "Program type": "Community",
    "IMG %": 55,
    Visa: "J-1",
    Applied: "Yes",
    Verified: "2026-10-01",
    ...extra,
  };
}

export const TODAY = new Date(2026, 10, 21); // 2026-11-21, local time

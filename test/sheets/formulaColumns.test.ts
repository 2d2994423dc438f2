// Add formula columns (CONTRACT.md §5) on the recording SpreadsheetApp fake and the in-memory workbook:
// the exact formulas for the template's layout and for a shuffled one with other header spellings,
// that nothing else changes, that a second call changes nothing, and that each written formula,
// calculated with the BUILT script's functions over the ranges it names, gives per program what the
// audit's JSON says.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { locateColumns, matchProgramColumn, type ProgramColumn } from "../../src/rules/columns";
import type { Cell } from "../../src/rules/types";
import { evaluateFormula, type FormulaSource } from "../../src/sheets/formulaEvaluation";
import { memoryWorkbook } from "../../src/sheets/memoryWorkbook";
import { createServer } from "../../src/sheets/auditServer";
import { loadLikeAppsScript } from "../build/appsScript";
import { installedFake, type FakeApps, type FakeSheet, type Value } from "./fakeSpreadsheetApp";
import { clock, examplePrograms, exampleProfile } from "./fixtures";

const TEMPLATE_FORMULAS = [
  "=TIER(Step2CK, J2:J, F2:F, H2:H, E2:E)",
  "=IMGFRIENDLY(F2:F, M2:M, O2:O, E2:E)",
  '=ARRAYFORMULA(MEETSCUTOFF(Step2CK, H2:H&" "&I2:I, MAX(1, Step1Attempts, Step2CKAttempts), K2:K, GradYear, L2:L, MatchYear))',
];

/** The example sheet's columns in another order, under other spellings RULES.md §2 accepts. */
const SHUFFLED: [string, string][] = [
  ["Notes", "Comments"], ["Program", "Program"], ["Visa", "Visa sponsorship"], ["Avg Step 2", "Average Step 2 CK"],
  ["Specialty", "Specialty"], ["Min Step 2", "Minimum Step 2 CK"], ["IMG %", "% IMG"], ["Program type", "Type of program"],
  ["Max years since graduation", "Years since graduation (max)"], ["Max attempts", "Attempts allowed"], ["City", "City"],
  ["State", "State"], ["Cutoff type", "Cutoff type"], ["IMGs from my region", "IMGs from my region"], ["Mission", "Mission focus"],
  ["Applied", "Applied"], ["Signal", "Signal"], ["Interview", "Interview"], ["Rank", "Rank"], ["Verified", "Last checked"], ["Source", "Source"],
];
const SHUFFLED_FORMULAS = [
  "=TIER(Step2CK, D2:D, G2:G, F2:F, H2:H)",
  "=IMGFRIENDLY(G2:G, C2:C, A2:A, H2:H)",
  '=ARRAYFORMULA(MEETSCUTOFF(Step2CK, F2:F&" "&M2:M, MAX(1, Step1Attempts, Step2CKAttempts), J2:J, GradYear, I2:I, MatchYear))',
];

function shuffledPrograms(): string[][] {
  const rows = examplePrograms();
  const from = SHUFFLED.map(([template]) => rows[0]!.indexOf(template));
  return rows.map((line, r) => from.map((i, c) => (r === 0 ? SHUFFLED[c]![1] : line[i]!)));
}

/** The example profile upside down (header first), with other label spellings: the names point elsewhere. */
function shuffledProfile(): string[][] {
  const [header, ...rows] = exampleProfile();
  const relabel: Record<string, string> = { "Step 2 CK": "USMLE Step 2 CK score", "Graduation year": "Year of graduation" };
  return [header!, ...rows.reverse().map(([label, value]) => [relabel[label!] ?? label!, value!])];
}

const HEADERS = ["Tier", "IMG friendly", "Meets cutoff"];

describe("the three headers", () => {
  test("are no program column, so the audit never reads them as one", () => {
    expect(HEADERS.map(matchProgramColumn)).toEqual([null, null, null]);
  });
  test("the shuffled layout's headers are the template's columns", () => {
    const byHeader = locateColumns(shuffledPrograms()[0]!);
    const template = locateColumns(examplePrograms()[0]!);
    const moved = Object.fromEntries(Object.entries(template).map(([column, i]) => [column, shuffledPrograms()[0]!.indexOf(SHUFFLED.find(([t]) => t === examplePrograms()[0]![i])![1])]));
    expect(byHeader).toEqual(moved);
  });
});

// ---------------------------------------------------------------------------------------------
// On the recording SpreadsheetApp fake, through the Apps Script entry points
// ---------------------------------------------------------------------------------------------

let outDir = "";
let bundle: ReturnType<typeof loadLikeAppsScript>;
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), "img-list-audit-formulas-"));
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", outDir], { stdio: "pipe" });
  bundle = loadLikeAppsScript(outDir, "absent");
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** A custom function of the built script, called with arguments made inside its context (as Sheets does). */
function builtFunction(name: string) {
  return (...args: unknown[]) => {
    const json = JSON.stringify(args);
    expect(JSON.parse(json)).toEqual(args); // no Date crosses here unnoticed
    (bundle.context as Record<string, unknown>).__args = json;
    return bundle.run(`${name}.apply(null, JSON.parse(__args))`);
  };
}

/** Every non-empty cell of every sheet: value, formula and formats, keyed "Sheet!row,column". */
function snapshot(apps: FakeApps): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of apps.spreadsheet.sheets) {
    sheet.cells.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (!cell || (cell.value === "" && cell.formula === "" && Object.keys(cell.format).length === 0)) return;
        cells.set(`${sheet.name}!${r + 1},${c + 1}`, JSON.stringify(cell));
      }),
    );
  }
  return cells;
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** Reads a formula's references from the fake: columns down to the sheet's last row, named cells from the spreadsheet. */
function fakeSource(apps: FakeApps, sheet: FakeSheet): FormulaSource {
  const byName = (name: string) => apps.spreadsheet.sheets.find((s) => s.name === name)!;
  return {
    column: (column, fromRow) => Array.from({ length: sheet.maxRows - fromRow + 1 }, (_, i) => [sheet.cells[fromRow - 1 + i]?.[column - 1]?.value ?? ""] as Cell[]),
    cell: (name, row, column) => byName(name).cells[row - 1]?.[column - 1]?.value ?? "",
    named(name) {
      const found = apps.spreadsheet.namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
      return found ? { sheet: found.range.area.sheet, row: found.range.area.row, column: found.range.area.column } : null;
    },
  };
}

/** The program columns each function reads, in the audit's names: a row with none of them gives "". */
const INPUTS: Record<string, ProgramColumn[]> = {
  Tier: ["avgStep2", "imgPct", "minStep2", "programType"],
  "IMG friendly": ["imgPct", "visa", "notes", "programType"],
  "Meets cutoff": ["minStep2", "cutoffType", "maxAttempts", "maxYearsSinceGrad"],
};
const AUDIT_FIELD = { Tier: "tier", "IMG friendly": "imgFriendly", "Meets cutoff": "meetsCutoff" } as const;

describe.each([
  { layout: "the template's layout", programs: examplePrograms, profile: exampleProfile, formulas: TEMPLATE_FORMULAS, names: { Step2CK: 2, Step2CKAttempts: 3, Step1Attempts: 5, GradYear: 7, MatchYear: 14 } },
  { layout: "a shuffled layout with other header spellings", programs: shuffledPrograms, profile: shuffledProfile, formulas: SHUFFLED_FORMULAS, names: { Step2CK: 15, Step2CKAttempts: 14, Step1Attempts: 12, GradYear: 10, MatchYear: 3 } },
])("Add formula columns on $layout (SpreadsheetApp fake)", ({ programs, profile, formulas, names }) => {
  let apps: FakeApps;
  afterEach(() => apps?.uninstall());

  test("writes the three headers and exactly these formulas in V–X, names the Profile cells, and changes nothing else", async () => {
    apps = installedFake([["Programs", programs()], ["Profile", profile()]]);
    const server = await import("../../src/sheets/server");
    const before = snapshot(apps);
    const result = server.addFormulaColumns();
    expect(result).toEqual({ added: HEADERS, message: expect.stringMatching(/^Added Tier, IMG friendly and Meets cutoff in columns V–X of Programs/) });
    const sheet = apps.spreadsheet.sheets.find((s) => s.name === "Programs")!;
    expect([22, 23, 24].map((c) => sheet.cell(1, c).value)).toEqual(HEADERS);
    expect([22, 23, 24].map((c) => sheet.cell(2, c).formula)).toEqual(formulas);
    expect(changedKeys(before, snapshot(apps))).toEqual(["Programs!1,22", "Programs!1,23", "Programs!1,24", "Programs!2,22", "Programs!2,23", "Programs!2,24"]);
    // Each header says what the column is and that it needs the add-on.
    for (const c of [22, 23, 24]) expect(sheet.cell(1, c).format).toMatchObject({ fontWeight: "bold", note: expect.stringMatching(/IMG List Audit add-on.*#NAME\?/) });
    expect(sheet.cell(1, 22).format.note).toMatch(/^Reach, Match or Safety/);
    // Colours: Reach / Match / Safety on Tier, High / Medium / Low on IMG friendly, from row 2 down.
    const rules = sheet.conditionalRules.map((r) => ({ text: r.text, background: r.background, ranges: r.ranges.map((x) => x.area) }));
    const down = (column: number) => [{ sheet: "Programs", row: 2, column, rows: sheet.maxRows - 1, columns: 1 }];
    expect(rules).toEqual([
      { text: "Reach", background: "#f4c7c3", ranges: down(22) },
      { text: "Match", background: "#fce8b2", ranges: down(22) },
      { text: "Safety", background: "#b7e1cd", ranges: down(22) },
      { text: "High", background: "#b7e1cd", ranges: down(23) },
      { text: "Medium", background: "#fce8b2", ranges: down(23) },
      { text: "Low", background: "#f4c7c3", ranges: down(23) },
    ]);
    const named = Object.fromEntries(apps.spreadsheet.namedRanges.map((n) => [n.name, n.range.area]));
    expect(named).toEqual(Object.fromEntries(Object.entries(names).map(([name, row]) => [name, { sheet: "Profile", row, column: 2, rows: 1, columns: 1 }])));
    expect(apps.calls.filter((c) => c === "Lock.tryLock")).toHaveLength(1);
  });

  test("a second call changes nothing and says so", async () => {
    apps = installedFake([["Programs", programs()], ["Profile", profile()]]);
    const server = await import("../../src/sheets/server");
    server.addFormulaColumns();
    const before = snapshot(apps);
    const rulesBefore = apps.spreadsheet.sheets.find((s) => s.name === "Programs")!.conditionalRules.length;
    apps.calls.length = 0;
    const again = server.addFormulaColumns();
    expect(again).toEqual({ added: [], message: "Programs already has Tier (column V), IMG friendly (column W) and Meets cutoff (column X): nothing changed." });
    expect(changedKeys(before, snapshot(apps))).toEqual([]);
    expect(apps.spreadsheet.sheets.find((s) => s.name === "Programs")!.conditionalRules).toHaveLength(rulesBefore);
    expect(apps.calls.filter((c) => /set|insert/i.test(c) && !c.startsWith("Builder."))).toEqual([]);
    expect(server.getFormulaColumns()).toEqual({ sheetName: "Programs", present: HEADERS });
  });

  test("each formula, calculated by the built script over its ranges, gives the audit's Tier, IMG friendly and Meets cutoff per program", async () => {
    apps = installedFake([["Programs", programs()], ["Profile", profile()]]);
    const server = await import("../../src/sheets/server");
    server.addFormulaColumns();
    const audit = server.runAudit();
    const sheet = apps.spreadsheet.sheets.find((s) => s.name === "Programs")!;
    const header = sheet.cells[0]!.map((c) => c?.value ?? "");
    const columns = locateColumns(header as Cell[]);
    const functions = { TIER: builtFunction("TIER"), IMGFRIENDLY: builtFunction("IMGFRIENDLY"), MEETSCUTOFF: builtFunction("MEETSCUTOFF") };
    const unreadable = (row: number, column: ProgramColumn) =>
      audit.findings.some((f) => f.code === "UNREADABLE_VALUE" && f.row === row && f.message.includes(`'${sheet.cells[row - 1]![columns[column]!]!.value}'`));
    expect(audit.programs.length).toBe(programs().length - 1);
    const checked = { equal: 0, blank: 0, error: 0 };
    HEADERS.forEach((name, i) => {
      const spilled = evaluateFormula(sheet.cell(2, 22 + i).formula, fakeSource(apps, sheet), functions) as unknown[][];
      expect(spilled).toHaveLength(sheet.maxRows - 1);
      const byRow = new Map(audit.programs.map((p) => [p.row, p]));
      spilled.forEach(([answer], k) => {
        const row = k + 2;
        const program = byRow.get(row);
        if (!program) return void expect(answer, `${name} on empty row ${row}`).toBe("");
        const expected = program[AUDIT_FIELD[name as keyof typeof AUDIT_FIELD]];
        const inputs = INPUTS[name]!.filter((c) => columns[c] !== undefined).map((c) => sheet.cells[row - 1]![columns[c]!]?.value ?? "");
        if (inputs.every((v) => v === "")) {
          // CONTRACT.md §1: a row whose every range argument is blank gives "", where the audit says "nothing known".
          expect(answer, `${name} row ${row}`).toBe("");
          expect(expected).toBe(name === "Meets cutoff" ? true : "Unknown");
          checked.blank++;
        } else if (typeof answer === "string" && answer.startsWith("Error:")) {
          // CONTRACT.md §1: an unreadable cell is an Error cell naming it; the audit reports the same cell.
          expect(INPUTS[name]!.some((c) => columns[c] !== undefined && unreadable(row, c)), `${name} row ${row}: ${answer}`).toBe(true);
          checked.error++;
        } else {
          expect(answer, `${name} for ${program.program} (row ${row})`).toBe(expected);
          checked.equal++;
        }
      });
    });
    // The example sheet holds one unreadable IMG % ("lots": Tier and IMG friendly), eleven programs
    // that publish no filter (Meets cutoff blank) and one with only a note (Tier blank too); every
    // other answer is the audit's.
    expect(checked).toEqual({ equal: 3 * audit.programs.length - 14, blank: 12, error: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// The rules of what is written, on the in-memory workbook
// ---------------------------------------------------------------------------------------------

describe("Add formula columns (in-memory workbook)", () => {
  const withColumns = (drop: string[]) => {
    const rows = examplePrograms();
    const keep = rows[0]!.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
    return rows.map((line) => keep.map((i) => line[i]!));
  };
  const workbook = (programs: string[][], profile: string[][] | null = exampleProfile()) =>
    memoryWorkbook([{ name: "Programs", rows: programs }, ...(profile ? [{ name: "Profile", rows: profile }] : [])]);
  const formulasOf = (wb: ReturnType<typeof workbook>) => wb.state("Programs")!.formulas[1]!.filter(Boolean);

  test("a missing optional column is left out (\"\" in the middle, dropped at the end)", () => {
    const wb = workbook(withColumns(["Visa", "Program type"]));
    const result = createServer(wb, clock).addFormulaColumns();
    expect(result.added).toEqual(HEADERS);
    expect(formulasOf(wb)).toEqual([
      "=TIER(Step2CK, I2:I, E2:E, G2:G)",
      '=IMGFRIENDLY(E2:E, "", M2:M)',
      '=ARRAYFORMULA(MEETSCUTOFF(Step2CK, G2:G&" "&H2:H, MAX(1, Step1Attempts, Step2CKAttempts), J2:J, GradYear, K2:K, MatchYear))',
    ]);
  });

  test("without a Cutoff type column, Meets cutoff reads Min Step 2 alone (a plain formula)", () => {
    const wb = workbook(withColumns(["Cutoff type"]));
    createServer(wb, clock).addFormulaColumns();
    expect(formulasOf(wb)[2]).toBe("=MEETSCUTOFF(Step2CK, H2:H, MAX(1, Step1Attempts, Step2CKAttempts), J2:J, GradYear, K2:K, MatchYear)");
  });

  test("a missing required column: says which header to add, adds the others", () => {
    const wb = workbook(withColumns(["Avg Step 2"]));
    const result = createServer(wb, clock).addFormulaColumns();
    expect(result.added).toEqual(["IMG friendly", "Meets cutoff"]);
    expect(result.message).toMatch(/^Added IMG friendly and Meets cutoff in columns U–V of Programs.*Tier needs a column headed "Avg Step 2" on this sheet: add it, then run Add formula columns again\.$/);
    expect(wb.state("Programs")!.values[0]!.slice(-2)).toEqual(["IMG friendly", "Meets cutoff"]);
  });

  test("two missing required columns are named together", () => {
    const result = createServer(workbook(withColumns(["Avg Step 2", "IMG %"])), clock).addFormulaColumns();
    expect(result.added).toEqual(["Meets cutoff"]);
    expect(result.message).toMatch(/Tier needs columns headed "Avg Step 2" and "IMG %" on this sheet: add them, then run Add formula columns again\. IMG friendly needs a column headed "IMG %"/);
  });

  test("a column that exists (by its header or by a formula calling its function) is kept, the others are added right of the data", () => {
    const rows = examplePrograms().map((line, r) => [...line, r === 0 ? "My tier" : ""]);
    const wb = memoryWorkbook([
      { name: "Programs", rows: rows.map((line, r) => (r === 1 ? [...line.slice(0, -1), { formula: "=TIER(Profile!B2, J2:J, F2:F)", value: "Safety" }] : line)) },
      { name: "Profile", rows: exampleProfile() },
    ]);
    const before = wb.state("Programs")!;
    const result = createServer(wb, clock).addFormulaColumns();
    expect(result).toEqual({ added: ["IMG friendly", "Meets cutoff"], message: expect.stringMatching(/in columns W–X of Programs.*Programs already has Tier \(column V\)\.$/) });
    const after = wb.state("Programs")!;
    expect(after.values.map((line) => line.slice(0, 22))).toEqual(before.values);
    expect(after.formulas[1]![21]).toBe("=TIER(Profile!B2, J2:J, F2:F)");
  });

  test("a name the user already gave another cell is left alone: the formula uses Profile!$B$n", () => {
    const wb = workbook(examplePrograms());
    wb.nameCell({ name: "Step2CK", sheet: "Programs", row: 5, column: 1 });
    createServer(wb, clock).addFormulaColumns();
    expect(formulasOf(wb)[0]).toBe("=TIER(Profile!$B$2, J2:J, F2:F, H2:H, E2:E)");
    expect(wb.namedCells().find((n) => n.name === "Step2CK")).toEqual({ name: "Step2CK", sheet: "Programs", row: 5, column: 1 });
  });

  test("without a Profile sheet only IMG friendly is added, and the message says what to do", () => {
    const wb = workbook(examplePrograms(), null);
    const result = createServer(wb, clock).addFormulaColumns();
    expect(result.added).toEqual(["IMG friendly"]);
    expect(result.message).toMatch(/Tier needs your profile: fill it in/);
    expect(wb.namedCells()).toEqual([]);
  });

  test("a Profile without a Match year row: Meets cutoff says to save the profile, which adds the row", () => {
    const wb = workbook(examplePrograms(), exampleProfile().filter(([label]) => label !== "Match year"));
    const result = createServer(wb, clock).addFormulaColumns();
    expect(result.added).toEqual(["Tier", "IMG friendly"]);
    expect(result.message).toMatch(/Meets cutoff needs the Profile row "Match year": save your profile in the sidebar/);
  });

  test("the sidebar's question: none of the three on a plain sheet; null with no program sheet or no program header", () => {
    expect(createServer(workbook(examplePrograms()), clock).getFormulaColumns()).toEqual({ sheetName: "Programs", present: [] });
    expect(createServer(memoryWorkbook([{ name: "Sheet1", rows: [] }, { name: "Profile", rows: exampleProfile() }]), clock).getFormulaColumns()).toBeNull();
    const onlyProfile = memoryWorkbook([{ name: "Profile", rows: exampleProfile() }]);
    expect(createServer(onlyProfile, clock).getFormulaColumns()).toBeNull();
  });

  test("Create program sheet makes the template with the three formula columns filled in", async () => {
    const { createTemplateSheets } = await import("../../src/sheets/template");
    const wb = memoryWorkbook();
    const report = createTemplateSheets(wb);
    const programs = wb.state("Programs")!;
    expect(programs.values[0]!.slice(-3)).toEqual(HEADERS);
    expect(programs.formulas[1]!.slice(-3)).toEqual(TEMPLATE_FORMULAS);
    expect(programs.conditionalFormats.map((f) => f.text)).toEqual(["Reach", "Match", "Safety", "High", "Medium", "Low"]);
    expect(wb.namedCells().map((n) => n.name).sort()).toEqual(["GradYear", "MatchYear", "Step1Attempts", "Step2CK", "Step2CKAttempts"]);
    expect(report.message).toMatch(/Tier, IMG friendly and Meets cutoff calculate as you fill in rows\.$/);
    expect(wb.writesOutsideLock).toBe(0);
    expect(createServer(wb, clock).addFormulaColumns().added).toEqual([]);
  });
});

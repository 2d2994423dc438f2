// The program sheet's header row and the forgiving header match, checked against RULES.md §2.

import { describe, expect, it } from "vitest";
import { locateColumns, matchProgramColumn, TEMPLATE_HEADERS, type ProgramColumn } from "../../src/rules/columns";

// RULES.md §2, copied word for word: "The template's header row, in order: Program · Specialty · …"
const RULES_HEADER_ROW =
  "Program · Specialty · City · State · Program type · IMG % · IMGs from my region · Min Step 2 · Cutoff type · " +
  "Avg Step 2 · Max attempts · Max years since graduation · Visa · Mission · Notes · Applied · Signal · Interview · " +
  "Rank · Verified · Source";

describe("RULES.md §2 the template's header row", () => {
  it("TEMPLATE_HEADERS is RULES.md §2's header row, in order", () => {
    expect(TEMPLATE_HEADERS.map((h) => h.header)).toEqual(RULES_HEADER_ROW.split(" · "));
  });

  it("names 21 different columns, each with help text", () => {
    expect(new Set(TEMPLATE_HEADERS.map((h) => h.column)).size).toBe(21);
    for (const h of TEMPLATE_HEADERS) expect(h.help.trim()).not.toBe("");
  });

  it.each(TEMPLATE_HEADERS.map((h) => [h.header, h.column] as const))("template header %j maps to its own column %s", (header, column) => {
    expect(matchProgramColumn(header)).toBe(column);
  });

  it("locateColumns finds every template column at its index", () => {
    const found = locateColumns(TEMPLATE_HEADERS.map((h) => h.header));
    TEMPLATE_HEADERS.forEach((h, index) => expect(found[h.column]).toBe(index));
  });
});

describe("RULES.md §2 headers are matched forgivingly", () => {
  it.each<[string, ProgramColumn]>([
    ["IMG %", "imgPct"],
    ["% IMG", "imgPct"],
    ["IMG percent", "imgPct"],
    ["Percent IMGs", "imgPct"],
    ["Visa sponsorship", "visa"],
    ["Minimum Step 2 CK", "minStep2"],
    ["Average Step 2 CK", "avgStep2"],
    ["Years since graduation (max)", "maxYearsSinceGrad"],
  ])("%j is %s", (header, column) => {
    expect(matchProgramColumn(header)).toBe(column);
  });

  it.each<[string, ProgramColumn]>([
    ["img %", "imgPct"],
    ["PERCENT IMGS", "imgPct"],
    ["VISA", "visa"],
    ["visa SPONSORSHIP", "visa"],
    ["MIN STEP 2", "minStep2"],
    ["program TYPE", "programType"],
    ["  Rank  ", "rank"],
  ])("case and spaces do not matter: %j is %s", (header, column) => {
    expect(matchProgramColumn(header)).toBe(column);
  });

  it("'IMGs from my region' is its own column, not IMG %", () => {
    expect(matchProgramColumn("IMGs from my region")).toBe("imgsFromRegion");
    expect(matchProgramColumn("IMGs from my region")).not.toBe("imgPct");
  });

  it("'Cutoff type' is its own column, not Min Step 2", () => {
    expect(matchProgramColumn("Cutoff type")).toBe("cutoffType");
    expect(matchProgramColumn("Cutoff type")).not.toBe("minStep2");
  });

  it.each(["Favourite colour", "Zzz", "123"])("an unknown header %j is no column (null)", (header) => {
    expect(matchProgramColumn(header)).toBeNull();
  });

  it.each(["", "   ", null, undefined, 42, true])("a blank or non-text header %j is no column (null)", (header) => {
    expect(matchProgramColumn(header)).toBeNull();
  });

  it("a forgiving header row is located column by column; the first of two alike wins", () => {
    const found = locateColumns(["Program", "% IMG", "Visa sponsorship", "Minimum Step 2 CK", "Favourite colour", "IMG percent"]);
    expect(found).toEqual({ program: 0, imgPct: 1, visa: 2, minStep2: 3 });
  });
});

describe("RULES.md §2 average header in either order", () => {
  it.each(["Step 2 avg", "Step 2 CK average", "Average Step 2 CK"])("%j is Avg Step 2", (header) => {
    expect(matchProgramColumn(header)).toBe("avgStep2");
  });
});

// 000 "Create a spreadsheet with: … Published score thresholds (if any)": the guide's own header, and
// its plural siblings, must reach Min Step 2, or every minimum-score check is silently off.
describe("RULES.md §2 plural score headers are Min Step 2", () => {
  it.each(["Published score thresholds (if any)", "Score thresholds", "Step 2 cutoffs", "Score cutoffs"])("%j is Min Step 2", (header) => {
    expect(matchProgramColumn(header)).toBe("minStep2");
  });
});

// "IMG percentage" says the same as "IMG percent" (RULES.md §2); read as no column, the sheet's
// IMG % would be ignored and every tier judged on the program type's stand-in.
describe("RULES.md §2 'percentage' is IMG %", () => {
  it.each(["IMG percentage", "Percentage of IMGs", "IMG Percentage (%)"])("%j is IMG %", (header) => {
    expect(matchProgramColumn(header)).toBe("imgPct");
  });
});

// 000 "Program name, location" and 003 "Program name and location": the guides' first column holds
// the program's name. Read as City, every program became "(unnamed program in row N)".
describe("RULES.md §2 the guides' 'Program name and location' column is Program", () => {
  it.each(["Program name and location", "Program name, location", "Name / location"])("%j is Program", (header) => {
    expect(matchProgramColumn(header)).toBe("program");
  });
  it.each(["Location", "Program location", "City"])("%j is still City", (header) => {
    expect(matchProgramColumn(header)).toBe("city");
  });
});

// Avg Step 2 and Min Step 2 are Step 2 CK numbers (RULES.md §2: "Scores below are USMLE Step 2 CK").
// A Step 1 or Step 3 column is another scale: taken for Step 2, it silently moves every tier.
describe("RULES.md §2 a Step 1 or Step 3 score column is not Avg / Min Step 2", () => {
  it.each(["Avg Step 1", "Average Step 1 score", "Step 1 avg", "Min Step 1", "Minimum Step 1 score", "Min Step 3"])("%j is neither", (header) => {
    expect(matchProgramColumn(header)).not.toBe("avgStep2");
    expect(matchProgramColumn(header)).not.toBe("minStep2");
  });
  it("beside a Step 1 column, the Step 2 column is the one read", () => {
    expect(locateColumns(["Program", "Avg Step 1", "Avg Step 2", "Min Step 1", "Min Step 2 CK"])).toMatchObject({ avgStep2: 2, minStep2: 4 });
  });
});

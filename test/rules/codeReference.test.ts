// The README's code table is generated from codes.ts (like the function reference from definitions.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODES, FINDING_CODES } from "../../src/rules/codes";
import { CODES_END, CODES_START, codeTable, withCodeTable } from "../../src/rules/codeReference";

describe("the README code table", () => {
  it("has one row per code of codes.ts, with its severity, title and source", () => {
    const table = codeTable();
    const rows = table.split("\n").filter((line) => /^\| [A-Z0-9_]+ \|/.test(line));
    expect(rows.map((row) => row.split(" | ")[0]!.slice(2))).toEqual(FINDING_CODES);
    expect(table).toContain(`| VISA_NONE | error | visa | ${CODES.VISA_NONE.title}`);
    expect(table).toContain("| LIST_OVERREACH | error / warning | overreach |");
  });
  it("replaces only the marked block", () => {
    const readme = `# T\n\nbefore\n${CODES_START}\nold\n${CODES_END}\nafter\n`;
    expect(withCodeTable(readme)).toBe(`# T\n\nbefore\n${codeTable()}\nafter\n`);
    expect(withCodeTable("# no markers")).toBeNull();
  });
  it("in README.md is the generated one (run `node scripts/build.mjs --readme`)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(CODES_START);
    expect(withCodeTable(readme)).toBe(readme);
  });
});

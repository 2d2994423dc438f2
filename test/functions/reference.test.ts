// The help text generated from definitions.ts: the JSDoc Sheets reads, and the README's block.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CUSTOM_FUNCTIONS } from "../../src/functions/definitions";
import { TEMPLATE_HEADERS, type ProgramColumn } from "../../src/rules/columns";
import { PROFILE_FIELDS } from "../../src/rules/profileFields";
import type { ProfileField } from "../../src/rules/types";
import {
  README_END,
  README_START,
  customFunctionJsdoc,
  functionReference,
  signatureOf,
  withFunctionReference,
} from "../../src/functions/reference";

const CONTRACT_SIGNATURES = [
  "TIER(score, avg_step2, img_pct, [min_step2], [program_type])",
  "IMGFRIENDLY(img_pct, [visa_policy], [notes], [program_type])",
  "MEETSCUTOFF(score, min_step2, [attempts], [max_attempts], [grad_year], [max_years_since_grad], [match_year])",
];

describe("definitions", () => {
  it("give the signatures CONTRACT.md §1 writes, optional arguments included", () => {
    expect(CUSTOM_FUNCTIONS.map((definition) => signatureOf(definition as never))).toEqual(CONTRACT_SIGNATURES);
  });
  it("have a one-line summary, a meaning for every argument, a return and an example", () => {
    for (const definition of CUSTOM_FUNCTIONS) {
      expect(definition.summary).not.toMatch(/\n/);
      expect(definition.summary.length).toBeGreaterThan(20);
      for (const param of definition.params) expect(param.meaning.length, param.name).toBeGreaterThan(10);
      expect(definition.returns.meaning).not.toBe("");
      expect(definition.example.formula.startsWith(`=${definition.name}(`)).toBe(true);
    }
  });
});

// What each argument of the examples must point at: a column of the Programs template, or the Profile
// sheet's rows (header in row 1, then PROFILE_FIELDS in order). RULES.md §7 compares a program's
// maximum attempts with the largest number of attempts on any Step, hence two rows for `attempts`.
const EXAMPLE_SOURCES: Record<string, Record<string, ProgramColumn | ProfileField[]>> = {
  TIER: { score: ["step2"], avg_step2: "avgStep2", img_pct: "imgPct", min_step2: "minStep2", program_type: "programType" },
  IMGFRIENDLY: { img_pct: "imgPct", visa_policy: "visa", notes: "notes", program_type: "programType" },
  MEETSCUTOFF: {
    score: ["step2"],
    min_step2: "minStep2",
    attempts: ["step2Attempts", "step1Attempts"],
    max_attempts: "maxAttempts",
    grad_year: ["gradYear"],
    max_years_since_grad: "maxYearsSinceGrad",
    match_year: ["matchYear"],
  },
};

/** The template column of `X2:X300`, or the profile fields of every `Profile!Bn` in the argument. */
function sourceOf(argument: string): ProgramColumn | ProfileField[] {
  const range = /^([A-Z])2:([A-Z])300$/.exec(argument);
  if (range && range[1] === range[2]) return TEMPLATE_HEADERS[range[1]!.charCodeAt(0) - 65]!.column;
  return [...argument.matchAll(/Profile!B(\d+)/g)].map((match) => PROFILE_FIELDS[Number(match[1]) - 2]!.field);
}

describe("examples", () => {
  it("point each argument at the template column or Profile row it means", () => {
    for (const definition of CUSTOM_FUNCTIONS) {
      const inner = definition.example.formula.slice(definition.name.length + 2, -1);
      const args = inner.split(/,\s*(?![^(]*\))/); // commas outside MAX(…)
      expect(args).toHaveLength(definition.params.length);
      definition.params.forEach((param, i) => {
        const expected = EXAMPLE_SOURCES[definition.name]![param.name]!;
        const found = sourceOf(args[i]!);
        expect(Array.isArray(expected) ? [...(found as ProfileField[])].sort() : found, `${definition.name} ${param.name}: ${args[i]}`).toEqual(
          Array.isArray(expected) ? [...expected].sort() : expected,
        );
      });
    }
  });
  it("name the score's cell as the Profile row of Step 2 CK", () => {
    const score = CUSTOM_FUNCTIONS[0].params[0]!;
    expect(sourceOf(/Profile!B\d+/.exec(score.meaning)![0])).toEqual(["step2"]);
  });
});

describe("JSDoc", () => {
  it("has @customfunction, the summary and one bare-named @param per argument, in order", () => {
    for (const definition of CUSTOM_FUNCTIONS) {
      const { jsdoc, params } = customFunctionJsdoc(definition.name)!;
      expect(jsdoc.startsWith("/**\n")).toBe(true);
      expect(jsdoc.endsWith("\n */")).toBe(true);
      expect(jsdoc).toContain(` * ${definition.summary}\n`);
      expect(jsdoc).toMatch(/\n \* @customfunction\n/);
      expect(jsdoc).toMatch(/\n \* @return \{[^}]+\} \S/);
      const documented = [...jsdoc.matchAll(/@param \{[^}]+\} (\S+) \S/g)].map((match) => match[1]);
      expect(documented).toEqual(definition.params.map((param) => param.name));
      expect(params).toEqual(documented);
      expect(jsdoc).toContain(definition.example.formula);
    }
  });
  it("cannot be closed early by the help text", () => {
    for (const definition of CUSTOM_FUNCTIONS) {
      expect(customFunctionJsdoc(definition.name)!.jsdoc.slice(3, -3)).not.toContain("*/");
    }
  });
  it("is null for a name that is not a custom function", () => {
    expect(customFunctionJsdoc("onOpen")).toBeNull();
  });
});

describe("README function reference", () => {
  it("lists every function with its arguments between the markers", () => {
    const block = functionReference();
    expect(block.startsWith(README_START)).toBe(true);
    expect(block.endsWith(README_END)).toBe(true);
    for (const signature of CONTRACT_SIGNATURES) expect(block).toContain(`### ${signature}`);
    for (const definition of CUSTOM_FUNCTIONS) {
      for (const param of definition.params) expect(block).toContain(`| \`${param.name}\``);
    }
  });
  it("replaces only the marked block", () => {
    const readme = `# Title\n\nbefore\n${README_START}\nold\n${README_END}\nafter\n`;
    expect(withFunctionReference(readme)).toBe(`# Title\n\nbefore\n${functionReference()}\nafter\n`);
    expect(withFunctionReference("# no markers\n")).toBeNull();
  });
  const readme = existsSync("README.md") ? readFileSync("README.md", "utf8") : "";
  const hasMarkers = readme.includes(README_START) && readme.includes(README_END);
  // Skipped only until the lead adds the markers to README.md; from then on it guards against drift.
  it.skipIf(!hasMarkers)("in README.md is the generated one (run `node scripts/build.mjs --readme`)", () => {
    expect(withFunctionReference(readme)).toBe(readme);
  });
});

// ONE definition per custom function (CONTRACT.md §1): its name, help text and how it judges one row.
// The same object feeds the JSDoc above the function in the pushed script (Sheets' help while typing),
// the README's function reference (reference.ts) and the function itself (customFunctions.ts).

import {
  isBlank,
  problem,
  REASONS,
  readCount,
  readMinimum,
  readPercent,
  readProgramType,
  readScore,
  readText,
  readVisaPolicy,
  readYear,
  readYears,
  type Reading,
} from "../rules/cells";
import { imgFriendlinessOf } from "../rules/imgFriendly";
import { meetsCutoff } from "../rules/meetsCutoff";
import { tierOf } from "../rules/tier";
import type { ImgFriendliness, Tier } from "../rules/types";
import { Unreadable, type RowContext, type RowFunction } from "./ranges";

export interface ParamDefinition {
  /** The name Sheets shows while typing: exactly CONTRACT.md §1. */
  name: string;
  /** The JSDoc type of a single cell. */
  type: string;
  meaning: string;
  optional: boolean;
}

export interface CustomFunctionDefinition<Answer> extends RowFunction<Answer> {
  name: "TIER" | "IMGFRIENDLY" | "MEETSCUTOFF";
  /** One line: Sheets shows it as the function's description. */
  summary: string;
  params: readonly ParamDefinition[];
  returns: { type: string; meaning: string };
  example: { formula: string; meaning: string };
}

/** The applicant's own score: unlike a program's, it must be there. */
function applicantScore(cell: unknown): number | Unreadable {
  const reading = readScore(cell);
  if (!reading.ok) return new Unreadable(problem("score", cell, reading.reason));
  if (reading.value !== null) return reading.value;
  // "N/A" is no published value for a program, but an applicant always has a score.
  return new Unreadable(problem("score", cell, isBlank(cell) ? "is blank: your Step 2 CK score is needed" : REASONS.score));
}

function unreadable(name: string, cell: unknown, reading: Reading<unknown> & { ok: false }): Unreadable {
  return new Unreadable(problem(name, cell, reading.reason));
}

export const TIER_DEFINITION: CustomFunctionDefinition<Tier> = {
  name: "TIER",
  summary: "Reach, Match or Safety: where one program stands for your Step 2 CK score.",
  params: [
    { name: "score", type: "number", optional: false, meaning: "Your USMLE Step 2 CK score (180–300), e.g. Profile!B2." },
    { name: "avg_step2", type: "number", optional: false, meaning: "The program's average Step 2 CK of matched residents; blank or \"N/A\" when not published." },
    { name: "img_pct", type: "number", optional: false, meaning: "The program's share of IMG residents: 45, \"45%\" or 0.45; blank when unknown." },
    { name: "min_step2", type: "number", optional: true, meaning: "The program's published minimum Step 2 CK (\"≥ 220\", \"230 preferred\"); blank when none." },
    { name: "program_type", type: "string", optional: true, meaning: "University, University-affiliated community, Community or Rural / underserved; stands in for a missing IMG %." },
  ],
  returns: { type: "string", meaning: "\"Reach\", \"Match\", \"Safety\", or \"Unknown\" when none of IMG %, average or minimum is known." },
  example: { formula: "=TIER(Profile!B2, J2:J300, F2:F300, H2:H300, E2:E300)", meaning: "tiers every program of the template sheet in one call" },
  evaluate(cells: unknown[]): Tier | Unreadable {
    const score = applicantScore(cells[0]);
    if (score instanceof Unreadable) return score;
    const avgStep2 = readScore(cells[1]);
    if (!avgStep2.ok) return unreadable("avg_step2", cells[1], avgStep2);
    const imgPct = readPercent(cells[2]);
    if (!imgPct.ok) return unreadable("img_pct", cells[2], imgPct);
    const minStep2 = readMinimum(cells[3]);
    if (!minStep2.ok) return unreadable("min_step2", cells[3], minStep2);
    const programType = readProgramType(cells[4]);
    if (!programType.ok) return unreadable("program_type", cells[4], programType);
    return tierOf({
      score,
      avgStep2: avgStep2.value,
      imgPct: imgPct.value,
      // A preferred minimum is still the program's usual range for TIER (RULES.md §7).
      minStep2: minStep2.value === null ? null : minStep2.value.score,
      programType: programType.value,
    });
  },
};

export const IMGFRIENDLY_DEFINITION: CustomFunctionDefinition<ImgFriendliness> = {
  name: "IMGFRIENDLY",
  summary: "High, Medium or Low: how open one program is to IMGs, from IMG %, visa policy and its own words.",
  params: [
    { name: "img_pct", type: "number", optional: false, meaning: "The program's share of IMG residents: 45, \"45%\" or 0.45; blank when unknown." },
    { name: "visa_policy", type: "string", optional: true, meaning: "Visas the program sponsors: \"J-1\", \"H-1B\", \"J-1 and H-1B\", \"None\"; blank or \"Unknown\" when unknown." },
    { name: "notes", type: "string", optional: true, meaning: "The program's description or your notes; phrases such as \"US graduates preferred\" or \"IMG-friendly\" move the level." },
    { name: "program_type", type: "string", optional: true, meaning: "University, University-affiliated community, Community or Rural / underserved; stands in for a missing IMG %." },
  ],
  returns: { type: "string", meaning: "\"High\", \"Medium\", \"Low\", or \"Unknown\" when neither IMG % nor program type is known." },
  example: { formula: "=IMGFRIENDLY(F2:F300, M2:M300, O2:O300, E2:E300)", meaning: "rates every program of the template sheet" },
  evaluate(cells: unknown[]): ImgFriendliness | Unreadable {
    const imgPct = readPercent(cells[0]);
    if (!imgPct.ok) return unreadable("img_pct", cells[0], imgPct);
    const visa = readVisaPolicy(cells[1]);
    if (!visa.ok) return unreadable("visa_policy", cells[1], visa);
    const programType = readProgramType(cells[3]);
    if (!programType.ok) return unreadable("program_type", cells[3], programType);
    return imgFriendlinessOf({ imgPct: imgPct.value, visa: visa.value, notes: readText(cells[2]), programType: programType.value });
  },
};

export const MEETSCUTOFF_DEFINITION: CustomFunctionDefinition<boolean> = {
  name: "MEETSCUTOFF",
  summary: "TRUE when you pass every filter a program publishes (minimum Step 2 CK, attempts, years since graduation).",
  params: [
    { name: "score", type: "number", optional: false, meaning: "Your USMLE Step 2 CK score (180–300), e.g. Profile!B2." },
    { name: "min_step2", type: "number", optional: false, meaning: "The program's minimum Step 2 CK; blank means none, and a minimum marked \"preferred\" is not a filter." },
    { name: "attempts", type: "number", optional: true, meaning: "Your largest number of attempts on any Step; blank means 1." },
    { name: "max_attempts", type: "number", optional: true, meaning: "The most attempts the program accepts; blank means no limit." },
    { name: "grad_year", type: "number", optional: true, meaning: "Your medical school graduation year, e.g. 2019; years are counted to the current calendar year." },
    { name: "max_years_since_grad", type: "number", optional: true, meaning: "The most years since graduation the program accepts; blank means no limit." },
  ],
  returns: { type: "boolean", meaning: "TRUE when every published filter is met, FALSE when any is not (a near miss of 1–5 points is still FALSE)." },
  example: { formula: "=MEETSCUTOFF(Profile!B2, H2:H300, Profile!B3, K2:K300, Profile!B7, L2:L300)", meaning: "checks every program's filters against your profile" },
  evaluate(cells: unknown[], context: RowContext): boolean | Unreadable {
    const score = applicantScore(cells[0]);
    if (score instanceof Unreadable) return score;
    const minStep2 = readMinimum(cells[1]);
    if (!minStep2.ok) return unreadable("min_step2", cells[1], minStep2);
    const attempts = readCount(cells[2]);
    if (!attempts.ok) return unreadable("attempts", cells[2], attempts);
    const maxAttempts = readCount(cells[3]);
    if (!maxAttempts.ok) return unreadable("max_attempts", cells[3], maxAttempts);
    const gradYear = readYear(cells[4]);
    if (!gradYear.ok) return unreadable("grad_year", cells[4], gradYear);
    const maxYears = readYears(cells[5]);
    if (!maxYears.ok) return unreadable("max_years_since_grad", cells[5], maxYears);
    return meetsCutoff({
      score,
      minStep2: minStep2.value,
      attempts: attempts.value,
      maxAttempts: maxAttempts.value,
      yearsSinceGraduation: gradYear.value === null ? null : context.currentYear - gradYear.value,
      maxYearsSinceGraduation: maxYears.value,
    });
  },
};

/** Every custom function, in the order the README lists them. */
export const CUSTOM_FUNCTIONS = [TIER_DEFINITION, IMGFRIENDLY_DEFINITION, MEETSCUTOFF_DEFINITION] as const;

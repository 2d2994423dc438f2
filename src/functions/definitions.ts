// ONE definition per custom function (CONTRACT.md §1): its name, help text and how it judges one row.
// The same object feeds the JSDoc above the function in the pushed script (Sheets' help while typing),
// the README's function reference (reference.ts) and the function itself (customFunctions.ts).

import {
  isBlank,
  readCount,
  readMinimum,
  readPercent,
  readProgramType,
  readScore,
  readText,
  readVisaPolicy,
  readYear,
  readYears,
  REASONS,
  type Reading,
} from "../rules/cells";
import { imgFriendlinessOf } from "../rules/imgFriendly";
import { meetsCutoff } from "../rules/meetsCutoff";
import { tierOf } from "../rules/tier";
import type { ImgFriendliness, ProgramType, Tier, VisaPolicy } from "../rules/types";
import type { Param, RowContext, RowFunction } from "./ranges";

export interface ParamDefinition extends Param {
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

/** The applicant's own score: unlike a program's, it must be there ("N/A" is no score either). */
function readApplicantScore(cell: unknown): Reading<number> {
  const reading = readScore(cell);
  if (!reading.ok || reading.value !== null) return reading as Reading<number>;
  return { ok: false, reason: isBlank(cell) ? "is blank: your Step 2 CK score is needed" : REASONS.score };
}

/** Notes are free text: every cell reads. */
function readNotes(cell: unknown): Reading<string> {
  return { ok: true, value: readText(cell) };
}

type Minimum = { score: number; preferred: boolean } | null;

// Arguments that mean the same in more than one function.
const SCORE: ParamDefinition = {
  name: "score",
  read: readApplicantScore,
  type: "number",
  optional: false,
  meaning: "Your USMLE Step 2 CK score (180–300), e.g. Profile!B2.",
};
const IMG_PCT: ParamDefinition = {
  name: "img_pct",
  read: readPercent,
  type: "number",
  optional: false,
  meaning: 'The program\'s share of IMG residents: 45, "45%" or 0.45; blank when unknown.',
};
const PROGRAM_TYPE: ParamDefinition = {
  name: "program_type",
  read: readProgramType,
  type: "string",
  optional: true,
  meaning: "University, University-affiliated community, Community or Rural / underserved; stands in for a missing IMG %.",
};

export const TIER_DEFINITION: CustomFunctionDefinition<Tier> = {
  name: "TIER",
  summary: "Reach, Match or Safety: where one program stands for your Step 2 CK score.",
  params: [
    SCORE,
    {
      name: "avg_step2",
      read: readScore,
      type: "number",
      optional: false,
      meaning: 'The program\'s average Step 2 CK of matched residents; blank or "N/A" when not published.',
    },
    IMG_PCT,
    {
      name: "min_step2",
      read: readMinimum,
      type: "number",
      optional: true,
      meaning: 'The program\'s published minimum Step 2 CK ("≥ 220", "230 preferred"); blank when none.',
    },
    PROGRAM_TYPE,
  ],
  returns: {
    type: "string",
    meaning: '"Reach", "Match", "Safety", or "Unknown" when none of IMG %, average or minimum is known.',
  },
  example: {
    formula: "=TIER(Profile!B2, J2:J300, F2:F300, H2:H300, E2:E300)",
    meaning: "tiers every program of the template sheet in one call",
  },
  judge(values: unknown[]): Tier {
    const minStep2 = values[3] as Minimum;
    return tierOf({
      score: values[0] as number,
      avgStep2: values[1] as number | null,
      imgPct: values[2] as number | null,
      // A preferred minimum is still the program's usual range for TIER (RULES.md §7).
      minStep2: minStep2 === null ? null : minStep2.score,
      programType: values[4] as ProgramType | null,
    });
  },
};

export const IMGFRIENDLY_DEFINITION: CustomFunctionDefinition<ImgFriendliness> = {
  name: "IMGFRIENDLY",
  summary: "High, Medium or Low: how open one program is to IMGs, from IMG %, visa policy and its own words.",
  params: [
    IMG_PCT,
    {
      name: "visa_policy",
      read: readVisaPolicy,
      type: "string",
      optional: true,
      meaning: 'Visas the program sponsors: "J-1", "H-1B", "J-1 and H-1B", "None"; blank or "Unknown" when unknown.',
    },
    {
      name: "notes",
      read: readNotes,
      type: "string",
      optional: true,
      meaning: 'The program\'s description or your notes; phrases such as "US graduates preferred" or "IMG-friendly" move the level.',
    },
    PROGRAM_TYPE,
  ],
  returns: {
    type: "string",
    meaning: '"High", "Medium", "Low", or "Unknown" when neither IMG % nor program type is known.',
  },
  example: { formula: "=IMGFRIENDLY(F2:F300, M2:M300, O2:O300, E2:E300)", meaning: "rates every program of the template sheet" },
  judge(values: unknown[]): ImgFriendliness {
    return imgFriendlinessOf({
      imgPct: values[0] as number | null,
      visa: values[1] as VisaPolicy | null,
      notes: values[2] as string,
      programType: values[3] as ProgramType | null,
    });
  },
};

export const MEETSCUTOFF_DEFINITION: CustomFunctionDefinition<boolean> = {
  name: "MEETSCUTOFF",
  summary: "TRUE when you pass every filter a program publishes (minimum Step 2 CK, attempts, years since graduation).",
  params: [
    SCORE,
    {
      name: "min_step2",
      read: readMinimum,
      type: "number",
      optional: false,
      meaning: 'The program\'s minimum Step 2 CK; blank means none, and a minimum marked "preferred" is not a filter.',
    },
    {
      name: "attempts",
      read: readCount,
      type: "number",
      optional: true,
      meaning: "Your largest number of attempts on any Step; blank means 1.",
    },
    {
      name: "max_attempts",
      read: readCount,
      type: "number",
      optional: true,
      meaning: "The most attempts the program accepts; blank means no limit.",
    },
    {
      name: "grad_year",
      read: readYear,
      type: "number",
      optional: true,
      meaning: "Your medical school graduation year, e.g. 2019; years are counted to the current calendar year.",
    },
    {
      name: "max_years_since_grad",
      read: readYears,
      type: "number",
      optional: true,
      meaning: "The most years since graduation the program accepts; blank means no limit.",
    },
  ],
  returns: {
    type: "boolean",
    meaning: "TRUE when every published filter is met, FALSE when any is not (a near miss of 1–5 points is still FALSE).",
  },
  example: {
    formula: "=MEETSCUTOFF(Profile!B2, H2:H300, Profile!B3, K2:K300, Profile!B7, L2:L300)",
    meaning: "checks every program's filters against your profile",
  },
  judge(values: unknown[], context: RowContext): boolean {
    const gradYear = values[4] as number | null;
    return meetsCutoff({
      score: values[0] as number,
      minStep2: values[1] as Minimum,
      attempts: values[2] as number | null,
      maxAttempts: values[3] as number | null,
      yearsSinceGraduation: gradYear === null ? null : context.currentYear - gradYear,
      maxYearsSinceGraduation: values[5] as number | null,
    });
  },
};

/** Every custom function, in the order the README lists them. */
export const CUSTOM_FUNCTIONS = [TIER_DEFINITION, IMGFRIENDLY_DEFINITION, MEETSCUTOFF_DEFINITION] as const;

// ONE definition per custom function (CONTRACT.md §1): what it does (rowFunctions.ts) joined with its
// help text here, argument by argument. The joined object feeds the JSDoc above the function in the
// pushed script (Sheets' help while typing) and the README's function reference (reference.ts).
// Only the build and the tests load this file: the pushed script carries the help once, as JSDoc.

import { SCORE_RANGE } from "../rules/cells";
import type { ImgFriendliness, Tier } from "../rules/types";
import type { Param, RowFunction } from "./ranges";
import {
  IMGFRIENDLY_FUNCTION,
  MEETSCUTOFF_FUNCTION,
  TIER_FUNCTION,
  type CustomFunctionName,
  type CustomRowFunction,
} from "./rowFunctions";

/** How one argument is documented. */
interface ParamHelp {
  /** The JSDoc type of a single cell. */
  type: string;
  meaning: string;
  optional: boolean;
}

export interface ParamDefinition extends Param, ParamHelp {
  /** The name Sheets shows while typing: exactly CONTRACT.md §1. */
  name: string;
}

interface FunctionHelp {
  /** One line: Sheets shows it as the function's description. */
  summary: string;
  /** Every argument by its name, in the function's order. */
  params: Record<string, ParamHelp>;
  returns: { type: string; meaning: string };
  example: { formula: string; meaning: string };
}

export interface CustomFunctionDefinition<Answer> extends RowFunction<Answer>, Omit<FunctionHelp, "params"> {
  name: CustomFunctionName;
  params: readonly ParamDefinition[];
}

/** Joins a function with its help; throws unless the help names exactly its arguments, in order. */
export function define<Answer>(fn: CustomRowFunction<Answer>, help: FunctionHelp): CustomFunctionDefinition<Answer> {
  const names = fn.params.map((param) => param.name);
  const documented = Object.keys(help.params);
  if (names.join() !== documented.join()) {
    throw new Error(`${fn.name}: the help documents ${documented.join(", ")} but the function takes ${names.join(", ")}`);
  }
  return { ...fn, ...help, params: fn.params.map((param) => ({ ...param, ...help.params[param.name]! })) };
}

// Arguments that mean the same in more than one function.
const SCORE: ParamHelp = {
  type: "number",
  optional: false,
  meaning: `Your USMLE Step 2 CK score (${SCORE_RANGE}), e.g. Profile!B2.`,
};
const IMG_PCT: ParamHelp = {
  type: "number",
  optional: false,
  meaning: 'The program\'s share of IMG residents: 45, "45%" or 0.45; blank when unknown. A lone 1 is 1%, except in a range whose other values are all fractions (0.45, 0.6…), where it is 100%.',
};
const PROGRAM_TYPE: ParamHelp = {
  type: "string",
  optional: true,
  meaning: "University, University-affiliated community, Community or Rural / underserved; stands in for a missing IMG %.",
};

export const TIER_DEFINITION: CustomFunctionDefinition<Tier> = define(TIER_FUNCTION, {
  summary: "Reach, Match or Safety: where one program stands for your Step 2 CK score.",
  params: {
    score: SCORE,
    avg_step2: {
      type: "number",
      optional: false,
      meaning: 'The program\'s average Step 2 CK of matched residents; blank or "N/A" when not published.',
    },
    img_pct: IMG_PCT,
    min_step2: {
      type: "number",
      optional: true,
      meaning: 'The program\'s published minimum Step 2 CK ("≥ 220", "230 preferred"); blank when none.',
    },
    program_type: PROGRAM_TYPE,
  },
  returns: {
    type: "string",
    meaning: '"Reach", "Match", "Safety", or "Unknown" when none of IMG %, average or minimum is known.',
  },
  example: {
    formula: "=TIER(Profile!B2, J2:J300, F2:F300, H2:H300, E2:E300)",
    meaning: "tiers every program of the template sheet in one call",
  },
});

export const IMGFRIENDLY_DEFINITION: CustomFunctionDefinition<ImgFriendliness> = define(IMGFRIENDLY_FUNCTION, {
  summary: "High, Medium or Low: how open one program is to IMGs, from IMG %, visa policy and its own words.",
  params: {
    img_pct: IMG_PCT,
    visa_policy: {
      type: "string",
      optional: true,
      meaning: 'Visas the program sponsors: "J-1", "H-1B", "J-1 and H-1B", "None", or as typed ("J1 only, no H1B"); both sponsored raises the level, neither lowers it; blank, "Unknown" or doubtful text ("H1b case by case") moves nothing.',
    },
    notes: {
      type: "string",
      optional: true,
      meaning: 'The program\'s description or your notes; phrases such as "US graduates preferred" or "IMG-friendly" move the level.',
    },
    program_type: PROGRAM_TYPE,
  },
  returns: {
    type: "string",
    meaning: '"High", "Medium", "Low", or "Unknown" when neither IMG % nor program type is known.',
  },
  example: { formula: "=IMGFRIENDLY(F2:F300, M2:M300, O2:O300, E2:E300)", meaning: "rates every program of the template sheet" },
});

export const MEETSCUTOFF_DEFINITION: CustomFunctionDefinition<boolean> = define(MEETSCUTOFF_FUNCTION, {
  summary: "TRUE when you pass every filter a program publishes (minimum Step 2 CK, attempts, graduation year).",
  params: {
    score: SCORE,
    min_step2: {
      type: "number",
      optional: false,
      meaning: 'The program\'s minimum Step 2 CK; blank means none. A minimum marked "preferred" in the cell ("230 preferred") is not a filter; a separate Cutoff type column is not read here.',
    },
    attempts: {
      type: "number",
      optional: true,
      meaning: "Your largest number of attempts on any Step; blank means 1.",
    },
    max_attempts: {
      type: "number",
      optional: true,
      meaning: "The most attempts the program accepts; blank means no limit.",
    },
    grad_year: {
      type: "number",
      optional: true,
      meaning: "Your medical school graduation year, e.g. 2019 (a date gives the year of the day the sheet shows).",
    },
    max_years_since_grad: {
      type: "number",
      optional: true,
      meaning: 'The most years since graduation the program accepts ("5", "within 5 years"), or the earliest graduation year it takes ("2019", "YOG 2020 or later", "after 2018"); blank or "no limit" means none.',
    },
    match_year: {
      type: "number",
      optional: true,
      meaning: "The Match you apply for, e.g. Profile!B14; years since graduation are counted to it. Blank means the next Match (this year until March, next year from April).",
    },
  },
  returns: {
    type: "boolean",
    meaning: "TRUE when every published filter is met, FALSE when any is not (a near miss of 1–5 points is still FALSE).",
  },
  example: {
    formula: "=MEETSCUTOFF(Profile!B2, H2:H300, MAX(1, Profile!B3, Profile!B5), K2:K300, Profile!B7, L2:L300, Profile!B14)",
    meaning: "checks every program's filters against your profile; MAX takes your most attempts on any Step",
  },
});

/** Every custom function, in the order the README lists them. */
export const CUSTOM_FUNCTIONS = [TIER_DEFINITION, IMGFRIENDLY_DEFINITION, MEETSCUTOFF_DEFINITION] as const;

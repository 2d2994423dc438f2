// What each custom function does when Sheets calls it: its name, a reader per argument and how it
// judges one row. Only this ships in the pushed script; the help texts (definitions.ts) reach Sheets
// as the JSDoc the build writes, so the bundle does not carry them twice.

import {
  countOfNumber,
  isBlank,
  percentOfNumber,
  readCount,
  readMinimum,
  readPercent,
  readProgramType,
  readScore,
  readText,
  readYear,
  REASONS,
  scoreOfNumber,
  yearOfNumber,
  type Reading,
} from "../rules/cells";
import { gradLimitOfNumber, readGradLimit } from "../rules/gradLimit";
import { imgFriendlinessOf } from "../rules/imgFriendly";
import { onesMeanWhole, percentInColumnOfNumber, readPercentInColumn } from "../rules/imgPctColumn";
import { meetsCutoff } from "../rules/meetsCutoff";
import { tierFromValues } from "../rules/tier";
import type { GradLimit, ImgFriendliness, ProgramType, Tier, VisaFacts } from "../rules/types";
import { readVisaPolicy } from "../rules/visaCell";
import type { Param, RowContext, RowFunction } from "./ranges";

export type CustomFunctionName = "TIER" | "IMGFRIENDLY" | "MEETSCUTOFF";

export interface CustomRowFunction<Answer> extends RowFunction<Answer> {
  name: CustomFunctionName;
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

/** TIER reads only a minimum's score: a preferred minimum is still the program's usual range (RULES.md §7). */
function readMinimumScore(cell: unknown): Reading<number | null> {
  const reading = readMinimum(cell);
  return reading.ok ? { ok: true, value: reading.value === null ? null : reading.value.score } : reading;
}

/** readMinimum of a number: never preferred. */
function minimumOfNumber(n: number): Minimum | undefined {
  const score = scoreOfNumber(n);
  return score === undefined ? undefined : { score, preferred: false };
}

// Arguments that mean the same in more than one function.
const SCORE: Param = { name: "score", read: readApplicantScore, readNumber: scoreOfNumber };
/** IMG % in a column of fractions, where 1 is 100% (RULES.md §3). */
const IMG_PCT_OF_FRACTIONS: Param = { name: "img_pct", read: readPercentInColumn, readNumber: percentInColumnOfNumber };
/** IMG %: one cell reads 1 as 1%; a range decides by its other cells (RULES.md §3). */
const IMG_PCT: Param = {
  name: "img_pct",
  read: readPercent,
  readNumber: percentOfNumber,
  inRange: (cellAt, length) => (onesMeanWhole(cellAt, length) ? IMG_PCT_OF_FRACTIONS : null),
};
const PROGRAM_TYPE: Param = { name: "program_type", read: readProgramType };

export const TIER_FUNCTION: CustomRowFunction<Tier> = {
  name: "TIER",
  params: [
    SCORE,
    { name: "avg_step2", read: readScore, readNumber: scoreOfNumber },
    IMG_PCT,
    { name: "min_step2", read: readMinimumScore, readNumber: scoreOfNumber },
    PROGRAM_TYPE,
  ],
  judge(values: unknown[]): Tier {
    return tierFromValues(
      values[0] as number,
      values[1] as number | null,
      values[2] as number | null,
      values[3] as number | null,
      values[4] as ProgramType | null,
    );
  },
};

export const IMGFRIENDLY_FUNCTION: CustomRowFunction<ImgFriendliness> = {
  name: "IMGFRIENDLY",
  params: [IMG_PCT, { name: "visa_policy", read: readVisaPolicy }, { name: "notes", read: readNotes }, PROGRAM_TYPE],
  judge(values: unknown[]): ImgFriendliness {
    return imgFriendlinessOf({
      imgPct: values[0] as number | null,
      visa: values[1] as VisaFacts,
      notes: values[2] as string,
      programType: values[3] as ProgramType | null,
    });
  },
};

export const MEETSCUTOFF_FUNCTION: CustomRowFunction<boolean> = {
  name: "MEETSCUTOFF",
  params: [
    SCORE,
    { name: "min_step2", read: readMinimum, readNumber: minimumOfNumber },
    { name: "attempts", read: readCount, readNumber: countOfNumber },
    { name: "max_attempts", read: readCount, readNumber: countOfNumber },
    { name: "grad_year", read: readYear, readNumber: yearOfNumber },
    { name: "max_years_since_grad", read: readGradLimit, readNumber: gradLimitOfNumber },
    { name: "match_year", read: readYear, readNumber: yearOfNumber },
  ],
  judge(values: unknown[], context: RowContext): boolean {
    return meetsCutoff({
      score: values[0] as number,
      minStep2: values[1] as Minimum,
      attempts: values[2] as number | null,
      maxAttempts: values[3] as number | null,
      gradYear: values[4] as number | null,
      // A blank match_year is the next Match (RULES.md §1, CONTRACT.md §1).
      matchYear: (values[6] as number | null) ?? context.nextMatchYear,
      gradLimit: values[5] as GradLimit | null,
    });
  },
};

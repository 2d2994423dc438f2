// The custom functions Sheets calls. Their parameter names are the ones CONTRACT.md §1 promises (the
// build checks them against definitions.ts); the work is in the range adapter and the rules engine.
// TIER tries its own row loop first (tierColumns.ts), which answers the usual column call faster.
// Imports rowFunctions.ts, not definitions.ts, so the help texts stay out of the pushed script's bundle.
// Pure: no Apps Script service, so Sheets may cache the answers.

import { nextMatchYear } from "../rules/applicant";
import type { ImgFriendliness, Tier } from "../rules/types";
import { IMGFRIENDLY_FUNCTION, MEETSCUTOFF_FUNCTION, TIER_FUNCTION } from "./rowFunctions";
import { tierColumns } from "./tierColumns";
import { runOverRanges, type CellAnswer, type RowContext } from "./ranges";

/** A single answer for single cells, or one answer per row in the shape of the ranges. */
export type Answers<Answer> = Answer | CellAnswer<Answer>[][];

/** The next Match is read when the formula is calculated, not when the script loads. */
function now(): RowContext {
  return { nextMatchYear: nextMatchYear(new Date()) };
}

export function TIER(
  score: unknown,
  avg_step2: unknown,
  img_pct: unknown,
  min_step2?: unknown,
  program_type?: unknown,
): Answers<Tier> {
  return (
    tierColumns(score, avg_step2, img_pct, min_step2, program_type) ??
    runOverRanges(TIER_FUNCTION, [score, avg_step2, img_pct, min_step2, program_type], now())
  );
}

export function IMGFRIENDLY(
  img_pct: unknown,
  visa_policy?: unknown,
  notes?: unknown,
  program_type?: unknown,
): Answers<ImgFriendliness> {
  return runOverRanges(IMGFRIENDLY_FUNCTION, [img_pct, visa_policy, notes, program_type], now());
}

export function MEETSCUTOFF(
  score: unknown,
  min_step2: unknown,
  attempts?: unknown,
  max_attempts?: unknown,
  grad_year?: unknown,
  max_years_since_grad?: unknown,
  match_year?: unknown,
): Answers<boolean> {
  return runOverRanges(
    MEETSCUTOFF_FUNCTION,
    [score, min_step2, attempts, max_attempts, grad_year, max_years_since_grad, match_year],
    now(),
  );
}

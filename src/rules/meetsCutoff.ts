// MEETSCUTOFF: does the applicant pass the program's published filters (RULES.md §7, from 002, 000).

import { DEFAULT_RULES, type RulesConfig } from "./config";
import { failsGradLimit } from "./gradLimit";
import type { GradLimit } from "./types";

export interface CutoffInput {
  score: number;
  minStep2: { score: number; preferred: boolean } | null;
  /** The largest number of attempts on any Step. */
  attempts: number | null;
  maxAttempts: number | null;
  gradYear: number | null;
  /** The Match year years since graduation are counted to (RULES.md §1, §7). */
  matchYear: number;
  /** Most years since graduation, or a minimum graduation year (RULES.md §3). */
  gradLimit: GradLimit | null;
}

/** How far below a published minimum the score is: "met", a near miss (≤ 5 points), or below. */
export function minimumShortfall(score: number, minimum: number, config: RulesConfig = DEFAULT_RULES): "met" | "near" | "below" {
  if (score >= minimum) return "met";
  return minimum - score <= config.cutoff.nearMissPoints ? "near" : "below";
}

/** TRUE when every published filter is met; a blank filter is met; a preferred minimum is no filter. */
export function meetsCutoff(input: CutoffInput, _config: RulesConfig = DEFAULT_RULES): boolean {
  const { minStep2 } = input;
  if (minStep2 !== null && !minStep2.preferred && input.score < minStep2.score) return false;
  if (input.maxAttempts !== null && input.attempts !== null && input.attempts > input.maxAttempts) return false;
  return !failsGradLimit(input.gradLimit, input.gradYear, input.matchYear);
}

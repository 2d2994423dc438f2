// TIER: Reach / Match / Safety for one program (RULES.md §5, from 004 §5, 001 §D, 003).

import { DEFAULT_RULES, type RulesConfig } from "./config";
import type { ProgramType, Tier } from "./types";

export interface TierInput {
  score: number;
  avgStep2: number | null;
  imgPct: number | null;
  minStep2: number | null;
  programType: ProgramType | null;
}

/** IMG %, or the lower end of the program type's band when IMG % is blank (RULES.md §5). */
export function imgPctOrStandIn(imgPct: number | null, programType: ProgramType | null, config: RulesConfig = DEFAULT_RULES): number | null {
  if (imgPct !== null) return imgPct;
  return programType ? config.programTypes[programType].imgPctLow : null;
}

/** First match wins: Reach, Safety, Match, Unknown. */
export function tierOf(input: TierInput, config: RulesConfig = DEFAULT_RULES): Tier {
  const { score, avgStep2, minStep2 } = input;
  const imgPct = imgPctOrStandIn(input.imgPct, input.programType, config);
  const farBelowAverage = avgStep2 !== null && avgStep2 - score > config.tier.belowAverageBy;
  const belowMinimum = minStep2 !== null && score < minStep2;
  if (belowMinimum || farBelowAverage || (imgPct !== null && imgPct < config.tier.reachImgPctBelow)) return "Reach";
  if (imgPct !== null && imgPct >= config.tier.safetyImgPctAtLeast) return "Safety";
  if (imgPct !== null || avgStep2 !== null || minStep2 !== null) return "Match";
  return "Unknown";
}

// The filters family (RULES.md §7, §8.2, §10): a program's published minimum score, maximum attempts
// and graduation limit. Failing a hard filter screens the program out (§8.1); a near miss or a
// preferred minimum leaves it usable, as a Reach.

import type { Applicant } from "./applicant";
import type { Emit } from "./codes";
import type { RulesConfig } from "./config";
import { failsGradLimit } from "./gradLimit";
import { minimumShortfall } from "./meetsCutoff";
import type { ProgramRow } from "./programs";

export const points = (n: number) => `${n} point${n === 1 ? "" : "s"}`;

export function checkFilters(a: Applicant, p: ProgramRow, config: RulesConfig, emit: Emit): void {
  const min = p.minStep2;
  if (min) {
    const gap = min.score - a.score;
    const shortfall = minimumShortfall(a.score, min.score, config);
    if (shortfall !== "met" && min.preferred) {
      emit("BELOW_PREFERRED_SCORE", `Your Step 2 CK ${a.score} is ${points(gap)} below this program's preferred ${min.score} (a preference, not a filter). Keep it only if you fit its mission well, and count it as a Reach.`);
    } else if (shortfall === "near") {
      emit("NEAR_MIN_SCORE", `Your Step 2 CK ${a.score} is ${points(gap)} below the published minimum of ${min.score}: a near miss. Apply only with a reason to look past it (strong fit, a faculty member who can email for you), and ask the coordinator whether the cutoff is strict.`);
    } else if (shortfall === "below") {
      emit("BELOW_MIN_SCORE", `Your Step 2 CK ${a.score} is ${points(gap)} below the published minimum of ${min.score}; a filter this far below usually screens you out before anyone reads your file. Spend this fee on an IMG-friendly program instead.`);
    }
  }
  if (p.maxAttempts !== null && a.attempts > p.maxAttempts) {
    emit("ATTEMPTS_EXCEEDED", `This program accepts at most ${p.maxAttempts} attempt${p.maxAttempts === 1 ? "" : "s"} on a Step; you have ${a.attempts}. Its filter will likely screen you out: replace it with a program without this limit.`);
  }
  const limit = p.maxYearsSinceGrad;
  if (limit !== null && failsGradLimit(limit, a.profile.gradYear, a.matchYear)) {
    const takes =
      "minYear" in limit
        ? `takes graduates of ${limit.minYear} or later; you graduated in ${a.profile.gradYear}`
        : `takes graduates within ${limit.maxYears} years; you will be ${a.yearsSinceGraduation} years out by the ${a.matchYear} Match`;
    emit("GRAD_YEAR_EXCEEDED", `This program ${takes}. Replace it, or get the coordinator to confirm an exception in writing.`);
  }
}

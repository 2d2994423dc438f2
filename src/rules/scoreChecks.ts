// The scores family (RULES.md §8.2): how far the applicant's score sits from a usable program's
// residents, and specialties that rarely take this profile. Given only on usable programs (§8.1).

import type { Applicant } from "./applicant";
import type { Emit } from "./codes";
import type { RulesConfig } from "./config";
import { points } from "./filterChecks";
import { isOneOf, type EvaluatedProgram } from "./lists";

export function checkScores(a: Applicant, e: EvaluatedProgram, config: RulesConfig, emit: Emit): void {
  const p = e.program;
  if (p.avgStep2 !== null && p.avgStep2 - a.score >= config.audit.scoreGapPoints) {
    emit("SCORE_GAP", `Residents matched here average ${p.avgStep2} on Step 2 CK, ${points(p.avgStep2 - a.score)} above your ${a.score}. A good interview rarely closes a gap of ${config.audit.scoreGapPoints} points or more: treat it as a long shot, and give your signals and top ranks to IMG-friendly programs instead.`);
  }
  const specialty = p.specialty ?? a.mainSpecialty;
  if (isOneOf(specialty, config.audit.competitiveSpecialties) && (a.score < config.audit.competitiveScoreBelow || a.hasRepeat)) {
    const why = a.hasRepeat ? "with a repeated Step" : `with Step 2 CK ${a.score} (under ${config.audit.competitiveScoreBelow})`;
    emit("COMPETITIVE_SPECIALTY", `${specialty} is one of the most competitive specialties, and the guides call a match in it extremely unlikely for an IMG ${why}. Unless you have strong US research and letters in the field, spend this fee on IM or FM programs that take IMGs.`);
  }
}

// The data family (RULES.md §3, §8.2, §8.3, §10): cells the audit cannot read, rows whose data is old
// or never verified, the same program twice, and a list whose shares rest on blanks. Every message
// names the column, the row and the value, and says in plain words what was skipped.

import type { Applicant } from "./applicant";
import { shown } from "./cells";
import { listFinding, type Emit, type ListFinding } from "./codes";
import type { ProgramColumn } from "./columns";
import type { RulesConfig } from "./config";
import type { Lists } from "./lists";
import type { CellProblem, ProgramRow } from "./programs";
import { visaUnknownFor } from "./visaChecks";

/** What each column feeds, in the applicant's words, to say what an unreadable cell skipped. */
const SKIPPED: Partial<Record<ProgramColumn, string>> = {
  programType: "the program type's stand-in for a blank IMG %",
  imgPct: "the IMG share in the tier, the IMG friendliness, the count of programs with few IMGs and the signal check (the program type stands in where known)",
  minStep2: "the minimum score in the tier and in Meets cutoff, and the minimum-score checks",
  cutoffType: "whether the minimum is only a preference (it is treated as a hard cutoff)",
  avgStep2: "the average score in the tier and the score-gap check",
  maxAttempts: "the attempts limit in Meets cutoff and its check",
  maxYearsSinceGrad: "the graduation limit in Meets cutoff and its check",
  visa: "the visa checks (the policy is treated as unknown)",
  applied: "the applied list (the row counts as not applied)",
  signal: "the signal checks and the signal count (the row counts as not signalled)",
  interview: "the interview count (the row counts as not interviewed)",
  rank: "the rank list (the row is left off it)",
  verified: "the Verified date (the row counts as never verified)",
};

const FIX: Partial<Record<ProgramColumn, string>> = {
  imgPct: "Write a number like 45 or 45%.",
  minStep2: "Write a score like 220, or N/A when none is published.",
  avgStep2: "Write a score like 232, or leave it blank.",
  maxAttempts: "Write a number like 1.",
  maxYearsSinceGrad: "Write a number of years like 5, or the earliest graduation year like 2019 or later.",
  visa: "Write J-1, H-1B, J-1 and H-1B, None, or Unknown.",
  programType: "Write University, University-affiliated community, Community, or Rural / underserved.",
  cutoffType: "Write hard or preferred.",
  applied: "Write Yes or No.",
  signal: "Write Yes, gold, silver, or No.",
  interview: "Write Yes or No.",
  rank: "Write a whole number: 1, 2, 3…",
  verified: "Write a date as YYYY-MM-DD.",
};

export function unreadableMessage(problem: CellProblem, row: number): string {
  return `${problem.header} '${shown(problem.value)}' in row ${row} ${problem.reason}. Skipped for this row: ${SKIPPED[problem.column] ?? "nothing"}. ${FIX[problem.column] ?? ""}`.trim();
}

/** The month-precise "more than N months before today" of RULES.md §10. */
export function isStale(verified: string | null, today: Date, months: number): boolean {
  if (verified === null) return true;
  const [y, m, d] = verified.split("-").map(Number) as [number, number, number];
  const limit = new Date(today.getFullYear(), today.getMonth() - months, today.getDate());
  return new Date(y, m - 1, d) < limit;
}

export interface DataRowContext {
  today: Date;
  hasVerifiedColumn: boolean;
  /** The first row with the same program (RULES.md §3 "Program identity"), if this one repeats it. */
  duplicateOf: { row: number; program: string } | null;
}

/** DUPLICATE_PROGRAM, UNREADABLE_VALUE and STALE_DATA for one row. */
export function checkRowData(p: ProgramRow, ctx: DataRowContext, config: RulesConfig, emit: Emit): void {
  const first = ctx.duplicateOf;
  if (first !== null) {
    const spelling = first.program === p.name ? "" : ` as '${shown(first.program)}' (here '${shown(p.name)}')`;
    emit("DUPLICATE_PROGRAM", `Rows ${first.row} and ${p.row} are the same program${p.specialty ? ` (${shown(p.specialty)})` : ""}: it is on row ${first.row}${spelling}. Keep one row, so counts, fees and signals are not doubled.`);
  }
  for (const problem of p.problems) emit("UNREADABLE_VALUE", unreadableMessage(problem, p.row));
  const months = config.audit.staleAfterMonths;
  if (ctx.hasVerifiedColumn && isStale(p.verified, ctx.today, months)) {
    const when =
      p.verified === null
        ? p.problems.some((q) => q.column === "verified")
          ? "has no Verified date the audit can read"
          : "has never been verified (the Verified cell is blank)"
        : `was last verified on ${p.verified}, more than ${months} months ago`;
    emit("STALE_DATA", `This row's data ${when}. Cutoffs and visa policies change: check the program's own site, update the row and its Verified date.`);
  }
}

/** DATA_GAPS: a quarter or more of the usable applied list has no IMG % or (for a visa applicant) no known visa policy. */
export function dataGapFindings(lists: Lists, a: Applicant, config: RulesConfig): ListFinding[] {
  const list = lists.usableApplied;
  const n = list.length;
  if (n === 0) return [];
  const noImg = list.filter((e) => e.program.imgPct === null).length;
  const noVisa = a.needsVisa ? list.filter((e) => visaUnknownFor(a.profile.visaNeed, e.program)).length : 0;
  const limit = n * config.strategy.dataGapShareAtLeast;
  if (noImg < limit && noVisa < limit) return [];
  const has = (k: number) => (k === 1 ? "has" : "have");
  // Both counts (RULES.md §8.3), a zero in words rather than "0 have".
  const imgPart = noImg === 0 ? "every one has an IMG %" : `${noImg} ${has(noImg)} no IMG %`;
  const visaPart = noVisa === 0 ? "none has an unknown visa policy" : `${noVisa} ${has(noVisa)} an unknown visa policy`;
  const counts = a.needsVisa ? `${imgPart} and ${visaPart}` : imgPart;
  return [
    listFinding(
      "DATA_GAPS",
      `Of the ${n} programs you applied to and can use, ${counts}. Where IMG % is blank the tier rests on the program type or is unknown, so the shares above rest on guesses: fill in the blanks from FREIDA, the program's site or its coordinator.`,
      `Of the ${n} applications you can use, ${counts}: the shares rest on guesses until you fill them in.`,
    ),
  ];
}

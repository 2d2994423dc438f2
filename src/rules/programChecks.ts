// The per-program findings of RULES.md §8 and §10: each check reads one evaluated row and says, in
// plain English, what is wrong and what to do.

import { isHighRisk, type Applicant } from "./applicant";
import { shown } from "./cells";
import type { ProgramColumn } from "./columns";
import type { RulesConfig } from "./config";
import { minimumShortfall } from "./meetsCutoff";
import type { CellProblem, ProgramRow } from "./programs";
import { specialtyKey } from "./specialties";
import type { Finding, FindingCode, Tier } from "./types";

export interface EvaluatedProgram {
  program: ProgramRow;
  tier: Tier;
  /** IMG %, or the program type's stand-in (RULES.md §5). */
  imgPct: number | null;
}

type Emit = (code: FindingCode, severity: Finding["severity"], message: string) => void;

const points = (n: number) => `${n} point${n === 1 ? "" : "s"}`;

export function visaWords(need: Applicant["profile"]["visaNeed"]): string {
  return need === "J-1 or H-1B" ? "a J-1 or H-1B" : need === "H-1B" ? "an H-1B" : "a J-1";
}

/** The visas this applicant can use: one fact each at a program (RULES.md §3, §8.2). */
function usableVisas(need: Applicant["profile"]["visaNeed"]): ("j1" | "h1b")[] {
  return need === "J-1" ? ["j1"] : need === "H-1B" ? ["h1b"] : ["j1", "h1b"];
}

function checkVisa(a: Applicant, p: ProgramRow, emit: Emit): void {
  const need = a.profile.visaNeed;
  if (need === "None") return;
  const { visa } = p;
  if (visa.j1 === "no" && visa.h1b === "no") {
    emit("VISA_NONE", "error", `You need ${visaWords(need)} visa; this program sponsors none. Drop it from your list, or confirm with the coordinator that the policy has changed.`);
    return;
  }
  const usable = usableVisas(need).map((v) => visa[v]);
  if (usable.every((answer) => answer === "no")) {
    // Only a one-visa applicant gets here: the other visa is yes or unknown.
    const [mine, other] = need === "H-1B" ? ["H-1B", "J-1"] : ["J-1", "H-1B"];
    const what = visa[need === "H-1B" ? "j1" : "h1b"] === "yes" ? `sponsors ${other} only` : `does not sponsor ${mine}`;
    emit("VISA_TYPE", "error", `You can only use ${need === "H-1B" ? "an" : "a"} ${mine}; this program ${what}. Drop it, or confirm with the coordinator that it sponsors ${mine}.`);
    return;
  }
  if (!usable.includes("yes")) {
    const cell = p.visaText === "" ? "this row's visa policy is blank or unknown" : `this row's Visa cell says '${shown(p.visaText)}', which does not settle whether the program sponsors one you can use`;
    emit("VISA_UNKNOWN", "warning", `You need ${visaWords(need)} visa and ${cell}. Email the coordinator (or check FREIDA and the program's site) and fill in the Visa column before you spend a fee here.`);
    return;
  }
  // The applicant relies on H-1B here when it is the only visa that works for them at this program.
  const reliesOnH1b = visa.h1b === "yes" && (need === "H-1B" || visa.j1 !== "yes");
  if (reliesOnH1b && !a.step3Passed) {
    emit("VISA_STEP3", "warning", "This program would sponsor you on an H-1B, which needs USMLE Step 3 passed before the petition; you have not passed Step 3. Take Step 3 before the rank list deadline, or favour programs that sponsor J-1.");
  }
}

function checkScores(a: Applicant, p: ProgramRow, config: RulesConfig, emit: Emit): void {
  const min = p.minStep2;
  if (min) {
    const gap = min.score - a.score;
    const shortfall = minimumShortfall(a.score, min.score, config);
    if (shortfall !== "met" && min.preferred) {
      emit("BELOW_PREFERRED_SCORE", "warning", `Your Step 2 CK ${a.score} is ${points(gap)} below this program's preferred ${min.score} (a preference, not a filter). Keep it only if you fit its mission well, and count it as a Reach.`);
    } else if (shortfall === "near") {
      emit("NEAR_MIN_SCORE", "warning", `Your Step 2 CK ${a.score} is ${points(gap)} below the published minimum of ${min.score}: a near miss. Apply only with a reason to look past it (strong fit, a faculty member who can email for you), and ask the coordinator whether the cutoff is strict.`);
    } else if (shortfall === "below") {
      emit("BELOW_MIN_SCORE", "error", `Your Step 2 CK ${a.score} is ${points(gap)} below the published minimum of ${min.score}; a filter this far below usually screens you out before anyone reads your file. Spend this fee on an IMG-friendly program instead.`);
    }
  }
  if (p.maxAttempts !== null && a.attempts > p.maxAttempts) {
    emit("ATTEMPTS_EXCEEDED", "error", `This program accepts at most ${p.maxAttempts} attempt${p.maxAttempts === 1 ? "" : "s"} on a Step; you have ${a.attempts}. Its filter will likely screen you out: replace it with a program without this limit.`);
  }
  if (p.maxYearsSinceGrad !== null && a.yearsSinceGraduation !== null && a.yearsSinceGraduation > p.maxYearsSinceGrad) {
    emit("GRAD_YEAR_EXCEEDED", "error", `This program takes graduates within ${p.maxYearsSinceGrad} years; you will be ${a.yearsSinceGraduation} years out by the ${a.matchYear} match. Replace it, or get the coordinator to confirm an exception in writing.`);
  }
  if (p.avgStep2 !== null && p.avgStep2 - a.score >= config.audit.scoreGapPoints) {
    emit("SCORE_GAP", "warning", `This program's average Step 2 CK (${p.avgStep2}) is ${points(p.avgStep2 - a.score)} above yours (${a.score}). A good interview rarely closes a 20–30 point gap: treat it as a long shot and don't give it a signal or a high rank over an IMG-friendly program.`);
  }
}

function checkSpecialtyAndSignal(a: Applicant, e: EvaluatedProgram, config: RulesConfig, emit: Emit): void {
  const p = e.program;
  const specialty = p.specialty ?? a.mainSpecialty;
  if (specialty && isHighRisk(a.band) && config.audit.competitiveSpecialties.some((s) => specialtyKey(s) === specialtyKey(specialty))) {
    emit("COMPETITIVE_SPECIALTY", "warning", `${specialty} is one of the most competitive specialties and rarely takes IMGs whose scores are in the ${a.band} band. Unless you have strong compensating factors (US research and letters in the field), spend this fee on IM or FM programs that take IMGs.`);
  }
  if (p.signal && e.tier === "Reach" && e.imgPct !== null && e.imgPct < config.audit.signalOnReachImgPctBelow) {
    emit("SIGNAL_ON_REACH", "warning", `You signalled a Reach program where IMGs are under ${config.audit.signalOnReachImgPctBelow}% of residents. Signals are scarce: move this one to an IMG-friendly program where it can tip the balance.`);
  }
}

/** What each column feeds, to say which checks an unreadable cell skipped; a column not listed feeds none. */
const SKIPPED: Partial<Record<ProgramColumn, string>> = {
  programType: "the program type's stand-in for a blank IMG %",
  imgPct: "IMG % in Tier, IMG friendliness, LOW_IMG_MAJORITY and SIGNAL_ON_REACH (the program type stands in where known)",
  minStep2: "the minimum score in Tier and Meets cutoff, BELOW_MIN_SCORE, NEAR_MIN_SCORE and BELOW_PREFERRED_SCORE",
  cutoffType: "whether the minimum is preferred (it is treated as a hard cutoff)",
  avgStep2: "the average score in Tier and SCORE_GAP",
  maxAttempts: "ATTEMPTS_EXCEEDED and the attempts filter in Meets cutoff",
  maxYearsSinceGrad: "GRAD_YEAR_EXCEEDED and the graduation filter in Meets cutoff",
  visa: "VISA_NONE, VISA_TYPE and VISA_STEP3 (the policy is treated as unknown)",
  applied: "the applied list (the row counts as not applied)",
  signal: "SIGNAL_ON_REACH and SIGNALS_OVER (the row counts as not signalled)",
  rank: "the rank list (the row is left off it)",
  verified: "the Verified date (STALE_DATA treats the row as never verified)",
};

const FIX: Partial<Record<ProgramColumn, string>> = {
  imgPct: "Write a number like 45 or 45%.",
  minStep2: "Write a score like 220, or N/A when none is published.",
  avgStep2: "Write a score like 232, or leave it blank.",
  maxAttempts: "Write a number like 1.",
  maxYearsSinceGrad: "Write a number of years like 5.",
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
  return `${problem.header} '${shown(problem.value)}' in row ${row} ${problem.reason}. Skipped for this row: ${SKIPPED[problem.column] ?? "none"}. ${FIX[problem.column] ?? ""}`.trim();
}

/** The month-precise "more than N months before today" of RULES.md §10. */
export function isStale(verified: string | null, today: Date, months: number): boolean {
  if (verified === null) return true;
  const [y, m, d] = verified.split("-").map(Number) as [number, number, number];
  const limit = new Date(today.getFullYear(), today.getMonth() - months, today.getDate());
  return new Date(y, m - 1, d) < limit;
}

export interface RowContext {
  applicant: Applicant;
  config: RulesConfig;
  today: Date;
  /** Whether the sheet has a column: a missing column only disables the checks that need it (§2). */
  hasColumn: (column: ProgramColumn) => boolean;
  /** The row of the first program with the same name and specialty, if this one repeats it. */
  duplicateOf: number | null;
}

/** All per-program findings for one row, in a stable order. */
export function programFindings(e: EvaluatedProgram, ctx: RowContext): Finding[] {
  const p = e.program;
  const findings: Finding[] = [];
  const emit: Emit = (code, severity, message) => findings.push({ code, severity, row: p.row, program: p.name, message });
  if (ctx.hasColumn("visa")) checkVisa(ctx.applicant, p, emit);
  checkScores(ctx.applicant, p, ctx.config, emit);
  checkSpecialtyAndSignal(ctx.applicant, e, ctx.config, emit);
  if (ctx.duplicateOf !== null) {
    emit("DUPLICATE_PROGRAM", "warning", `This program${p.specialty ? ` (${p.specialty})` : ""} is already on row ${ctx.duplicateOf}. Keep one row, so counts, fees and signals are not doubled.`);
  }
  for (const problem of p.problems) emit("UNREADABLE_VALUE", "warning", unreadableMessage(problem, p.row));
  if (ctx.hasColumn("verified") && isStale(p.verified, ctx.today, ctx.config.audit.staleAfterMonths)) {
    const when = p.verified === null ? (p.problems.some((q) => q.column === "verified") ? "has no Verified date the audit can read" : "has never been verified (the Verified cell is blank)") : `was last verified on ${p.verified}, more than ${ctx.config.audit.staleAfterMonths} months ago`;
    emit("STALE_DATA", "info", `This row's data ${when}. Cutoffs and visa policies change: check the program's own site, update the row and its Verified date.`);
  }
  return findings;
}


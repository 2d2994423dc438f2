// The per-program findings of RULES.md §8.2 for one row: the screening checks first (visa, hard
// filters), which decide whether the program is screened out (§8.1), then the other families. A
// screened-out program keeps only the findings §8.1 lists (the `keptWhenScreenedOut` mark in codes.ts).

import type { Applicant } from "./applicant";
import { CODES, makeFinding, type Emit } from "./codes";
import type { RulesConfig } from "./config";
import { checkRowData, type DataRowContext } from "./dataChecks";
import { checkFilters } from "./filterChecks";
import type { EvaluatedProgram } from "./lists";
import { checkRankRow, type RankRowContext } from "./rankChecks";
import { checkScores } from "./scoreChecks";
import { checkSignal, type SignalRowContext } from "./signalChecks";
import type { Finding } from "./types";
import { checkVisa } from "./visaChecks";

export interface RowContext extends SignalRowContext, RankRowContext, DataRowContext {
  applicant: Applicant;
  config: RulesConfig;
  /** Whether the sheet has a Visa column: a missing column only disables the checks that need it (§2). */
  hasVisaColumn: boolean;
}

/**
 * All per-program findings for one row, in a stable order. The screening checks run first and set
 * `e.screenedOut` (visa wins over a filter); a screened-out row then keeps only what §8.1 lists.
 */
export function programFindings(e: EvaluatedProgram, ctx: RowContext): Finding[] {
  const p = e.program;
  const findings: Finding[] = [];
  const emit: Emit = (code, message, severity) => findings.push(makeFinding(code, message, { row: p.row, program: p.name, severity }));
  if (ctx.hasVisaColumn) checkVisa(ctx.applicant, p, emit);
  checkFilters(ctx.applicant, p, ctx.config, emit);
  const causes = findings.map((f) => CODES[f.code].screensOut);
  e.screenedOut = causes.includes("visa") ? "visa" : causes.includes("filter") ? "filter" : null;

  checkScores(ctx.applicant, e, ctx.config, emit);
  checkSignal(e, ctx, ctx.config, emit);
  checkRankRow(e, ctx, emit);
  checkRowData(p, ctx, ctx.config, emit);
  return e.screenedOut === null ? findings : findings.filter((f) => CODES[f.code].keptWhenScreenedOut);
}

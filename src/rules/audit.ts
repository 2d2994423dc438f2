// The list audit (RULES.md §8–§10): reads the program sheet and the profile, judges every row with
// the same three rules the custom functions use, and reports findings and a summary. It never changes
// its inputs; a row it cannot read becomes a finding about that row, and the rest still runs.

import { describeApplicant, type Applicant } from "./applicant";
import { SCORE_RANGE } from "./cells";
import { DEFAULT_RULES, type RulesConfig } from "./config";
import { imgFriendlinessOf } from "./imgFriendly";
import { countBySpecialty, listFindings, tierCounts, type Lists } from "./listChecks";
import { meetsCutoff } from "./meetsCutoff";
import { programFindings, type EvaluatedProgram } from "./programChecks";
import { parseProfile, profileValuesFromRows } from "./profile";
import { readProgramTable, UnreadableInputError, type ProgramRow } from "./programs";
import { programNameKey, sameProgram, type ProgramIdentity } from "./programIdentity";
import { buildSummary } from "./summary";
import { profileNotes } from "./profileNotes";
import { imgPctOrStandIn, tierOf } from "./tier";
import type { AuditResult, Finding, Profile, ProgramResult } from "./types";

export { UnreadableInputError };

export interface AuditOptions {
  /** The day the audit judges by (STALE_DATA, the default match year). */
  today: Date;
  config?: RulesConfig;
}

/** Reads the profile rows, or throws UnreadableInputError when there is no usable Step 2 CK. */
export function readProfile(profileRows: readonly (readonly unknown[])[]): { profile: Profile; errors: Partial<Record<keyof Profile, string>> } {
  const values = profileValuesFromRows(profileRows);
  const { profile, errors } = parseProfile(values);
  if (!profile) {
    throw new UnreadableInputError(
      errors.step2 ? `The profile's ${errors.step2}.` : `The profile has no Step 2 CK score: add a row 'Step 2 CK' with your score (${SCORE_RANGE}).`,
    );
  }
  return { profile, errors };
}

function evaluate(p: ProgramRow, a: Applicant, config: RulesConfig): EvaluatedProgram & { result: ProgramResult } {
  const tier = tierOf({ score: a.score, avgStep2: p.avgStep2, imgPct: p.imgPct, minStep2: p.minStep2?.score ?? null, programType: p.programType }, config);
  const result: ProgramResult = {
    row: p.row,
    program: p.name,
    specialty: p.specialty,
    city: p.city || null,
    state: p.state || null,
    tier,
    imgFriendly: imgFriendlinessOf({ imgPct: p.imgPct, visa: p.visa, notes: p.notes, programType: p.programType }, config),
    meetsCutoff: meetsCutoff(
      {
        score: a.score,
        minStep2: p.minStep2,
        attempts: a.attempts,
        maxAttempts: p.maxAttempts,
        yearsSinceGraduation: a.yearsSinceGraduation,
        maxYearsSinceGraduation: p.maxYearsSinceGrad,
      },
      config,
    ),
    applied: p.applied,
    rank: p.rank,
  };
  return { program: p, tier, imgPct: imgPctOrStandIn(p.imgPct, p.programType, config), result };
}

/** For each row that repeats an earlier program (RULES.md §3 "Program identity"), that program's first row. */
function firstRowsOfPrograms(programs: readonly ProgramRow[], mainSpecialty: string | null): Map<number, number> {
  const identityOf = (p: ProgramRow): ProgramIdentity => ({ name: p.name, specialty: p.specialty ?? mainSpecialty, city: p.city || null, state: p.state || null });
  const seen = new Map<string, ProgramIdentity[]>(); // by name key: only rows of one name can be one program
  const firstRow = new Map<ProgramIdentity, number>();
  const duplicateOf = new Map<number, number>();
  for (const p of programs) {
    const identity = identityOf(p);
    const key = programNameKey(p.name);
    const earlier = seen.get(key) ?? [];
    const same = earlier.find((other) => sameProgram(other, identity));
    if (same) duplicateOf.set(p.row, firstRow.get(same)!);
    else {
      firstRow.set(identity, p.row);
      seen.set(key, [...earlier, identity]);
    }
  }
  return duplicateOf;
}

export function auditSheet(programRows: readonly (readonly unknown[])[], profileRows: readonly (readonly unknown[])[], options: AuditOptions): AuditResult {
  const config = options.config ?? DEFAULT_RULES;
  const { profile, errors } = readProfile(profileRows);
  const table = readProgramTable(programRows);
  const applicant = describeApplicant(profile, options.today, config);
  const evaluated = table.programs.map((p) => evaluate(p, applicant, config));

  // With no Applied column, every program row is on the applied list (RULES.md §8).
  const applied = table.columns.applied === undefined ? evaluated : evaluated.filter((e) => e.program.applied);
  const ranked = evaluated.filter((e) => e.program.rank !== null).sort((x, y) => x.program.rank! - y.program.rank! || x.program.row - y.program.row);
  const lists: Lists = {
    all: evaluated,
    applied,
    ranked,
    appliedBySpecialty: countBySpecialty(applied, applicant),
    appliedTiers: tierCounts(applied),
    rankedTiers: tierCounts(ranked),
  };

  const findings: Finding[] = [];
  // An unreadable profile field: UNREADABLE_VALUE with no row and no program (RULES.md §8).
  for (const message of Object.values(errors)) {
    findings.push({ code: "UNREADABLE_VALUE", severity: "warning", row: null, program: null, message: `${message}. It is read as blank; fix it in the Profile sheet.` });
  }
  const hasColumn = (column: keyof typeof table.columns) => table.columns[column] !== undefined;
  const duplicateOf = firstRowsOfPrograms(table.programs, applicant.mainSpecialty);
  for (const e of evaluated) {
    findings.push(
      ...programFindings(e, { applicant, config, today: options.today, hasColumn, duplicateOf: duplicateOf.get(e.program.row) ?? null }),
    );
  }
  findings.push(...listFindings(lists, applicant, config));

  return {
    summary: { ...buildSummary(lists, applicant, findings, config, options.today), profileNotes: profileNotes(profileRows, errors.visaNeed !== undefined) },
    programs: evaluated.map((e) => e.result),
    findings,
  };
}

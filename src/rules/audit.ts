// The list audit (RULES.md §8–§10): reads the program sheet and the profile, judges every row with
// the same three rules the custom functions use, and reports findings and a summary. It never changes
// its inputs; a row it cannot read becomes a finding about that row, and the rest still runs.

import { describeApplicant, type Applicant } from "./applicant";
import { SCORE_RANGE } from "./cells";
import { makeFinding, sortFindings, type ListFinding } from "./codes";
import { DEFAULT_RULES, type RulesConfig } from "./config";
import { dataGapFindings } from "./dataChecks";
import { imgFriendlinessOf } from "./imgFriendly";
import { appliedListFindings } from "./listChecks";
import { buildLists, type EvaluatedProgram } from "./lists";
import { meetsCutoff } from "./meetsCutoff";
import { programFindings } from "./programChecks";
import { parseProfile, profileValuesFromRows } from "./profile";
import { profileNotes } from "./profileNotes";
import { programNameKey, sameProgram, type ProgramIdentity } from "./programIdentity";
import { readProgramTable, UnreadableInputError, type ProgramRow } from "./programs";
import { rankListFindings } from "./rankChecks";
import { signalListFindings } from "./signalChecks";
import { strategyFindings } from "./strategyChecks";
import { buildSummary } from "./summary";
import { imgPctOrStandIn, tierOf } from "./tier";
import type { AuditResult, Finding, Profile, ProgramResult } from "./types";
import { buildVerdict } from "./verdict";
import { h1bFindings } from "./visaChecks";

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

function evaluate(p: ProgramRow, a: Applicant, config: RulesConfig): EvaluatedProgram {
  const tier = tierOf({ score: a.score, avgStep2: p.avgStep2, imgPct: p.imgPct, minStep2: p.minStep2?.score ?? null, programType: p.programType }, config);
  return { program: p, tier, imgPct: imgPctOrStandIn(p.imgPct, p.programType, config), screenedOut: null };
}

function programResult(e: EvaluatedProgram, a: Applicant, config: RulesConfig): ProgramResult {
  const p = e.program;
  return {
    row: p.row,
    program: p.name,
    specialty: p.specialty,
    city: p.city || null,
    state: p.state || null,
    tier: e.tier,
    imgFriendly: imgFriendlinessOf({ imgPct: p.imgPct, visa: p.visa, notes: p.notes, programType: p.programType }, config),
    meetsCutoff: meetsCutoff(
      {
        score: a.score,
        minStep2: p.minStep2,
        attempts: a.attempts,
        maxAttempts: p.maxAttempts,
        gradYear: a.profile.gradYear,
        matchYear: a.matchYear,
        gradLimit: p.maxYearsSinceGrad,
      },
      config,
    ),
    applied: p.applied,
    rank: p.rank,
    screenedOut: e.screenedOut,
  };
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
  const hasColumn = (column: keyof typeof table.columns) => table.columns[column] !== undefined;

  const findings: Finding[] = [];
  // An unreadable profile field: UNREADABLE_VALUE with no row and no program (RULES.md §8.1).
  for (const message of Object.values(errors)) {
    findings.push(makeFinding("UNREADABLE_VALUE", `${message}. It is read as blank; fix it in the Profile sheet.`));
  }
  const onAppliedList = (e: EvaluatedProgram) => !hasColumn("applied") || e.program.applied;
  const interviewsRecorded = hasColumn("interview") && evaluated.some((e) => e.program.interview);
  const duplicateOf = firstRowsOfPrograms(table.programs, applicant.mainSpecialty);
  const byRow = new Map(table.programs.map((p) => [p.row, p]));
  const programAt = (row: number | undefined) => (row === undefined ? null : { row, program: byRow.get(row)!.name });
  const rankHolder = new Map<number, EvaluatedProgram>();
  for (const e of evaluated) {
    const rank = e.program.rank;
    const holder = rank === null ? undefined : rankHolder.get(rank);
    if (rank !== null && !holder) rankHolder.set(rank, e);
    findings.push(
      ...programFindings(e, {
        applicant,
        config,
        today: options.today,
        hasVisaColumn: hasColumn("visa"),
        hasVerifiedColumn: hasColumn("verified"),
        hasAppliedColumn: hasColumn("applied"),
        onAppliedList: onAppliedList(e),
        interviewsRecorded,
        duplicateOf: programAt(duplicateOf.get(e.program.row)),
        rankTakenBy: holder ? { row: holder.program.row, program: holder.program.name } : null,
      }),
    );
  }

  // The whole-list checks read the lists only once every row is screened (RULES.md §8.1).
  const lists = buildLists(evaluated, hasColumn("applied"));
  const listWide: ListFinding[] = [
    ...h1bFindings(applicant, lists, config),
    ...appliedListFindings(lists, applicant, config),
    ...rankListFindings(lists, applicant, config),
    ...signalListFindings(lists, applicant, config),
    ...strategyFindings(lists, applicant, config, options.today),
    ...dataGapFindings(lists, applicant, config),
  ];
  const all = sortFindings([...findings, ...listWide]);
  const verdict = buildVerdict(all, lists);
  const output = all.map((f) => {
    const { brief: _brief, fact: _fact, ...finding } = f as ListFinding;
    return finding;
  });

  return {
    summary: {
      verdict,
      ...buildSummary(lists, applicant, output, config, options.today),
      profileNotes: profileNotes(profileRows, {
        visaUnreadable: errors.visaNeed !== undefined,
        matchYearUnreadable: errors.matchYear !== undefined,
        matchYear: applicant.matchYear,
        matchYearIsNextMatch: profile.matchYear === null,
      }),
    },
    programs: evaluated.map((e) => programResult(e, applicant, config)),
    findings: output,
  };
}

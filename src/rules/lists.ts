// Which programs count (RULES.md §8.1): the applied list, the rank list, and their usable parts (the
// programs not screened out for this applicant). Every share, count and target is computed on the
// usable lists, so the checks and the summary read them from here and never count twice.

import type { Applicant } from "./applicant";
import type { RulesConfig } from "./config";
import type { ProgramRow } from "./programs";
import { specialtyKey } from "./specialties";
import type { ListCounts, ScreenedOut, Tier, TierCounts } from "./types";

export interface EvaluatedProgram {
  program: ProgramRow;
  tier: Tier;
  /** IMG %, or the program type's stand-in (RULES.md §5). */
  imgPct: number | null;
  /** Why the program cannot take this applicant, or null (RULES.md §8.1); set by the screening checks. */
  screenedOut: ScreenedOut | null;
}

export interface Lists {
  all: EvaluatedProgram[];
  applied: EvaluatedProgram[];
  /** In rank order. */
  ranked: EvaluatedProgram[];
  usableApplied: EvaluatedProgram[];
  usableRanked: EvaluatedProgram[];
  /** True when the sheet has an Applied column (else every program row is on the applied list). */
  hasAppliedColumn: boolean;
}

export function buildLists(all: EvaluatedProgram[], hasAppliedColumn: boolean): Lists {
  const applied = hasAppliedColumn ? all.filter((e) => e.program.applied) : all;
  const ranked = all.filter((e) => e.program.rank !== null).sort((x, y) => x.program.rank! - y.program.rank! || x.program.row - y.program.row);
  const usable = (e: EvaluatedProgram) => e.screenedOut === null;
  return { all, applied, ranked, usableApplied: applied.filter(usable), usableRanked: ranked.filter(usable), hasAppliedColumn };
}

/** How many programs of `list` are in each tier, and in all. */
export function tierCounts(list: EvaluatedProgram[]): TierCounts {
  const counts: TierCounts = { count: list.length, Reach: 0, Match: 0, Safety: 0, Unknown: 0 };
  for (const e of list) counts[e.tier] += 1;
  return counts;
}

/** A list as the summary shows it: all its rows, the screened-out ones by cause, tiers of the usable ones. */
export function listCounts(list: EvaluatedProgram[]): ListCounts {
  const usable = list.filter((e) => e.screenedOut === null);
  const { Reach, Match, Safety, Unknown } = tierCounts(usable);
  const screenedOut = { visa: 0, filter: 0 };
  for (const e of list) if (e.screenedOut) screenedOut[e.screenedOut] += 1;
  return { count: list.length, usable: usable.length, screenedOut, Reach, Match, Safety, Unknown };
}

/** A share as the messages say it: "29%". */
export const pct = (n: number): string => `${Math.round(n)}%`;

/** n of `of` as a percentage (0 for an empty list). */
export const share = (n: number, of: number): number => (of === 0 ? 0 : (n / of) * 100);

/** The specialty a row counts for: its own, or the applicant's first when blank (RULES.md §8). */
export function specialtyOf(e: EvaluatedProgram, applicant: Applicant): string | null {
  return e.program.specialty ?? applicant.mainSpecialty;
}

// specialtyKey normalizes with a regular expression; a sheet holds a handful of specialty spellings,
// read once per row by several checks, so their keys are kept (bounded, in case of a very odd sheet).
const keys = new Map<string, string>();
function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 500) keys.clear();
    keys.set(text, (key = specialtyKey(text)));
  }
  return key;
}

/** True when `specialty` is one of `names` (spelling forgiven). */
export function isOneOf(specialty: string | null, names: readonly string[]): boolean {
  if (specialty === null) return false;
  const key = keyOf(specialty);
  return names.some((n) => keyOf(n) === key);
}

/** A Transitional Year or preliminary position: "prelim" or "transitional" in its Specialty or Program name (§8.3). */
export function isPrelimOrTransitional(e: EvaluatedProgram, config: RulesConfig): boolean {
  const text = `${e.program.specialty ?? ""} ${e.program.name}`.toLowerCase();
  return config.strategy.prelimWords.some((w) => text.includes(w));
}

/** Programs per specialty, keyed by specialtyKey; the name is the canonical one. */
export type SpecialtyCounts = Map<string, { specialty: string; count: number }>;

/** How many programs of `list` count for each specialty, optionally only those `counts` accepts. */
export function countBySpecialty(list: EvaluatedProgram[], applicant: Applicant, counts: (e: EvaluatedProgram) => boolean = () => true): SpecialtyCounts {
  const bySpecialty: SpecialtyCounts = new Map();
  for (const e of list) {
    if (!counts(e)) continue;
    const specialty = specialtyOf(e, applicant) ?? "Unspecified";
    const key = keyOf(specialty);
    const entry = bySpecialty.get(key) ?? { specialty, count: 0 };
    entry.count += 1;
    bySpecialty.set(key, entry);
  }
  return bySpecialty;
}

/** The programs APPLICATION_COUNT_LOW counts (§8.3, §8.4): usable applied, not TY / prelim / competitive. */
export function countedApplications(lists: Lists, applicant: Applicant, config: RulesConfig): number {
  return lists.usableApplied.filter((e) => !isPrelimOrTransitional(e, config) && !isOneOf(specialtyOf(e, applicant), config.audit.competitiveSpecialties)).length;
}

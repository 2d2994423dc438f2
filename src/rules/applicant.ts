// Facts about the applicant that several rules share: score band (RULES.md §4), attempts, years since
// graduation, and the recommended number of applications (§8 table).

import type { RulesConfig } from "./config";
import { specialtyKey } from "./specialties";
import type { Profile, ScoreBand } from "./types";

export interface Applicant {
  profile: Profile;
  score: number;
  /** The largest number of attempts on any Step. */
  attempts: number;
  /** A repeat attempt on any Step, or a Step 1 fail on record. */
  hasRepeat: boolean;
  band: ScoreBand;
  matchYear: number;
  yearsSinceGraduation: number | null;
  step3Passed: boolean;
  needsVisa: boolean;
  /** The first specialty, or null when the profile lists none. */
  mainSpecialty: string | null;
}

export function describeApplicant(profile: Profile, today: Date, config: RulesConfig): Applicant {
  const attempts = Math.max(profile.step1Attempts, profile.step2Attempts, profile.step3Attempts ?? 1);
  const hasRepeat = attempts >= 2 || profile.step1 === "Fail";
  const matchYear = profile.matchYear ?? nextMatchYear(today);
  const step3 = profile.step3;
  return {
    profile,
    score: profile.step2,
    attempts,
    hasRepeat,
    band: scoreBand(profile.step2, hasRepeat, config),
    matchYear,
    yearsSinceGraduation: profile.gradYear === null ? null : matchYear - profile.gradYear,
    step3Passed: step3 === "Pass" || (typeof step3 === "number" && step3 >= config.score.step3PassingScore),
    needsVisa: profile.visaNeed !== "None",
    mainSpecialty: profile.specialties[0] ?? null,
  };
}

/**
 * The Match a blank Match year means (RULES.md §1): Match Day is in March and ERAS opens in June, so
 * the current year from January 1 to March 31, the next year from April 1 (by the local calendar).
 */
export function nextMatchYear(today: Date): number {
  return today.getMonth() < 3 ? today.getFullYear() : today.getFullYear() + 1;
}

/** RULES.md §4: multiple attempts or a Step 1 fail put the applicant in high risk whatever the number. */
export function scoreBand(score: number, hasRepeat: boolean, config: RulesConfig): ScoreBand {
  if (score < config.score.veryLowBelow) return "very low";
  if (score < config.score.highRiskBelow || hasRepeat) return "high risk";
  if (score < config.score.borderlineBelow) return "borderline";
  return "fine";
}

export function isHighRisk(band: ScoreBand): boolean {
  return band === "very low" || band === "high risk";
}

/** The recommended number of applications for one specialty, or null outside the table's columns. */
export function recommendedApplications(applicant: Applicant, specialty: string, config: RulesConfig): { min: number; max: number } | null {
  const { groups, ranges } = config.applications;
  const key = specialtyKey(specialty);
  const group = (Object.keys(groups) as (keyof typeof groups)[]).find((g) => groups[g].some((s) => specialtyKey(s) === key));
  if (!group) return null;
  const { score, profile } = applicant;
  let row: keyof typeof ranges;
  if (applicant.needsVisa) {
    // A repeat attempt on any Step counts like "Step 2 < 220" in the visa rows.
    row = score >= config.applications.visaScoreAtLeast && !applicant.hasRepeat ? "visaStrong" : "visaWeak";
  } else {
    const usceOk = profile.usceMonths === null || profile.usceMonths >= config.applications.noVisaUsceMonthsAtLeast;
    row = score >= config.applications.noVisaScoreAtLeast && usceOk ? "noVisaStrong" : "noVisaWeak";
  }
  return ranges[row][group];
}

// The domain's vocabulary, in the words of RULES.md. Everything here is plain data:
// JSON-safe (no Date objects), so it crosses google.script.run and the CLI's JSON unchanged.

/** A cell as Sheets or a CSV hands it over: what the user typed, before any reading. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Tier = "Reach" | "Match" | "Safety" | "Unknown";
export const TIERS: readonly Tier[] = ["Reach", "Match", "Safety", "Unknown"];

export type ImgFriendliness = "High" | "Medium" | "Low" | "Unknown";

export type Severity = "error" | "warning" | "info";

/** One visa at one program (RULES.md §3 "Visa policy as two facts"): never a guess, so often unknown. */
export type VisaAnswer = "yes" | "no" | "unknown";

/** What a program sponsors, as two separate facts: J-1 and H-1B are never one "visa friendly" flag. */
export interface VisaFacts {
  j1: VisaAnswer;
  h1b: VisaAnswer;
}

/** A program's graduation filter (RULES.md §3, §7): most years since graduation, or a minimum graduation year. */
export type GradLimit = { maxYears: number } | { minYear: number };

/** What the applicant needs (RULES.md §1). */
export type VisaNeed = "None" | "J-1" | "H-1B" | "J-1 or H-1B";

/** Program types from guide 004's table (RULES.md §2). */
export type ProgramType = "University" | "University-affiliated community" | "Community" | "Rural / underserved";

/** A Signal cell: "gold", "silver", any other yes ("plain"), or no signal (RULES.md §8). */
export type Signal = "gold" | "silver" | "plain";

/** Step 1 as the profile records it: Pass / Fail, or a numeric score from before pass/fail. */
export type Step1Result = "Pass" | "Fail" | number;

/** Step 3: passed, not taken, failed, or a numeric score. */
export type Step3Result = "Pass" | "Not taken" | "Fail" | number;

export type ScoreBand = "very low" | "high risk" | "borderline" | "fine";

/** The applicant profile, keyed by the field names of RULES.md §1. */
export interface Profile {
  step2: number;
  step2Attempts: number;
  step1: Step1Result | null;
  step1Attempts: number;
  step3: Step3Result;
  gradYear: number | null;
  visaNeed: VisaNeed;
  specialties: string[];
  usceMonths: number | null;
  languages: string;
  region: string;
  focus: string;
  matchYear: number | null;
  /** In the US now: Yes / No, null = unknown (RULES.md §1; only the H-1B petition fee rule reads it). */
  inUs: boolean | null;
  /** Attempts written in Step 3's value ("Pass (2nd attempt)"); Step 3 has no attempts field (RULES.md §1). */
  step3Attempts?: number;
}

/** The fields of RULES.md §1's table: what the Profile sheet and the form hold. */
export type ProfileField = Exclude<keyof Profile, "step3Attempts">;

/** One finding of the audit (RULES.md §8, §10; CONTRACT.md §3). */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row (header = row 1); null for list-wide findings. */
  row: number | null;
  program: string | null;
  message: string;
  /** Which list a list-wide share finding is about (LIST_OVERREACH, LIST_FEW_SAFETIES, LOW_IMG_MAJORITY);
   * null on the others. The audit always sets it; a finding read back from the Audit sheet may lack it. */
  list?: "applied" | "ranked" | null;
}

export type FindingCode =
  | "VISA_NONE"
  | "VISA_TYPE"
  | "VISA_STEP3"
  | "VISA_UNKNOWN"
  | "BELOW_MIN_SCORE"
  | "NEAR_MIN_SCORE"
  | "ATTEMPTS_EXCEEDED"
  | "GRAD_YEAR_EXCEEDED"
  | "SCORE_GAP"
  | "COMPETITIVE_SPECIALTY"
  | "SIGNAL_ON_REACH"
  | "DUPLICATE_PROGRAM"
  | "BELOW_PREFERRED_SCORE"
  | "UNREADABLE_VALUE"
  | "STALE_DATA"
  | "LIST_OVERREACH"
  | "LIST_FEW_SAFETIES"
  | "LOW_IMG_MAJORITY"
  | "COASTAL_TOP10"
  | "SAFETIES_BURIED"
  | "APPLICATION_COUNT_LOW"
  | "SIGNALS_OVER"
  | "STEP3_FOR_H1B"
  | "H1B_PETITION_FEE"
  | "SIGNAL_SCREENED_OUT"
  | "SIGNAL_NOT_APPLIED"
  | "SIGNALS_ON_REACHES"
  | "RANK_NOT_INTERVIEWED"
  | "DUPLICATE_RANK"
  | "BACKUP_PLAN"
  | "PRELIM_OPTION"
  | "STRENGTHEN_FIRST"
  | "FEW_INTERVIEWS"
  | "DATA_GAPS";

/** Tier counts of one list (the applied list or the rank list). */
export interface TierCounts {
  count: number;
  Reach: number;
  Match: number;
  Safety: number;
  Unknown: number;
}

/** Why a program cannot take this applicant (RULES.md §8.1): its visa policy, or a hard filter. */
export type ScreenedOut = "visa" | "filter";

/**
 * One list as the summary shows it (CONTRACT.md §3): `count` is every row on the list, `usable` those not
 * screened out, and the tiers are counted over the usable programs (they add up to `usable`).
 */
export interface ListCounts extends TierCounts {
  usable: number;
  screenedOut: Record<ScreenedOut, number>;
}

/** A share with the band the guides recommend for it, e.g. Reach on the rank list: 10–20%. */
export interface ShareAgainstTarget {
  tier: Tier;
  /** 0..100, rounded to one decimal; null when the list is empty. */
  percent: number | null;
  targetMin: number;
  targetMax: number;
  source: string;
  /** Inside the target, or on its safe side (fewer Reach, more Safety): a Reach share of 0% is on target (§8.6). */
  onTarget: boolean;
}

export interface SpecialtyFee {
  specialty: string;
  applied: number;
  feeUsd: number;
}

export interface AuditSummary {
  programs: number;
  scoreBand: ScoreBand;
  /** The verdict (RULES.md §8.5): 1–5 sentences, most important first. */
  verdict: string[];
  /** One range for the whole list, from the first specialty's column, and the usable applied programs it is compared with (§8.4). */
  recommendedApplications: { min: number; max: number; counted: number } | null;
  applied: ListCounts;
  ranked: ListCounts;
  /** Shares beside their target bands, for the applied list and the rank list. */
  targets: { applied: ShareAgainstTarget[]; ranked: ShareAgainstTarget[] };
  /** Applied and usable applied programs per specialty: the profile's specialties first, then any other on the list. */
  applications: { specialty: string; applied: number; usable: number }[];
  fees: { perSpecialty: SpecialtyFee[]; totalUsd: number };
  /** Share of the usable applied list whose mission matches the applicant's focus; null without a focus. */
  missionFit: { focus: string[]; matching: number; of: number; percent: number | null; targetMin: number } | null;
  staleData: number;
  counts: { error: number; warning: number; info: number };
  /** What the audit did with the profile that no finding shows: rows it did not read, a blank visa need. */
  profileNotes: string[];
  /** The date the audit judged "today" by (YYYY-MM-DD) and the match year it used. */
  asOf: string;
  matchYear: number;
}

/** The per-program results: the three custom functions' answers for each row. */
export interface ProgramResult {
  row: number;
  program: string;
  specialty: string | null;
  /** City and State as written (null when blank): with the name and specialty, the program's identity (RULES.md §3). */
  city: string | null;
  state: string | null;
  tier: Tier;
  imgFriendly: ImgFriendliness;
  meetsCutoff: boolean;
  applied: boolean;
  rank: number | null;
  screenedOut: ScreenedOut | null;
}

export interface AuditResult {
  summary: AuditSummary;
  programs: ProgramResult[];
  findings: Finding[];
}

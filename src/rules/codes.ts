// Every finding code, defined once (RULES.md §8.2, §8.3, §10): its severity, the verdict topic it
// belongs to (§8.5), where the guides say so, and a short headline in the applicant's words for when
// one code is shown once for many programs. The checks, the verdict, the ordering of §8.6, the
// grouping in the reports and the README's code table all read this table, so a new rule is one entry
// here plus its check. Imports only types, so the sidebar can use it without pulling in the rules.

import type { Finding, FindingCode, Severity } from "./types";

/** The topics of RULES.md §8.5, in verdict order, then "other" for codes §8.5 does not name. */
export const TOPICS = ["visa", "filters", "strategy", "count", "overreach", "data", "signals", "season", "rankList", "other"] as const;
export type Topic = (typeof TOPICS)[number];

export interface CodeInfo {
  /** "error", "warning" or "info"; both where RULES.md says "error / warning" (the check picks one). */
  severity: Severity | readonly ["error", "warning"];
  /** The §8.5 topic; LIST_OVERREACH and LIST_FEW_SAFETIES move to "rankList" on the rank list (topicOf). */
  topic: Topic;
  /** The advising guide(s) behind the rule (shared/seeds/000..004) or the public fact of RULES.md §10. */
  source: string;
  /** A headline in the applicant's words, used when the code is shown once for 3 or more programs. */
  title: string;
  /** A per-program code that screens the program out for this applicant (RULES.md §8.1). */
  screensOut?: "visa" | "filter";
  /** A per-program code still given on a screened-out program (RULES.md §8.1). */
  keptWhenScreenedOut?: boolean;
}

/** In the order of RULES.md's tables (§8.2 per program, then §8.3 whole list): §8.6 orders by it. */
export const CODES: Readonly<Record<FindingCode, CodeInfo>> = {
  // §8.2 per program
  VISA_NONE: { severity: "error", topic: "visa", source: "004 §3 Step 4", title: "Sponsors no visa", screensOut: "visa", keptWhenScreenedOut: true },
  VISA_TYPE: { severity: "error", topic: "visa", source: "004 §3 Step 4", title: "Sponsors only a visa you cannot use", screensOut: "visa", keptWhenScreenedOut: true },
  VISA_STEP3: { severity: "warning", topic: "other", source: "001, 004; RULES.md §10", title: "Would sponsor you only on an H-1B, which needs Step 3 passed" },
  VISA_UNKNOWN: { severity: "warning", topic: "visa", source: "004 §3 Step 4", title: "Visa policy unknown: email the coordinator" },
  BELOW_MIN_SCORE: { severity: "error", topic: "filters", source: "002 Step 3", title: "Your score is well below their published minimum", screensOut: "filter", keptWhenScreenedOut: true },
  NEAR_MIN_SCORE: { severity: "warning", topic: "other", source: "002 Step 3", title: "Your score is just below their published minimum" },
  BELOW_PREFERRED_SCORE: { severity: "warning", topic: "other", source: "RULES.md §10", title: "Your score is below their preferred minimum" },
  ATTEMPTS_EXCEEDED: { severity: "error", topic: "filters", source: "002, 000", title: "They accept fewer attempts than you have", screensOut: "filter", keptWhenScreenedOut: true },
  GRAD_YEAR_EXCEEDED: { severity: "error", topic: "filters", source: "002 Step 3", title: "They want more recent graduates", screensOut: "filter", keptWhenScreenedOut: true },
  SCORE_GAP: { severity: "warning", topic: "other", source: "004 §8", title: "Matched residents score 20+ points above you" },
  COMPETITIVE_SPECIALTY: { severity: "warning", topic: "other", source: "001 FAQ 2; 004 §2", title: "A very competitive specialty for your scores" },
  SIGNAL_ON_REACH: { severity: "warning", topic: "other", source: "000", title: "A signal on a Reach program with few IMGs" },
  SIGNAL_SCREENED_OUT: { severity: ["error", "warning"], topic: "signals", source: "000", title: "A signal on a program that screens you out", keptWhenScreenedOut: true },
  SIGNAL_NOT_APPLIED: { severity: "warning", topic: "signals", source: "RULES.md §10 (ERAS)", title: "A signal on a program you have not applied to" },
  RANK_NOT_INTERVIEWED: { severity: "warning", topic: "rankList", source: "004 §5", title: "Ranked without an interview", keptWhenScreenedOut: true },
  DUPLICATE_RANK: { severity: "warning", topic: "rankList", source: "004 §5", title: "A rank number used twice", keptWhenScreenedOut: true },
  DUPLICATE_PROGRAM: { severity: "warning", topic: "other", source: "RULES.md §3", title: "The same program on two rows", keptWhenScreenedOut: true },
  UNREADABLE_VALUE: { severity: "warning", topic: "data", source: "RULES.md §3", title: "A cell the audit cannot read", keptWhenScreenedOut: true },
  STALE_DATA: { severity: "info", topic: "other", source: "RULES.md §10", title: "Data not verified in the last 12 months", keptWhenScreenedOut: true },
  // §8.3 whole list (no row)
  STEP3_FOR_H1B: { severity: "error", topic: "visa", source: "001 Strategy 5B; 004 §12", title: "An H-1B needs Step 3 passed" },
  H1B_PETITION_FEE: { severity: "warning", topic: "visa", source: "RULES.md §10 (Proclamation of 19 Sep 2025; USCIS 20 Oct 2025)", title: "The 2025 H-1B petition fee" },
  LIST_OVERREACH: { severity: ["error", "warning"], topic: "overreach", source: "001 §D; 004 §5", title: "Too many Reach programs" },
  LIST_FEW_SAFETIES: { severity: "warning", topic: "overreach", source: "001 §D; 004 §5", title: "Too few Safety programs" },
  LOW_IMG_MAJORITY: { severity: "error", topic: "overreach", source: "004 §8", title: "Most programs take few IMGs" },
  COASTAL_TOP10: { severity: "warning", topic: "rankList", source: "004 §3 Step 3, §5, §8", title: "Your top ranks are coastal reaches" },
  SAFETIES_BURIED: { severity: "warning", topic: "rankList", source: "004 §5", title: "Safety programs buried at the bottom of the rank list" },
  SIGNALS_OVER: { severity: "error", topic: "signals", source: "RULES.md §10 (AAMC signaling)", title: "More signals than the specialty allows" },
  SIGNALS_ON_REACHES: { severity: "warning", topic: "signals", source: "000; 004 §2", title: "Most signals on Reach programs" },
  APPLICATION_COUNT_LOW: { severity: "warning", topic: "count", source: "001 FAQ 3; 003 FAQ 2; 000 FAQ 3", title: "Too few applications" },
  BACKUP_PLAN: { severity: "warning", topic: "strategy", source: "004 §4 Scenario B, C", title: "No IM / FM backup" },
  PRELIM_OPTION: { severity: "info", topic: "season", source: "004 §4 Scenario A, §7; 001 Strategy 5C", title: "Preliminary positions as a way in" },
  STRENGTHEN_FIRST: { severity: "warning", topic: "strategy", source: "004 FAQ 1; 001 Strategy 5A", title: "Strengthen your file first" },
  FEW_INTERVIEWS: { severity: "warning", topic: "season", source: "004 §5, §6, §9", title: "Few interviews so far" },
  DATA_GAPS: { severity: "warning", topic: "data", source: "004 §2, §3", title: "Too many blanks behind the shares" },
};

export const FINDING_CODES = Object.keys(CODES) as FindingCode[];

/** The severity a check gives: the code's own, or for an "error / warning" code the one it picks. */
export function severityOf(code: FindingCode, pick?: "error" | "warning"): Severity {
  const s = CODES[code].severity;
  if (typeof s === "string") return s;
  if (!pick) throw new Error(`${code} is error or warning: the check must say which`);
  return pick;
}

/** The §8.5 topic of one finding: the rank-list share findings belong to the rank list's topic. */
export function topicOf(f: Pick<Finding, "code" | "list">): Topic {
  if ((f.code === "LIST_OVERREACH" || f.code === "LIST_FEW_SAFETIES") && f.list === "ranked") return "rankList";
  return CODES[f.code].topic;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CODE_ORDER = new Map(FINDING_CODES.map((code, i) => [code, i]));

/** RULES.md §8.6: severity, then topic (§8.5 order, "other" last), then the tables' order, then row (list-wide first). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    TOPICS.indexOf(topicOf(a)) - TOPICS.indexOf(topicOf(b)) ||
    CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)! ||
    (a.row ?? 0) - (b.row ?? 0)
  );
}

/** The findings in §8.6 order (a stable sort on keys computed once per finding, not per comparison). */
export function sortFindings<F extends Finding>(findings: F[]): F[] {
  const key = (f: Finding) => [SEVERITY_ORDER[f.severity], TOPICS.indexOf(topicOf(f)), CODE_ORDER.get(f.code)!, f.row ?? 0] as const;
  return findings
    .map((f, i) => ({ f, k: key(f), i }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3] || a.i - b.i)
    .map((x) => x.f);
}

/** A finding with its severity from the table (or the one picked for an "error / warning" code). */
export function makeFinding(
  code: FindingCode,
  message: string,
  where: { row?: number | null; program?: string | null; list?: Finding["list"]; severity?: "error" | "warning" } = {},
): Finding {
  return { code, severity: severityOf(code, where.severity), row: where.row ?? null, program: where.program ?? null, list: where.list ?? null, message };
}

/** How a per-program check reports: the code, its message, and the severity for an "error / warning" code. */
export type Emit = (code: FindingCode, message: string, severity?: "error" | "warning") => void;

/** A whole-list finding with the short sentence the verdict uses for it (not part of the JSON). */
export interface ListFinding extends Finding {
  brief: string;
  /** The brief's facts without its advice, for a verdict entry that points to another entry's advice. */
  fact?: string;
}

/** A whole-list finding (row and program null) with its verdict sentence. */
export function listFinding(
  code: FindingCode,
  message: string,
  brief: string,
  where: { list?: Finding["list"]; severity?: "error" | "warning"; fact?: string } = {},
): ListFinding {
  return { ...makeFinding(code, message, where), brief, ...(where.fact ? { fact: where.fact } : {}) };
}

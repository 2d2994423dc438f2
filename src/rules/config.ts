// Every number the rules use, in ONE typed object, each with its source (RULES.md; the guides are
// shared/seeds/000..004). Logic never hard-codes a threshold: it reads it from here, so a mentor can
// later override a default without touching the rules. Where a guide gives a range, the rule picks
// one number and says so.

import type { ProgramType } from "./types";

export interface RulesConfig {
  score: {
    /** Valid USMLE three-digit scores (RULES.md §1, §3). */
    min: number;
    max: number;
    /** Score bands on Step 2 CK (RULES.md §4). */
    veryLowBelow: number;
    highRiskBelow: number;
    borderlineBelow: number;
    /** Step 3 numeric score that counts as passed (USMLE's Step 3 passing score). */
    step3PassingScore: number;
  };
  programTypes: Record<ProgramType, { imgPctLow: number }>;
  tier: {
    /** Reach when the score is below the average by more than this (RULES.md §5). */
    belowAverageBy: number;
    /** Reach when IMG % is under this. */
    reachImgPctBelow: number;
    /** Safety when IMG % is at least this. */
    safetyImgPctAtLeast: number;
  };
  imgFriendly: {
    highAtLeast: number;
    mediumAtLeast: number;
    lowerPhrases: string[];
    raisePhrases: string[];
    /** A stated Step 2 preference at or above this lowers friendliness (004 §3 Step 5). */
    statedPreferenceAtLeast: number;
    /** A known IMG % below this is Low whatever the visa or the words (RULES.md §6 step 4). */
    lowWhateverBelow: number;
  };
  cutoff: {
    /** Below a published minimum by at most this is a near miss (002). */
    nearMissPoints: number;
  };
  audit: {
    scoreGapPoints: number;
    competitiveSpecialties: string[];
    /** COMPETITIVE_SPECIALTY fires under this score (or with any repeat): RULES.md §8.2. */
    competitiveScoreBelow: number;
    signalOnReachImgPctBelow: number;
    lowImgPctBelow: number;
    lowImgMajorityShare: number;
    coastal: { minRanked: number; topN: number; reachShareAtLeast: number; cities: string[]; states: string[] };
    buried: { minRanked: number };
    staleAfterMonths: number;
    missionFitTargetPercent: number;
  };
  /** The rank list's share findings (LIST_OVERREACH, LIST_FEW_SAFETIES, LOW_IMG_MAJORITY) need this many usable ranked. */
  rankList: { minRankedForShares: number };
  signalsOnReaches: { minSignals: number; reachShareAbove: number };
  /** Whole-list strategy (RULES.md §8.3): BACKUP_PLAN, PRELIM_OPTION, STRENGTHEN_FIRST, FEW_INTERVIEWS, DATA_GAPS. */
  strategy: {
    backupSpecialties: string[];
    backupShareBelow: number;
    borderlineBackupSpecialties: string[];
    prelimSpecialties: string[];
    /** A Specialty or Program name holding one of these is a Transitional Year or preliminary position. */
    prelimWords: string[];
    strengthenScoreBelow: number;
    strengthenUsceMonthsBelow: number;
    fewInterviewsBelow: number;
    /** The top of 004 §5's "6–12 total" interviews, said beside the count. */
    interviewsAimMax: number;
    /** The interview season: from this day of the year before the Match year to this day of the Match year. */
    interviewSeason: { from: { month: number; day: number }; to: { month: number; day: number } };
    /** The mid-season rescue's numbers, as 004 §9 Day 4–5 gives them. */
    rescue: { morePrograms: string; interestEmails: string };
    dataGapShareAtLeast: number;
  };
  /** The 2025 H-1B petition fee (RULES.md §10), switchable: set `enabled` false when the policy changes. */
  h1bPetitionFee: {
    enabled: boolean;
    amountUsd: number;
    proclaimed: string;
    appliesFrom: string;
    guidance: string;
    asOf: string;
    sources: string[];
  };
  /** Target bands for the shares of each list, in percent (RULES.md §8). */
  targets: {
    applied: { reachMax: number; safetyMin: number };
    ranked: { reachMin: number; reachMax: number; matchMin: number; matchMax: number; safetyMin: number; safetyMax: number };
    appliedBands: { reachMin: number; reachMax: number; matchMin: number; matchMax: number; safetyMin: number; safetyMax: number };
  };
  applications: {
    visaScoreAtLeast: number;
    noVisaScoreAtLeast: number;
    noVisaUsceMonthsAtLeast: number;
    groups: Record<"primaryCare" | "neuroPsychPath", string[]>;
    ranges: Record<"visaStrong" | "visaWeak" | "noVisaStrong" | "noVisaWeak", Record<"primaryCare" | "neuroPsychPath", { min: number; max: number }>>;
  };
  signals: Record<string, { total: number; gold: number }>;
  fees: { firstTierCount: number; firstTierUsd: number; laterUsd: number };
}

export const DEFAULT_RULES: RulesConfig = {
  score: {
    min: 180, // RULES.md §1: scores are 180..300
    max: 300,
    veryLowBelow: 210, // 001: "matching with low scores, e.g. Step 2 CK < 210" (000 says < 215; we pick 210)
    highRiskBelow: 225, // 004: "Step 2 CK < 225 = high risk"
    borderlineBelow: 235, // 004: "225–235 = borderline"; 235 and up is "fine"
    step3PassingScore: 198, // USMLE Step 3 minimum passing score (public fact, RULES.md §10 style)
  },
  // 004, "Program Types and IMG Friendliness": typical IMG % (and score sensitivity). The lower end of
  // each band stands in for a missing IMG % (RULES.md §5, §6); only that end is used.
  programTypes: {
    University: { imgPctLow: 0 }, // 0–10%, score sensitivity very high
    "University-affiliated community": { imgPctLow: 20 }, // 20–40%, moderate
    Community: { imgPctLow: 40 }, // 40–80%, lower
    "Rural / underserved": { imgPctLow: 50 }, // 50–90%, lowest
  },
  tier: {
    belowAverageBy: 5, // RULES.md §5 rule 1: "below the program's average Step 2 by more than 5 points"
    reachImgPctBelow: 20, // 004: "they have low IMG representation"; RULES.md §5 picks 20
    safetyImgPctAtLeast: 50, // 004: "heavy IMG presence"; rural/underserved band starts at 50
  },
  imgFriendly: {
    highAtLeast: 40, // 004: "IMGs make up at least 30–40% of the residents" (we pick 40)
    mediumAtLeast: 20, // 002: "significant IMG representation (≥20–30%)" (we pick 20)
    // 004 §3 Step 5 "code words", 001, 003. Matched ignoring case and punctuation.
    lowerPhrases: ["highly competitive applicants", "preference given to US graduates", "US graduates preferred"],
    raisePhrases: [
      "welcome applications from international graduates",
      "long history of training IMGs",
      "holistic review",
      "IMG-friendly",
      "no step cutoff",
    ],
    statedPreferenceAtLeast: 240, // 004: "USMLE Step 2 > 240 preferred"
    lowWhateverBelow: 10, // 004: red flag "1–2 IMGs total"; the big academic band 0–10%
  },
  cutoff: {
    nearMissPoints: 5, // 002: "their listed cutoff is 225 and you have 221 … you may still apply"
  },
  audit: {
    scoreGapPoints: 20, // 004: "20–30 point score gaps" (we pick the lower end)
    // 000, 001, 004: "do not waste your application fees" with low scores.
    competitiveSpecialties: [
      "Dermatology",
      "Orthopedic Surgery",
      "Otolaryngology",
      "Plastic Surgery",
      "Radiation Oncology",
      "Neurological Surgery",
      "Diagnostic Radiology",
      "Ophthalmology",
    ],
    competitiveScoreBelow: 235, // RULES.md §8.2: "under 235 or any Step was repeated" (001 FAQ 2; 004 §2)
    signalOnReachImgPctBelow: 20, // 000: "do not waste signals on ultra-competitive academic centers"
    lowImgPctBelow: 20, // 004 §8: "More than half of your ranked programs have <20% IMGs"
    lowImgMajorityShare: 0.5,
    coastal: {
      minRanked: 5, // RULES.md §8.3: with 5 or more ranked
      topN: 10, // 004 §8: "Your top 10 programs are all in big coastal cities"
      // RULES.md §8.3: and at least half of them Reach (004 §5: "you are overestimating your profile";
      // an IMG-heavy community program in Queens is not the problem)
      reachShareAtLeast: 0.5,
      // 004 §3 Step 3: NYC/Boston/California/Seattle/Chicago; tourist magnets Miami, Denver, Honolulu.
      // New York City with its boroughs and the Queens neighbourhoods people write as a city (RULES.md §8.3).
      cities: [
        "New York",
        "New York City",
        "NYC",
        "Manhattan",
        "Brooklyn",
        "Queens",
        "Bronx",
        "The Bronx",
        "Staten Island",
        "Flushing",
        "Jamaica",
        "Elmhurst",
        "Astoria",
        "Boston",
        "Seattle",
        "Chicago",
        "Miami",
        "Denver",
        "Honolulu",
      ],
      states: ["CA", "California"], // "any city in California"
    },
    buried: { minRanked: 6 }, // RULES.md §8 SAFETIES_BURIED: with 6 or more ranked
    staleAfterMonths: 12, // RULES.md §10: verified more than 12 months before today
    missionFitTargetPercent: 50, // 003: "at least 50–70% of applications in county / safety-net settings"
  },
  // RULES.md §8.3: the rank-list share rules need 5 or more usable ranked (004 §5 allows "a couple" of
  // dream programs at the top of a short list).
  rankList: { minRankedForShares: 5 },
  // RULES.md §8.3 SIGNALS_ON_REACHES: 3 or more signals in a specialty, more than half on Reach (000; 004 §2).
  signalsOnReaches: { minSignals: 3, reachShareAbove: 0.5 },
  strategy: {
    // 004 §4 Scenario B: "a lot of IMG-heavy IM/FM safeties alongside a handful of your preferred specialty"
    backupSpecialties: ["Internal Medicine", "Family Medicine"],
    backupShareBelow: 0.5, // RULES.md §8.3: under half of the usable applied programs are IM or FM
    // 004 §4 Scenario B (225–235: "anchor with IM/FM programs") and Scenario C; the competitive ones count too.
    borderlineBackupSpecialties: ["Psychiatry", "Neurology", "Pediatrics", "Pathology", "Anesthesiology", "Emergency Medicine", "General Surgery"],
    // 004 §4 Scenario A ("add a few prelim IM or surgery spots in backup regions"), §7; 001 Strategy 5C.
    prelimSpecialties: ["Internal Medicine", "General Surgery", "Anesthesiology"],
    prelimWords: ["prelim", "transitional"],
    strengthenScoreBelow: 220, // 004 FAQ 1; 001 Strategy 5A (RULES.md §8.3 STRENGTHEN_FIRST)
    strengthenUsceMonthsBelow: 3,
    fewInterviewsBelow: 6, // 004 §5: "a reasonable number of interviews (say 6–12 total)"
    interviewsAimMax: 12,
    // RULES.md §8.3 FEW_INTERVIEWS: November 1 before the Match year to January 31 of it (004 §6, §9).
    interviewSeason: { from: { month: 11, day: 1 }, to: { month: 1, day: 31 } },
    // 004 §9 Day 4–5: "identify 20–40 additional IMG-heavy programs … send targeted interest emails to 10–15"
    rescue: { morePrograms: "20–40", interestEmails: "10–15" },
    dataGapShareAtLeast: 0.25, // RULES.md §8.3 DATA_GAPS: 25% or more (004 §2, §3)
  },
  // RULES.md §10: the 2025 H-1B petition fee. Switch it off or change it here when the policy changes.
  h1bPetitionFee: {
    enabled: true,
    amountUsd: 100_000,
    // Dates as the message shows them to the applicant.
    proclaimed: "19 September 2025", // Presidential Proclamation of 19 September 2025
    appliesFrom: "21 September 2025", // new H-1B petitions filed from 21 September 2025
    guidance: "20 October 2025", // USCIS guidance: beneficiaries outside the US; not a change of status inside it
    asOf: "early 2026", // "as of early 2026 the AAMC reported none [no exception] granted to physicians"
    sources: ["Presidential Proclamation, 19 Sep 2025", "USCIS guidance, 20 Oct 2025", "AAMC, early 2026"],
  },
  targets: {
    applied: { reachMax: 25, safetyMin: 15 }, // 001: Reach 15–25%; Safety at least 15% (RULES.md §8)
    // 004 §5: "10–20% Reach, 30–40% Match, 40–60% Safety"
    ranked: { reachMin: 10, reachMax: 20, matchMin: 30, matchMax: 40, safetyMin: 40, safetyMax: 60 },
    // 001 §D tiers for the applied list, shown beside its shares (the findings use only the limits above):
    // Reach 15–25%, "Realistic" 50–60%, Safety 15–25%. Safety is shown as "at least 15%" (max 100):
    // RULES.md §8 asks only for a floor, and more safeties is never what these applicants get wrong.
    appliedBands: { reachMin: 15, reachMax: 25, matchMin: 50, matchMax: 60, safetyMin: 15, safetyMax: 100 },
  },
  applications: {
    visaScoreAtLeast: 220, // 003: "80–120 programs if Step 2 CK ≥ 220"
    noVisaScoreAtLeast: 210, // 001 FAQ 3 (RULES.md §8)
    noVisaUsceMonthsAtLeast: 3, // 001 FAQ 3: "3+ months of USCE"
    groups: {
      primaryCare: ["Internal Medicine", "Family Medicine", "Pediatrics"],
      neuroPsychPath: ["Psychiatry", "Neurology", "Pathology"],
    },
    // 001 FAQ 3, 003 FAQ 2, 000 FAQ 3 (RULES.md §8 table)
    ranges: {
      visaStrong: { primaryCare: { min: 80, max: 120 }, neuroPsychPath: { min: 60, max: 100 } },
      visaWeak: { primaryCare: { min: 120, max: 160 }, neuroPsychPath: { min: 80, max: 100 } },
      noVisaStrong: { primaryCare: { min: 60, max: 80 }, neuroPsychPath: { min: 60, max: 80 } },
      noVisaWeak: { primaryCare: { min: 80, max: 100 }, neuroPsychPath: { min: 60, max: 100 } },
    },
  },
  // AAMC program signaling for the 2025 ERAS season (RULES.md §10): total signals, of which gold.
  signals: {
    "Internal Medicine": { total: 15, gold: 3 },
    "Family Medicine": { total: 5, gold: 0 },
    Pediatrics: { total: 5, gold: 0 },
    Psychiatry: { total: 10, gold: 0 },
    Neurology: { total: 8, gold: 0 },
    Pathology: { total: 5, gold: 0 },
    "Emergency Medicine": { total: 5, gold: 0 },
    "General Surgery": { total: 15, gold: 0 },
    "Transitional Year": { total: 12, gold: 0 },
    Anesthesiology: { total: 15, gold: 5 },
  },
  // AAMC ERAS fees for the 2026 season, per specialty (RULES.md §10).
  fees: { firstTierCount: 30, firstTierUsd: 11, laterUsd: 30 },
};

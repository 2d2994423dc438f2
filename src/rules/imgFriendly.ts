// IMGFRIENDLY: how open a program is to IMGs (RULES.md §6, from 004 §2–3, 001, 002, 003).

import { normalizeWords } from "./cells";
import { DEFAULT_RULES, type RulesConfig } from "./config";
import { imgPctOrStandIn } from "./tier";
import type { ImgFriendliness, ProgramType, VisaFacts } from "./types";

export interface ImgFriendlyInput {
  imgPct: number | null;
  visa: VisaFacts;
  notes: string;
  programType: ProgramType | null;
}

const LEVELS: ImgFriendliness[] = ["Low", "Medium", "High"];
// Looked up once: IMGFRIENDLY runs this per row, and a global lookup per row is slow where the
// global object is a sandbox (node:vm in the tests and benchmark).
const { max, min } = Math;

// Phrases and notes are compared with case, punctuation and spacing removed, so "U.S. graduates",
// "US graduates" and "IMG friendly" / "IMG-friendly" all match.
const compact = (text: string) => normalizeWords(text).replace(/ /g, "");
const phraseCache = new WeakMap<string[], string[]>();
function compactPhrases(phrases: string[]): string[] {
  let cached = phraseCache.get(phrases);
  if (!cached) phraseCache.set(phrases, (cached = phrases.map(compact)));
  return cached;
}

// "Step 2 > 240 preferred", "USMLE Step 2 CK of 245 or higher preferred", "prefer Step 2 above 240".
const SCORE_WORDS = "(?:ck )?(?:score )?(?:of |above |over |at least |greater than |)";
const STATED_PREFERENCE = [
  new RegExp(`step 2 ${SCORE_WORDS}(\\d{3}) (?:or (?:higher|above|more|better) )?(?:is )?(?:strongly )?prefer`),
  new RegExp(`prefer\\w* (?:a |an |applicants with (?:a )?)?(?:usmle )?step 2 ${SCORE_WORDS}(\\d{3})`),
];

/** Counts what the notes say, at most one lowering and one raising (RULES.md §6 step 3). */
export function wordsAdjustment(notes: string, config: RulesConfig = DEFAULT_RULES): number {
  if (notes === "") return 0;
  const text = ` ${normalizeWords(notes).replace(/\bstep ?2 ?ck\b/g, "step 2 ck")} `; // "Step 2CK", "Step2 CK"
  const { lowerPhrases, raisePhrases, statedPreferenceAtLeast } = config.imgFriendly;
  const statesHighPreference = STATED_PREFERENCE.some((pattern) => {
    const match = pattern.exec(text);
    return match !== null && Number(match[1]) >= statedPreferenceAtLeast;
  });
  const letters = text.replace(/ /g, "");
  const lowers = statesHighPreference || compactPhrases(lowerPhrases).some((p) => letters.includes(p));
  const raises = compactPhrases(raisePhrases).some((p) => letters.includes(p));
  return (raises ? 1 : 0) - (lowers ? 1 : 0);
}

/** RULES.md §6 step 2 on the two facts (§3): yes and yes raises, no and no lowers, anything else moves nothing. */
export function visaAdjustment(visa: VisaFacts): number {
  if (visa.j1 === "yes" && visa.h1b === "yes") return 1; // 004: "very IMG-aware"
  if (visa.j1 === "no" && visa.h1b === "no") return -1;
  return 0;
}

export function imgFriendlinessOf(input: ImgFriendlyInput, config: RulesConfig = DEFAULT_RULES): ImgFriendliness {
  // Step 4: a known IMG % under 10 is Low whatever the visa or the words; the type's stand-in never is.
  if (input.imgPct !== null && input.imgPct < config.imgFriendly.lowWhateverBelow) return "Low";
  const imgPct = imgPctOrStandIn(input.imgPct, input.programType, config);
  if (imgPct === null) return "Unknown"; // visa policy and words only move a level that is known
  const start = imgPct >= config.imgFriendly.highAtLeast ? 2 : imgPct >= config.imgFriendly.mediumAtLeast ? 1 : 0;
  const level = start + visaAdjustment(input.visa) + wordsAdjustment(input.notes, config);
  return LEVELS[max(0, min(2, level))]!;
}

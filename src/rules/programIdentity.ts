// When two rows are the same program (RULES.md §3 "Program identity"): applicants write one program as
// "St. Aidan's Charity IM" on one row and "Saint Aidan Charity IM" on another, while two "Mercy Hospital
// IM" rows in different cities are two programs. DUPLICATE_PROGRAM and the matching of a mentor's note
// to its finding across audits (CONTRACT.md §4) use this one identity.

import { canonicalSpecialty, specialtyKey } from "./specialties";
import { normalizeWords } from "./cells";

export interface ProgramIdentity {
  name: string;
  specialty: string | null;
  city: string | null;
  state: string | null;
}

/** Abbreviations RULES.md §3 reads as the word: "St." = "Saint", "Ctr" = "Center"… */
const WORD_OF: Record<string, string> = {
  st: "saint",
  ctr: "center",
  med: "medical",
  hosp: "hospital",
  univ: "university",
  reg: "regional",
};

/** True when the words name a specialty ("im", "internal medicine", "peds"): its canonical name differs from the lower-case words. */
const isSpecialty = (words: string) => canonicalSpecialty(words) !== words;

/**
 * A program's name with case and punctuation ignored, the abbreviations of RULES.md §3 spelled out and
 * a trailing specialty ("IM", " - Family Medicine") removed: "St. Aidan's Charity IM" → "saint aidan
 * charity". A name that is only a specialty keeps it.
 */
export function programNameKey(name: string): string {
  const words = normalizeWords(name.replace(/['’]s\b/gi, ""))
    .split(" ")
    .filter((w) => w !== "")
    .map((w) => WORD_OF[w] ?? w);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (isSpecialty(words.slice(-n).join(" "))) {
      words.length -= n;
      break;
    }
  }
  return words.join(" ");
}

/** A City or State: both filled and different means two programs; a blank one does not count. */
function placesDiffer(a: string | null, b: string | null): boolean {
  const x = normalizeWords(a ?? "");
  const y = normalizeWords(b ?? "");
  return x !== "" && y !== "" && x !== y;
}

/** Same specialty, same normalized name, and no City or State filled in on both rows that differ. */
export function sameProgram(a: ProgramIdentity, b: ProgramIdentity): boolean {
  if (specialtyKey(a.specialty ?? "") !== specialtyKey(b.specialty ?? "")) return false;
  if (programNameKey(a.name) !== programNameKey(b.name)) return false;
  return !placesDiffer(a.city, b.city) && !placesDiffer(a.state, b.state);
}

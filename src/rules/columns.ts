// The program sheet's columns (RULES.md §2): the template header row, and a forgiving match from
// whatever header a user wrote ("% IMG", "Visa sponsorship", "Minimum Step 2 CK") to a column.

import { normalizeWords } from "./cells";

export type ProgramColumn =
  | "program"
  | "specialty"
  | "city"
  | "state"
  | "programType"
  | "imgPct"
  | "imgsFromRegion"
  | "minStep2"
  | "cutoffType"
  | "avgStep2"
  | "maxAttempts"
  | "maxYearsSinceGrad"
  | "visa"
  | "mission"
  | "notes"
  | "applied"
  | "signal"
  | "interview"
  | "rank"
  | "verified"
  | "source";

/** Each column of the template, in order: its header exactly as RULES.md §2 writes it, and its help. */
export const COLUMNS: Record<ProgramColumn, { header: string; help: string }> = {
  program: { header: "Program", help: "Program name as ERAS lists it" },
  specialty: { header: "Specialty", help: "e.g. Internal Medicine; blank counts as your first specialty" },
  city: { header: "City", help: "City of the main hospital" },
  state: { header: "State", help: "Two-letter state" },
  programType: { header: "Program type", help: "University, University-affiliated community, Community, Rural / underserved" },
  imgPct: { header: "IMG %", help: "Share of current residents who are IMGs: 45 or 45%" },
  imgsFromRegion: { header: "IMGs from my region", help: "IMGs from your country or region in recent classes" },
  minStep2: { header: "Min Step 2", help: "Published minimum Step 2 CK; N/A if none" },
  cutoffType: { header: "Cutoff type", help: "hard (a filter) or preferred" },
  avgStep2: { header: "Avg Step 2", help: "Average Step 2 CK of matched residents" },
  maxAttempts: { header: "Max attempts", help: "Most attempts the program accepts on any Step" },
  maxYearsSinceGrad: { header: "Max years since graduation", help: "e.g. 5" },
  visa: { header: "Visa", help: "J-1, H-1B, J-1 and H-1B, None, or Unknown" },
  mission: { header: "Mission", help: "County / safety net, rural / underserved, border…" },
  notes: { header: "Notes", help: "What the program says about applicants (code words count)" },
  applied: { header: "Applied", help: "Yes when you applied" },
  signal: { header: "Signal", help: "Yes, gold or silver when you signalled" },
  interview: { header: "Interview", help: "Yes when you were interviewed" },
  rank: { header: "Rank", help: "Your rank-list position: 1, 2, 3…" },
  verified: { header: "Verified", help: "Date you last checked this row (YYYY-MM-DD)" },
  source: { header: "Source", help: "Where the numbers came from" },
};

/** The template's header row, in order. */
export const TEMPLATE_HEADERS = (Object.keys(COLUMNS) as ProgramColumn[]).map((column) => ({ column, ...COLUMNS[column] }));

// Tested in order: the specific columns first, so "IMGs from my region" never becomes IMG %, and
// "Cutoff type" never becomes Min Step 2. Each test reads the normalized header (lower case, "%" as
// "percent", "IMGs" as "img", punctuation gone, padded with spaces).
const MATCHERS: [ProgramColumn, RegExp][] = [
  ["imgsFromRegion", / img .*\b(?:region|country|countries|my area|from my)\b/],
  ["imgPct", / img .*\b(?:percent(?:age)?|pct|share|proportion|fraction|ratio)\b|\b(?:percent(?:age)?|pct|share|proportion) (?:of )?img /],
  ["cutoffType", /\b(?:cutoff|cut off|minimum|min|threshold|filter) (?:type|kind|hard or preferred|strict or preferred)\b|\bhard or preferred\b|\bstrict(?:ness)?\b/],
  ["avgStep2", /^(?!.* step ?[13] )(?=.*\b(?:avg|average|mean|median|typical)\b)(?=.*\b(?:step|score|usmle)\b)/],
  ["minStep2", /^(?!.* step ?[13] )(?:.*\b(?:min|minimum|cutoffs?|cut off|thresholds?|required|lowest)\b.*\b(?:step|score|usmle)\b|.*\b(?:step 2|score|usmle)\b.*\b(?:min|minimum|cutoffs?|cut off|thresholds?)\b| (?:cutoff|score cutoff|minimum score) $)/],
  ["maxAttempts", /\battempts?\b/],
  ["maxYearsSinceGrad", /\b(?:years?|yrs?|yog)\b.*\b(?:grad|graduation|graduated)\b|\bgraduation\b.*\b(?:years?|yrs?|max)\b|\byog\b/],
  ["visa", /\bvisas?\b|\bsponsorship\b|\bsponsors?\b/],
  ["mission", /\bmission\b|\bfocus\b/],
  ["notes", /\b(?:notes?|comments?|description|remarks)\b/],
  ["applied", /\bapplied\b|\bapplication (?:sent|submitted)\b|\bsubmitted\b/],
  ["signal", /\bsignal(?:s|ed|led)?\b/],
  ["interview", /\binterview(?:s|ed)?\b/],
  ["rank", /\brank(?:ed|ing)?\b|\brol\b/],
  ["verified", /\bverified\b|\blast checked\b|\bchecked on\b|\bdate checked\b/],
  ["source", /\bsources?\b|\burl\b|\blink\b|\bwebsite\b/],
  ["programType", /\btype\b|\bsetting\b|\bhospital kind\b/],
  ["specialty", /\bspecial(?:i)?ty\b|\bfield\b|\bdiscipline\b/],
  ["program", / name .*\blocation\b/], // 000, 003: "Program name and location" holds the name
  ["city", /\bcity\b|\btown\b|\blocation\b/],
  ["state", /^ (?:state|st) $/],
  ["program", /\bprogram\b|\bname\b|\binstitution\b|\bhospital\b/],
];

export function normalizeHeader(header: string): string {
  const text = header.toLowerCase().replace(/%/g, " percent ").replace(/\bimgs\b/g, "img");
  return ` ${normalizeWords(text).replace(/\bimgs\b/g, "img")} `;
}

/** Forgiving header match: "% IMG" → "imgPct"; null when no column matches. */
export function matchProgramColumn(header: unknown): ProgramColumn | null {
  if (typeof header !== "string" || header.trim() === "") return null;
  const text = normalizeHeader(header);
  for (const [column, pattern] of MATCHERS) if (pattern.test(text)) return column;
  return null;
}

/** Where each known column sits in a header row (the first of two alike wins). */
export function locateColumns(headerRow: readonly unknown[]): Partial<Record<ProgramColumn, number>> {
  const found: Partial<Record<ProgramColumn, number>> = {};
  headerRow.forEach((header, index) => {
    const column = matchProgramColumn(header);
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

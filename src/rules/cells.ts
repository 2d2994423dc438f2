// The one reader of messy cells (RULES.md §3). Every custom function, the audit and the profile read
// cells through these functions, so "≥ 220", "45%", "J1" and "#N/A" mean the same thing everywhere
// (the Visa cell's two facts are read in visaCell.ts).
// A reader never throws and never guesses: it returns a value, or a reason that ends a message such as
// "IMG % 'lots' in row 7 is not a percentage". The custom functions call these on every cell of a
// range, so each has a fast path for plain numbers and compiles its patterns once.

import { DEFAULT_RULES } from "./config";
import type { ProgramType, Signal, VisaNeed } from "./types";

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

// RULES.md §1: the valid score range, from the one config (a plain read per cell, no config argument).
const { min: SCORE_MIN, max: SCORE_MAX } = DEFAULT_RULES.score;
/** The valid range as messages and help write it: "180–300". */
export const SCORE_RANGE = `${SCORE_MIN}–${SCORE_MAX}`;

const SHEETS_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;
/** Text that says "there is no published value" (RULES.md §3: not blank, but no value). */
const NO_VALUE = new Set([
  "n a", "na", "none", "no cutoff", "no minimum", "no min", "no", "nil", "not published", "not listed",
  "not applicable", "not stated", "no published cutoff", "no requirement",
]);
const DASHES = /^[-–—]+$/;

export const REASONS = {
  score: `is not a score from ${SCORE_MIN} to ${SCORE_MAX}`,
  percent: "is not a percentage",
  visaPolicy: "is not a visa policy (J-1, H-1B, both, or none)",
  visaWhich: "does not say which visa (J-1, H-1B, or both)",
  visaNeed: "is not a visa need (None, J-1, H-1B, or J-1 or H-1B)",
  yesNo: "is not yes or no",
  signal: "is not yes, no, gold or silver",
  count: "is not a number of attempts",
  year: "is not a four-digit year",
  years: "is not a number of years",
  rank: "is not a rank number",
  date: "is not a date (write it as YYYY-MM-DD)",
  programType: "is not a program type (University, University-affiliated community, Community, Rural / underserved)",
  cutoffType: "is not a cutoff type (hard or preferred)",
} as const;

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const fail = <T>(reason: string): Reading<T> => ({ ok: false, reason });
const NONE: Reading<null> = { ok: true, value: null };
/** A number fast path's answer as a reading: undefined means the number does not read. */
const orFail = <T>(value: T | undefined, reason: string): Reading<T> => (value === undefined ? fail(reason) : ok(value));

// Looked up once: a custom function reads thousands of cells, and a global lookup per cell is slow
// where the global object is a sandbox (node:vm in the tests and benchmark).
const isInteger = Number.isInteger;
const round = Math.round;

/** Empty, only spaces, or a Sheets error that arrived as text ("#N/A", "#REF!"…). "N/A" is not blank. */
export function isBlank(cell: unknown): boolean {
  if (cell === "" || cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return text === "" || (text.charCodeAt(0) === 35 /* # */ && SHEETS_ERROR.test(text));
}

/** Lower case, punctuation and symbols turned into single spaces: "J-1/H-1B" → "j 1 h 1b". */
export function normalizeWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The trimmed text of a cell ("" for blank). */
export function readText(cell: unknown): string {
  if (isBlank(cell)) return "";
  if (typeof cell === "string") return cell.trim(); // most cells; skips the global lookups below
  if (cell instanceof Date) return isoDate(cell) ?? "";
  return String(cell).trim();
}

/** The value as quoted in a message, shortened so a pasted paragraph cannot flood the report. */
export function shown(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return isoDate(cell) ?? "invalid date";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  const text = String(cell).trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** "img_pct 'lots' is not a percentage" */
export function problem(label: string, cell: unknown, reason: string): string {
  return `${label} '${shown(cell)}' ${reason}`;
}

function isNoValue(text: string): boolean {
  return DASHES.test(text) || NO_VALUE.has(normalizeWords(text));
}

const SCORE_PREFIX = /^(?:(?:min(?:imum)?|at least|cutoff|cut off)\b[.:]?|≥|>=|=>|>)\s*/i;
const THREE_DIGITS = /^\d{3}(?:\.\d+)?$/;

// The number fast paths: what a number cell reads as, or undefined where the reader gives a reason.
// The readers use them, and the custom functions call them directly on number cells of a range,
// which skips the Reading object. (NaN and ±Infinity fail every range comparison.)

/** readScore of a number. */
export function scoreOfNumber(n: number): number | undefined {
  return n >= SCORE_MIN && n <= SCORE_MAX ? n : undefined;
}

function scoreInRange(n: number): Reading<number> {
  return orFail(scoreOfNumber(n), REASONS.score);
}

/** A USMLE score: 230, "230", " 230 ", "≥ 220", "220+", ">=220", "min 220". null = no published value. */
export function readScore(cell: unknown): Reading<number | null> {
  if (typeof cell === "number") return scoreInRange(cell);
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.score);
  let text = cell.trim();
  if (isNoValue(text)) return NONE;
  for (let i = 0; i < 3 && SCORE_PREFIX.test(text); i++) text = text.replace(SCORE_PREFIX, "");
  text = text.replace(/\s*\+$/, "");
  return THREE_DIGITS.test(text) ? scoreInRange(Number(text)) : fail(REASONS.score);
}

const PREFERRED_WORD = /\(?\b(?:strongly\s+)?(?:preferred|preference|pref\.?|prefer)\b\)?/i;
const HARD_WORD = /\(?\b(?:hard|strict|required|firm)\b\)?/i;

/** A published minimum, which may be marked preferred in the cell: "230 preferred" (RULES.md §10). */
export function readMinimum(cell: unknown): Reading<{ score: number; preferred: boolean } | null> {
  let preferred = false;
  let value: unknown = cell;
  if (typeof cell === "string" && /[a-z]/i.test(cell)) {
    if (PREFERRED_WORD.test(cell)) preferred = true;
    // What is left once the words are gone may carry their punctuation: "230, preferred", "Preferred: 230".
    value = cell.replace(PREFERRED_WORD, " ").replace(HARD_WORD, " ").replace(/^[\s,;:.()]+|[\s,;:.()]+$/g, "");
  }
  const score = readScore(value);
  if (!score.ok) return score;
  return ok(score.value === null ? null : { score: score.value, preferred });
}

const PERCENT_TEXT = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/;

/** readPercent of a number. */
export function percentOfNumber(n: number): number | undefined {
  if (!(n >= 0 && n <= 100)) return undefined;
  // Sheets stores a cell formatted as 45% as 0.45: a number below 1 is a fraction (RULES.md §3). The
  // number 1 alone is 1%; in a column of fractions it is 100% (readPercentInColumn).
  return n < 1 ? round(n * 100 * 1e6) / 1e6 : n;
}

function percentFromNumber(n: number): Reading<number> {
  return orFail(percentOfNumber(n), REASONS.percent);
}

/** A share of IMG residents, as a percent 0..100: 45, "45%", 0.45. */
export function readPercent(cell: unknown): Reading<number | null> {
  if (typeof cell === "number") return percentFromNumber(cell);
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.percent);
  const text = cell.trim();
  if (isNoValue(text)) return NONE;
  const match = PERCENT_TEXT.exec(text);
  if (!match) return fail(REASONS.percent);
  const n = Number(match[1]);
  if (match[2] === "%") return n <= 100 ? ok(n) : fail(REASONS.percent); // "0.5%" is half a percent
  return percentFromNumber(n);
}

/** What the applicant needs: "None" (citizen / green card), "J-1", "H-1B", "J-1 or H-1B". */
export function readVisaNeed(cell: unknown): Reading<VisaNeed | null> {
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.visaNeed);
  const words = normalizeWords(cell);
  const compact = words.replace(/ /g, "");
  const j1 = compact.includes("j1");
  const h1b = compact.includes("h1b");
  if (j1 && h1b) return ok("J-1 or H-1B");
  if (j1) return ok("J-1");
  if (h1b) return ok("H-1B");
  if (/^(?:either|both|any|any visa)$/.test(words)) return ok("J-1 or H-1B");
  if (/^(?:yes|y|visa)$/.test(words)) return fail(REASONS.visaWhich);
  if (/^(?:none|no|no visa|n a|na|not needed|us citizen|citizen|green card|gc|permanent resident|us citizen or green card|us citizen green card)$/.test(words)) {
    return ok("None");
  }
  return fail(REASONS.visaNeed);
}

const YES = new Set(["y", "yes", "x", "✓", "✔", "☑", "✅", "true", "t", "1", "done"]);
const NO = new Set(["n", "no", "false", "f", "0", "-", "–", "—", "✗", "✘"]);

/** TRUE/FALSE, "Y", "Yes", "x", "✓", "N", "No"; blank = no. */
export function readYesNo(cell: unknown): Reading<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (isBlank(cell)) return ok(false);
  if (typeof cell === "number") return cell === 1 ? ok(true) : cell === 0 ? ok(false) : fail(REASONS.yesNo);
  if (typeof cell !== "string") return fail(REASONS.yesNo);
  const text = cell.trim().toLowerCase().replace(/\ufe0f/g, ""); // "✔️" is "✔" and an emoji selector
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(REASONS.yesNo);
}

/** A Signal cell: "gold", "silver", any other yes = a plain signal, no = null (RULES.md §8). */
export function readSignal(cell: unknown): Reading<Signal | null> {
  if (typeof cell === "string") {
    const words = normalizeWords(cell);
    if (/^(?:gold|gold signal)$/.test(words)) return ok("gold");
    if (/^(?:silver|silver signal)$/.test(words)) return ok("silver");
  }
  const yes = readYesNo(cell);
  if (!yes.ok) return fail(REASONS.signal);
  return ok(yes.value ? "plain" : null);
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

function wholeNumberIn(text: string, prefixes: RegExp, suffixes: RegExp): number | null {
  let rest = normalizeWords(text.replace(/≤|<=/g, " max "));
  rest = rest.replace(prefixes, "").replace(suffixes, "").trim();
  if (/^\d+$/.test(rest)) return Number(rest);
  return NUMBER_WORDS[rest] ?? null;
}

const COUNT_PREFIX = /^(?:max(?:imum)?|no more than|up to|at most|only)\s+/;
const COUNT_SUFFIX = /\s+(?:attempts?|tries|try|max(?:imum)?)$/;

/** readCount of a number. */
export function countOfNumber(n: number): number | undefined {
  return isInteger(n) && n >= 1 && n <= 20 ? n : undefined;
}

/** A number of attempts (the applicant's, or a program's maximum): 1, "1", "max 1", "one attempt". */
export function readCount(cell: unknown): Reading<number | null> {
  if (typeof cell === "number") return orFail(countOfNumber(cell), REASONS.count);
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.count);
  if (isNoValue(cell.trim())) return NONE;
  if (/^first attempt(?: only)?$/.test(normalizeWords(cell))) return ok(1);
  const n = wholeNumberIn(cell, COUNT_PREFIX, COUNT_SUFFIX);
  return n !== null && n >= 1 && n <= 20 ? ok(n) : fail(REASONS.count);
}

/** readYear of a number. */
export function yearOfNumber(n: number): number | undefined {
  return isInteger(n) && n >= 1950 && n <= 2100 ? n : undefined;
}

const DAY_MS = 86_400_000;

/**
 * The year of the calendar day a date cell shows (CONTRACT.md §1): Sheets passes the instant of that
 * day's midnight in the sheet's zone, and the script's zone may differ, so the day is the one of the
 * nearest UTC midnight (right for every zone within 12 hours of UTC).
 */
function yearOfDateCell(date: Date): number {
  return new Date(round(date.getTime() / DAY_MS) * DAY_MS).getUTCFullYear();
}

/** A four-digit year (graduation, match year). A date cell gives the year of the day it shows. */
export function readYear(cell: unknown): Reading<number | null> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail(REASONS.year) : readYear(yearOfDateCell(cell));
  if (typeof cell === "number") return orFail(yearOfNumber(cell), REASONS.year);
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.year);
  const text = cell.trim();
  return /^\d{4}$/.test(text) ? readYear(Number(text)) : fail(REASONS.year);
}

const YEARS_PREFIX = /^(?:max(?:imum)?|no more than|up to|at most|within|graduated within|grad within)\s+/;
const YEARS_SUFFIX = /\s+(?:years?|yrs?|y)(?:\s+(?:since|from|of|after)\s+(?:graduation|grad))?$/;

/** readYears of a number. */
export function yearsOfNumber(n: number): number | undefined {
  return isInteger(n) && n >= 0 && n <= 60 ? n : undefined;
}

/** A program's maximum years since graduation: 5, "5 years", "within 5 years", "≤ 5". */
export function readYears(cell: unknown): Reading<number | null> {
  if (typeof cell === "number") return orFail(yearsOfNumber(cell), REASONS.years);
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.years);
  if (isNoValue(cell.trim())) return NONE;
  const n = wholeNumberIn(cell, YEARS_PREFIX, YEARS_SUFFIX);
  return n !== null && n <= 60 ? ok(n) : fail(REASONS.years);
}

/** A rank-list position: 1, "1", "#1", "1st". */
export function readRank(cell: unknown): Reading<number | null> {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1 ? ok(cell) : fail(REASONS.rank);
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.rank);
  const match = /^#?\s*(\d+)(?:st|nd|rd|th)?$/i.exec(cell.trim());
  return match ? readRank(Number(match[1])) : fail(REASONS.rank);
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1950 || year > 2100) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A Date as YYYY-MM-DD in the local calendar. The Sheets adapter rebuilds date cells as the day the
 * sheet shows (appsScriptWorkbook.ts); a custom function gets the raw instant and cannot ask the zone.
 */
export function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** 1–12 for a month name or its abbreviation of 3+ letters ("Mar", "Sept", "March"); 0 otherwise. */
function monthIndex(word: string): number {
  const lower = word.toLowerCase();
  return lower.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(lower)) + 1 : 0;
}

/** A date as YYYY-MM-DD: a date cell, "2025-03-01", "2025/3/1", "3/1/2025" (US), "2025-03", "Mar 2025", "March 1, 2025". */
export function readDate(cell: unknown): Reading<string | null> {
  if (cell instanceof Date) {
    const iso = isoDate(cell);
    return iso ? ok(iso) : fail(REASONS.date);
  }
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.date);
  const text = cell.trim();
  if (isNoValue(text) || /^(?:never|not verified|unverified|unknown)$/i.test(text)) return NONE;
  let m: RegExpExecArray | null;
  let iso: string | null = null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) iso = isoFromParts(+m[1]!, +m[2]!, +m[3]!);
  // Month first (9/14/2026), unless the first number cannot be a month: then it is the day (14/09/2026).
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) iso = +m[1]! > 12 ? isoFromParts(+m[3]!, +m[2]!, +m[1]!) : isoFromParts(+m[3]!, +m[1]!, +m[2]!);
  else if ((m = /^(\d{4})-(\d{1,2})$/.exec(text))) iso = isoFromParts(+m[1]!, +m[2]!, 1);
  else if ((m = /^([a-z]{3,9})\.?\s+(\d{4})$/i.exec(text)) && monthIndex(m[1]!)) iso = isoFromParts(+m[2]!, monthIndex(m[1]!), 1);
  else if ((m = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text)) && monthIndex(m[1]!)) iso = isoFromParts(+m[3]!, monthIndex(m[1]!), +m[2]!);
  else if ((m = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(text)) && monthIndex(m[2]!)) iso = isoFromParts(+m[3]!, monthIndex(m[2]!), +m[1]!);
  return iso ? ok(iso) : fail(REASONS.date);
}

/** Program type, from the words people use (004's table, RULES.md §2). */
export function readProgramType(cell: unknown): Reading<ProgramType | null> {
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.programType);
  const words = normalizeWords(cell);
  if (NO_VALUE.has(words) || words === "unknown") return NONE;
  if (/\baffil|\bhybrid\b/.test(words) || (/\buniv/.test(words) && /\bcommunity\b/.test(words))) {
    return ok("University-affiliated community");
  }
  if (/\b(?:rural|underserved|county|safety ?net|fqhc|critical access)\b/.test(words)) return ok("Rural / underserved");
  if (/\b(?:univ|university|academic)\b/.test(words)) return ok("University");
  if (/\bcommunity\b/.test(words)) return ok("Community");
  return fail(REASONS.programType);
}

/** Whether a published minimum is a hard filter or only preferred (RULES.md §10). Blank = hard. */
export function readCutoffType(cell: unknown): Reading<"hard" | "preferred" | null> {
  if (isBlank(cell)) return NONE;
  if (typeof cell !== "string") return fail(REASONS.cutoffType);
  const words = normalizeWords(cell);
  if (/^(?:hard|strict|firm|required|absolute|filter|hard cutoff|hard filter)$/.test(words)) return ok("hard");
  if (/^(?:preferred|soft|pref|preference|flexible|soft cutoff)$/.test(words)) return ok("preferred");
  if (NO_VALUE.has(words)) return NONE;
  return fail(REASONS.cutoffType);
}

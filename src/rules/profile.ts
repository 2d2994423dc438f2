// The applicant profile (RULES.md §1): its fields and labels, a forgiving label match, and one zod
// schema that reads every field through the cell reader and names each field it cannot read.

import * as z from "zod/mini";
import {
  normalizeWords,
  problem,
  readCount,
  readScore,
  readText,
  readVisaNeed,
  readYear,
  readYesNo,
  REASONS,
  SCORE_RANGE,
  type Reading,
  isBlank,
} from "./cells";
import { DEFAULT_RULES } from "./config";
import type { Profile, ProfileField, Step1Result, Step3Result } from "./types";
import { canonicalSpecialty } from "./specialties";
import { PROFILE_FIELDS } from "./profileFields";

export { PROFILE_FIELDS, type ProfileFieldInfo } from "./profileFields";

export const LABEL_OF = Object.fromEntries(PROFILE_FIELDS.map((f) => [f.field, f.label])) as Record<ProfileField, string>;

// Tested in order on the normalized label ("USMLE", "score", "year of graduation" forgiven).
const LABEL_MATCHERS: [ProfileField, RegExp][] = [
  // Either order: "Step 2 CK attempts", "Attempts on Step 2 CK".
  ["step2Attempts", /\b(?:step ?2|ck)\b.*\battempts?\b|\battempts?\b.*\b(?:step ?2|ck)\b/],
  ["step1Attempts", /\bstep ?1\b.*\battempts?\b|\battempts?\b.*\bstep ?1\b/],
  ["step2", /^ (?:usmle )?(?:(?:step 2|step2)(?: ck)?|ck)(?: score)?(?: ck)?(?: usmle)? $/],
  ["step1", /^ (?:usmle )?(?:step 1|step1)(?: score| result| status)?(?: pass fail| p f)? $/],
  ["step3", /^ (?:usmle )?(?:step 3|step3)(?: score| result| status)? $/],
  ["gradYear", /\bgrad(?:uation|uated)?\b.*\byear\b|\byear\b.*\bgrad(?:uation|uated)?\b|^ yog $/],
  ["matchYear", /\bmatch\b.*\byear\b|\byear\b.*\bmatch\b|^ match $/],
  ["visaNeed", /\bvisa\b/],
  ["specialties", /\bspecial(?:i)?t(?:y|ies)\b/],
  ["inUs", /\b(?:in|inside) (?:the )?(?:us|u s|usa|united states)(?: now)?\b/],
  ["usceMonths", /\busce\b|\bus clinical experience\b/],
  ["languages", /\blanguages?\b/],
  ["region", /\bregion\b|\bcountry\b/],
  ["focus", /\bfocus\b|\bmission\b/],
];

/** Forgiving label match: "USMLE Step 2 CK score" → "step2"; null when no field matches. */
export function matchProfileLabel(label: unknown): ProfileField | null {
  if (typeof label !== "string" || label.trim() === "") return null;
  const text = ` ${normalizeWords(label).replace(/\bstep (\d)\s*ck\b/g, "step $1 ck")} `;
  for (const [field, pattern] of LABEL_MATCHERS) if (pattern.test(text)) return field;
  return null;
}

/**
 * The row (0-based) each field is read from: the first whose label matches and that has a value cell
 * (a CSV line with a label and no comma has none). The audit and its profile notes both go by this.
 */
export function profileFieldRows(rows: readonly (readonly unknown[])[]): Map<ProfileField, number> {
  const found = new Map<ProfileField, number>();
  rows.forEach((row, i) => {
    const field = matchProfileLabel(row[0]);
    if (field && !found.has(field) && row[1] !== undefined) found.set(field, i);
  });
  return found;
}

/** Rows of [label, value] (the Profile sheet, profile.csv) → raw values by field; other rows ignored. */
export function profileValuesFromRows(rows: readonly (readonly unknown[])[]): Partial<Record<ProfileField, unknown>> {
  const values: Partial<Record<ProfileField, unknown>> = {};
  for (const [field, i] of profileFieldRows(rows)) values[field] = rows[i]![1];
  return values;
}

/** Pass, Fail or a numeric score, as Steps 1 and 3 record it; undefined when the cell is none of them. */
function passFailOrScore(cell: unknown, words: string): "Pass" | "Fail" | number | undefined {
  if (/^(?:pass|passed|p)$/.test(words)) return "Pass";
  if (/^(?:fail|failed|f)$/.test(words)) return "Fail";
  const score = readScore(cell);
  return score.ok && score.value !== null ? score.value : undefined;
}

const wordsOf = (cell: unknown) => (typeof cell === "string" ? normalizeWords(cell) : "");

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, one: 1, two: 2, three: 3, four: 4, a: 1, once: 1, twice: 2 };
const countWord = (word: string) => (/^\d{1,2}$/.test(word) ? Number(word) : ORDINAL[word] ?? 0);

// Attempts written in a Step's value (RULES.md §1), on the value's normalized words; each gives the
// attempts and leaves the result: "pass 2nd attempt", "pass on second attempt", "218 2 attempts",
// "passed after 1 fail", "fail then pass".
const ATTEMPTS_IN_VALUE: [RegExp, (m: RegExpExecArray) => number][] = [
  [/\b(?:on |in )?(?:the |my )?(\d{1,2})(?:st|nd|rd|th) (?:attempt|try)\b/, (m) => Number(m[1])],
  [/\b(?:on |in )?(?:the |my )?(first|second|third|fourth|fifth) (?:attempt|try)\b/, (m) => countWord(m[1]!)],
  [/\b(\d{1,2}|one|two|three|four) (?:attempts|tries)\b/, (m) => countWord(m[1]!)],
  [/\bafter (\d{1,2}|one|two|three|a) (?:fail|fails|failure|failures|failed attempts?)\b/, (m) => countWord(m[1]!) + 1],
];

/** A Step's value without the attempts written in it, and those attempts (1 when none are written). */
export function attemptsInValue(cell: unknown): { cell: unknown; attempts: number } {
  if (typeof cell !== "string") return { cell, attempts: 1 };
  const words = normalizeWords(cell);
  const failedThen = /^(?:fail|failed|f)(?: (once|twice|\d) ?x?)? then (?:pass|passed|p)$/.exec(words);
  if (failedThen) return { cell: "Pass", attempts: (failedThen[1] ? countWord(failedThen[1]) : 1) + 1 };
  for (const [pattern, count] of ATTEMPTS_IN_VALUE) {
    const m = pattern.exec(words);
    if (m && count(m) >= 1) return { cell: words.replace(pattern, " ").trim(), attempts: count(m) };
  }
  return { cell, attempts: 1 };
}

function readStep1(cell: unknown): Reading<Step1Result | null> {
  cell = attemptsInValue(cell).cell;
  if (isBlank(cell)) return { ok: true, value: null };
  const value = passFailOrScore(cell, wordsOf(cell));
  return value === undefined ? { ok: false, reason: `is not Pass, Fail or a score from ${DEFAULT_RULES.score.min} to ${DEFAULT_RULES.score.max}` } : { ok: true, value };
}

function readStep3(cell: unknown): Reading<Step3Result> {
  cell = attemptsInValue(cell).cell;
  const words = wordsOf(cell);
  // "Scheduled", "booked", "planned", "date set" (RULES.md §1): not passed, whatever date follows.
  if (isBlank(cell) || /^(?:not taken|no|none|n a|na)$|^(?:not yet|planned|scheduled|booked|date set)\b/.test(words)) return { ok: true, value: "Not taken" };
  const value = passFailOrScore(cell, words);
  return value === undefined ? { ok: false, reason: "is not Pass, Not taken, Fail or a score" } : { ok: true, value };
}

function readMonths(cell: unknown): Reading<number | null> {
  if (isBlank(cell)) return { ok: true, value: null };
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim().toLowerCase().replace(/\s*(?:months?|mo)$/, "") : ""; // keeps "4.5" whole
  const n = Number(text);
  return text !== "" && Number.isFinite(n) && n >= 0 && n <= 240 ? { ok: true, value: n } : { ok: false, reason: "is not a number of months" };
}

function readSpecialties(cell: unknown): Reading<string[]> {
  const text = readText(cell);
  const list = text.split(/[,;/\n]+/).map((s) => s.trim()).filter((s) => s !== "");
  return { ok: true, value: [...new Set(list.map(canonicalSpecialty))] };
}

/**
 * A zod schema for one field: reads a raw value with one of the cell readers, or reports the named
 * problem. Each field is its own schema (no z.object around them): the profile is a fixed list of
 * fields, and an object schema only added ~4 KB of zod to the script Apps Script loads on every call.
 */
function field<T>(name: ProfileField, read: (cell: unknown) => Reading<T>) {
  return z.transform((cell: unknown, ctx) => {
    const reading = read(cell);
    if (reading.ok) return reading.value;
    const message = isBlank(cell) ? `${LABEL_OF[name]} ${reading.reason}` : problem(LABEL_OF[name], cell, reading.reason);
    ctx.issues.push({ code: "custom", message, input: cell });
    return z.NEVER;
  });
}

const attempts = (cell: unknown) => {
  const r = readCount(cell);
  return r.ok ? { ok: true as const, value: r.value ?? 1 } : r;
};

// Built on first use, not at load: Apps Script loads the script for every custom-function call, and
// only the audit and the profile form read a profile.
let fieldSchemas: Record<ProfileField, z.ZodMiniType> | null = null;
const schemas = () => (fieldSchemas ??= buildFieldSchemas());

const buildFieldSchemas = (): Record<ProfileField, z.ZodMiniType> => ({
  step2: field("step2", (cell) => {
    cell = attemptsInValue(cell).cell;
    if (isBlank(cell)) return { ok: false, reason: `is missing: it is required for an audit (${SCORE_RANGE})` };
    const r = readScore(cell);
    return r.ok && r.value === null ? { ok: false, reason: REASONS.score } : r;
  }),
  step2Attempts: field("step2Attempts", attempts),
  step1: field("step1", readStep1),
  step1Attempts: field("step1Attempts", attempts),
  step3: field("step3", readStep3),
  gradYear: field("gradYear", readYear),
  visaNeed: field("visaNeed", (cell) => {
    const r = readVisaNeed(cell);
    return r.ok ? { ok: true as const, value: r.value ?? ("None" as const) } : r;
  }),
  specialties: field("specialties", readSpecialties),
  usceMonths: field("usceMonths", readMonths),
  languages: field("languages", (cell) => ({ ok: true, value: readText(cell) })),
  region: field("region", (cell) => ({ ok: true, value: readText(cell) })),
  focus: field("focus", (cell) => ({ ok: true, value: readText(cell) })),
  matchYear: field("matchYear", readYear),
  inUs: field("inUs", (cell): Reading<boolean | null> => (isBlank(cell) ? { ok: true, value: null } : readYesNo(cell))),
});

/** The attempts fields raised to the attempts written in the Steps' values: the larger counts (RULES.md §1). */
function withAttemptsInValues(profile: Profile, values: Partial<Record<ProfileField, unknown>>): Profile {
  const written = (field: "step1" | "step2" | "step3") => attemptsInValue(values[field]).attempts;
  const step3Attempts = written("step3");
  return {
    ...profile,
    step1Attempts: Math.max(profile.step1Attempts, written("step1")),
    step2Attempts: Math.max(profile.step2Attempts, written("step2")),
    ...(step3Attempts > 1 ? { step3Attempts } : {}),
  };
}

/**
 * Reads and validates every field. `errors` names each unreadable field; the profile is still
 * returned with those fields as if blank, and is null only when Step 2 CK is missing or unreadable.
 */
export function parseProfile(values: Partial<Record<ProfileField, unknown>>): {
  profile: Profile | null;
  errors: Partial<Record<ProfileField, string>>;
} {
  const errors: Partial<Record<ProfileField, string>> = {};
  const read: Record<string, unknown> = {};
  for (const { field } of PROFILE_FIELDS) {
    // A missing field is blank, so its schema judges it by its reader.
    const parsed = schemas()[field].safeParse(values?.[field] ?? "");
    if (parsed.success) read[field] = parsed.data;
    else errors[field] = parsed.error.issues[0]!.message;
  }
  if (Object.keys(errors).length === 0) return { profile: withAttemptsInValues(read as unknown as Profile, values ?? {}), errors };
  if (errors.step2) return { profile: null, errors };
  // Judge the rest as if each unreadable field were blank (RULES.md §3); Step 2 CK goes last, as it
  // always has in a profile that had errors.
  const profile: Record<string, unknown> = {};
  for (const { field } of PROFILE_FIELDS) {
    if (field !== "step2") profile[field] = errors[field] === undefined ? read[field] : schemas()[field].safeParse("").data;
  }
  profile.step2 = read.step2;
  return { profile: withAttemptsInValues(profile as unknown as Profile, values ?? {}), errors };
}

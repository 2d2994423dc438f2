// A program's graduation filter (RULES.md §3, §7): a most years since graduation ("5", "within 5 years"),
// or a minimum graduation year ("2019", "graduated 2021 or after", "YOG 2020+", "after 2018"). Read as
// a number of years, "YOG 2020 or later" was unreadable and a 2019 graduate passed the filter.

import { isBlank, normalizeWords, readYears, REASONS, yearOfNumber, yearsOfNumber, type Reading } from "./cells";
import type { GradLimit } from "./types";

/** "No limit" and its like: no filter. */
const NO_LIMIT = /^(?:no limit|no limits|unlimited|any|any year|none|no|n a|na|not published|not stated|no requirement|no cutoff)$/;
/** Words before the year that only say what it is: "graduated", "YOG", "graduation year". */
const YEAR_PREFIX = /^(?:(?:must have |must be )?(?:yog|year of graduation|graduation year|graduated|graduation|graduates?|grads?|grad year|med school graduation|mbbs|md)\s+)*(?:in\s+)?/;

/** readGradLimit of a number: up to 60 is years, a four-digit year is the minimum graduation year. */
export function gradLimitOfNumber(n: number): GradLimit | undefined {
  const years = yearsOfNumber(n);
  if (years !== undefined) return { maxYears: years };
  const year = yearOfNumber(n);
  return year === undefined ? undefined : { minYear: year };
}

/** The minimum graduation year a text gives, or undefined. */
function minimumYearIn(cell: string): number | undefined {
  const marked = cell
    .toLowerCase()
    .replace(/(\d{4})\s*\+/g, "$1 or later")
    .replace(/(?:≥|>=|=>)\s*(\d{4})/g, "$1 or later")
    .replace(/>\s*(\d{4})/g, "after $1");
  const words = normalizeWords(marked).replace(YEAR_PREFIX, "");
  let m = /^(\d{4})(?: (?:or|and) (?:later|after|newer|more recent|up)| onwards?| and above)?$/.exec(words);
  if (m) return yearOfNumber(Number(m[1]));
  if ((m = /^(?:since|from|in or after|on or after) (\d{4})$/.exec(words))) return yearOfNumber(Number(m[1]));
  if ((m = /^after (\d{4})$/.exec(words))) {
    const year = yearOfNumber(Number(m[1]) + 1); // "after 2018" = 2019 or later
    return year;
  }
  return undefined;
}

/** Max years since graduation: 5, "5 years", "within 5 years"; a year ("2019 or later"); "no limit" = none. */
export function readGradLimit(cell: unknown): Reading<GradLimit | null> {
  if (typeof cell === "number") {
    const limit = gradLimitOfNumber(cell);
    return limit === undefined ? { ok: false, reason: REASONS.years } : { ok: true, value: limit };
  }
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell !== "string") return { ok: false, reason: REASONS.years };
  if (NO_LIMIT.test(normalizeWords(cell))) return { ok: true, value: null };
  const year = minimumYearIn(cell);
  if (year !== undefined) return { ok: true, value: { minYear: year } };
  const years = readYears(cell);
  return years.ok ? { ok: true, value: years.value === null ? null : { maxYears: years.value } } : years;
}

/** Whether the applicant fails the filter; an unknown graduation year fails nothing (RULES.md §7). */
export function failsGradLimit(limit: GradLimit | null, gradYear: number | null, matchYear: number): boolean {
  if (limit === null || gradYear === null) return false;
  return "minYear" in limit ? gradYear < limit.minYear : matchYear - gradYear > limit.maxYears;
}

// IMG % "1" in a column (RULES.md §3): the number 1 alone is 1%, but a column formatted as percent
// hands Sheets' fractions over (0.45, 0.6, 1), and there 1 is 100%. Which one a 1 means is decided by
// the other IMG % of its column, the same way in the audit, a range argument and TIER's own loop.

import { isBlank, percentOfNumber, readPercent, type Reading } from "./cells";

/** The number 1 as typed: 1, "1", "1.0" (not "1%"). */
export function isOne(cell: unknown): boolean {
  return cell === 1 || (typeof cell === "string" && /^\s*1(?:\.0*)?\s*$/.test(cell));
}

/**
 * Whether the 1s of an IMG % column mean 100% (RULES.md §3): only when every other IMG % in it is a
 * number from 0 to 1, as a column formatted as percent gives, and there is another. A column typed as
 * 45, 60, "55%", 1 means 1%. Stops at the first IMG % that is not a fraction, so a column of
 * percentages (the usual one) costs one cell.
 */
export function onesMeanWhole(cellAt: (i: number) => unknown, length: number): boolean {
  let ones = 0;
  let others = 0;
  for (let i = 0; i < length; i++) {
    const cell = cellAt(i);
    if (isOne(cell)) ones++;
    else if (typeof cell === "number") {
      if (!(cell >= 0 && cell < 1)) return false;
      others++;
    } else if (!isBlank(cell)) {
      const reading = readPercent(cell);
      if (!reading.ok || reading.value === null) continue; // not an IMG %: "N/A", "lots"
      const typed = typeof cell === "string" && !cell.includes("%") ? Number(cell.trim()) : NaN;
      if (!(typed >= 0 && typed < 1)) return false;
      others++;
    }
  }
  return ones > 0 && ones + others >= 2;
}

/** readPercent in a column whose 1s mean 100% (onesMeanWhole). */
export function readPercentInColumn(cell: unknown): Reading<number | null> {
  return isOne(cell) ? { ok: true, value: 100 } : readPercent(cell);
}

/** readPercentInColumn of a number. */
export function percentInColumnOfNumber(n: number): number | undefined {
  return n === 1 ? 100 : percentOfNumber(n);
}

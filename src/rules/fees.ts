// ERAS application fees (RULES.md §10), counted per specialty. Imports nothing at run time, so the
// sidebar prices a recommendation with the same function the audit uses.

import type { RulesConfig } from "./config";

/** "$1,323": whole dollars with thousands separators (no Intl: it is slow to start in Apps Script and Node). */
export function dollars(amount: number): string {
  return `$${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

/** The fee for `count` programs in one specialty: $11 each for the first 30, $30 each after. */
export function erasFee(count: number, fees: RulesConfig["fees"]): number {
  const n = Math.max(0, Math.floor(count));
  const first = Math.min(n, fees.firstTierCount);
  return first * fees.firstTierUsd + (n - first) * fees.laterUsd;
}

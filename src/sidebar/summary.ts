// Pure helpers for the summary: percentages, dollars, where a share sits against its target band,
// and the estimated ERAS fee of the recommended number of applications (RULES.md §10).

import type { ShareAgainstTarget } from "../rules/types";
import { DEFAULT_RULES, type RulesConfig } from "../rules/config";
import { erasFee } from "../rules/fees";
import { shareStatus, statusWords, targetBand } from "../shared/targets";

export function formatPercent(percent: number | null): string {
  if (percent === null || !Number.isFinite(percent)) return "–";
  return `${Math.round(percent * 10) / 10}%`;
}

/** "$1,830": whole dollars with thousands separators (no Intl, so it reads the same everywhere). */
export function formatUsd(amount: number): string {
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}$${digits}`;
}

/** "22.5% · target 15–25% · on target": the words beside a bar, so colour is never the only cue. */
export function shareLine(share: ShareAgainstTarget): string {
  const status = shareStatus(share);
  if (status === "empty") return `target ${targetBand(share)} · ${statusWords(status)}`;
  return `${formatPercent(share.percent)} · target ${targetBand(share)} · ${statusWords(status)}`;
}


/** Positions for the bar (all 0..100): the target band's start and width, and the fill width. */
export function barGeometry(share: ShareAgainstTarget): { bandLeft: number; bandWidth: number; fill: number } {
  const clamp = (n: number) => Math.min(100, Math.max(0, n));
  const bandLeft = clamp(share.targetMin);
  return { bandLeft, bandWidth: clamp(share.targetMax) - bandLeft, fill: clamp(share.percent ?? 0) };
}

/** ERAS fee for applying to `programs` programs in one specialty. */
export function feeFor(programs: number, fees: RulesConfig["fees"] = DEFAULT_RULES.fees): number {
  return erasFee(programs, fees);
}

/** "80–120 applications (about $1,830–$3,030 in ERAS fees)". */
export function recommendationLine(range: { min: number; max: number }): string {
  return `${range.min}–${range.max} applications (about ${formatUsd(feeFor(range.min))}–${formatUsd(feeFor(range.max))} in ERAS fees)`;
}

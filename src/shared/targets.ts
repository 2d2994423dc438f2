// How shares read against their target bands, in one place for the sidebar, the Audit sheet and the
// CLI: "15–25%", "at least 15%" (no upper limit), "at most 20%" (no lower limit), and a list's line.

import { TIERS, type ShareAgainstTarget, type TierCounts } from "../rules/types";

export function targetBand(share: Pick<ShareAgainstTarget, "targetMin" | "targetMax">): string {
  if (share.targetMax >= 100) return `at least ${share.targetMin}%`;
  if (share.targetMin <= 0) return `at most ${share.targetMax}%`;
  return `${share.targetMin}–${share.targetMax}%`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function band(target: ShareAgainstTarget): string {
  const off = target.percent === null ? "" : target.percent < target.targetMin ? ", below" : target.percent > target.targetMax ? ", above" : "";
  return `target ${targetBand(target)}${off}`;
}

/** "40 programs: Reach 9 (22.5%, target 15–25%) · Match 20 (50%) · Safety 11 (27.5%, target at least 15%)" */
export function listLine(counts: TierCounts, targets: ShareAgainstTarget[]): string {
  if (counts.count === 0) return "no programs on this list";
  const parts = TIERS.filter((tier) => tier !== "Unknown" || counts.Unknown > 0).map((tier) => {
    const target = targets.find((t) => t.tier === tier);
    const percent = Math.round((counts[tier] / counts.count) * 1000) / 10;
    return `${tier} ${counts[tier]} (${target?.percent ?? percent}%${target ? `, ${band(target)}` : ""})`;
  });
  return `${plural(counts.count, "program")}: ${parts.join(" · ")}`;
}

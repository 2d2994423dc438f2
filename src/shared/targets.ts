// How shares read against their target bands, in one place for the sidebar, the Audit sheet and the
// CLI: "15–25%", "at least 15%" (no upper limit), "at most 20%" (no lower limit), whether a share is
// on target (RULES.md §8.6: inside the band or on its safe side), and a list's line.

import { TIERS, type ListCounts, type ShareAgainstTarget, type Tier, type TierCounts } from "../rules/types";

export function targetBand(share: Pick<ShareAgainstTarget, "targetMin" | "targetMax">): string {
  if (share.targetMax >= 100) return `at least ${share.targetMin}%`;
  if (share.targetMin <= 0) return `at most ${share.targetMax}%`;
  return `${share.targetMin}–${share.targetMax}%`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "within" means on target: inside the band, or on the side of it that is safe for the applicant. */
export type ShareStatus = "empty" | "below" | "within" | "above";

/** RULES.md §8.6, judged by the audit (`onTarget`): a Reach share of 0% is on target, so is more Safety. */
export function shareStatus(share: Pick<ShareAgainstTarget, "percent" | "targetMin" | "onTarget">): ShareStatus {
  if (share.percent === null) return "empty";
  if (share.onTarget) return "within";
  return share.percent < share.targetMin ? "below" : "above";
}

const STATUS_WORDS: Record<ShareStatus, string> = {
  empty: "no programs on this list",
  below: "below target",
  within: "on target",
  above: "above target",
};

/** "on target", "below target", "above target": the words beside a share, so colour is never the only cue. */
export function statusWords(status: ShareStatus): string {
  return STATUS_WORDS[status];
}

/** The short word in a list's line: "above", "below" or "on target". */
const LINE_WORDS: Record<ShareStatus, string> = { empty: "", below: ", below", within: ", on target", above: ", above" };

/** A list's counts as the audit gives them: `usable` and `screenedOut` since RULES.md v2 §8.1. */
type ListOf = TierCounts & Partial<Pick<ListCounts, "usable" | "screenedOut">>;

/** "Reach 14 (33.3%, target 15–25%, above)", "Reach 0 (0%, target 15–25%, on target)" */
function shareText(tier: Tier, counts: ListOf, target: ShareAgainstTarget | undefined): string {
  const percent = target?.percent ?? Math.round((counts[tier] / (counts.usable ?? counts.count)) * 1000) / 10;
  const against = target ? `, target ${targetBand(target)}${LINE_WORDS[shareStatus(target)]}` : "";
  return `${tier} ${counts[tier]} (${percent}%${against})`;
}

/** "35 you can use (3 screened out by visa, 4 by a filter)", or "" when every program is usable. */
export function usableNote(counts: ListOf): string {
  const usable = counts.usable ?? counts.count;
  if (usable === counts.count) return "";
  const out = counts.screenedOut ?? { visa: 0, filter: 0 };
  const why = [out.visa ? `${out.visa} by visa` : "", out.filter ? `${out.filter} by a filter` : ""].filter(Boolean).join(", ");
  return `${usable === 0 ? "none" : usable} you can use (${why.replace(/^(\d+) by/, "$1 screened out by")})`;
}

/** "42 programs", or "42 programs, 35 you can use (3 screened out by visa, 4 by a filter)". */
export function listHead(counts: ListOf): string {
  const note = usableNote(counts);
  return note ? `${plural(counts.count, "program")}, ${note}` : plural(counts.count, "program");
}

/** "40 programs: Reach 9 (22.5%, target 15–25%, on target) · …", shares of the programs you can use. */
export function listLine(counts: ListOf, targets: ShareAgainstTarget[]): string {
  if (counts.count === 0) return "no programs on this list";
  if ((counts.usable ?? counts.count) === 0) return listHead(counts);
  const parts = TIERS.filter((tier) => tier !== "Unknown" || counts.Unknown > 0).map((tier) =>
    shareText(tier, counts, targets.find((t) => t.tier === tier)),
  );
  return `${listHead(counts)}: ${parts.join(" · ")}`;
}

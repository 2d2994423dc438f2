// How a target band reads, in one place for the sidebar, the Audit sheet and the CLI:
// "15–25%", "at least 15%" (no upper limit), "at most 20%" (no lower limit).

import type { ShareAgainstTarget } from "../rules/types";

export function targetBand(share: Pick<ShareAgainstTarget, "targetMin" | "targetMax">): string {
  if (share.targetMax >= 100) return `at least ${share.targetMin}%`;
  if (share.targetMin <= 0) return `at most ${share.targetMax}%`;
  return `${share.targetMin}–${share.targetMax}%`;
}

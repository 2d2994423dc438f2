// RULES.md §8.6: a share beside its target says "on target" inside the band or on its safe side.

import { describe, expect, it } from "vitest";
import { listLine, shareStatus, statusWords } from "../../src/shared/targets";
import type { ShareAgainstTarget, Tier } from "../../src/rules/types";

const share = (tier: Tier, percent: number | null, targetMin: number, targetMax: number): ShareAgainstTarget => ({ tier, percent, targetMin, targetMax, source: "004" });

describe("shareStatus", () => {
  it("is on target for a Reach share under its band: 0% Reach is safe", () => {
    expect(statusWords(shareStatus(share("Reach", 0, 15, 25)))).toBe("on target");
    expect(statusWords(shareStatus(share("Reach", 33.3, 15, 25)))).toBe("above target");
  });
  it("is on target for a Safety share over its band, and below target under it", () => {
    expect(statusWords(shareStatus(share("Safety", 70, 40, 60)))).toBe("on target");
    expect(statusWords(shareStatus(share("Safety", 33.3, 40, 60)))).toBe("below target");
  });
  it("holds a Match share to both edges of its band", () => {
    expect(shareStatus(share("Match", 29, 30, 40))).toBe("below");
    expect(shareStatus(share("Match", 30, 30, 40))).toBe("within");
    expect(shareStatus(share("Match", 41, 30, 40))).toBe("above");
    expect(shareStatus(share("Match", null, 30, 40))).toBe("empty");
  });
});

describe("listLine", () => {
  it("says on target, above or below beside each share", () => {
    const counts = { count: 10, Reach: 0, Match: 3, Safety: 7, Unknown: 0 };
    const line = listLine(counts, [share("Reach", 0, 10, 20), share("Match", 30, 30, 40), share("Safety", 70, 40, 60)]);
    expect(line).toBe("10 programs: Reach 0 (0%, target 10–20%, on target) · Match 3 (30%, target 30–40%, on target) · Safety 7 (70%, target 40–60%, on target)");
    const off = listLine({ count: 10, Reach: 5, Match: 1, Safety: 4, Unknown: 0 }, [share("Reach", 50, 10, 20), share("Match", 10, 30, 40)]);
    expect(off).toBe("10 programs: Reach 5 (50%, target 10–20%, above) · Match 1 (10%, target 30–40%, below) · Safety 4 (40%)");
  });
});

// RULES.md §8.6: a share beside its target says "on target" inside the band or on its safe side.

import { describe, expect, it } from "vitest";
import { listHead, listLine, shareStatus, statusWords } from "../../src/shared/targets";
import { auditSheet } from "../../src/rules/audit";
import type { ShareAgainstTarget, Tier } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

const share = (tier: Tier, percent: number | null, targetMin: number, targetMax: number, onTarget: boolean): ShareAgainstTarget => ({
  tier, percent, targetMin, targetMax, source: "004", onTarget,
});

describe("shareStatus", () => {
  it("says on target for a share the audit judged on target, even outside the band", () => {
    expect(statusWords(shareStatus(share("Reach", 0, 15, 25, true)))).toBe("on target");
    expect(statusWords(shareStatus(share("Safety", 70, 40, 60, true)))).toBe("on target");
  });
  it("says below or above for one off target, and nothing for an empty list", () => {
    expect(statusWords(shareStatus(share("Reach", 33.3, 15, 25, false)))).toBe("above target");
    expect(statusWords(shareStatus(share("Safety", 33.3, 40, 60, false)))).toBe("below target");
    expect(shareStatus(share("Match", null, 30, 40, true))).toBe("empty");
  });
});

describe("listLine", () => {
  it("says a Reach share of 0% is on target on a real audit (RULES.md §8.6)", () => {
    // Three IMG-heavy Safeties: no Reach at all, which is the safe side of 15–25%.
    const result = auditSheet(programSheet(["A", "B", "C"].map((name) => quietProgram(name))), profileRows(), { today: TODAY });
    expect(result.summary.applied.Reach).toBe(0);
    const line = listLine(result.summary.applied, result.summary.targets.applied);
    expect(line).toMatch(/Reach 0 \(0%, target 15–25%, on target\)/);
    expect(line).toMatch(/Safety 3 \(100%, target at least 15%, on target\)/);
  });
  it("says above or below beside a share off target", () => {
    const off = listLine({ count: 10, Reach: 5, Match: 1, Safety: 4, Unknown: 0 }, [share("Reach", 50, 10, 20, false), share("Match", 10, 30, 40, false)]);
    expect(off).toBe("10 programs: Reach 5 (50%, target 10–20%, above) · Match 1 (10%, target 30–40%, below) · Safety 4 (40%)");
  });
});

describe("listHead", () => {
  it("says how many of the list you can use, and why the others are screened out (RULES.md §8.1)", () => {
    const base = { count: 42, Reach: 10, Match: 7, Safety: 18, Unknown: 0 };
    expect(listHead({ ...base, usable: 35, screenedOut: { visa: 3, filter: 4 } })).toBe("42 programs, 35 you can use (3 screened out by visa, 4 by a filter)");
    expect(listHead({ ...base, usable: 41, screenedOut: { visa: 0, filter: 1 } })).toBe("42 programs, 41 you can use (1 screened out by a filter)");
    expect(listHead({ ...base, usable: 42, screenedOut: { visa: 0, filter: 0 } })).toBe("42 programs");
    expect(listLine({ count: 2, Reach: 0, Match: 0, Safety: 0, Unknown: 0, usable: 0, screenedOut: { visa: 2, filter: 0 } }, [])).toBe(
      "2 programs, none you can use (2 screened out by visa)",
    );
  });
});

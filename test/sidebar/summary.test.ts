import { describe, expect, it } from "vitest";
import { barGeometry, feeFor, formatPercent, formatUsd, recommendationLine, shareLine } from "../../src/sidebar/summary";
import { shareStatus, targetBand } from "../../src/shared/targets";
import type { ShareAgainstTarget } from "../../src/rules/types";

const share = (percent: number | null, targetMin = 15, targetMax = 25): ShareAgainstTarget => ({ tier: "Reach", percent, targetMin, targetMax, source: "001", onTarget: percent !== null && percent <= targetMax });

describe("formatting", () => {
  it("shows percentages with at most one decimal, and a dash for an empty list", () => {
    expect(formatPercent(16.666)).toBe("16.7%");
    expect(formatPercent(40)).toBe("40%");
    expect(formatPercent(null)).toBe("–");
  });

  it("shows whole dollars with thousands separators", () => {
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(830)).toBe("$830");
    expect(formatUsd(1830)).toBe("$1,830");
    expect(formatUsd(1234567.4)).toBe("$1,234,567");
  });
});

describe("shares against target bands", () => {
  it("says below, within (edges included) and above", () => {
    expect(shareStatus({ ...share(10), onTarget: false })).toBe("below");
    expect(shareStatus(share(10))).toBe("within"); // fewer reaches than the band is the safe side
    expect(shareStatus(share(15))).toBe("within");
    expect(shareStatus(share(25))).toBe("within");
    expect(shareStatus(share(25.1))).toBe("above");
    expect(shareStatus(share(null))).toBe("empty");
  });

  it("puts the status in words beside the bar", () => {
    expect(shareLine(share(40))).toBe("40% · target 15–25% · above target");
    expect(shareLine(share(null))).toBe("target 15–25% · no programs on this list");
    expect(targetBand({ targetMin: 15, targetMax: 100 })).toBe("at least 15%");
  });

  it("keeps the bar's geometry inside 0..100", () => {
    expect(barGeometry(share(40))).toEqual({ bandLeft: 15, bandWidth: 10, fill: 40 });
    expect(barGeometry(share(130, -5, 120))).toEqual({ bandLeft: 0, bandWidth: 100, fill: 100 });
    expect(barGeometry(share(null)).fill).toBe(0);
  });
});

describe("fees (RULES.md §10: $11 a program for the first 30, $30 from the 31st)", () => {
  it("charges the first 30 at $11 and the rest at $30", () => {
    expect(feeFor(0)).toBe(0);
    expect(feeFor(30)).toBe(330);
    expect(feeFor(31)).toBe(360);
    expect(feeFor(80)).toBe(1830);
    expect(feeFor(10, { firstTierCount: 5, firstTierUsd: 1, laterUsd: 2 })).toBe(15);
  });

  it("prices the recommended range", () => {
    expect(recommendationLine({ min: 80, max: 120 })).toBe("80–120 applications (about $1,830–$3,030 in ERAS fees)");
  });
});

import { describe, expect, it } from "vitest";
import { meetsCutoff, minimumShortfall, type CutoffInput } from "../../src/rules/meetsCutoff";

const base: CutoffInput = { score: 226, minStep2: null, attempts: 1, maxAttempts: null, yearsSinceGraduation: 4, maxYearsSinceGraduation: null };
const meets = (over: Partial<CutoffInput>) => meetsCutoff({ ...base, ...over });

describe("RULES.md §7 MEETSCUTOFF", () => {
  it("blank filters are met", () => {
    expect(meets({})).toBe(true);
  });
  it("minimum: equal passes, one below fails (a near miss is still FALSE)", () => {
    expect(meets({ minStep2: { score: 226, preferred: false } })).toBe(true);
    expect(meets({ minStep2: { score: 227, preferred: false } })).toBe(false);
    expect(meets({ minStep2: { score: 231, preferred: false } })).toBe(false);
  });
  it("a preferred minimum is not a filter", () => {
    expect(meets({ minStep2: { score: 240, preferred: true } })).toBe(true);
  });
  it("attempts above the maximum fail; equal passes", () => {
    expect(meets({ attempts: 2, maxAttempts: 1 })).toBe(false);
    expect(meets({ attempts: 1, maxAttempts: 1 })).toBe(true);
  });
  it("years since graduation above the maximum fail; equal passes; unknown passes", () => {
    expect(meets({ yearsSinceGraduation: 6, maxYearsSinceGraduation: 5 })).toBe(false);
    expect(meets({ yearsSinceGraduation: 5, maxYearsSinceGraduation: 5 })).toBe(true);
    expect(meets({ yearsSinceGraduation: null, maxYearsSinceGraduation: 5 })).toBe(true);
  });
});

describe("RULES.md §7 near miss", () => {
  it("is 1–5 points below; exactly 5 below is still near, 6 below is below", () => {
    expect(minimumShortfall(230, 230)).toBe("met");
    expect(minimumShortfall(229, 230)).toBe("near");
    expect(minimumShortfall(225, 230)).toBe("near");
    expect(minimumShortfall(224, 230)).toBe("below");
  });
});

import { describe, expect, it } from "vitest";
import { meetsCutoff, minimumShortfall, type CutoffInput } from "../../src/rules/meetsCutoff";

const base: CutoffInput = { score: 226, minStep2: null, attempts: 1, maxAttempts: null, gradYear: 2023, matchYear: 2027, gradLimit: null };
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
  it("years since graduation (to the Match year) above the maximum fail; equal passes; unknown passes", () => {
    expect(meets({ gradYear: 2021, gradLimit: { maxYears: 5 } })).toBe(false);
    expect(meets({ gradYear: 2022, gradLimit: { maxYears: 5 } })).toBe(true);
    expect(meets({ gradYear: 2021, matchYear: 2026, gradLimit: { maxYears: 5 } })).toBe(true);
    expect(meets({ gradYear: null, gradLimit: { maxYears: 5 } })).toBe(true);
  });
  it("a minimum graduation year (RULES.md §3): graduating earlier fails, that year passes", () => {
    expect(meets({ gradYear: 2019, gradLimit: { minYear: 2021 } })).toBe(false);
    expect(meets({ gradYear: 2021, gradLimit: { minYear: 2021 } })).toBe(true);
    expect(meets({ gradYear: null, gradLimit: { minYear: 2021 } })).toBe(true);
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

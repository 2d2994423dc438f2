import { describe, expect, it } from "vitest";
import { tierOf, type TierInput } from "../../src/rules/tier";

const base: TierInput = { score: 230, avgStep2: null, imgPct: null, minStep2: null, programType: null };
const tier = (over: Partial<TierInput>) => tierOf({ ...base, ...over });

describe("RULES.md §5 TIER rule 1: Reach", () => {
  it("is Reach below the published minimum, even by one point", () => {
    expect(tier({ minStep2: 231, imgPct: 60 })).toBe("Reach");
    expect(tier({ minStep2: 230, imgPct: 60 })).toBe("Safety");
  });
  it("is Reach more than 5 points below the average, not at exactly 5", () => {
    expect(tier({ avgStep2: 236, imgPct: 30 })).toBe("Reach");
    expect(tier({ avgStep2: 235, imgPct: 30 })).toBe("Match");
  });
  it("is Reach under 20% IMG; exactly 20% is not", () => {
    expect(tier({ imgPct: 19.9 })).toBe("Reach");
    expect(tier({ imgPct: 20 })).toBe("Match");
  });
});

describe("RULES.md §5 TIER rule 2: Safety", () => {
  it("is Safety at 50% IMG and up, 49.9% is Match", () => {
    expect(tier({ imgPct: 50 })).toBe("Safety");
    expect(tier({ imgPct: 49.9 })).toBe("Match");
  });
  it("an unknown average counts as not below; a far-below average wins over heavy IMG presence", () => {
    expect(tier({ imgPct: 80, avgStep2: null })).toBe("Safety");
    expect(tier({ imgPct: 80, avgStep2: 236 })).toBe("Reach");
  });
});

describe("RULES.md §5 TIER rules 3–4: Match and Unknown", () => {
  it("is Match when only the average or only the minimum is known", () => {
    expect(tier({ avgStep2: 228 })).toBe("Match");
    expect(tier({ minStep2: 220 })).toBe("Match");
  });
  it("is Unknown when none of IMG %, average or minimum is known", () => {
    expect(tier({})).toBe("Unknown");
  });
});

describe("RULES.md §5 program type stands in for a missing IMG %", () => {
  it.each([
    ["University", "Reach"],
    ["University-affiliated community", "Match"],
    ["Community", "Match"],
    ["Rural / underserved", "Safety"],
  ] as const)("%s → %s", (programType, expected) => {
    expect(tier({ programType })).toBe(expected);
  });
  it("a known IMG % wins over the type", () => {
    expect(tier({ programType: "University", imgPct: 60 })).toBe("Safety");
  });
});

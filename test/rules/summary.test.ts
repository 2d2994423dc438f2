// RULES.md v2 §8.6 "on target": a share inside its target band or on its safe side (fewer Reach, more
// Safety) is on target; a Reach share of 0% is on target. Shares are of the usable programs (§8.1).

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const targets = (rows: RowSpec[]) => auditSheet(programSheet(rows), profileRows(), { today: TODAY }).summary.targets;
const many = (n: number, prefix: string, extra: RowSpec = {}) => Array.from({ length: n }, (_, i) => quietProgram(`${prefix}${i}`, extra));
const onTarget = (shares: { tier: string; onTarget: boolean }[]) => Object.fromEntries(shares.map((s) => [s.tier, s.onTarget]));

describe("RULES.md §8.6 on target", () => {
  it("a Reach share of 0% and a Safety share above its band are on target; Match outside its band is not", () => {
    const t = targets(many(10, "S", { Rank: 1 }).map((r, i) => ({ ...r, Rank: i + 1 }))); // all Safety: Reach 0%, Safety 100%
    expect(onTarget(t.applied)).toEqual({ Reach: true, Match: false, Safety: true });
    expect(onTarget(t.ranked)).toEqual({ Reach: true, Match: false, Safety: true });
  });
  it("a Reach share above its band, or a Safety share below, is off target", () => {
    const t = targets([...many(4, "R", { "IMG %": 10 }), ...many(6, "M", { "IMG %": 30 })]); // Reach 40%, Safety 0%
    expect(onTarget(t.applied)).toEqual({ Reach: false, Match: true, Safety: false });
  });
  it("an empty list has no share, and nothing off target", () => {
    const t = targets([]);
    expect(t.ranked.map((s) => [s.percent, s.onTarget])).toEqual([[null, true], [null, true], [null, true]]);
  });
});

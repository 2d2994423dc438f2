// RULES.md §8.6 grouping, shared by the text report and the sidebar: 3+ programs → one entry.

import { describe, expect, it } from "vitest";
import { groupByCode, groupRows, sentences, sharedAdvice } from "../../src/shared/findingGroups";
import type { Finding } from "../../src/rules/types";

const f = (code: Finding["code"], row: number | null, message = `Row ${row} is off. Fix it.`, severity: Finding["severity"] = "warning"): Finding => ({
  code,
  severity,
  row,
  program: row === null ? null : `Program ${row}`,
  message,
});

describe("groupByCode", () => {
  it("shows a code that fires for 3 programs once, where its first finding was", () => {
    const entries = groupByCode([f("SCORE_GAP", 2), f("VISA_UNKNOWN", 3), f("SCORE_GAP", 5), f("SCORE_GAP", 9), f("STALE_DATA", null)]);
    expect(entries.map((e) => (e.kind === "group" ? `group ${e.code}` : `${e.finding.code} ${e.finding.row}`))).toEqual([
      "group SCORE_GAP",
      "VISA_UNKNOWN 3",
      "STALE_DATA null",
    ]);
    const group = entries[0]!;
    expect(group.kind === "group" && groupRows(group)).toEqual([2, 5, 9]);
  });

  it("keeps a code that fires for 2 programs, or twice on one row, as single findings", () => {
    const entries = groupByCode([f("SCORE_GAP", 2), f("SCORE_GAP", 5), f("DUPLICATE_PROGRAM", 7), f("DUPLICATE_PROGRAM", 7), f("DUPLICATE_PROGRAM", 8)]);
    expect(entries.every((e) => e.kind === "single")).toBe(true);
  });

  it("never groups list-wide findings, and groups each severity apart", () => {
    const entries = groupByCode([
      f("LIST_OVERREACH", null), f("LIST_OVERREACH", null), f("LIST_OVERREACH", null),
      f("SIGNAL_ON_REACH", 2, "a", "error"), f("SIGNAL_ON_REACH", 3, "a", "error"), f("SIGNAL_ON_REACH", 4, "a", "warning"),
    ]);
    expect(entries.filter((e) => e.kind === "group")).toEqual([]);
  });
});

describe("sharedAdvice", () => {
  it("is the closing sentences every message ends with", () => {
    const messages = [
      "Your Step 2 CK 226 is 9 points below the minimum of 235. Spend this fee on an IMG-friendly program instead.",
      "Your Step 2 CK 226 is 14 points below the minimum of 240. Spend this fee on an IMG-friendly program instead.",
    ];
    expect(sharedAdvice(messages)).toBe("Spend this fee on an IMG-friendly program instead.");
  });
  it("is the whole message when every message is alike, and empty when they share no ending", () => {
    expect(sharedAdvice(["Drop it. Or ask.", "Drop it. Or ask."])).toBe("Drop it. Or ask.");
    expect(sharedAdvice(["Average 248. Keep it as a reach.", "Average 251. Drop it."])).toBe("");
  });
  it("splits sentences after a full stop, not inside 'Step 2 CK' or a decimal", () => {
    expect(sentences("Your score 226.5 is low. Step 2 CK matters. 3 programs left!")).toEqual(["Your score 226.5 is low.", "Step 2 CK matters.", "3 programs left!"]);
  });
});

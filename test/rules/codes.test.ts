// RULES.md v2 §8.5–8.6: the one table of finding codes, the topic of a finding, and the order
// findings are reported in (severity, then topic, then the tables' order, then row).

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { CODES, compareFindings, FINDING_CODES, makeFinding, sortFindings, TOPICS, topicOf } from "../../src/rules/codes";
import type { Finding } from "../../src/rules/types";
import { profileRows, programSheet, quietProgram, TODAY } from "../support/sheets";

describe("the codes table", () => {
  it("gives every code a severity, a topic, a source and a title without internal code names", () => {
    for (const code of FINDING_CODES) {
      const info = CODES[code];
      expect(TOPICS).toContain(info.topic);
      expect(info.source.length).toBeGreaterThan(2);
      expect(info.title).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    }
  });
  it("the topics of RULES.md §8.5, in order, then other", () => {
    expect(TOPICS).toEqual(["visa", "filters", "strategy", "count", "overreach", "data", "signals", "season", "rankList", "other"]);
    expect(topicOf({ code: "LIST_OVERREACH", list: "applied" })).toBe("overreach");
    expect(topicOf({ code: "LIST_OVERREACH", list: "ranked" })).toBe("rankList");
    expect(topicOf({ code: "SCORE_GAP", list: null })).toBe("other");
  });
  it("makeFinding takes the table's severity, and an error / warning code needs the check to pick", () => {
    expect(makeFinding("VISA_NONE", "m", { row: 2 }).severity).toBe("error");
    expect(() => makeFinding("SIGNAL_SCREENED_OUT", "m")).toThrow();
    expect(makeFinding("SIGNAL_SCREENED_OUT", "m", { severity: "warning" }).severity).toBe("warning");
  });
});

describe("RULES.md §8.6 the order of findings", () => {
  const f = (code: Finding["code"], row: number | null, list: Finding["list"] = null, severity?: "error" | "warning"): Finding =>
    makeFinding(code, "m", { row, list, severity });
  it("severity first, then the topic of §8.5, then the tables' order, then row", () => {
    const shuffled = [
      f("STALE_DATA", 2),
      f("SCORE_GAP", 3),
      f("LIST_OVERREACH", null, "ranked", "warning"),
      f("APPLICATION_COUNT_LOW", null),
      f("BACKUP_PLAN", null),
      f("VISA_UNKNOWN", 9),
      f("VISA_UNKNOWN", 4),
      f("BELOW_MIN_SCORE", 5),
      f("LIST_OVERREACH", null, "applied", "error"),
      f("VISA_NONE", 7),
      f("STEP3_FOR_H1B", null),
    ];
    expect(shuffled.sort(compareFindings).map((x) => `${x.code}${x.row ?? ""}`)).toEqual([
      "VISA_NONE7",
      "STEP3_FOR_H1B",
      "BELOW_MIN_SCORE5",
      "LIST_OVERREACH",
      "VISA_UNKNOWN4",
      "VISA_UNKNOWN9",
      "BACKUP_PLAN",
      "APPLICATION_COUNT_LOW",
      "LIST_OVERREACH",
      "SCORE_GAP3",
      "STALE_DATA2",
    ]);
  });
  it("the audit returns its findings in that order, each with a list (null unless about one list)", () => {
    const rows = [quietProgram("Gap", { "Avg Step 2": 260 }), quietProgram("None", { Visa: "None" }), quietProgram("Unknown", { Visa: "" })];
    const { findings } = auditSheet(programSheet(rows), profileRows(), { today: TODAY });
    expect([...findings].sort(compareFindings)).toEqual(findings);
    expect(findings[0]).toMatchObject({ code: "VISA_NONE", row: 3 });
    for (const finding of findings) expect(finding).toHaveProperty("list");
  });
});

describe("sortFindings", () => {
  it("orders as compareFindings does, keeping equal findings in their order", () => {
    const f = (code: Finding["code"], row: number | null, message: string): Finding => ({ ...makeFinding(code, message, { row }) });
    const input = [f("STALE_DATA", 3, "a"), f("VISA_NONE", 5, "b"), f("STALE_DATA", 3, "c"), f("SCORE_GAP", 2, "d"), f("VISA_NONE", 4, "e")];
    expect(sortFindings(input).map((x) => x.message)).toEqual(["e", "b", "d", "a", "c"]);
    expect(sortFindings(input)).toEqual([...input].sort(compareFindings));
  });
});

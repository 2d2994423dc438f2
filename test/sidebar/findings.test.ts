import { describe, expect, it } from "vitest";
import { countFindings, countsLine, findingPlace, groupFindings, groupHeading } from "../../src/sidebar/findings";
import type { ReportedFinding } from "../../src/shared/api";
import { AUDIT } from "./fixtures/auditResponse";

const base: ReportedFinding = { code: "SCORE_GAP", severity: "warning", row: 4, program: "A", message: "m", note: "", status: "Open", isNew: false };

describe("groupFindings", () => {
  it("groups by severity in the order error, warning, info, keeping the audit's order inside a group", () => {
    const groups = groupFindings(AUDIT.findings);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning", "info"]);
    expect(groups[0]!.open.map((f) => f.row)).toEqual([3, 5]);
    expect(groups[1]!.open.map((f) => f.code)).toEqual(["NEAR_MIN_SCORE", "VISA_UNKNOWN", "APPLICATION_COUNT_LOW"]);
  });

  it("puts Accepted findings apart from the open ones", () => {
    const [errors] = groupFindings(AUDIT.findings);
    expect(errors!.accepted.map((f) => f.code)).toEqual(["LIST_OVERREACH"]);
    expect(errors!.open.some((f) => f.status === "Accepted")).toBe(false);
    expect(groupHeading(errors!)).toBe("Errors (2, 1 accepted)");
  });

  it("leaves out a severity with no findings", () => {
    expect(groupFindings([{ ...base, severity: "info" }]).map((g) => g.severity)).toEqual(["info"]);
    expect(groupFindings([])).toEqual([]);
  });
});

describe("countFindings", () => {
  it("does not count an Accepted finding as an open error, and counts new open findings", () => {
    const counts = countFindings([
      { ...base, severity: "error", status: "Accepted", isNew: true },
      { ...base, severity: "error", isNew: true },
      { ...base, severity: "warning", status: "Fixed" },
    ]);
    expect(counts).toEqual({ error: 1, warning: 1, info: 0, accepted: 1, new: 1 });
  });

  it("reads as one line, with singular and plural words and zero counts left out", () => {
    expect(countsLine(countFindings(AUDIT.findings))).toBe("2 errors · 3 warnings · 1 info · 1 accepted · 2 new");
    expect(countsLine({ error: 1, warning: 0, info: 0, accepted: 0, new: 0 })).toBe("1 error");
    expect(countsLine({ error: 0, warning: 0, info: 0, accepted: 0, new: 0 })).toBe("No open findings");
  });
});

describe("findingPlace", () => {
  it("names the row, or the whole list for a list-wide finding", () => {
    expect(findingPlace({ row: 7 })).toBe("Row 7");
    expect(findingPlace({ row: null })).toBe("Whole list");
  });
});

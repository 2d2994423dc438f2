import { describe, expect, it } from "vitest";
import { lastAuditLine, readBack } from "../../src/sidebar/findingsView";
import type { LastAudit } from "../../src/shared/api";

const finding = (severity: "error" | "warning" | "info", status: "Open" | "Accepted" | "Fixed" = "Open", section: "findings" | "resolved" = "findings") =>
  ({ code: "SCORE_GAP", severity, row: 4, program: "A", message: "m", note: "", status, section }) as const;

const last = (over: Partial<LastAudit> = {}): LastAudit => ({
  ranAt: "2026-11-20 14:05 Asia/Kolkata",
  sheetName: "Programs",
  findings: [finding("error"), finding("error"), ...Array.from({ length: 5 }, () => finding("warning"))],
  ...over,
});

describe("lastAuditLine", () => {
  it("says when and on which sheet, with the open counts", () => {
    expect(lastAuditLine(last())).toBe("From the last audit, 20 Nov 2026 (Programs): 2 errors, 5 warnings. Run the audit to check again.");
  });

  it("leaves Accepted findings and Resolved rows out of the counts, as runAudit's summary does", () => {
    const findings = [finding("error"), finding("error", "Accepted"), finding("warning", "Open", "resolved"), finding("info")];
    expect(lastAuditLine(last({ findings, sheetName: "My list" }))).toBe("From the last audit, 20 Nov 2026 (My list): 1 error, 1 info. Run the audit to check again.");
    expect(lastAuditLine(last({ findings: [finding("warning", "Accepted")] }))).toMatch(/\(Programs\): no open findings\. Run/);
  });

  it("shows a time it cannot read as written, and leaves out what the sheet lost", () => {
    expect(lastAuditLine(last({ ranAt: "yesterday", sheetName: null }))).toMatch(/^From the last audit, yesterday: 2 errors/);
    expect(lastAuditLine(last({ ranAt: null }))).toMatch(/^From the last audit \(Programs\): 2 errors/);
  });
});

describe("readBack", () => {
  it("splits the findings from the Resolved rows and marks none as new", () => {
    const { findings, resolved } = readBack(last({ findings: [finding("error"), finding("warning", "Fixed", "resolved")] }));
    expect(findings).toEqual([{ code: "SCORE_GAP", severity: "error", row: 4, program: "A", message: "m", note: "", status: "Open", isNew: false }]);
    expect(resolved.map((f) => [f.severity, f.status, f.isNew])).toEqual([["warning", "Fixed", false]]);
  });
});

// The Audit sheet's layout and its read-back, from a hand-made response (no engine involved).

import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/rules/types";
import type { AuditResponse, ReportedFinding } from "../../src/shared/api";
import { FINDING_HEADERS, identityText, readIdentity } from "../../src/sheets/auditLayout";
import { auditSheetContent, formatRanAt, type AuditSheetInput } from "../../src/sheets/auditSheet";
import { mergeWithPrevious, readStatus } from "../../src/sheets/findingNotes";
import { readPreviousAudit } from "../../src/sheets/previousAudit";
import { profileLine } from "../../src/sheets/summaryText";
import { listLine } from "../../src/shared/targets";

const finding = (code: Finding["code"], row: number | null, program: string | null, message: string, severity: Finding["severity"] = "warning"): Finding => ({
  code,
  severity,
  row,
  program,
  message,
});

const counts = (count: number, Reach = 0, Match = 0, Safety = 0) => ({
  count,
  usable: count,
  screenedOut: { visa: 0, filter: 0 },
  Reach,
  Match,
  Safety,
  Unknown: count - Reach - Match - Safety,
});

function response(findings: ReportedFinding[], resolved: ReportedFinding[] = []): AuditResponse {
  return {
    summary: {
      programs: 3,
      scoreBand: "borderline",
      recommendedApplications: null,
      applied: counts(0),
      ranked: counts(2, 1, 0, 1),
      targets: { applied: [], ranked: [{ tier: "Reach", percent: 50, targetMin: 10, targetMax: 20, source: "004 §5", onTarget: false }] },
      verdict: ["Your list is built the way the guides advise."],
      applications: [{ specialty: "Pathology", applied: 0, usable: 0 }],
      fees: { perSpecialty: [], totalUsd: 1234 },
      missionFit: null,
      staleData: 1,
      counts: { error: 1, warning: 0, info: 0 },
      asOf: "2026-10-15",
      matchYear: 2027,
      profileNotes: [],
    },
    programs: [{ row: 2, program: "A", specialty: null, city: null, state: null, tier: "Reach", imgFriendly: "Low", meetsCutoff: false, applied: true, rank: 1, screenedOut: null }],
    findings,
    resolved,
    ranAt: "2026-10-15T12:00:00.000Z",
  };
}

const input = (r: AuditResponse, extra: Partial<AuditSheetInput> = {}): AuditSheetInput => ({
  response: r,
  source: { name: "Programs", id: 7 },
  profileLine: "Step 2 CK 226",
  changes: null,
  snapshot: false,
  ...extra,
});

describe("the Audit sheet's layout", () => {
  const open: ReportedFinding = { ...finding("VISA_NONE", 4, "B", "No visa.", "error"), note: "", status: "Open", isNew: true };
  const accepted: ReportedFinding = { ...finding("SCORE_GAP", 5, "C", "Gap of 22."), note: "keeping it", status: "Accepted", isNew: false };
  const listWide: ReportedFinding = { ...finding("LIST_OVERREACH", null, null, "Too many reaches.", "error"), note: "", status: "Open", isNew: false };
  const content = auditSheetContent(input(response([open, accepted, listWide])));
  const header = content.values.findIndex((line) => line[0] === "Severity");

  test("is a rectangle of plain values with every format array of the same shape", () => {
    const width = FINDING_HEADERS.length;
    expect(content.values.every((line) => line.length === width)).toBe(true);
    for (const grid of [content.fontWeights, content.fontColors, content.backgrounds, content.wraps]) {
      expect(grid!.map((line) => line.length)).toEqual(content.values.map(() => width));
    }
    expect(content.values.flat().every((v) => typeof v !== "string" || !v.startsWith("="))).toBe(true);
  });

  test("is printable: findings header frozen, message and note wrapped, widths set", () => {
    expect(content.frozenRows).toBe(header + 1);
    // Frozen rows take screen space from the scrolling findings, and Sheets refuses a frozen block
    // taller than the window: the block above the findings stays short.
    // (plus the verdict's one unwrapped line a sentence, at most 5)
    expect(content.frozenRows).toBeLessThanOrEqual(8 + response([]).summary.verdict.length);
    expect(content.values.slice(0, header).map((line) => line[0]).filter((l) => l !== "Verdict" && l !== "")).toEqual(["IMG List Audit", "Ran", "Sheet", "Profile", "Changes", "Open findings", "Findings"]);
    expect(content.values[header]).toEqual([...FINDING_HEADERS]);
    expect(content.wraps![header + 1]![4]).toBe(true); // Message
    expect(content.wraps![header + 1]![6]).toBe(true); // Note
    expect(content.columnWidths).toHaveLength(FINDING_HEADERS.length);
  });

  test("marks new and accepted findings, links rows, and offers a Status dropdown", () => {
    expect(content.values.slice(header + 1, header + 4).map((line) => line[0])).toEqual(["Error · new", "Warning · accepted", "Error"]);
    expect(content.backgrounds![header + 1]![0]).toBe("#f4cccc");
    expect(content.fontColors![header + 2]![4]).toBe("#666666"); // accepted: greyed
    expect(content.links).toEqual([
      { row: header + 2, column: 6, url: "#gid=7&range=A4" },
      { row: header + 3, column: 6, url: "#gid=7&range=A5" },
    ]);
    expect(content.values[header + 3]![5]).toBe(""); // a list-wide finding has no row to go to
    expect(content.validations).toEqual([{ column: 8, fromRow: header + 2, toRow: header + 4, values: ["Open", "Accepted", "Fixed"], strict: true }]);
  });

  test("summarizes in words: empty lists, targets, fees, no mission focus, accepted not counted", () => {
    const line = (label: string) => content.values.find((l) => l[0] === label)![1];
    expect(line("Applied list")).toBe("no programs on this list");
    expect(line("Rank list")).toBe("2 programs: Reach 1 (50%, target 10–20%, above) · Match 0 (0%) · Safety 1 (50%)");
    expect(line("Fees")).toBe("$1,234 in all (ERAS)");
    expect(line("Mission fit")).toBe("no mission focus in the profile");
    expect(line("Applications")).toBe("no recommended number for your first specialty · Pathology 0 applied (0 usable)");
    expect(line("Open findings")).toBe("1 error · 0 warnings · 0 info · 1 accepted (not counted)");
    expect(line("Changes")).toBe("First audit on this sheet.");
    expect(listLine(counts(4, 1, 1, 1), [])).toBe("4 programs: Reach 1 (25%) · Match 1 (25%) · Safety 1 (25%) · Unknown 1 (25%)");
  });

  test("shows the profile notes in the Summary, and points to them from the Profile line", () => {
    const r = response([open]);
    r.summary.profileNotes = ["Visa needed is blank, so …", 'Not read from the profile: row 9 "Tries".'];
    const written = auditSheetContent(input(r));
    const summary = written.values.findIndex((line) => line[0] === "Summary");
    expect(written.values.filter((line) => line[0] === "Profile note").map((line) => line[1])).toEqual(r.summary.profileNotes);
    expect(written.values.findIndex((line) => line[0] === "Profile note")).toBeGreaterThan(summary);
    expect(written.values.find((line) => line[0] === "Profile")![1]).toBe("Step 2 CK 226 · 2 profile notes under Summary");
    expect(written.frozenRows).toBe(content.frozenRows); // the frozen block does not grow
    expect(readPreviousAudit(written.values as string[][])!.findings.map((f) => f.code)).toEqual(["VISA_NONE"]);
    expect(content.values.some((line) => line[0] === "Profile note")).toBe(false);
    expect(content.values.find((line) => line[0] === "Profile")![1]).toBe("Step 2 CK 226");
  });

  test("says when there is nothing to fix", () => {
    const empty = auditSheetContent(input(response([])));
    expect(empty.values.some((line) => line[4] === "No findings: nothing to change.")).toBe(true);
    expect(readPreviousAudit(empty.values as string[][])).toMatchObject({ findings: [], ranAt: "2026-10-15 12:00 UTC" });
  });

  test("reads back what it wrote: notes, statuses, sections, the audited sheet and the snapshot", () => {
    const gone: ReportedFinding = { ...finding("VISA_UNKNOWN", 9, "D", "Ask."), note: "emailed", status: "Fixed", isNew: false };
    const written = auditSheetContent(input(response([open, accepted, listWide], [gone]), { snapshot: true, source: { name: "My list", id: 3 } }));
    const back = readPreviousAudit(written.values as string[][])!;
    expect(back.sheetName).toBe("My list");
    expect(back.hadSnapshot).toBe(true);
    expect(back.findings.map((f) => [f.section, f.code, f.program, f.row, f.note, f.status, f.severity])).toEqual([
      ["findings", "VISA_NONE", "B", 4, "", "Open", "error"],
      ["findings", "SCORE_GAP", "C", 5, "keeping it", "Accepted", "warning"],
      ["findings", "LIST_OVERREACH", null, null, "", "Open", "error"],
      ["resolved", "VISA_UNKNOWN", "D", 9, "emailed", "Fixed", "warning"],
    ]);
  });

  test("ends the findings table at the Summary title: a line typed under it is not a finding", () => {
    const written = auditSheetContent(input(response([open]))).values as string[][];
    const summary = written.findIndex((line) => line[0] === "Summary");
    const typed = ["Mentor", "TODO", "", "", "call me", "", "note under the summary"];
    const back = readPreviousAudit([...written.slice(0, summary + 1), typed, ...written.slice(summary + 1)])!;
    expect(back.findings.map((f) => f.code)).toEqual(["VISA_NONE"]);
  });

  test("finds its columns by header, even after a mentor inserted a column", () => {
    const values = (content.values as string[][]).map((line, r) => (r >= header ? [line[0]!, r === header ? "My column" : "x", ...line.slice(1)] : line));
    const back = readPreviousAudit(values)!;
    expect(back.findings[1]).toMatchObject({ code: "SCORE_GAP", note: "keeping it", status: "Accepted" });
    expect(readPreviousAudit([["something else"]])).toBeNull();
  });
});

describe("pairing findings with the previous audit", () => {
  const previous = (f: Finding, note: string, status: ReportedFinding["status"] = "Open", section: "findings" | "resolved" = "findings") => ({ ...f, note, noteCell: note, identity: null, status, section });

  test("a first audit marks nothing new; later, only what the previous audit lacked", () => {
    const a = finding("VISA_NONE", 4, "A", "x");
    const b = finding("VISA_NONE", 5, "B", "x");
    expect(mergeWithPrevious([a], null).findings[0]!.isNew).toBe(false);
    const merged = mergeWithPrevious([a, b], [previous(a, "")]);
    expect(merged.findings.map((f) => f.isNew)).toEqual([false, true]);
    expect(merged).toMatchObject({ newCount: 1, fixedCount: 0, resolved: [] });
  });

  test("program names match ignoring case and spacing, and a nameless row's number does not count", () => {
    const old = [previous(finding("STALE_DATA", 8, "Delta  Regional", "old"), "n1"), previous(finding("STALE_DATA", 9, "(unnamed program in row 9)", "old"), "n2")];
    const merged = mergeWithPrevious([finding("STALE_DATA", 3, "delta regional", "new"), finding("STALE_DATA", 4, "(unnamed program in row 4)", "new")], old);
    expect(merged.findings.map((f) => f.note)).toEqual(["n1", "n2"]);
  });

  test("Resolved keeps noted rows only, and a returning finding reopens", () => {
    const a = finding("VISA_NONE", 4, "A", "x");
    const merged = mergeWithPrevious([a], [previous(a, "drop it", "Fixed", "resolved"), previous(finding("SCORE_GAP", 2, "Z", "y"), "", "Open", "resolved")]);
    expect(merged.findings[0]).toMatchObject({ note: "drop it", status: "Open", isNew: true });
    expect(merged.resolved).toEqual([]);
    expect(merged.fixedCount).toBe(0);
  });

  test("Status cells are read forgivingly", () => {
    expect(["accepted", " Accept ", "Fixed", "done", "open", "", "whatever"].map(readStatus)).toEqual(["Accepted", "Accepted", "Fixed", "Fixed", "Open", "Open", "Open"]);
    expect(profileLine(null)).toBe("no readable profile");
  });
});

describe("when the audit ran, in the spreadsheet's time zone", () => {
  test("shows the local time and names the zone", () => {
    expect(formatRanAt("2026-11-22T00:18:00.000Z", "Asia/Kolkata")).toBe("2026-11-22 05:48 Asia/Kolkata");
    expect(formatRanAt("2026-11-22T00:18:00.000Z", "America/New_York")).toBe("2026-11-21 19:18 America/New_York");
    expect(formatRanAt("2026-11-22T00:18:00.000Z")).toBe("2026-11-22 00:18 UTC");
  });
  test("falls back to UTC for a zone it does not know", () => {
    expect(formatRanAt("2026-11-22T00:18:00.000Z", "Mars/Olympus")).toBe("2026-11-22 00:18 UTC");
  });
});

describe("the verdict (issue 13's summary.verdict)", () => {
  test("opens the top block, one sentence a line, before when it ran", () => {
    const r = response([]);
    r.summary.verdict = ["Your rank list leans on reaches: move two Safety programs up.", "Add 20 IMG-heavy IM programs that sponsor J-1."];
    const values = auditSheetContent(input(r)).values;
    expect(values[1]).toEqual(expect.arrayContaining(["Verdict", r.summary.verdict[0]]));
    expect(values[2]![1]).toBe(r.summary.verdict[1]);
    expect(values.findIndex((l) => l[0] === "Ran")).toBe(3);
    // Frozen with the block, so each sentence stays one line: not wrapped.
    const content = auditSheetContent(input(r));
    expect(content.wraps![1]!.some(Boolean)).toBe(false);
    expect(content.frozenRows).toBe(content.values.findIndex((l) => l[0] === "Severity") + 1);
  });
});

describe("the Specialty · city column", () => {
  test("reads back the identity it shows, whichever parts are blank", () => {
    const cases = [
      { name: "Mercy Hospital IM", specialty: "Internal Medicine", city: "Des Moines", state: "IA" },
      { name: "Mercy Hospital IM", specialty: "Internal Medicine", city: null, state: "MO" },
      { name: "Mercy Hospital IM", specialty: null, city: "St. Louis", state: null },
      { name: "Mercy Hospital IM", specialty: "Family Medicine", city: null, state: null },
    ];
    for (const identity of cases) expect(readIdentity(identity.name, identityText(identity))).toEqual(identity);
    expect(identityText({ name: "X", specialty: null, city: null, state: null })).toBe("");
    expect(readIdentity("X", "")).toBeNull(); // a sheet written before the column: the name is all there is
  });
});

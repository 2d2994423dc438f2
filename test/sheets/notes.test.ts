// Issue 5: what people write in Note and Status survives re-audits, matched by code + program.

import { describe, expect, test } from "vitest";
import { createServer } from "../../src/sheets/auditServer";
import { annotate, auditTable, clock, examplePrograms, rewriteSheet, workbookWith } from "./fixtures";

const LAREDO = "Laredo Border Community Hospital FM";
const BACK_BAY = "Back Bay University Medical Center IM";
const LAKESHORE = "Lakeshore Community Hospital IM";
const OHIO = "Ohio Valley Family Medicine Residency";

function find(rows: Record<string, unknown>[], code: string, program: string, message?: RegExp) {
  return rows.filter((r) => r.Code === code && r.Program === program && (!message || message.test(String(r.Message))));
}

function setup() {
  const programs = examplePrograms();
  const header = programs[0]!;
  const body = programs.slice(1);
  const wb = workbookWith(programs);
  const server = createServer(wb, clock);
  server.runAudit();
  annotate(wb, (row) => {
    if (row.Code === "VISA_NONE" && row.Program === LAREDO) return { note: "Mentor: drop it, no visa" };
    if (row.Code === "SCORE_GAP" && row.Program === BACK_BAY) return { note: "Dream program, keeping it", status: "accepted" };
    if (row.Code === "UNREADABLE_VALUE" && row.Program === LAKESHORE) return { note: "Ask the coordinator for IMG %" };
    if (row.Code === "STALE_DATA" && row.Program === LAKESHORE) return { note: "Verify in May", status: "Fixed" };
    if (row.Code === "LIST_OVERREACH" && /applied/.test(String(row.Message))) return { note: "Cut five reaches" };
    return null;
  });
  return { wb, server, header, body };
}

const newRows = (header: string[]) => [
  header.map((h) => ({ Program: "Brand New Rural IM", Specialty: "Internal Medicine", Visa: "None", Applied: "Y", Verified: "2026-09-01" })[h] ?? ""),
  header.map((h) => ({ Program: "Another New FM", Specialty: "Family Medicine", Visa: "J-1", Applied: "Y", Verified: "2026-09-01" })[h] ?? ""),
];

describe("notes and statuses across re-audits", () => {
  test("survive rows inserted at the top, a row deleted, and every row reordered", () => {
    const { wb, server, header, body } = setup();
    const kept = body.filter((line) => line[0] !== OHIO).reverse();
    rewriteSheet(wb, "Programs", [header, ...newRows(header), ...kept]);
    const response = server.runAudit();
    const rows = auditTable(wb);

    const laredo = find(rows, "VISA_NONE", LAREDO);
    expect(laredo).toHaveLength(1);
    expect(laredo[0]!.Row).not.toBe(25); // the row moved …
    expect(laredo[0]!.Note).toBe("Mentor: drop it, no visa"); // … and the note moved with it
    expect(laredo[0]!.Status).toBe("Open");
    expect(find(rows, "UNREADABLE_VALUE", LAKESHORE)[0]!.Note).toBe("Ask the coordinator for IMG %");
    expect(find(rows, "STALE_DATA", LAKESHORE)[0]).toMatchObject({ Note: "Verify in May", Status: "Fixed" });
    expect(find(rows, "LIST_OVERREACH", "", /applied/)[0]!.Note).toBe("Cut five reaches");
    expect(find(rows, "LIST_OVERREACH", "", /rank list/)[0]!.Note).toBe(""); // its twin keeps no note
    // Nothing else picked up a note.
    expect(rows.filter((r) => r.Note !== "")).toHaveLength(5);

    // New findings are marked new; the deleted row's finding counts as fixed.
    expect(find(rows, "VISA_NONE", "Brand New Rural IM")[0]!.Severity).toBe("Error · new");
    expect(response.findings.filter((f) => f.isNew).map((f) => f.program)).toEqual(expect.arrayContaining(["Brand New Rural IM"]));
    expect(response.findings.find((f) => f.code === "VISA_NONE" && f.program === LAREDO)!.isNew).toBe(false);
    expect(find(auditTable(wb, "Resolved"), "VISA_UNKNOWN", OHIO)).toHaveLength(1);
    expect(wb.state("Audit")!.values.find((l) => l[0] === "Changes")![1]).toMatch(/: \d+ new, 1 fixed\.$/);
  });

  test("an Accepted finding shows as accepted, not as an error or warning, on the sheet and in the counts", () => {
    const { wb, server } = setup();
    const before = server.runAudit();
    const backBay = before.findings.find((f) => f.code === "SCORE_GAP" && f.program === BACK_BAY)!;
    expect(backBay).toMatchObject({ status: "Accepted", note: "Dream program, keeping it", isNew: false, severity: "warning" });
    const warnings = before.findings.filter((f) => f.severity === "warning").length;
    expect(before.summary.counts.warning).toBe(warnings - 1);

    const row = find(auditTable(wb), "SCORE_GAP", BACK_BAY)[0]!;
    expect(row.Severity).toBe("Warning · accepted");
    expect(row.Status).toBe("Accepted");
    const summary = wb.state("Audit")!.values.find((l) => l[0] === "Open findings")![1];
    expect(summary).toContain(`${warnings - 1} warnings`);
    expect(summary).toContain("1 accepted (not counted)");
  });

  test("a note whose finding disappeared goes to Resolved, stays there, and comes back with the finding", () => {
    const { wb, server, header, body } = setup();
    const laredoLine = body.find((line) => line[0] === LAREDO)!;
    rewriteSheet(wb, "Programs", [header, ...body.filter((line) => line !== laredoLine)]);
    const gone = server.runAudit();
    expect(gone.findings.some((f) => f.program === LAREDO)).toBe(false);
    expect(gone.resolved.find((f) => f.code === "VISA_NONE")).toMatchObject({ program: LAREDO, note: "Mentor: drop it, no visa", status: "Fixed" });
    expect(find(auditTable(wb, "Resolved"), "VISA_NONE", LAREDO)[0]).toMatchObject({ Note: "Mentor: drop it, no visa", Status: "Fixed" });

    const later = server.runAudit(); // nothing changed: the noted row stays, unnoted resolved rows go
    expect(later.resolved.map((f) => [f.code, f.program, f.note])).toEqual([["VISA_NONE", LAREDO, "Mentor: drop it, no visa"]]);

    rewriteSheet(wb, "Programs", [header, laredoLine, ...body.filter((line) => line !== laredoLine)]);
    const back = server.runAudit();
    expect(back.findings.find((f) => f.code === "VISA_NONE" && f.program === LAREDO)).toMatchObject({
      row: 2,
      note: "Mentor: drop it, no visa",
      status: "Open",
      isNew: true,
    });
    expect(back.resolved).toEqual([]);
    expect(auditTable(wb, "Resolved")).toEqual([]);
  });

  test("two findings with the same code on one program keep their own notes when rows move", () => {
    const programs = examplePrograms();
    const header = programs[0]!;
    const minStep2 = header.indexOf("Min Step 2");
    const lakeshore = programs.findIndex((line) => line[0] === LAKESHORE);
    programs[lakeshore]![minStep2] = "two-twenty"; // a second unreadable cell in the same row
    const wb = workbookWith(programs);
    const server = createServer(wb, clock);
    server.runAudit();
    expect(find(auditTable(wb), "UNREADABLE_VALUE", LAKESHORE)).toHaveLength(2);
    annotate(wb, (row) =>
      row.Code === "UNREADABLE_VALUE" ? { note: /IMG %/.test(String(row.Message)) ? "note on IMG %" : "note on Min Step 2" } : null,
    );
    rewriteSheet(wb, "Programs", [header, ...programs.slice(1).reverse()]);
    server.runAudit();
    const rows = find(auditTable(wb), "UNREADABLE_VALUE", LAKESHORE);
    expect(rows.find((r) => /IMG %/.test(String(r.Message)))!.Note).toBe("note on IMG %");
    expect(rows.find((r) => /Min Step 2/.test(String(r.Message)))!.Note).toBe("note on Min Step 2");

    // The first of the two is fixed: the second keeps its own note (pairing in order would hand it
    // the first one's), and the first one's note goes to Resolved.
    const firstIsImgPct = /IMG %/.test(String(rows[0]!.Message));
    const [fixedNote, keptNote] = firstIsImgPct ? ["note on IMG %", "note on Min Step 2"] : ["note on Min Step 2", "note on IMG %"];
    const fix = (c: string) => (firstIsImgPct ? (c === "lots" ? "45%" : c) : c === "two-twenty" ? "220" : c);
    const moved = programs.slice(1).reverse().map((line) => (line[0] === LAKESHORE ? line.map(fix) : line));
    rewriteSheet(wb, "Programs", [header, ...moved]);
    const response = server.runAudit();
    expect(find(auditTable(wb), "UNREADABLE_VALUE", LAKESHORE).map((r) => r.Note)).toEqual([keptNote]);
    expect(response.resolved.map((f) => f.note)).toEqual([fixedNote]);
  });
  test("notes below a row someone emptied in the findings table are kept", () => {
    const { wb, server } = setup();
    // The mentor clears one finding row on the Audit sheet (or inserts an empty row) above the noted ones.
    const values = wb.sheet("Audit")!.readValues();
    const firstFinding = values.findIndex((line) => line[0] === "Findings") + 2;
    const blank = values[0]!.map(() => "");
    rewriteSheet(wb, "Audit", [...values.slice(0, firstFinding), blank, ...values.slice(firstFinding)] as (string | number)[][]);
    server.runAudit();
    const rows = auditTable(wb);
    expect(find(rows, "VISA_NONE", LAREDO)[0]!.Note).toBe("Mentor: drop it, no visa");
    expect(find(rows, "SCORE_GAP", BACK_BAY)[0]).toMatchObject({ Note: "Dream program, keeping it", Status: "Accepted" });
    expect(find(rows, "LIST_OVERREACH", "", /applied/)[0]!.Note).toBe("Cut five reaches");
    expect(rows.filter((r) => r.Note !== "")).toHaveLength(5);
  });
});

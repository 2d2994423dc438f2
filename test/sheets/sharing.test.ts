import { describe, expect, test } from "vitest";
import { createServer } from "../../src/sheets/auditServer";
import type { MemoryCell } from "../../src/sheets/memoryWorkbook";
import { columnLetter, findCustomFunctionCells, prepareForSharingWith, rangeName } from "../../src/sheets/sharing";
import type { Dialogs } from "../../src/sheets/workbook";
import { auditTable, clock, examplePrograms, workbookWith } from "./fixtures";

/** Programs with a Tier column of =TIER(…) in V and one =MEETSCUTOFF in W3; Scratch has an IMGFRIENDLY. */
function withFormulas() {
  const programs: MemoryCell[][] = examplePrograms().map((line, r) =>
    r === 0 ? [...line, "My tier", "Cutoff?"] : [...line, { formula: `=TIER(Profile!$B$2, J${r + 1}, F${r + 1})`, value: "Match" }, ""],
  );
  programs[2]![22] = { formula: "=meetscutoff(Profile!B2, H3)", value: true };
  programs[4]![21] = "typed by hand"; // breaks the run: V2:V4, then V6:V51
  const scratch: MemoryCell[][] = [["notes", { formula: '=IF(A1="", "", IMGFRIENDLY(45))', value: "High" }], ["=TIER is just text", { formula: "=SUM(1,2)", value: 3 }]];
  return workbookWith(programs, undefined, [{ name: "My scratch", rows: scratch }]);
}

function scriptedDialogs(answer: boolean) {
  const shown: { title: string; message: string; asked: boolean }[] = [];
  const dialogs: Dialogs = {
    alert: (title, message) => void shown.push({ title, message, asked: false }),
    confirm: (title, message) => (shown.push({ title, message, asked: true }), answer),
  };
  return { dialogs, shown };
}

describe("Prepare for sharing", () => {
  test("finds every cell whose formula calls TIER, IMGFRIENDLY or MEETSCUTOFF, as ranges", () => {
    const ranges = findCustomFunctionCells(withFormulas());
    expect(ranges.map(rangeName)).toEqual([
      "Programs!V2:V4 (TIER)",
      "Programs!V6:V51 (TIER)",
      "Programs!W3 (MEETSCUTOFF)",
      "'My scratch'!B1 (IMGFRIENDLY)",
    ]);
    expect(columnLetter(1)).toBe("A");
    expect(columnLetter(27)).toBe("AA");
    expect(columnLetter(703)).toBe("AAA");
  });

  test("reads formulas once per sheet, whatever the number of rows", () => {
    const wb = withFormulas();
    wb.resetCalls();
    findCustomFunctionCells(wb);
    expect(wb.calls).toEqual({ sheets: 1, readFormulas: 3 });
  });

  test("on YES, writes the computed columns as values into the Audit sheet only", () => {
    const wb = withFormulas();
    const before = { programs: wb.state("Programs"), profile: wb.state("Profile"), scratch: wb.state("My scratch") };
    const { dialogs, shown } = scriptedDialogs(true);
    const report = prepareForSharingWith(wb, dialogs, createServer(wb, clock));
    expect(report.snapshotWritten).toBe(true);
    expect(shown[0]!.asked).toBe(true);
    expect(shown[0]!.message).toContain("Programs!V2:V4 (TIER)");
    expect(shown[0]!.message).toContain("#NAME?");
    expect(wb.state("Programs")).toEqual(before.programs);
    expect(wb.state("Profile")).toEqual(before.profile);
    expect(wb.state("My scratch")).toEqual(before.scratch);

    const snapshot = auditTable(wb, "Computed columns");
    expect(snapshot).toHaveLength(50);
    expect(snapshot[0]).toEqual({ Tier: "Safety", "IMG friendliness": "High", Program: "Delta Regional Medical Center IM", Row: 2, "Meets cutoff": true });
    expect(wb.state("Audit")!.formulas.flat().every((f) => f === "")).toBe(true);

    // Later audits keep the computed columns, with fresh values.
    createServer(wb, clock).runAudit();
    expect(auditTable(wb, "Computed columns")).toHaveLength(50);
  });

  test("on NO, writes nothing", () => {
    const wb = withFormulas();
    const { dialogs } = scriptedDialogs(false);
    expect(prepareForSharingWith(wb, dialogs, createServer(wb, clock)).snapshotWritten).toBe(false);
    expect(wb.sheet("Audit")).toBeNull();
  });

  test("with no custom-function cells, says so and asks nothing", () => {
    const wb = workbookWith(examplePrograms());
    const { dialogs, shown } = scriptedDialogs(true);
    const report = prepareForSharingWith(wb, dialogs, createServer(wb, clock));
    expect(report).toEqual({ ranges: [], snapshotWritten: false });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ asked: false, message: expect.stringMatching(/^No cell calls TIER/) });
  });

  test("when the audit cannot run, says why and leaves the old Audit sheet", () => {
    const wb = withFormulas();
    createServer(wb, clock).runAudit();
    const audit = wb.state("Audit");
    wb.withDocumentLock(() => wb.sheet("Profile")!.writeCells([{ row: 2, column: 2, value: "abc" }]));
    const { dialogs, shown } = scriptedDialogs(true);
    expect(prepareForSharingWith(wb, dialogs, createServer(wb, clock)).snapshotWritten).toBe(false);
    expect(shown.at(-1)!.message).toMatch(/could not run, so nothing was written: .*Step 2 CK 'abc'/);
    expect(wb.state("Audit")).toEqual(audit);
  });
});

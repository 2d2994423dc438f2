import { describe, expect, test } from "vitest";
import { memoryWorkbook } from "../../src/sheets/memoryWorkbook";

describe("memoryWorkbook", () => {
  test("reads the data range like getDataRange(): a rectangle up to the last cell in use, A1 when empty", () => {
    const wb = memoryWorkbook([
      { name: "Programs", rows: [["a", null], [], ["", "", { formula: "=1+1", value: 2 }]] },
      { name: "Empty", rows: [] },
    ]);
    const programs = wb.sheet("Programs")!;
    expect(programs.readValues()).toEqual([["a", "", ""], ["", "", ""], ["", "", 2]]);
    expect(programs.readFormulas()).toEqual([["", "", ""], ["", "", ""], ["", "", "=1+1"]]);
    expect(wb.sheet("Empty")!.readValues()).toEqual([[""]]);
    expect(wb.sheet("Nope")).toBeNull();
  });

  test("hands out copies: changing what was read, or a Date in it, changes nothing stored", () => {
    const day = new Date(2026, 0, 2);
    const wb = memoryWorkbook([{ name: "S", rows: [[day, "x"]] }]);
    const read = wb.sheet("S")!.readValues();
    (read[0]![0] as Date).setFullYear(1999);
    read[0]![1] = "changed";
    expect(wb.sheet("S")!.readValues()).toEqual([[new Date(2026, 0, 2), "x"]]);
    expect(day.getFullYear()).toBe(2026);
  });

  test("counts one call per port method, per cell for writeCells, and flags writes outside the lock", () => {
    const wb = memoryWorkbook([{ name: "S", rows: [["x"]] }]);
    const sheet = wb.sheet("S")!;
    sheet.readValues();
    sheet.writeCells([{ row: 1, column: 1, value: "a" }, { row: 2, column: 1, value: "b" }]);
    expect(wb.calls).toEqual({ sheet: 1, readValues: 1, writeCells: 2 });
    expect(wb.serviceCalls()).toBe(4);
    expect(wb.writesOutsideLock).toBe(2);
    wb.withDocumentLock(() => sheet.replaceContent({ values: [["y"]] }));
    expect(wb.writesOutsideLock).toBe(2);
    wb.resetCalls();
    expect(wb.serviceCalls()).toBe(0);
  });

  test("replaceContent clears what was there, formats included", () => {
    const wb = memoryWorkbook([{ name: "S", rows: [["a", "b"], ["c", "d"]] }]);
    const sheet = wb.sheet("S")!;
    sheet.replaceContent({ values: [["x"]], fontWeights: [["bold"]], frozenRows: 1, links: [{ row: 1, column: 1, url: "#gid=0" }] });
    expect(wb.state("S")).toMatchObject({ values: [["x"]], frozenRows: 1, formats: { "1,1": { fontWeight: "bold" } } });
    sheet.replaceContent({ values: [["z"]] });
    expect(wb.state("S")).toMatchObject({ values: [["z"]], frozenRows: 0, formats: {}, links: [] });
  });

  test("sheets, the active sheet, inserting, and selecting a row", () => {
    const wb = memoryWorkbook([{ name: "A", rows: [] }, { name: "B", rows: [] }], { active: "B" });
    expect(wb.activeSheet().name).toBe("B");
    expect(wb.sheets().map((s) => s.name)).toEqual(["A", "B"]);
    expect(() => wb.insertSheet("A")).toThrow(/already exists/);
    const c = wb.insertSheet("C");
    expect(c.id).toBe(2);
    wb.sheet("A")!.selectRow(4);
    expect(wb.selection).toEqual({ sheet: "A", row: 4 });
    expect(wb.activeSheet().name).toBe("A");
  });
});

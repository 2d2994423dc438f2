// The sidebar's "Add formula columns" offer in real Chromium with a fake google.script.run
// (CONTRACT.md §5): shown only when the program sheet has none of the three columns.

import { describe, expect, it } from "vitest";
import { answer, answered, calls, sidebarPages } from "./sidebarPage";
import { PROFILE } from "../sidebar/fixtures/auditResponse";

const open = sidebarPages();

describe("the sidebar's Add formula columns offer", () => {
  const ADDED = { added: ["Tier", "IMG friendly", "Meets cutoff"], message: "Added Tier, IMG friendly and Meets cutoff in columns V–X of Programs: one formula in row 2 covers every program row." };

  it("shows when the program sheet has none of the columns, adds them on a click and says where", async () => {
    const { page, pageErrors } = await open({
      getProfile: { value: PROFILE },
      getFormulaColumns: { value: { sheetName: "Programs", present: [] } },
      addFormulaColumns: { value: ADDED },
    });
    const button = page.getByRole("button", { name: "Add formula columns" });
    await button.waitFor({ state: "visible" });
    expect(await page.locator("#formula-offer").textContent()).toMatch(/Tier, IMG friendly and Meets cutoff beside every program in Programs/);
    await button.click();
    await expect.poll(() => page.locator("#formula-status").textContent()).toBe(ADDED.message);
    expect(await page.locator("#formula-status").getAttribute("class")).toContain("done");
    expect(await button.isHidden()).toBe(true);
    expect((await calls(page)).filter((c) => c.name === "addFormulaColumns")).toEqual([{ name: "addFormulaColumns", args: [] }]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("keeps the button and shows the message when a header is missing or the call fails", async () => {
    const { page } = await open({
      getProfile: { value: PROFILE },
      getFormulaColumns: { value: { sheetName: "My list", present: [] } },
      addFormulaColumns: { value: { added: [], message: 'Nothing was added. Tier needs a column headed "Avg Step 2" on this sheet: add it, then run Add formula columns again.' } },
    });
    const button = page.getByRole("button", { name: "Add formula columns" });
    await button.click();
    await expect.poll(() => page.locator("#formula-status").textContent()).toMatch(/headed "Avg Step 2"/);
    await expect.poll(() => button.isEnabled()).toBe(true);
    await answer(page, "addFormulaColumns", { error: "Someone else is writing to this spreadsheet" });
    await button.click();
    await expect.poll(() => page.locator("#formula-status").textContent()).toBe("Could not add the columns: Someone else is writing to this spreadsheet");
    expect(await page.locator("#formula-status").getAttribute("class")).toContain("error");
    await page.close();
  });

  it("stays hidden when any of the columns is there, when there is no program sheet, or when the question fails", async () => {
    for (const getFormulaColumns of [{ value: { sheetName: "Programs", present: ["Tier"] } }, { value: null }, { error: "boom" }]) {
      const { page, pageErrors } = await open({ getProfile: { value: PROFILE }, getFormulaColumns });
      await expect.poll(() => answered(page)).toContain("getFormulaColumns");
      expect(await page.locator("#formula-offer").isHidden()).toBe(true);
      expect(pageErrors).toEqual([]);
      await page.close();
    }
  });
});

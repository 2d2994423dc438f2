// The sidebar's accessibility (issue 16.8): axe-core's WCAG 2.1 A and AA rules in every state the
// sidebar shows, and a keyboard-only path through its main task.

import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./axe";
import { calls, LAST, sidebarPages } from "./sidebarPage";
import { AUDIT, PROFILE } from "../sidebar/fixtures/auditResponse";

const open = sidebarPages();

describe("the sidebar's accessibility", () => {
  it("has an accessibility check that catches low contrast and an unlabelled field", async () => {
    const { page } = await open({ getProfile: { value: PROFILE } });
    await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const faint = document.createElement("p");
      faint.textContent = "Faint text nobody can read";
      faint.style.color = "#ccc";
      const field = document.createElement("input");
      field.type = "text";
      document.querySelector("main")!.append(faint, field);
    });
    const found = await axeViolations(page);
    expect(found.some((line) => line.startsWith("color-contrast "))).toBe(true);
    expect(found.some((line) => line.startsWith("label "))).toBe(true);
    await page.close();
  });

  describe("passes axe-core's WCAG 2.1 A and AA rules", () => {
    const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));

    it("on opening, and with a profile error", async () => {
      const { page } = await open({ getProfile: { value: PROFILE }, saveProfile: { value: { ok: false, errors: { step2: "Step 2 CK 'x' is not a score" } } } });
      await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await openAll(page); // a complete profile starts folded
      await page.locator("#save-profile").click();
      await page.locator("#profile-step2-error").waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it("after an audit, with every group open and a row selected", async () => {
      const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: AUDIT }, selectRow: { value: 7 } });
      await page.locator("#run-audit").click();
      await page.locator(".finding").first().waitFor();
      await openAll(page);
      await page.locator("button.finding").first().click();
      await expect.poll(() => page.locator("#select-status").textContent()).toMatch(/^Selected row/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it("in the last audit's view", async () => {
      const { page } = await open({ getProfile: { value: PROFILE }, getLastAudit: { value: LAST } });
      await page.locator("#last-audit").waitFor();
      await openAll(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it("when the profile and the last audit cannot be read", async () => {
      const { page } = await open({ getProfile: { error: "Profile sheet is busy" }, getLastAudit: { error: "Service Spreadsheets timed out" } });
      await expect.poll(() => page.locator("#profile-status").textContent()).toMatch(/Could not load/);
      await expect.poll(() => page.locator("#last-audit-status").count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });

  it("can be used with the keyboard alone: Tab to Run audit, Enter, Tab to a finding, Enter selects its row", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: AUDIT }, selectRow: { value: 3 } });
    await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
    const tabTo = async (selector: string) => {
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo("#run-audit");
    await page.keyboard.press("Enter");
    await page.locator(".finding").first().waitFor();
    await tabTo("button.finding");
    const program = await page.evaluate(() => document.activeElement!.querySelector(".finding-program")?.textContent);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await calls(page)).filter((c) => c.name === "selectRow").map((c) => c.args)).toEqual([[3, program]]);
    await expect.poll(() => page.locator("#select-status").textContent()).toBe("Selected row 3 in Programs.");
    expect(await page.locator('button.finding[aria-current="true"]').count()).toBe(1);
    await page.close();
  });
});

// The sidebar page alone in real Chromium, with a fake google.script.run: the states the real
// server rarely produces on demand (slow calls, failures, validation errors) and the page's rules
// (text never becomes HTML, keyboard works, nothing is fetched from elsewhere). Accessibility has
// its own file, sidebarAccessibility.test.ts.

import { describe, expect, it } from "vitest";
import { releaseCall } from "./fakeScriptRun";
import { answer, answered, calls, LAST, sidebarPages } from "./sidebarPage";
import { AUDIT, GROUPED, PROFILE, VERDICT } from "../sidebar/fixtures/auditResponse";
import { axeViolations } from "./axe";

/** The sidebar with the fake google.script.run; calls named in `held` wait for releaseCall(). */
const open = sidebarPages();

describe("the sidebar page", () => {
  it("has a fake google.script.run that holds a call until the test releases it", async () => {
    const { page } = await open({ getProfile: { value: PROFILE } }, ["getProfile"]);
    await page.waitForFunction(() => (window as any).__calls.length > 0);
    // However long the page runs, a held call stays unanswered: wait for two animation frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await answered(page)).not.toContain("getProfile");
    expect(await page.locator("#save-profile").isDisabled()).toBe(true);
    await releaseCall(page, "getProfile");
    expect(await answered(page)).toContain("getProfile");
    expect(await page.locator("#profile-step2").inputValue()).toBe("229");
    await page.close();
  });

  it("loads the profile into labelled fields and fetches nothing from elsewhere", async () => {
    const { page, pageErrors, otherRequests } = await open({ getProfile: { value: PROFILE } });
    await expect.poll(() => page.getByLabel("Step 2 CK", { exact: false }).first().inputValue()).toBe("229");
    for (const label of ["Step 2 CK attempts", "Step 1", "Step 1 attempts", "Step 3", "Graduation year", "Visa needed", "Specialties", "USCE months", "Languages", "Region", "Mission focus", "Match year"]) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await page.getByLabel("Visa needed").inputValue()).toBe("J-1");
    expect(await page.getByLabel("Specialties").inputValue()).toBe("Internal Medicine, Family Medicine");
    expect(await page.locator("#save-profile").isDisabled()).toBe(false);
    expect(otherRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("shows a field's error beside it, keeps what was typed, then saves once it is valid", async () => {
    const { page } = await open({
      getProfile: { value: { ...PROFILE, step2: "" } },
      saveProfile: { value: { ok: false, errors: { step2: "Step 2 CK 'abc' is not a score from 180 to 300" } } },
    });
    const step2 = page.locator("#profile-step2");
    await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
    await step2.fill("abc");
    await page.getByLabel("Region").fill("Latin America");
    await page.locator("#save-profile").click();
    const error = page.locator("#profile-step2-error");
    await error.waitFor({ state: "visible" });
    expect(await error.textContent()).toBe("Step 2 CK 'abc' is not a score from 180 to 300");
    expect(await step2.getAttribute("aria-invalid")).toBe("true");
    expect(await step2.inputValue()).toBe("abc");
    expect(await page.getByLabel("Region").inputValue()).toBe("Latin America");
    expect(await page.locator("#profile-status").textContent()).toMatch(/Not saved: 1 field needs fixing/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("profile-step2");

    await answer(page, "saveProfile", { value: { ok: true } });
    await step2.fill("231");
    await page.locator("#save-profile").click();
    await expect.poll(() => page.locator("#profile-status").textContent()).toMatch(/Saved/);
    expect(await error.isHidden()).toBe(true);
    expect(await step2.getAttribute("aria-invalid")).toBeNull();
    const saved = (await calls(page)).filter((c) => c.name === "saveProfile").pop();
    expect(saved?.args[0]).toMatchObject({ step2: "231", region: "Latin America", visaNeed: "J-1" });
    await page.close();
  });

  it("will not save a form whose profile failed to load, and can try again", async () => {
    const { page } = await open({ getProfile: { error: "Profile sheet is busy" } });
    await expect.poll(() => page.locator("#profile-status").textContent()).toMatch(/Could not load your profile: Profile sheet is busy/);
    expect(await page.locator("#save-profile").isDisabled()).toBe(true);
    await answer(page, "getProfile", { value: PROFILE });
    await page.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
    expect(await page.locator("#profile-step2").inputValue()).toBe("229");
    await page.close();
  });

  it("shows the loading state while the audit runs, then the summary and grouped findings", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: AUDIT } }, ["runAudit"]);
    const run = page.locator("#run-audit");
    await run.click();
    expect(await run.isDisabled()).toBe(true);
    expect(await run.textContent()).toBe("Running audit…");
    await releaseCall(page, "runAudit");
    await page.locator(".finding").first().waitFor();
    expect(await run.isDisabled()).toBe(false);
    expect(await run.textContent()).toBe("Run audit");
    expect(await page.locator(".group h3").allTextContents()).toEqual(["Errors (2, 1 accepted)", "Warnings (3)", "Info (1)"]);
    expect(await page.locator("#findings-counts").textContent()).toBe("2 errors · 3 warnings · 1 info · 1 accepted · 2 new");
    expect(await page.locator(".score-band").textContent()).toBe("Score band: borderline");
    expect(await page.locator(".bar-text").first().textContent()).toBe("40% · target 15–25% · above target");
    // Notes beside findings; the accepted one marked; resolved ones folded away with their notes.
    expect(await page.locator(".group-warning .finding-note").first().textContent()).toBe("Note: Email the coordinator first.");
    expect(await page.locator(".badge-accepted").count()).toBe(1);
    expect(await page.locator(".badge-new").count()).toBe(2);
    expect(await page.locator(".resolved").getAttribute("open")).toBeNull();
    // Info starts folded; errors and warnings open. Folding keeps the items (and their notes).
    expect(await page.locator(".group-info").getAttribute("open")).toBeNull();
    expect(await page.locator(".group-info button.finding").isVisible()).toBe(false);
    await page.locator(".group-info > summary").click();
    expect(await page.locator(".group-info button.finding").isVisible()).toBe(true);
    expect(await page.locator(".resolved .finding-note").textContent()).toBe("Note: Removed the second copy.");
    await page.close();
  });

  it("keeps the last results and says why when a later audit fails", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: AUDIT } });
    await page.locator("#run-audit").click();
    await page.locator(".finding").first().waitFor();
    await answer(page, "runAudit", { error: "Programs sheet not found" });
    await page.locator("#run-audit").click();
    await expect.poll(() => page.locator("#audit-status").textContent()).toBe("The audit could not run: Programs sheet not found");
    expect(await page.locator("#audit-status").getAttribute("class")).toContain("error");
    expect(await page.locator(".group").count()).toBe(3);
    expect(await page.locator("#summary").isVisible()).toBe(true);
    await page.close();
  });

  it("says to use one Google account when Google answers PERMISSION_DENIED", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { error: "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED." } });
    await page.locator("#run-audit").click();
    await expect.poll(() => page.locator("#audit-status").textContent()).toMatch(/^The audit could not run: .*more than one Google account.*private window/);
    expect(await page.locator("#audit-status").textContent()).not.toContain("PERMISSION_DENIED");
    await page.close();
  });

  it("shows the profile notes at the top of the summary, and nothing when there are none", async () => {
    const notes = ["Visa needed is blank, so the audit took it as None.", 'Not read from the profile: row 9 "Tries".'];
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: { ...AUDIT, summary: { ...AUDIT.summary, profileNotes: notes } } } });
    await page.locator("#run-audit").click();
    await page.locator(".finding").first().waitFor();
    expect(await page.locator("#summary-body .profile-notes li").allTextContents()).toEqual(notes);
    expect(await page.locator("#summary-body > *").first().getAttribute("class")).toBe("profile-notes");
    await answer(page, "runAudit", { value: AUDIT });
    await page.locator("#run-audit").click();
    await expect.poll(() => page.locator("#summary-body .profile-notes").count()).toBe(0);
    await page.close();
  });

  it("shows a program named like HTML as text and runs none of it", async () => {
    const { page, otherRequests } = await open({ getProfile: { value: PROFILE }, runAudit: { value: AUDIT } });
    await page.locator("#run-audit").click();
    await page.locator(".finding").first().waitFor();
    const names = await page.locator(".finding-program").allTextContents();
    expect(names).toContain("<img src=x onerror=window.__pwned=1>");
    expect(await page.locator("#findings img").count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(otherRequests).toEqual([]);
    await page.close();
  });

  it("selects a finding's row with the mouse, and with Tab then Enter or Space", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: AUDIT }, selectRow: { value: null } });
    await page.locator("#run-audit").click();
    await page.locator(".finding").first().waitFor();
    await page.locator("button.finding", { hasText: "Delta Regional IM" }).click();
    await expect.poll(() => page.locator("#select-status").textContent()).toBe("Selected row 7 in Programs.");

    // From the Run audit button: Tab to the Errors group's fold, Tab to its first finding.
    await page.locator("#run-audit").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Errors (2, 1 accepted)");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("finding");
    // Focus is visible: a keyboard-focused finding draws an outline.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect.poll(async () => (await calls(page)).filter((c) => c.name === "selectRow").map((c) => c.args[0])).toEqual([7, 3, 5]);
    expect(await page.locator('button.finding[aria-current="true"]').count()).toBe(1);

    await answer(page, "selectRow", { error: "Programs sheet not found" });
    await page.locator("button.finding").first().click();
    await expect.poll(() => page.locator("#select-status").textContent()).toBe("Could not select row 3: Programs sheet not found");
    await page.close();
  });

  it("passes the finding's program with its row, and says where the server found it", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: AUDIT }, selectRow: { value: 7 } });
    await page.locator("#run-audit").click();
    await page.locator(".finding").first().waitFor();
    await page.locator("button.finding", { hasText: "Delta Regional IM" }).first().click();
    await expect.poll(() => page.locator("#select-status").textContent()).toBe("Selected row 7 in Programs.");
    expect((await calls(page)).filter((c) => c.name === "selectRow").map((c) => c.args)).toEqual([[7, "Delta Regional IM"]]);

    // Rows were inserted since the audit: the server found the program further down.
    await answer(page, "selectRow", { value: 9 });
    await page.locator("button.finding", { hasText: "Delta Regional IM" }).first().click();
    await expect.poll(() => page.locator("#select-status").textContent()).toBe("Selected row 9 in Programs (row 7 at the audit).");
    await answer(page, "selectRow", { error: 'Programs changed since the audit: row 7 is now "Other IM", and no row holds "Delta Regional IM"; run the audit again.' });
    await page.locator("button.finding", { hasText: "Delta Regional IM" }).first().click();
    await expect.poll(() => page.locator("#select-status").textContent()).toMatch(/^Could not select row 7: Programs changed since the audit: .*run the audit again\.$/);
    await page.close();
  });

  it("opens on the last audit of the Audit sheet, without holding up the profile form", async () => {
    const { page, pageErrors } = await open({ getProfile: { value: PROFILE }, getLastAudit: { value: LAST }, selectRow: { value: 7 } }, ["getLastAudit"]);
    // The last audit is held unanswered: the form must be ready without it.
    await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
    expect(await answered(page)).not.toContain("getLastAudit");
    expect(await page.locator("#profile-step2").inputValue()).toBe("229");
    await releaseCall(page, "getLastAudit");
    const line = page.locator("#last-audit");
    await line.waitFor();
    expect(await line.textContent()).toBe("From the last audit, 20 Nov 2026 (Programs): 2 errors, 3 warnings, 1 info. Run the audit to check again.");
    expect(await page.locator(".group h3").allTextContents()).toEqual(["Errors (2, 1 accepted)", "Warnings (3)", "Info (1)"]);
    expect(await page.locator(".group-warning .finding-note").first().textContent()).toBe("Note: Email the coordinator first.");
    expect(await page.locator(".badge-accepted").count()).toBe(1);
    expect(await page.locator(".badge-new").count()).toBe(0); // the sheet does not say what was new
    expect(await page.locator(".resolved > summary").textContent()).toBe(`Resolved at the last audit (${AUDIT.resolved.length})`);
    expect(await page.locator("#summary").isVisible()).toBe(false); // the score band etc. come with Run audit
    await page.locator("button.finding", { hasText: "Delta Regional IM" }).first().click();
    await expect.poll(() => page.locator("#select-status").textContent()).toBe("Selected row 7 in Programs.");
    expect((await calls(page)).filter((c) => c.name === "selectRow").map((c) => c.args)).toEqual([[7, "Delta Regional IM"]]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("keeps the intro when there is no last audit, and a Run audit replaces the last one", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, getLastAudit: { value: null }, runAudit: { value: AUDIT } });
    await expect.poll(() => answered(page)).toContain("getLastAudit");
    expect(await page.locator("#findings-body").textContent()).toMatch(/press Run audit to check your program list/);
    const again = await open({ getProfile: { value: PROFILE }, getLastAudit: { value: LAST }, runAudit: { value: AUDIT } });
    await again.page.locator("#last-audit").waitFor();
    await again.page.locator("#run-audit").click();
    await again.page.locator(".score-band").waitFor();
    expect(await again.page.locator("#last-audit").count()).toBe(0);
    expect(await again.page.locator(".badge-new").count()).toBe(2);
    await page.close();
    await again.page.close();
  });

  it("a Run audit that finishes while the last audit loads wins over the older answer", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, getLastAudit: { value: LAST }, runAudit: { value: AUDIT } }, ["getLastAudit"]);
    await page.locator("#run-audit").click();
    await page.locator(".score-band").waitFor();
    await releaseCall(page, "getLastAudit"); // resolves once the sidebar has handled the older answer
    expect(await answered(page)).toContain("getLastAudit");
    expect(await page.locator("#last-audit").count()).toBe(0);
    expect(await page.locator(".badge-new").count()).toBe(2); // still the fresh audit's findings
    expect(await page.locator("#summary").isVisible()).toBe(true);
    await page.close();
  });

  it("says quietly, in gray, when the last audit cannot be read, and blocks nothing", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, getLastAudit: { error: "Service Spreadsheets timed out" }, runAudit: { value: AUDIT } });
    const status = page.locator("#last-audit-status");
    const statusText = () => page.evaluate(() => document.getElementById("last-audit-status")?.textContent ?? null);
    await expect.poll(statusText).toBe("Could not read the last audit from the Audit sheet: Service Spreadsheets timed out");
    expect(await status.getAttribute("class")).toBe("status gray");
    expect(await page.locator("#page-error").isVisible()).toBe(false);
    expect(await page.locator("#save-profile").isDisabled()).toBe(false);
    expect(await page.locator("#run-audit").isDisabled()).toBe(false);
    await page.locator("#run-audit").click();
    await page.locator(".score-band").waitFor();
    expect(await status.count()).toBe(0);
    await page.close();
  });

  it("says so on the page when something fails outside every handler, instead of going quiet", async () => {
    const { page } = await open({ getProfile: { value: PROFILE } });
    await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
    expect(await page.locator("#page-error").isVisible()).toBe(false);
    await page.evaluate(() => void Promise.reject(new Error("renderer broke")));
    await page.evaluate(() => setTimeout(() => { throw new Error("click handler broke"); }));
    await expect.poll(() => page.locator("#page-error").textContent()).toMatch(/went wrong in the sidebar: .*broke.*[Cc]lose .* open it again/);
    expect(await page.locator("#page-error").isVisible()).toBe(true);
    await page.close();
  });
  it("wraps messages that quote a long sheet name or value inside the 300 px sidebar", async () => {
    const value = `${"x".repeat(57)}…`; // the longest value a message quotes
    const { page } = await open({
      getProfile: { value: { ...PROFILE, step2: "" } },
      saveProfile: { value: { ok: false, errors: { step2: `Step 2 CK '${value}' is not a score from 180 to 300` } } },
      runAudit: { error: 'There is no sheet named "Programs", and the open sheet is "MyResidencyProgramListForTheTwentyTwentySevenMatch".' },
    });
    await expect.poll(() => page.locator("#save-profile").isDisabled()).toBe(false);
    await page.locator("#save-profile").click();
    await page.locator("#profile-step2-error").waitFor({ state: "visible" });
    await page.locator("#run-audit").click();
    await expect.poll(() => page.locator("#audit-status").textContent()).toMatch(/could not run/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });
});

describe("the verdict and findings shown once for many programs (RULES.md §8.5–8.6)", () => {
  it("shows the verdict, numbered, above At a glance", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: GROUPED } });
    await page.locator("#run-audit").click();
    await page.locator("#verdict-body li").first().waitFor();
    expect(await page.locator("#verdict-body li").allTextContents()).toEqual(VERDICT);
    expect(await page.locator("#verdict-title").textContent()).toBe("What to do first");
    const order = await page.evaluate(() => [...document.querySelectorAll("section.panel")].filter((s) => !(s as HTMLElement).hidden).map((s) => s.id));
    expect(order).toEqual(["verdict", "summary", "findings"]);
    // The shares are of the programs you can use, and the summary says how many those are.
    expect(await page.locator(".list-bars").first().locator("p.gray").first().textContent()).toBe(
      "7 you can use (3 screened out by visa); the shares below count only those.",
    );
    expect(await page.locator(".list-bars").first().locator(".bar-label").first().textContent()).toBe("Reach 2 of 7");
    // An audit without a verdict hides the section rather than showing an empty one.
    await answer(page, "runAudit", { value: { ...AUDIT, summary: { ...AUDIT.summary, verdict: [] } } });
    await page.locator("#run-audit").click();
    await expect.poll(() => page.locator("#verdict").isHidden()).toBe(true);
    await page.close();
  });

  it("shows a code that fires for 3 programs once, and a click on a program selects its row", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: GROUPED }, selectRow: { value: null } });
    await page.locator("#run-audit").click();
    await page.locator(".finding").first().waitFor();
    const group = page.locator(".group-error .finding-group");
    expect(await group.count()).toBe(1);
    // The codes table's headline, the advice all three messages share (once), then the programs.
    expect(await group.locator(".finding-head").textContent()).toBe("Sponsors no visa · 3 programs");
    expect(await group.locator(".finding-message").textContent()).toBe("Drop it from your list, or confirm with the coordinator that the policy has changed.");
    expect(await group.locator("button.group-program").allTextContents()).toEqual(["Row 3 Coastal University IM", "NewRow 6 Harbor City IM", "Row 9 Lakeside University IM"]);
    expect(await group.locator(".finding-note").textContent()).toBe("Note: Asked the coordinator on 1 Dec.");
    // Two programs with one code stay two findings.
    expect(await page.locator(".group-warning button.finding").count()).toBe(2);

    await group.getByRole("button", { name: /Harbor City IM/ }).click();
    await expect.poll(() => page.locator("#select-status").textContent()).toBe("Selected row 6 in Programs.");
    expect((await calls(page)).filter((c) => c.name === "selectRow").map((c) => c.args)).toEqual([[6, "Harbor City IM"]]);
    expect(await page.locator('#findings [aria-current="true"]').count()).toBe(1);

    // The keyboard reaches each program: Tab from the Errors fold to the first, Tab to the next, Enter.
    await page.locator(".group-error > summary").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Row 3 Coastal University IM");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await calls(page)).filter((c) => c.name === "selectRow").map((c) => c.args[0])).toEqual([6, 9]);
    expect(await page.locator('#findings [aria-current="true"]').count()).toBe(1);
    await page.close();
  });

  it("keeps the verdict and a grouped finding free of WCAG 2.1 A/AA violations, inside 300 px", async () => {
    const { page } = await open({ getProfile: { value: PROFILE }, runAudit: { value: GROUPED }, selectRow: { value: null } });
    await page.locator("#run-audit").click();
    await page.locator(".finding-group").waitFor();
    await page.locator("button.group-program").first().click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });
});

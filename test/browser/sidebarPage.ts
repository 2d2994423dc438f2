// The sidebar page alone in Chromium for the browser tests: built once, served from a made-up
// origin with every other request refused (and recorded), and google.script.run faked.

import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildSidebarHtml } from "../../scripts/sidebar-html.mjs";
import { launchChromium } from "./chromium";
import { fakeScriptRun, type FakeAnswers, type FunctionName } from "./fakeScriptRun";
import { AUDIT } from "../sidebar/fixtures/auditResponse";

const PAGE_URL = "http://sidebar.test/";

export interface Opened {
  page: Page;
  pageErrors: Error[];
  otherRequests: string[];
}

/** The sidebar with the fake google.script.run; calls named in `held` wait for releaseCall(). */
export async function openSidebar(browser: Browser, html: string, answers: FakeAnswers, held: FunctionName[] = []): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  const pageErrors: Error[] = [];
  const otherRequests: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  await page.route("**/*", (route) => {
    if (route.request().url() === PAGE_URL) return route.fulfill({ contentType: "text/html", body: html });
    otherRequests.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript({ content: fakeScriptRun(answers, held) });
  await page.goto(PAGE_URL);
  return { page, pageErrors, otherRequests };
}

/** For a test file: builds the page and starts Chromium once; returns the function that opens it. */
export function sidebarPages(): (answers: FakeAnswers, held?: FunctionName[]) => Promise<Opened> {
  let browser: Browser;
  let html: string;
  beforeAll(async () => {
    html = await buildSidebarHtml();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (answers, held = []) => openSidebar(browser, html, answers, held);
}

export const answer = (page: Page, name: string, value: unknown) =>
  page.evaluate(([n, v]) => ((window as any).__answers[n as string] = v), [name, value] as const);
export const calls = (page: Page) => page.evaluate(() => (window as any).__calls as { name: string; args: unknown[] }[]);
export const answered = (page: Page) => page.evaluate(() => (window as any).__answered as string[]);

/** The AUDIT fixture as getLastAudit() reads it back from the Audit sheet: no isNew, a section each. */
export const LAST = {
  ranAt: "2026-11-20 14:05 Asia/Kolkata",
  sheetName: "Programs",
  hadSnapshot: false,
  findings: [
    ...AUDIT.findings.map(({ isNew: _, ...f }) => ({ ...f, section: "findings" })),
    ...AUDIT.resolved.map(({ isNew: _, ...f }) => ({ ...f, section: "resolved" })),
  ],
};

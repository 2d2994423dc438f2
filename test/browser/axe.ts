// Accessibility by axe-core (Deque's rules engine, the one browsers' own audits build on) instead of
// hand-written checks: its WCAG 2.0/2.1 level A and AA rules, run inside the page as it stands.
// The source is read from node_modules and injected, so nothing is fetched.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The WCAG 2.1 A/AA violations on the page, one line each: rule, element, what is wrong. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.flatMap((violation: any) =>
      violation.nodes.map((node: any) => `${violation.id} ${node.target.join(" ")}: ${String(node.failureSummary).replace(/\s+/g, " ")}`),
    );
  }, WCAG_21_AA);
}

// `npm run screenshots`: starts the preview on a free port and saves PNGs of the sidebar (profile
// form, a field error, the verdict, summary, findings, a code shown once for many programs, a mentor's notes) and of the whole preview (Programs with a selected row,
// the Audit sheet) into screenshots/ (gitignored) for people to look at. Uses Debian's Chromium;
// it never downloads a browser.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPreview } from "./preview.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Takes the screenshots; returns the files written. `preview` options go to startPreview. */
export async function takeScreenshots({ outDir = join(root, "screenshots"), preview: previewOptions = {} } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH).`);
  mkdirSync(outDir, { recursive: true });
  const preview = await startPreview({ port: 0, ...previewOptions });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const files = [];
  const shot = async (target, name) => {
    const path = join(outDir, name);
    await target.screenshot({ path });
    files.push(path);
  };
  try {
    // The sidebar alone, 300 px wide as in Sheets (device scale 2 so the PNGs are readable).
    const page = await browser.newPage({ viewport: { width: 300, height: 800 }, deviceScaleFactor: 2 });
    await page.goto(`${preview.url}sidebar`);
    await page.locator("#save-profile:not([disabled])").waitFor({ state: "attached" });
    await page.evaluate(() => (document.getElementById("profile-panel").open = true));
    await shot(page.locator("#profile-panel"), "sidebar-profile.png");

    const step2 = page.locator("#profile-step2");
    const kept = await step2.inputValue();
    await step2.fill("abc");
    await page.locator("#save-profile").click();
    await page.locator("#profile-step2-error").waitFor();
    await shot(page.locator("#profile-step2").locator("xpath=.."), "sidebar-field-error.png");
    await step2.fill(kept);
    await page.locator("#save-profile").click();
    await page.locator("#profile-status.done").waitFor();

    await page.locator("#run-audit").click();
    await page.locator("#summary:not([hidden])").waitFor();
    await shot(page.locator("#verdict:not([hidden])"), "sidebar-verdict.png");
    await shot(page.locator("#summary"), "sidebar-summary.png");
    // A code that fires for 3+ programs: one entry, a button per program; click the second one.
    const group = page.locator(".finding-group").first();
    await group.locator("button.group-program").nth(1).click();
    await page.locator("#select-status.done").waitFor();
    await shot(group, "sidebar-group.png");
    await page.locator("button.finding").first().click();
    await page.locator("#select-status.done").waitFor();
    // The top of the findings: the whole list of a long audit is too tall to look at.
    const top = await page.evaluate(() => document.getElementById("findings").getBoundingClientRect().top + window.scrollY);
    await page.screenshot({ path: join(outDir, "sidebar-findings.png"), fullPage: true, clip: { x: 0, y: top, width: 300, height: 1400 } });
    files.push(join(outDir, "sidebar-findings.png"));

    // A mentor's Note and Status on the Audit sheet, and a row the applicant fixed, then a new audit.
    writeOnAudit(preview.workbook, "VISA_NONE", "Mentor: they sponsor J-1 since May; keep it.", "Accepted");
    const fixed = writeOnAudit(preview.workbook, "GRAD_YEAR_EXCEEDED", "Mentor: ask the coordinator for an exception.");
    const programs = preview.workbook.sheet("Programs");
    programs.writeCells([{ row: fixed, column: programs.readValues()[0].indexOf("Max years since graduation") + 1, value: "" }]);
    await page.locator("#run-audit").click();
    await page.locator(".badge-accepted").waitFor();
    await shot(page.locator("button.finding", { has: page.locator(".badge-accepted") }), "sidebar-accepted.png");
    await page.locator(".resolved > summary").click();
    await shot(page.locator(".resolved"), "sidebar-resolved.png");
    await page.close();

    // The whole preview: the sheet beside the sidebar, after a click on a finding.
    const wide = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await wide.goto(preview.url);
    const sidebar = wide.frameLocator("#sidebar");
    await sidebar.locator("#run-audit").click();
    await sidebar.locator("button.finding").nth(1).click();
    await wide.locator("tr.selected").waitFor();
    await shot(wide, "preview.png");
    await wide.getByRole("tab", { name: "Audit" }).click();
    await shot(wide, "preview-audit.png");
    await wide.close();
  } finally {
    await browser.close();
    await preview.close();
  }
  return files;
}

/** Writes a Note (and Status) on the first `code` finding of the Audit sheet; returns its program row. */
function writeOnAudit(workbook, code, note, status) {
  const audit = workbook.sheet("Audit");
  const values = audit.readValues();
  const header = values.findIndex((line) => line.includes("Code") && line.includes("Note") && line.includes("Status"));
  const col = (name) => values[header].indexOf(name);
  const r = values.findIndex((line, i) => i > header && line[col("Code")] === code);
  if (header < 0 || r < 0) throw new Error(`No ${code} finding with Note and Status columns on the Audit sheet`);
  audit.writeCells([{ row: r + 1, column: col("Note") + 1, value: note }, ...(status ? [{ row: r + 1, column: col("Status") + 1, value: status }] : [])]);
  return Number(values[r][col("Row")]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const files = await takeScreenshots();
    for (const file of files) console.log(file);
  } catch (error) {
    console.error(`Screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

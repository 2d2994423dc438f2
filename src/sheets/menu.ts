// The add-on menu and its actions. onOpen may run in AuthMode.NONE (before the user authorizes the
// add-on): it only builds the menu and calls no other service. The build makes each export a
// top-level function; the menu items name them, so these names are global in Apps Script.

import { appsScriptWorkbook } from "./appsScriptWorkbook";
import { createServer } from "./auditServer";
import { prepareForSharingWith } from "./sharing";
import { countsLine } from "./summaryText";
import { createTemplateSheets } from "./template";
import { SHEET_NAMES, type Dialogs } from "./workbook";

const ADDON_TITLE = "IMG List Audit";

/** Builds the add-on menu (runs in any auth mode: menu calls only). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen) {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Open sidebar", "openSidebar")
    .addItem("Create program sheet", "createProgramSheet")
    .addItem("Run audit", "runAuditFromMenu")
    .addItem("Add formula columns", "addFormulaColumnsFromMenu")
    .addItem("Prepare for sharing", "prepareForSharing")
    .addSeparator()
    .addItem("Help", "showHelp")
    .addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the open file: build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

function dialogs(): Dialogs {
  const ui = SpreadsheetApp.getUi();
  return {
    alert: (title, message) => void ui.alert(title, message, ui.ButtonSet.OK),
    confirm: (title, message) => ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES,
  };
}

/** Menu: shows the sidebar (dist/Sidebar.html). */
export function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_TITLE));
}

/** Menu: makes the Programs and Profile sheets when missing; never touches existing ones. */
export function createProgramSheet() {
  dialogs().alert("Create program sheet", createTemplateSheets(appsScriptWorkbook()).message);
}

/** Menu: runs the audit, shows the Audit sheet and a one-line result. */
export function runAuditFromMenu() {
  const workbook = appsScriptWorkbook();
  try {
    const response = createServer(workbook).runAudit();
    workbook.sheet(SHEET_NAMES.audit)?.activate();
    dialogs().alert("Audit done", `${countsLine(response)}. Details are in the Audit sheet.`);
  } catch (error) {
    dialogs().alert("The audit could not run", (error as Error).message);
  }
}

/** Menu: adds Tier, IMG friendly and Meets cutoff formula columns right of the program sheet's data. */
export function addFormulaColumnsFromMenu() {
  try {
    dialogs().alert("Add formula columns", createServer(appsScriptWorkbook()).addFormulaColumns().message);
  } catch (error) {
    dialogs().alert("The formula columns could not be added", (error as Error).message);
  }
}

/** Menu: lists cells a mentor without the add-on would see as #NAME?, offers a values-only copy. */
export function prepareForSharing() {
  const workbook = appsScriptWorkbook();
  prepareForSharingWith(workbook, dialogs(), createServer(workbook));
}

const HELP_TEXT = [
  "1. Create program sheet makes a Programs sheet (one program per row) and a Profile sheet.",
  "2. Open sidebar: fill in your profile, then press Run audit.",
  "3. The Audit sheet lists what to fix. Click a finding in the sidebar, or its 'Go to row' link, to see the row.",
  "4. Write in Note and Status (Open / Accepted / Fixed): they are kept at the next audit. Accepted findings are not counted.",
  "5. Sharing with a mentor: run Prepare for sharing first. The Audit sheet is plain values, readable without the add-on.",
  "6. Add formula columns puts Tier, IMG friendly and Meets cutoff right of your program columns, one formula each.",
  "The add-on writes to the Audit sheet, to Profile when you save the form, and to empty columns right of your programs when you add formula columns; it never changes a cell you wrote.",
].join("\n");

/** Menu: a short guide. */
export function showHelp() {
  dialogs().alert(`${ADDON_TITLE}: help`, HELP_TEXT);
}

// The sidebar's entry: wires the profile form, the Run audit button, the summary and the findings (on
// opening, those of the last audit on the Audit sheet) to the server functions. A failed call shows
// its message and loses nothing: the form keeps what was typed and the last audit stays on screen.

import type { AuditResponse, ReportedFinding } from "../shared/api";
import { call } from "./serverApi";
import { byId, h, replaceChildren } from "./dom";
import { mountProfileForm } from "./profileForm";
import { renderSummary, renderVerdict } from "./summaryView";
import { renderFindings, renderLastAudit } from "./findingsView";
import { mountFormulaOffer } from "./formulaOffer";

// A bug of ours outside every handler must not leave a quiet, half-working sidebar: say so.
function showPageError(error: unknown): void {
  const element = byId("page-error");
  element.textContent = `Something went wrong in the sidebar: ${error instanceof Error ? error.message : String(error)}. Close it and open it again.`;
  element.hidden = false;
}
window.addEventListener("error", (event) => showPageError(event.error ?? event.message));
window.addEventListener("unhandledrejection", (event) => showPageError(event.reason));

const form = mountProfileForm(byId("profile-fields"));
const saveButton = byId<HTMLButtonElement>("save-profile");
const runButton = byId<HTMLButtonElement>("run-audit");

/** Shows `text` in a status line; `kind` "error" colours it and marks it for assistive tech. */
function setStatus(id: string, text: string, kind: "info" | "error" | "done" = "info"): void {
  const element = byId(id);
  element.textContent = text;
  element.className = `status ${kind === "error" ? "error" : kind === "done" ? "done" : "gray"}`;
}

/** Disables a button and shows a spinner with `busyText` until the returned function is called. */
function busy(button: HTMLButtonElement, busyText: string): () => void {
  const label = button.textContent ?? "";
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  replaceChildren(button, h("span", { class: "spinner", "aria-hidden": "true" }), busyText);
  return () => {
    replaceChildren(button, label);
    button.disabled = false;
    button.removeAttribute("aria-busy");
  };
}

async function loadProfile(): Promise<void> {
  form.setDisabled(true);
  setStatus("profile-status", "Loading your profile…");
  try {
    const profile = await call("getProfile");
    form.fill(profile);
    form.setDisabled(false);
    saveButton.disabled = false;
    setStatus("profile-status", "");
    // Someone with a saved score mostly wants the results; keep the long form out of the way.
    if ((profile.step2 ?? "").trim()) byId<HTMLDetailsElement>("profile-panel").open = false;
  } catch (error) {
    // Save stays disabled: saving a form that never loaded would blank the Profile sheet.
    setStatus("profile-status", `Could not load your profile: ${(error as Error).message}`, "error");
    const retry = h("button", { type: "button", class: "link-button" }, "Try again");
    retry.addEventListener("click", () => void loadProfile());
    byId("profile-status").appendChild(retry);
  }
}

async function saveProfile(event: Event): Promise<void> {
  event.preventDefault();
  if (saveButton.disabled) return;
  const done = busy(saveButton, "Saving…");
  setStatus("profile-status", "");
  try {
    const result = await call("saveProfile", form.values());
    form.clearErrors();
    if (result.ok) {
      form.markClean();
      setStatus("profile-status", "Saved to the Profile sheet.", "done");
    } else {
      const others = form.showErrors(result.errors);
      const n = Object.keys(result.errors).length;
      setStatus("profile-status", `Not saved: ${n === 1 ? "1 field needs" : `${n} fields need`} fixing.${others.length ? " " + others.join(" ") : ""}`, "error");
    }
  } catch (error) {
    setStatus("profile-status", `Could not save: ${(error as Error).message}. Your entries are still here.`, "error");
  } finally {
    done();
  }
}

async function runAudit(): Promise<void> {
  const done = busy(runButton, "Running audit…");
  byId("findings").setAttribute("aria-busy", "true");
  const unsaved = form.isDirty() ? " It used the saved profile: save the form to include your changes." : "";
  setStatus("audit-status", "");
  try {
    showAudit(await call("runAudit"));
    setStatus("audit-status", `Done. The report is in the Audit sheet.${unsaved}`, "done");
  } catch (error) {
    setStatus("audit-status", `The audit could not run: ${(error as Error).message}`, "error");
  } finally {
    byId("findings").removeAttribute("aria-busy");
    done();
  }
}

/** Set once a Run audit is on screen: the older Audit sheet read back must not replace it. */
let auditShown = false;

/** On opening, the last audit the Audit sheet holds; a failure only says so, in gray. */
async function loadLastAudit(): Promise<void> {
  try {
    const last = await call("getLastAudit");
    if (last && !auditShown) replaceChildren(byId("findings-body"), ...renderLastAudit(last, selectFinding));
  } catch (error) {
    const text = `Could not read the last audit from the Audit sheet: ${(error as Error).message}`;
    if (!auditShown) byId("findings-body").appendChild(h("p", { id: "last-audit-status", class: "status gray", role: "status" }, text));
  }
}

function showAudit(audit: AuditResponse): void {
  auditShown = true;
  const verdict = renderVerdict(audit);
  replaceChildren(byId("verdict-body"), ...verdict);
  byId("verdict").hidden = verdict.length === 0;
  const summary = byId("summary");
  replaceChildren(byId("summary-body"), ...renderSummary(audit));
  summary.hidden = false;
  setStatus("select-status", "");
  replaceChildren(byId("findings-body"), ...renderFindings(audit.findings, audit.resolved, selectFinding));
}

async function selectFinding(finding: ReportedFinding, element: HTMLElement): Promise<void> {
  if (finding.row === null) return;
  // A finding's button, or a program's button inside a finding shown once for many programs.
  for (const other of Array.from(document.querySelectorAll("#findings [aria-current]"))) other.removeAttribute("aria-current");
  element.setAttribute("aria-current", "true");
  setStatus("select-status", `Going to row ${finding.row}…`);
  try {
    // The program's name lets the server find it if rows were inserted or sorted since the audit.
    const row = await call("selectRow", finding.row, finding.program);
    const moved = typeof row === "number" && row !== finding.row ? ` (row ${finding.row} at the audit)` : "";
    setStatus("select-status", `Selected row ${moved ? row : finding.row} in Programs${moved}.`, "done");
  } catch (error) {
    setStatus("select-status", `Could not select row ${finding.row}: ${(error as Error).message}`, "error");
  }
}

byId("profile-form").addEventListener("submit", (event) => void saveProfile(event));
runButton.addEventListener("click", () => void runAudit());
void loadProfile();
void loadLastAudit(); // after getProfile, and apart: the form never waits for it
void mountFormulaOffer(byId("formula-offer"));

// The findings, grouped by severity. A finding with a row is a real button: a click, Enter or Space
// selects that row in the Programs sheet. Notes and statuses written on the Audit sheet show beside it.
// A code that fires for 3+ programs is one entry with its advice and a button per program (§8.6).

import type { LastAudit, ReportedFinding } from "../shared/api";
import { plural } from "../shared/targets";
import { groupByCode, groupRows, groupTitle, type CodeGroup } from "../shared/findingGroups";
import { h } from "./dom";
import { countFindings, countsLine, findingPlace, groupFindings, groupHeading } from "./findings";

export type OnSelect = (finding: ReportedFinding, element: HTMLElement) => void;

export function renderFindings(findings: ReportedFinding[], resolved: ReportedFinding[], onSelect: OnSelect, resolvedTitle = "Resolved since the last audit"): HTMLElement[] {
  const counts = countFindings(findings);
  const parts: HTMLElement[] = [h("p", { class: "counts", id: "findings-counts" }, countsLine(counts))];
  if (findings.length === 0) parts.push(h("p", { class: "empty" }, "No findings: your list passes every check."));
  for (const group of groupFindings(findings)) {
    // A long list in a 300 px sidebar: each group folds; info (least urgent) starts folded.
    parts.push(
      h(
        "details",
        { class: `group group-${group.severity}`, open: group.severity !== "info" },
        h("summary", {}, h("h3", {}, groupHeading(group))),
        h(
          "ul",
          { class: "finding-list" },
          ...groupByCode(group.open).map((entry) => h("li", {}, entry.kind === "group" ? codeGroupItem(entry, onSelect) : findingItem(entry.finding, onSelect))),
          ...group.accepted.map((f) => h("li", {}, findingItem(f, onSelect))),
        ),
      ),
    );
  }
  if (resolved.length) {
    parts.push(
      h(
        "details",
        { class: "resolved" },
        h("summary", {}, `${resolvedTitle} (${resolved.length})`),
        h("ul", { class: "finding-list" }, ...resolved.map((f) => h("li", {}, h("div", { class: "finding" }, ...findingBody(f, "resolved"))))),
      ),
    );
  }
  return parts;
}

function findingItem(finding: ReportedFinding, onSelect: OnSelect): HTMLElement {
  const accepted = finding.status === "Accepted";
  const body = findingBody(finding, accepted ? "accepted" : finding.severity);
  if (finding.row === null) return h("div", { class: "finding" }, ...body);
  const button = h("button", { type: "button", class: "finding", title: `Show row ${finding.row} in Programs` }, ...body);
  button.addEventListener("click", () => onSelect(finding, button));
  return button;
}

/** One entry for a code shown once: what it is, what to do, then one button per program. */
function codeGroupItem(group: CodeGroup<ReportedFinding>, onSelect: OnSelect): HTMLElement {
  const title = groupTitle(group);
  const count = `${groupRows(group).length} programs`;
  const programs = group.findings.map((finding) => {
    const button = h(
      "button",
      { type: "button", class: "group-program", title: `Show row ${finding.row} in Programs` },
      finding.isNew ? h("span", { class: "badge badge-new" }, "New") : null,
      h("span", { class: "group-program-row gray" }, `Row ${finding.row}`),
      " ",
      h("span", { class: "group-program-name" }, finding.program ?? "Your list"),
    );
    button.addEventListener("click", () => onSelect(finding, button));
    const note = finding.note ? h("span", { class: "finding-note" }, h("span", { class: "note-label" }, "Note: "), finding.note) : null;
    return h("li", {}, button, note);
  });
  return h(
    "div",
    { class: "finding finding-group" },
    h("span", { class: `finding-head finding-${group.severity}` }, h("span", {}, title), h("span", { class: "finding-place gray" }, ` · ${count}`)),
    group.advice ? h("span", { class: "finding-message" }, group.advice) : null,
    h("ul", { class: "group-programs", "aria-label": `${count}: ${title}` }, ...programs),
    h("span", { class: "finding-code gray" }, group.code),
  );
}

/** Spans only: the content must stay valid inside a <button>. */
function findingBody(finding: ReportedFinding, kind: string): HTMLElement[] {
  const badges = [
    finding.isNew && kind !== "resolved" && finding.status !== "Accepted" ? h("span", { class: "badge badge-new" }, "New") : null,
    finding.status !== "Open" ? h("span", { class: `badge badge-${finding.status.toLowerCase()}` }, finding.status) : null,
  ];
  return [
    h(
      "span",
      { class: `finding-head finding-${kind}` },
      ...badges,
      h("span", { class: "finding-program" }, finding.program ?? "Your list"),
      h("span", { class: "finding-place gray" }, ` · ${findingPlace(finding)}`),
    ),
    h("span", { class: "finding-message" }, finding.message),
    finding.note ? h("span", { class: "finding-note" }, h("span", { class: "note-label" }, "Note: "), finding.note) : null,
    h("span", { class: "finding-code gray" }, finding.code),
  ].filter((x): x is HTMLElement => x !== null);
}

/** The last audit read back from the Audit sheet, as the sidebar shows it on opening. */
export function renderLastAudit(last: LastAudit, onSelect: OnSelect): HTMLElement[] {
  const { findings, resolved } = readBack(last);
  return [h("p", { class: "last-audit", id: "last-audit" }, lastAuditLine(last)), ...renderFindings(findings, resolved, onSelect, "Resolved at the last audit")];
}

/** The findings and the Resolved rows apart; the sheet does not say which were new, so none are. */
export function readBack(last: LastAudit): { findings: ReportedFinding[]; resolved: ReportedFinding[] } {
  const of = (section: string) => last.findings.filter((f) => f.section === section).map(({ section: _, ...f }) => ({ ...f, isNew: false }));
  return { findings: of("findings"), resolved: of("resolved") };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "From the last audit, 20 Nov 2026 (Programs): 2 errors, 5 warnings. Run the audit to check again." */
export function lastAuditLine(last: LastAudit): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(last.ranAt ?? "");
  const month = date ? MONTHS[Number(date[2]) - 1] : undefined;
  const when = month ? `, ${Number(date![3])} ${month} ${date![1]}` : last.ranAt ? `, ${last.ranAt}` : "";
  const sheet = last.sheetName ? ` (${last.sheetName})` : "";
  // Accepted findings are not open problems: runAudit's summary leaves them out too.
  const counts = countFindings(readBack(last).findings);
  const open = [
    counts.error ? plural(counts.error, "error") : "",
    counts.warning ? plural(counts.warning, "warning") : "",
    counts.info ? plural(counts.info, "info", "info") : "",
  ].filter(Boolean);
  return `From the last audit${when}${sheet}: ${open.length ? open.join(", ") : "no open findings"}. Run the audit to check again.`;
}

// The findings, grouped by severity. A finding with a row is a real button: a click, Enter or Space
// selects that row in the Programs sheet. Notes and statuses written on the Audit sheet show beside it.

import type { ReportedFinding } from "../shared/api";
import { h } from "./dom";
import { countFindings, countsLine, findingPlace, groupFindings, groupHeading } from "./findings";

export type OnSelect = (finding: ReportedFinding, element: HTMLElement) => void;

export function renderFindings(findings: ReportedFinding[], resolved: ReportedFinding[], onSelect: OnSelect): HTMLElement[] {
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
        h("ul", { class: "finding-list" }, ...[...group.open, ...group.accepted].map((f) => h("li", {}, findingItem(f, onSelect)))),
      ),
    );
  }
  if (resolved.length) {
    parts.push(
      h(
        "details",
        { class: "resolved" },
        h("summary", {}, `Resolved since the last audit (${resolved.length})`),
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

// "At a glance": the Reach / Match / Safety shares of the applied list and the rank list as bars
// against their target bands, the score band, and the recommended applications with their fees.
// Above it, the verdict (RULES.md §8.5): the few things to do first, most important first.

import type { AuditResponse } from "../shared/api";
import type { ListCounts, ShareAgainstTarget, TierCounts } from "../rules/types";
import { h, type Child } from "./dom";
import { shareStatus, usableNote } from "../shared/targets";
import { barGeometry, formatPercent, formatUsd, recommendationLine, shareLine } from "./summary";

/** The verdict's sentences as list items; none from an audit that gives no verdict. */
export function renderVerdict(audit: AuditResponse): HTMLElement[] {
  return (audit.summary.verdict ?? []).map((sentence) => h("li", {}, sentence));
}

export function renderSummary(audit: AuditResponse): Child[] {
  const { summary } = audit;
  return [
    // How the profile was read comes first: everything below is judged on it.
    summary.profileNotes.length
      ? h("div", { class: "profile-notes", role: "note" }, h("h3", {}, "How your profile was read"), h("ul", {}, ...summary.profileNotes.map((note) => h("li", {}, note))))
      : null,
    h("p", { class: "score-band" }, "Score band: ", h("strong", { class: `band band-${summary.scoreBand.replace(/\s+/g, "-")}` }, summary.scoreBand)),
    listBars("Applied list", summary.applied, summary.targets.applied),
    listBars("Rank list", summary.ranked, summary.targets.ranked),
    applications(audit),
    extras(audit),
  ];
}

function listBars(title: string, counts: ListCounts, shares: ShareAgainstTarget[]): HTMLElement {
  const heading = h("h3", {}, `${title} · ${counts.count} ${counts.count === 1 ? "program" : "programs"}`);
  if (counts.count === 0) return h("div", { class: "list-bars" }, heading, h("p", { class: "gray" }, "No programs on this list yet."));
  // Shares are of the programs that can take you (RULES.md §8.1): say how many those are.
  const note = usableNote(counts);
  return h(
    "div",
    { class: "list-bars" },
    heading,
    note ? h("p", { class: "gray" }, `${note[0]!.toUpperCase()}${note.slice(1)}; the shares below count only those.`) : null,
    h("ul", { class: "bars" }, ...shares.map((share) => bar(title, share, counts))),
    counts.Unknown ? h("p", { class: "gray" }, `${counts.Unknown} with an Unknown tier (no IMG %, average or minimum).`) : null,
  );
}

function bar(list: string, share: ShareAgainstTarget, counts: ListCounts): HTMLElement {
  const { bandLeft, bandWidth, fill } = barGeometry(share);
  const n = share.tier in counts ? counts[share.tier as keyof TierCounts] : null;
  const status = shareStatus(share);
  const band = h("span", { class: "bar-target" });
  band.style.left = `${bandLeft}%`;
  band.style.width = `${bandWidth}%`;
  const filled = h("span", { class: `bar-fill ${status}` });
  filled.style.width = `${fill}%`;
  return h(
    "li",
    { class: "bar-row" },
    h("div", { class: "bar-label" }, h("strong", {}, share.tier), n === null ? null : h("span", { class: "gray" }, ` ${n} of ${counts.usable ?? counts.count}`)),
    h(
      "div",
      { class: "bar", role: "img", "aria-label": `${share.tier} on the ${list.toLowerCase()}: ${shareLine(share)}`, title: share.source },
      band,
      filled,
    ),
    h("div", { class: `bar-text ${status}` }, shareLine(share)),
  );
}

function applications(audit: AuditResponse): HTMLElement {
  const { summary } = audit;
  const rows: Child[] = [];
  const recommended = summary.recommendedApplications;
  rows.push(
    recommended
      ? h("p", {}, h("strong", {}, "Recommended: "), recommendationLine(recommended), ` for your whole list; ${recommended.counted} of yours ${recommended.counted === 1 ? "counts" : "count"} toward it.`)
      : h("p", { class: "gray" }, "No recommended number for your main specialty."),
  );
  const items = summary.applications.map((a) => {
    const fee = summary.fees.perSpecialty.find((f) => f.specialty === a.specialty);
    return h("li", {}, h("strong", {}, a.specialty), `: ${a.applied} applied, ${a.usable} you can use`, fee ? ` · fees ${formatUsd(fee.feeUsd)}` : "");
  });
  if (items.length) rows.push(h("ul", { class: "plain" }, ...items));
  rows.push(h("p", {}, "Estimated ERAS fees for your applied list: ", h("strong", {}, formatUsd(summary.fees.totalUsd))));
  return h("div", { class: "applications" }, h("h3", {}, "Applications"), ...rows);
}

function extras(audit: AuditResponse): HTMLElement {
  const { summary } = audit;
  const fit = summary.missionFit;
  return h(
    "div",
    { class: "extras" },
    fit
      ? h("p", {}, `Mission fit (${fit.focus.join(", ")}): ${fit.matching} of the ${fit.of} programs you can use (${formatPercent(fit.percent)}); aim for at least ${fit.targetMin}%.`)
      : null,
    summary.staleData ? h("p", {}, `${summary.staleData} ${summary.staleData === 1 ? "program's" : "programs'"} data not verified in the last 12 months.`) : null,
    h("p", { class: "gray" }, `${summary.programs} programs read · match year ${summary.matchYear} · audit ran ${whenText(audit.ranAt)}.`),
  );
}

function whenText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

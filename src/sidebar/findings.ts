// Pure helpers for the findings list: grouping by severity and counting, with Accepted findings
// (a mentor's "yes, I know, I keep it") shown but never counted as open problems (issue 5).

import type { ReportedFinding } from "../shared/api";
import type { Severity } from "../rules/types";
import { plural } from "../shared/targets";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const GROUP_LABELS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

export interface FindingGroup {
  severity: Severity;
  label: string;
  /** Findings still to act on, in the audit's order (by row, then list-wide). */
  open: ReportedFinding[];
  /** Findings someone marked Accepted; listed after the open ones. */
  accepted: ReportedFinding[];
}

export function isAccepted(finding: ReportedFinding): boolean {
  return finding.status === "Accepted";
}

/** Groups in severity order (error, warning, info); a severity with no findings has no group. */
export function groupFindings(findings: readonly ReportedFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    groups.push({
      severity,
      label: GROUP_LABELS[severity],
      open: ofSeverity.filter((f) => !isAccepted(f)),
      accepted: ofSeverity.filter(isAccepted),
    });
  }
  return groups;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  accepted: number;
  /** Open findings the previous audit did not have. */
  new: number;
}

export function countFindings(findings: readonly ReportedFinding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, accepted: 0, new: 0 };
  for (const finding of findings) {
    if (isAccepted(finding)) {
      counts.accepted += 1;
      continue;
    }
    counts[finding.severity] += 1;
    if (finding.isNew) counts.new += 1;
  }
  return counts;
}

/** "2 errors · 1 warning · 1 accepted": the line above the list; zero counts are left out. */
export function countsLine(counts: FindingCounts): string {
  const parts = [
    counts.error ? plural(counts.error, "error", "errors") : "",
    counts.warning ? plural(counts.warning, "warning", "warnings") : "",
    counts.info ? plural(counts.info, "info", "info") : "",
    counts.accepted ? `${counts.accepted} accepted` : "",
    counts.new ? `${counts.new} new` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "No open findings";
}

/** Where a finding points: its sheet row, or the whole list. */
export function findingPlace(finding: Pick<ReportedFinding, "row">): string {
  return finding.row === null ? "Whole list" : `Row ${finding.row}`;
}

/** The heading of a group: "Errors (2)" or "Warnings (3, 1 accepted)". */
export function groupHeading(group: FindingGroup): string {
  const accepted = group.accepted.length ? `, ${group.accepted.length} accepted` : "";
  return `${group.label} (${group.open.length}${accepted})`;
}

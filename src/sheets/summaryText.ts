// The summary and profile as short lines of text for the Audit sheet: a mentor reads them top to
// bottom before the findings (tier shares beside their target bands, score band, applications, fees).

import type { AuditResponse } from "../shared/api";
import type { Profile } from "../rules/types";
import { DEFAULT_RULES } from "../rules/config";
import { LABEL } from "./auditLayout";
import { listLine, plural } from "../shared/targets";

function dollars(amount: number): string {
  return `$${Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

export function summaryLines(response: AuditResponse): [string, string][] {
  const s = response.summary;
  const recommended = s.recommendedApplications
    ? `recommended ${s.recommendedApplications.min}–${s.recommendedApplications.max} for your first specialty`
    : "no recommended number for your first specialty";
  const perSpecialty = s.applications.map((a) => `${a.specialty} ${a.applied} applied (${a.usable} usable)`);
  const fees = s.fees.perSpecialty.map((f) => `${f.specialty} ${dollars(f.feeUsd)} for ${f.applied}`);
  const fit = s.missionFit;
  return [
    [LABEL.scoreBand, s.scoreBand],
    [LABEL.applied, listLine(s.applied, s.targets.applied)],
    [LABEL.ranked, listLine(s.ranked, s.targets.ranked)],
    [LABEL.applications, [recommended, ...perSpecialty].join(" · ")],
    [LABEL.fees, [`${dollars(s.fees.totalUsd)} in all (ERAS)`, ...fees].join(" · ")],
    [
      LABEL.missionFit,
      fit === null
        ? "no mission focus in the profile"
        : `${fit.matching} of ${fit.of} applied programs${fit.percent === null ? "" : ` (${fit.percent}%)`} match ${fit.focus.join(", ")}; aim for ${fit.targetMin}% or more`,
    ],
    [
      LABEL.staleData,
      `${plural(s.staleData, "program")} verified more than ${DEFAULT_RULES.audit.staleAfterMonths} months ago or never`,
    ],
  ];
}

/** "13 errors · 23 warnings · 9 info · 5 accepted (not counted)": summary.counts leaves accepted out. */
export function countsLine(response: AuditResponse): string {
  const { counts } = response.summary;
  const accepted = response.findings.filter((f) => f.status === "Accepted").length;
  return (
    `${plural(counts.error, "error")} · ${plural(counts.warning, "warning")} · ${counts.info} info` +
    (accepted > 0 ? ` · ${accepted} accepted (not counted)` : "")
  );
}

/** The profile's key fields in one line: "Step 2 CK 228 (2 attempts) · Step 1 Pass · visa J-1 · …" */
export function profileLine(profile: Profile | null): string {
  if (!profile) return "no readable profile";
  const parts = [`Step 2 CK ${profile.step2}${profile.step2Attempts > 1 ? ` (${profile.step2Attempts} attempts)` : ""}`];
  if (profile.step1 !== null) parts.push(`Step 1 ${profile.step1}${profile.step1Attempts > 1 ? ` (${profile.step1Attempts} attempts)` : ""}`);
  parts.push(`Step 3 ${profile.step3}`);
  parts.push(`visa needed: ${profile.visaNeed}`);
  if (profile.specialties.length > 0) parts.push(profile.specialties.join(", "));
  if (profile.gradYear !== null) parts.push(`graduated ${profile.gradYear}`);
  if (profile.usceMonths !== null) parts.push(`${profile.usceMonths} months USCE`);
  if (profile.focus) parts.push(`focus: ${profile.focus}`);
  parts.push(`match ${profile.matchYear ?? "the next one (Match year blank)"}`);
  return parts.join(" · ");
}

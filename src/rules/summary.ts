// The audit's summary (RULES.md §8 last paragraph, §10): tier counts and shares beside the target
// bands, score band, recommended applications, ERAS fees per specialty, mission fit, stale data.

import { recommendedApplications, type Applicant } from "./applicant";
import { isoDate, normalizeWords } from "./cells";
import type { RulesConfig } from "./config";
import { erasFee } from "./fees";
import type { Lists } from "./listChecks";
import { specialtyKey } from "./specialties";
import type { AuditSummary, Finding, ShareAgainstTarget, Tier, TierCounts } from "./types";

function shares(counts: TierCounts, bands: Record<Exclude<Tier, "Unknown">, [number, number]>, source: string): ShareAgainstTarget[] {
  return (Object.keys(bands) as Exclude<Tier, "Unknown">[]).map((tier) => ({
    tier,
    percent: counts.count === 0 ? null : Math.round((counts[tier] / counts.count) * 1000) / 10,
    targetMin: bands[tier][0],
    targetMax: bands[tier][1],
    source,
  }));
}

/** The mission words of RULES.md §8: county / safety net, rural / underserved, border. */
const MISSIONS: { name: string; pattern: RegExp }[] = [
  { name: "county / safety net", pattern: /\b(?:county|safety ?net|public hospital|indigent|fqhc)\b/ },
  { name: "rural / underserved", pattern: /\b(?:rural|underserved|critical access|medically underserved)\b/ },
  { name: "border", pattern: /\b(?:border|us mexico|rio grande)\b/ },
];

export function missionsIn(text: string): string[] {
  const words = normalizeWords(text);
  return MISSIONS.filter((m) => m.pattern.test(words)).map((m) => m.name);
}

export function buildSummary(lists: Lists, applicant: Applicant, findings: Finding[], config: RulesConfig, today: Date): Omit<AuditSummary, "profileNotes"> {
  const applied = lists.appliedTiers;
  const ranked = lists.rankedTiers;
  const a = config.targets.appliedBands;
  const r = config.targets.ranked;

  const perSpecialty = lists.appliedBySpecialty;
  const fees = [...perSpecialty.values()].map(({ specialty, count }) => ({ specialty, applied: count, feeUsd: erasFee(count, config.fees) }));

  const focus = missionsIn(applicant.profile.focus);
  const matching = lists.applied.filter((e) => missionsIn(e.program.mission).some((m) => focus.includes(m))).length;

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;

  const main = applicant.mainSpecialty;
  return {
    programs: lists.all.length,
    scoreBand: applicant.band,
    recommendedApplications: main ? recommendedApplications(applicant, main, config) : null,
    applied,
    ranked,
    targets: {
      applied: shares(applied, { Reach: [a.reachMin, a.reachMax], Match: [a.matchMin, a.matchMax], Safety: [a.safetyMin, a.safetyMax] }, "001 §D"),
      ranked: shares(ranked, { Reach: [r.reachMin, r.reachMax], Match: [r.matchMin, r.matchMax], Safety: [r.safetyMin, r.safetyMax] }, "004 §5"),
    },
    applications: applicant.profile.specialties.map((specialty) => {
      const range = recommendedApplications(applicant, specialty, config);
      return {
        specialty,
        applied: perSpecialty.get(specialtyKey(specialty))?.count ?? 0,
        min: range?.min ?? null,
        max: range?.max ?? null,
      };
    }),
    fees: { perSpecialty: fees, totalUsd: fees.reduce((sum, f) => sum + f.feeUsd, 0) },
    missionFit:
      focus.length === 0
        ? null
        : {
            focus,
            matching,
            of: lists.applied.length,
            percent: lists.applied.length === 0 ? null : Math.round((matching / lists.applied.length) * 1000) / 10,
            targetMin: config.audit.missionFitTargetPercent,
          },
    staleData: findings.filter((f) => f.code === "STALE_DATA").length,
    verdict: [],
    counts,
    asOf: isoDate(today) ?? "",
    matchYear: applicant.matchYear,
  };
}

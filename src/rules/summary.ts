// The audit's summary (RULES.md §8.4, §8.6 last paragraph, §10; CONTRACT.md §3): each list's rows,
// screened-out programs by cause and tiers of the usable ones beside the target bands, the score band,
// one recommended range for the whole list, ERAS fees per specialty, mission fit, stale data.

import type { Applicant } from "./applicant";
import { isoDate, normalizeWords } from "./cells";
import type { RulesConfig } from "./config";
import { erasFee } from "./fees";
import { applicationCount } from "./listChecks";
import { countBySpecialty, listCounts, type Lists } from "./lists";
import { specialtyKey } from "./specialties";
import type { AuditSummary, Finding, ListCounts, ShareAgainstTarget, Tier } from "./types";

type Bands = Record<Exclude<Tier, "Unknown">, [number, number]>;

/** Shares of the usable programs beside their bands; "on target" inside the band or on its safe side (§8.6). */
function shares(counts: ListCounts, bands: Bands, source: string): ShareAgainstTarget[] {
  return (Object.keys(bands) as Exclude<Tier, "Unknown">[]).map((tier) => {
    const [targetMin, targetMax] = bands[tier];
    const percent = counts.usable === 0 ? null : Math.round((counts[tier] / counts.usable) * 1000) / 10;
    // Fewer reaches and more safeties than the band are the safe side; Match is on target only inside it.
    const onTarget =
      percent === null || (tier === "Reach" ? percent <= targetMax : tier === "Safety" ? percent >= targetMin : percent >= targetMin && percent <= targetMax);
    return { tier, percent, targetMin, targetMax, source, onTarget };
  });
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

export function buildSummary(
  lists: Lists,
  applicant: Applicant,
  findings: Finding[],
  config: RulesConfig,
  today: Date,
): Omit<AuditSummary, "profileNotes" | "verdict"> {
  const applied = listCounts(lists.applied);
  const ranked = listCounts(lists.ranked);
  const a = config.targets.appliedBands;
  const r = config.targets.ranked;

  // Fees are paid on every application, screened out or not (ERAS counts them per specialty).
  const perSpecialty = countBySpecialty(lists.applied, applicant);
  const usableBySpecialty = countBySpecialty(lists.usableApplied, applicant);
  const fees = [...perSpecialty.values()].map(({ specialty, count }) => ({ specialty, applied: count, feeUsd: erasFee(count, config.fees) }));
  const names = [...applicant.profile.specialties, ...[...perSpecialty.values()].map((s) => s.specialty)];
  const seen = new Set<string>();
  const applications = names.flatMap((specialty) => {
    const key = specialtyKey(specialty);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ specialty, applied: perSpecialty.get(key)?.count ?? 0, usable: usableBySpecialty.get(key)?.count ?? 0 }];
  });

  const focus = missionsIn(applicant.profile.focus);
  const usable = lists.usableApplied;
  const matching = usable.filter((e) => missionsIn(e.program.mission).some((m) => focus.includes(m))).length;

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;

  return {
    programs: lists.all.length,
    scoreBand: applicant.band,
    recommendedApplications: applicationCount(lists, applicant, config),
    applied,
    ranked,
    targets: {
      applied: shares(applied, { Reach: [a.reachMin, a.reachMax], Match: [a.matchMin, a.matchMax], Safety: [a.safetyMin, a.safetyMax] }, "001 §D"),
      ranked: shares(ranked, { Reach: [r.reachMin, r.reachMax], Match: [r.matchMin, r.matchMax], Safety: [r.safetyMin, r.safetyMax] }, "004 §5"),
    },
    applications,
    fees: { perSpecialty: fees, totalUsd: fees.reduce((sum, f) => sum + f.feeUsd, 0) },
    missionFit:
      focus.length === 0
        ? null
        : {
            focus,
            matching,
            of: usable.length,
            percent: usable.length === 0 ? null : Math.round((matching / usable.length) * 1000) / 10,
            targetMin: config.audit.missionFitTargetPercent,
          },
    staleData: findings.filter((f) => f.code === "STALE_DATA").length,
    counts,
    asOf: isoDate(today) ?? "",
    matchYear: applicant.matchYear,
  };
}

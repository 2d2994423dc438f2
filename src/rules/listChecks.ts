// The whole-list findings of RULES.md §8 and §10. They read the applied list and the rank list as
// RULES.md §8 counts them: shares are of all programs on the list, Unknown tiers included.

import { recommendedApplications, type Applicant } from "./applicant";
import type { RulesConfig } from "./config";
import { erasFee } from "./fees";
import type { EvaluatedProgram } from "./programChecks";
import { specialtyKey } from "./specialties";
import type { Finding, FindingCode, TierCounts } from "./types";

export interface Lists {
  applied: EvaluatedProgram[];
  /** In rank order. */
  ranked: EvaluatedProgram[];
  all: EvaluatedProgram[];
  /** The applied list counted per specialty (countBySpecialty), shared by the findings and the summary. */
  appliedBySpecialty: SpecialtyCounts;
  /** Each list counted per tier (tierCounts), shared by the findings and the summary. */
  appliedTiers: TierCounts;
  rankedTiers: TierCounts;
}

/** Programs per specialty, keyed by specialtyKey; the name is the canonical one. */
export type SpecialtyCounts = Map<string, { specialty: string; count: number }>;

const share = (n: number, of: number) => (of === 0 ? 0 : (n / of) * 100);
const pct = (n: number) => `${Math.round(n)}%`;

/** How many programs of `list` are in each tier, and in all. */
export function tierCounts(list: EvaluatedProgram[]): TierCounts {
  const counts: TierCounts = { count: list.length, Reach: 0, Match: 0, Safety: 0, Unknown: 0 };
  for (const e of list) counts[e.tier] += 1;
  return counts;
}

/** The specialty a row counts for: its own, or the applicant's first when blank (RULES.md §8). */
export function specialtyOf(e: EvaluatedProgram, applicant: Applicant): string | null {
  return e.program.specialty ?? applicant.mainSpecialty;
}

/** How many programs of `list` count for each specialty, optionally only those `counts` accepts. */
export function countBySpecialty(list: EvaluatedProgram[], applicant: Applicant, counts: (e: EvaluatedProgram) => boolean = () => true): SpecialtyCounts {
  const bySpecialty: SpecialtyCounts = new Map();
  for (const e of list) {
    if (!counts(e)) continue;
    const specialty = specialtyOf(e, applicant) ?? "Unspecified";
    const entry = bySpecialty.get(specialtyKey(specialty)) ?? { specialty, count: 0 };
    entry.count += 1;
    bySpecialty.set(specialtyKey(specialty), entry);
  }
  return bySpecialty;
}

export function isCoastal(e: EvaluatedProgram, config: RulesConfig): boolean {
  const { cities, states } = config.audit.coastal;
  const city = e.program.city.toLowerCase().replace(/\s*,.*$/, "").trim();
  // "Los Angeles, CA" in a City (or Location) cell: the state after the comma counts when State is blank.
  const state = (e.program.state || e.program.city.replace(/^[^,]*,?/, "")).toLowerCase().trim();
  if (states.some((s) => s.toLowerCase() === state)) return true;
  return city !== "" && cities.some((c) => c.toLowerCase() === city);
}

export function listFindings(lists: Lists, applicant: Applicant, config: RulesConfig): Finding[] {
  const findings: Finding[] = [];
  const emit = (code: FindingCode, severity: Finding["severity"], message: string) =>
    findings.push({ code, severity, row: null, program: null, message });
  const { applied, ranked, appliedTiers, rankedTiers } = lists;
  const t = config.targets;
  const sponsors = applicant.needsVisa ? " that sponsor your visa" : ""; // no visa, no sponsor to ask for

  const appliedReach = share(appliedTiers.Reach, applied.length);
  if (applied.length > 0 && appliedReach > t.applied.reachMax) {
    emit("LIST_OVERREACH", "error", `${pct(appliedReach)} of the programs you applied to are Reach (${appliedTiers.Reach} of ${applied.length}); keep it at ${t.applied.reachMax}% or less. Add IMG-friendly Match and Safety programs, or drop the weakest reaches.`);
  }
  const rankedReach = share(rankedTiers.Reach, ranked.length);
  if (ranked.length > 0 && rankedReach > t.ranked.reachMax) {
    emit("LIST_OVERREACH", "error", `${pct(rankedReach)} of your rank list is Reach (${rankedTiers.Reach} of ${ranked.length}); aim for ${t.ranked.reachMin}–${t.ranked.reachMax}%. Rank more IMG-friendly programs, or take reaches off the list.`);
  }
  const rankedSafety = share(rankedTiers.Safety, ranked.length);
  if (ranked.length > 0 && rankedSafety < t.ranked.safetyMin) {
    emit("LIST_FEW_SAFETIES", "warning", `Only ${pct(rankedSafety)} of your rank list are Safety programs (${rankedTiers.Safety} of ${ranked.length}); aim for ${t.ranked.safetyMin}–${t.ranked.safetyMax}%. Rank every IMG-heavy program that interviewed you fairly.`);
  }
  const appliedSafety = share(appliedTiers.Safety, applied.length);
  if (applied.length > 0 && appliedSafety < t.applied.safetyMin) {
    emit("LIST_FEW_SAFETIES", "warning", `Only ${pct(appliedSafety)} of your applications are Safety programs (${appliedTiers.Safety} of ${applied.length}); aim for at least ${t.applied.safetyMin}%. Add community and rural programs with heavy IMG presence${sponsors}.`);
  }

  const imgList = ranked.length > 0 ? ranked : applied;
  const lowImg = imgList.filter((e) => e.imgPct !== null && e.imgPct < config.audit.lowImgPctBelow).length;
  if (imgList.length > 0 && lowImg / imgList.length > config.audit.lowImgMajorityShare) {
    const which = ranked.length > 0 ? "ranked" : "applied";
    emit("LOW_IMG_MAJORITY", "error", `${lowImg} of your ${imgList.length} ${which} programs have under ${config.audit.lowImgPctBelow}% IMG residents. More than half is a red flag that you are aiming too high: add and rank programs where IMGs make up 40% or more.`);
  }

  const coastal = config.audit.coastal;
  if (ranked.length >= coastal.minRanked) {
    const top = ranked.slice(0, coastal.topN);
    if (top.every((e) => isCoastal(e, config))) {
      emit("COASTAL_TOP10", "warning", `Your top ${top.length} ranked programs are all in big coastal or magnet cities (New York, Boston, California, Seattle, Chicago, Miami, Denver, Honolulu). These markets are flooded with strong US graduates: move IMG-friendly programs from other regions into your top ${coastal.topN}.`);
    }
  }

  const n = ranked.length;
  const safetyPositions = ranked.map((e, i) => (e.tier === "Safety" ? i + 1 : 0)).filter((p) => p > 0);
  const bottomStarts = n - Math.floor(n / 3); // position p is buried when p > n − ⌊n/3⌋
  if (n >= config.audit.buried.minRanked && safetyPositions.length > 0 && safetyPositions.every((p) => p > bottomStarts)) {
    emit("SAFETIES_BURIED", "warning", `Every Safety on your rank list sits in the bottom third (position${safetyPositions.length === 1 ? "" : "s"} ${safetyPositions.join(", ")} of ${n}). Don't bury them: if you would go there rather than go unmatched, move them up so the algorithm reaches them before your list runs out.`);
  }

  for (const specialty of applicant.profile.specialties) {
    const range = recommendedApplications(applicant, specialty, config);
    if (!range) continue;
    const count = lists.appliedBySpecialty.get(specialtyKey(specialty))?.count ?? 0;
    if (count < range.min) {
      const more = range.min - count;
      const cost = erasFee(range.min, config.fees) - erasFee(count, config.fees);
      emit("APPLICATION_COUNT_LOW", "warning", `You applied to ${count} ${specialty} program${count === 1 ? "" : "s"}; for a profile like yours the guides recommend ${range.min}–${range.max}. Add at least ${more} IMG-friendly programs${sponsors} (about $${cost} more in ERAS fees).`);
    }
  }

  findings.push(...signalFindings(lists.all, applicant, config));
  return findings;
}

/** SIGNALS_OVER (RULES.md §10): more signals marked in a specialty than it allows, or more gold. */
function signalFindings(all: EvaluatedProgram[], applicant: Applicant, config: RulesConfig): Finding[] {
  const signalled = countBySpecialty(all, applicant, (e) => e.program.signal !== null);
  const golds = countBySpecialty(all, applicant, (e) => e.program.signal === "gold");
  const findings: Finding[] = [];
  for (const [key, { specialty: name, count: total }] of signalled) {
    const gold = golds.get(key)?.count ?? 0;
    const limit = Object.entries(config.signals).find(([s]) => specialtyKey(s) === specialtyKey(name))?.[1];
    if (!limit) continue;
    // "gold" in a specialty without gold signals counts as a plain signal.
    const tooMany = total > limit.total;
    const tooManyGold = limit.gold > 0 && gold > limit.gold;
    if (!tooMany && !tooManyGold) continue;
    const parts: string[] = [];
    if (tooMany) parts.push(`${total} ${name} programs are marked as signalled; ${name} allows ${limit.total} signals in all`);
    if (tooManyGold) parts.push(`${gold} ${name} programs are marked gold; ${name} has ${limit.gold} gold signals`);
    findings.push({
      code: "SIGNALS_OVER",
      severity: "error",
      row: null,
      program: null,
      message: `${parts.join(", and ")}. ERAS will not let you send more: choose which programs keep a signal, favouring IMG-friendly programs where a signal can tip the balance.`,
    });
  }
  return findings;
}

// The rank-list family (RULES.md §8.2, §8.3; 004 §5, §8): the rank list's shape on its usable programs
// (Reach and Safety shares, coastal reaches at the top, buried safeties) and its rows (ranks without
// an interview, a rank number used twice).

import type { Applicant } from "./applicant";
import { listFinding, type Emit, type ListFinding } from "./codes";
import type { RulesConfig } from "./config";
import { pct, share, tierCounts, type EvaluatedProgram, type Lists } from "./lists";
import { isUnnamedProgram } from "./programs";
import { shown } from "./cells";

export interface RankRowContext {
  /** The sheet has an Interview column with at least one yes (else no one has filled it in yet). */
  interviewsRecorded: boolean;
  /** The earlier row that already has this row's rank number, if any. */
  rankTakenBy: { row: number; program: string } | null;
}

export function checkRankRow(e: EvaluatedProgram, ctx: RankRowContext, emit: Emit): void {
  const p = e.program;
  if (p.rank === null) return;
  const interviewUnread = p.problems.some((q) => q.column === "interview");
  if (ctx.interviewsRecorded && !p.interview && !interviewUnread) {
    const cell = p.interviewAnswered ? "says no" : "is blank";
    emit("RANK_NOT_INTERVIEWED", `You ranked this program #${p.rank}, but its Interview cell ${cell}. Programs rank only applicants they interviewed, so this rank cannot match: take it off, or fill in the Interview cell if it did interview you.`);
  }
  if (ctx.rankTakenBy) {
    const other = ctx.rankTakenBy;
    const named = isUnnamedProgram(other.program) ? "" : ` (${shown(other.program)})`;
    emit("DUPLICATE_RANK", `Rank ${p.rank} is already given to row ${other.row}${named}. Each program needs its own number in the order you would go: renumber one of them.`);
  }
}

/** Coastal and magnet cities (RULES.md §8.3): a listed city, or any city in California. */
export function isCoastal(e: EvaluatedProgram, config: RulesConfig): boolean {
  const { cities, states } = config.audit.coastal;
  const city = e.program.city.toLowerCase().replace(/\s*,.*$/, "").trim();
  // "Los Angeles, CA" in a City (or Location) cell: the state after the comma counts when State is blank.
  const state = (e.program.state || e.program.city.replace(/^[^,]*,?/, "")).toLowerCase().trim();
  if (states.some((s) => s.toLowerCase() === state)) return true;
  return city !== "" && cities.some((c) => c.toLowerCase() === city);
}

export function rankListFindings(lists: Lists, applicant: Applicant, config: RulesConfig): ListFinding[] {
  const findings: ListFinding[] = [];
  const ranked = lists.usableRanked;
  const n = ranked.length;
  const tiers = tierCounts(ranked);
  const t = config.targets.ranked;
  const enough = n >= config.rankList.minRankedForShares;

  const reach = share(tiers.Reach, n);
  if (enough && reach > t.reachMax) {
    findings.push(
      listFinding(
        "LIST_OVERREACH",
        `${tiers.Reach} of the ${n} programs you can use on your rank list are Reach (${pct(reach)}); the guides aim for ${t.reachMin}–${t.reachMax}%. A couple of dream programs at the top is fine: past that, rank more of the IMG-friendly programs that interviewed you, above the reaches.`,
        `Your rank list is ${pct(reach)} Reach (${tiers.Reach} of ${n}; aim for at most ${t.reachMax}%): rank more IMG-friendly programs.`,
        { list: "ranked", severity: "warning" },
      ),
    );
  }
  const safety = share(tiers.Safety, n);
  if (enough && applicant.band !== "fine" && safety < t.safetyMin) {
    findings.push(
      listFinding(
        "LIST_FEW_SAFETIES",
        `${tiers.Safety === 0 ? "None" : `Only ${tiers.Safety}`} of the ${n} programs you can use on your rank list ${tiers.Safety === 0 ? "is a Safety program" : `are Safety programs (${pct(safety)})`}; with your scores the guides aim for ${t.safetyMin}–${t.safetyMax}%. Rank every IMG-heavy program that interviewed you and that you would attend.`,
        `${tiers.Safety === 0 ? "No program on your rank list is a Safety program" : `Only ${pct(safety)} of your rank list is Safety`} (aim for ${t.safetyMin}–${t.safetyMax}%): rank every IMG-heavy program that interviewed you.`,
        { list: "ranked" },
      ),
    );
  }

  const coastal = config.audit.coastal;
  if (n >= coastal.minRanked) {
    const top = ranked.slice(0, coastal.topN);
    const reaches = top.filter((e) => e.tier === "Reach").length;
    if (top.every((e) => isCoastal(e, config)) && reaches >= top.length * coastal.reachShareAtLeast) {
      findings.push(
        listFinding(
          "COASTAL_TOP10",
          `Your top ${top.length} ranked programs are all in big coastal or magnet cities (New York, Boston, California, Seattle, Chicago, Miami, Denver, Honolulu), and ${reaches} of them are Reach. These markets are flooded with strong US graduates: move IMG-friendly programs from other regions into your top ${coastal.topN}.`,
          `Your top ${top.length} ranks are all coastal-city programs, ${reaches} of them Reach: move IMG-friendly programs from other regions up.`,
        ),
      );
    }
  }

  const safetyPositions = ranked.map((e, i) => (e.tier === "Safety" ? i + 1 : 0)).filter((p) => p > 0);
  const bottomStarts = n - Math.floor(n / 3); // position p is buried when p > n − ⌊n/3⌋
  if (n >= config.audit.buried.minRanked && safetyPositions.length > 0 && safetyPositions.every((p) => p > bottomStarts)) {
    // The applicant's own Rank numbers: positions among the usable programs differ when screened-out ones are ranked too.
    const ranks = safetyPositions.map((p) => `#${ranked[p - 1]!.program.rank}`);
    const one = ranks.length === 1;
    const listed = one ? ranks[0] : `${ranks.slice(0, -1).join(", ")} and ${ranks[ranks.length - 1]}`;
    findings.push(
      listFinding(
        "SAFETIES_BURIED",
        `${one ? "Your only Safety" : "Every Safety"} on your rank list sits in the bottom third of the ${n} programs you can use (ranked ${listed}). If you would go there rather than go unmatched, move ${one ? "it" : "them"} up so the algorithm reaches ${one ? "it" : "them"} before your list runs out.`,
        `Every Safety on your rank list is in the bottom third: move the ones you would attend up.`,
      ),
    );
  }
  return findings;
}

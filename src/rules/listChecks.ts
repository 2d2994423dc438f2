// The applied list's shape (RULES.md §8.3, §8.4): its Reach and Safety shares, programs with few IMGs,
// and the number of applications, all counted on the usable list (§8.1) so a program the applicant
// cannot use never makes the list look on target.

import { recommendedApplications, type Applicant } from "./applicant";
import { listFinding, type ListFinding } from "./codes";
import type { RulesConfig } from "./config";
import { dollars, erasFee } from "./fees";
import { countBySpecialty, countedApplications, pct, share, tierCounts, type Lists } from "./lists";
import { specialtyKey } from "./specialties";

export function appliedListFindings(lists: Lists, applicant: Applicant, config: RulesConfig): ListFinding[] {
  const findings: ListFinding[] = [];
  const list = lists.usableApplied;
  const n = list.length;
  const tiers = tierCounts(list);
  const t = config.targets.applied;
  const sponsors = applicant.needsVisa ? " that sponsor your visa" : ""; // no visa, no sponsor to ask for

  const reach = share(tiers.Reach, n);
  if (n > 0 && reach > t.reachMax) {
    const fact = `${pct(reach)} of the applications you can use are Reach (${tiers.Reach} of ${n}; aim for at most ${t.reachMax}%)`;
    findings.push(
      listFinding(
        "LIST_OVERREACH",
        `${tiers.Reach} of the ${n} programs you applied to and can use are Reach (${pct(reach)}); keep it at ${t.reachMax}% or less. Add IMG-friendly Match and Safety programs${sponsors}, or drop the weakest reaches.`,
        `${fact}: add IMG-friendly Match and Safety programs.`,
        { list: "applied", severity: "error", fact },
      ),
    );
  }
  const safety = share(tiers.Safety, n);
  if (n > 0 && safety < t.safetyMin) {
    const fact =
      tiers.Safety === 0
        ? `None of the ${n} applications you can use is a Safety program (aim for at least ${t.safetyMin}%)`
        : `Only ${pct(safety)} of the applications you can use are Safety programs (${tiers.Safety} of ${n}; aim for at least ${t.safetyMin}%)`;
    findings.push(
      listFinding(
        "LIST_FEW_SAFETIES",
        `${tiers.Safety === 0 ? "None" : `Only ${tiers.Safety}`} of the ${n} programs you applied to and can use ${tiers.Safety === 0 ? "is a Safety program" : `are Safety programs (${pct(safety)})`}; aim for at least ${t.safetyMin}%. Add community and rural programs with many IMG residents${sponsors}.`,
        `${fact}: add community and rural programs with many IMGs.`,
        { list: "applied", fact },
      ),
    );
  }

  // LOW_IMG_MAJORITY reads the rank list once it has 5 or more usable programs, else the applied list.
  const onRankList = lists.usableRanked.length >= config.rankList.minRankedForShares;
  const imgList = onRankList ? lists.usableRanked : list;
  const lowImg = imgList.filter((e) => e.imgPct !== null && e.imgPct < config.audit.lowImgPctBelow).length;
  if (imgList.length > 0 && lowImg / imgList.length > config.audit.lowImgMajorityShare) {
    const which = onRankList ? "ranked" : "applied";
    const fact = `${lowImg} of the ${imgList.length} ${which} programs you can use have under ${config.audit.lowImgPctBelow}% IMG residents`;
    findings.push(
      listFinding(
        "LOW_IMG_MAJORITY",
        `${lowImg} of the ${imgList.length} ${which} programs you can use have under ${config.audit.lowImgPctBelow}% IMG residents. More than half is a red flag that you are aiming too high: add and rank programs where IMGs make up ${config.imgFriendly.highAtLeast}% or more.`,
        `${fact}: add programs where IMGs are ${config.imgFriendly.highAtLeast}% or more of residents.`,
        { list: which, fact },
      ),
    );
  }

  const count = applicationCount(lists, applicant, config);
  if (count && count.counted < count.min) {
    const more = count.min - count.counted;
    const main = applicant.mainSpecialty!;
    const mainApplied = countBySpecialty(lists.applied, applicant).get(specialtyKey(main))?.count ?? 0;
    const cost = erasFee(mainApplied + more, config.fees) - erasFee(mainApplied, config.fees);
    const screened = lists.applied.length - n;
    const screenedNote = screened > 0 ? `; ${screened} more ${screened === 1 ? "is" : "are"} screened out` : "";
    findings.push(
      listFinding(
        "APPLICATION_COUNT_LOW",
        `You have ${count.counted === 1 ? "1 application that counts" : `${count.counted} applications that count`} toward the guides' range (programs that can take you, leaving out Transitional Year, preliminary and very competitive ones${screenedNote}). For a profile like yours the guides advise ${count.min}–${count.max} for your whole list: add at least ${more} IMG-friendly program${more === 1 ? "" : "s"}${sponsors} (about ${dollars(cost)} more in ERAS fees).`,
        `${count.counted === 0 ? "None" : count.counted} of your applications ${count.counted === 1 ? "counts" : "count"} toward the ${count.min}–${count.max} the guides advise: add at least ${more} IMG-friendly program${more === 1 ? "" : "s"}${sponsors} (about ${dollars(cost)}).`,
      ),
    );
  }
  return findings;
}

/** One recommended range for the whole list, from the first specialty's column (§8.4), and the count it is compared with. */
export function applicationCount(lists: Lists, applicant: Applicant, config: RulesConfig): { min: number; max: number; counted: number } | null {
  const main = applicant.mainSpecialty;
  const range = main ? recommendedApplications(applicant, main, config) : null;
  return range ? { ...range, counted: countedApplications(lists, applicant, config) } : null;
}

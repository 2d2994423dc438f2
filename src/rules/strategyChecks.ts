// The strategy family (RULES.md §8.3; 004 §4–§9, 001 Strategy 5): advice about what the whole list
// should be for this profile (an IM/FM backup, a preliminary year, strengthening first) and the
// mid-season rescue when interviews are few. These change what the rest of the list should hold.

import type { Applicant } from "./applicant";
import { listFinding, type ListFinding } from "./codes";
import type { RulesConfig } from "./config";
import { isOneOf, isPrelimOrTransitional, specialtyOf, type Lists } from "./lists";

/** Within the interview season: November 1 before the Match year to January 31 of it (§8.3 FEW_INTERVIEWS). */
export function inInterviewSeason(today: Date, matchYear: number, config: RulesConfig): boolean {
  const { from, to } = config.strategy.interviewSeason;
  const day = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
  const now = day(today.getFullYear(), today.getMonth() + 1, today.getDate());
  return now >= day(matchYear - 1, from.month, from.day) && now <= day(matchYear, to.month, to.day);
}

export function strategyFindings(lists: Lists, a: Applicant, config: RulesConfig, today: Date): ListFinding[] {
  const findings: ListFinding[] = [];
  const s = config.strategy;
  const main = a.mainSpecialty;
  const highRisk = a.band === "high risk" || a.band === "very low";
  const competitive = isOneOf(main, config.audit.competitiveSpecialties);
  const why = a.hasRepeat ? "a repeated Step" : `Step 2 CK ${a.score}`;
  const sponsors = a.needsVisa ? " that sponsor your visa" : "";

  const usable = lists.usableApplied;
  const backup = usable.filter((e) => isOneOf(specialtyOf(e, a), s.backupSpecialties)).length;
  if (main && highRisk && !isOneOf(main, s.backupSpecialties) && (usable.length === 0 || backup < usable.length * s.backupShareBelow)) {
    // With nothing usable applied to yet, nothing is IM or FM: the plan matters most before the first application.
    const few = usable.length === 0 ? "no program you have applied to (and can use) is" : backup === 0 ? `none of the ${usable.length} programs you applied to and can use is` : `only ${backup} of the ${usable.length} programs you applied to and can use are`;
    const fewShort = usable.length === 0 ? "no application you can use is" : backup === 0 ? `none of the ${usable.length} applications you can use is` : `only ${backup} of the ${usable.length} applications you can use are`;
    findings.push(
      listFinding(
        "BACKUP_PLAN",
        `With ${why} you are in the high-risk band for ${main}, and ${few} Internal Medicine or Family Medicine. The guides' plan for this profile is many IMG-heavy IM and FM programs alongside a handful in your preferred specialty: make IM and FM at least half of your list.`,
        `With ${why}, ${main} alone is a long shot and ${fewShort} IM or FM: make IMG-heavy IM and FM programs at least half of your list.`,
      ),
    );
  } else if (main && a.band === "borderline" && (isOneOf(main, s.borderlineBackupSpecialties) || competitive) && backup === 0) {
    findings.push(
      listFinding(
        "BACKUP_PLAN",
        `With Step 2 CK ${a.score} you are borderline for ${main}, and none of the programs you applied to and can use is Internal Medicine or Family Medicine. The guides advise anchoring a list like yours with IM and FM programs: add IMG-heavy IM and FM programs${sponsors} as a backup.`,
        `With Step 2 CK ${a.score}, ${main} needs a backup and none of the applications you can use is IM or FM: add IMG-heavy IM and FM programs.`,
      ),
    );
  }

  if (main && highRisk && (isOneOf(main, s.prelimSpecialties) || competitive) && !lists.applied.some((e) => isPrelimOrTransitional(e, config))) {
    findings.push(
      listFinding(
        "PRELIM_OPTION",
        `With ${why}, a preliminary year (Internal Medicine or Surgery) or a Transitional Year is a recognised way in: none is on your list. Consider a few preliminary positions${sponsors} in backup regions, and use the year to earn strong US letters.`,
        `Consider adding a few preliminary or Transitional Year positions: none is on your list.`,
      ),
    );
  }

  const usce = a.profile.usceMonths;
  if (a.score < s.strengthenScoreBelow && usce !== null && usce < s.strengthenUsceMonthsBelow) {
    const facts = `Your Step 2 CK is ${a.score} and you have ${usce} month${usce === 1 ? "" : "s"} of US clinical experience`;
    findings.push(
      lists.applied.length === 0
        ? listFinding(
            "STRENGTHEN_FIRST",
            `${facts}. With nothing applied yet, the guides say waiting one year to strengthen your file (US clinical experience, Step 3, strong US letters) is often the better move than applying now.`,
            `${facts}: waiting a year to strengthen your file (USCE, Step 3, letters) is often the better move.`,
          )
        : listFinding(
            "STRENGTHEN_FIRST",
            `${facts}. Your applications are out: keep going, lean heavily into IM and FM programs with many IMG residents, and plan now for SOAP or for reapplying with a stronger file.`,
            `${facts}: lean heavily into IMG-heavy IM and FM programs and plan for SOAP or reapplying.`,
          ),
    );
  }

  const answered = lists.applied.some((e) => e.program.interviewAnswered);
  const interviews = usable.filter((e) => e.program.interview).length;
  if (answered && inInterviewSeason(today, a.matchYear, config) && interviews < s.fewInterviewsBelow) {
    findings.push(
      listFinding(
        "FEW_INTERVIEWS",
        `You have ${interviews} interview${interviews === 1 ? "" : "s"} from programs you can use; the guides count on about ${s.fewInterviewsBelow}–${s.interviewsAimMax} by the end of the season. Act now: find ${s.rescue.morePrograms} more IMG-heavy programs${sponsors}, apply to them, and send short interest emails to ${s.rescue.interestEmails} of them.`,
        `${interviews} interview${interviews === 1 ? "" : "s"} so far (aim for ${s.fewInterviewsBelow}–${s.interviewsAimMax}): apply to ${s.rescue.morePrograms} more IMG-heavy programs and email ${s.rescue.interestEmails} of them.`,
      ),
    );
  }
  return findings;
}

// The signals family (RULES.md §8.2, §8.3, §10): program signals are scarce and go out with the
// application, so a signal should sit on a realistic, IMG-friendly program the applicant applies to
// (000: "use your signals on realistic, IMG-friendly community programs").

import type { Applicant } from "./applicant";
import { listFinding, type Emit, type ListFinding } from "./codes";
import type { RulesConfig } from "./config";
import { countBySpecialty, type EvaluatedProgram, type Lists } from "./lists";
import { specialtyKey } from "./specialties";

/** What a row's signal checks need beyond the row: whether it is on the applied list, and whether the sheet says. */
export interface SignalRowContext {
  onAppliedList: boolean;
  hasAppliedColumn: boolean;
}

export function checkSignal(e: EvaluatedProgram, ctx: SignalRowContext, config: RulesConfig, emit: Emit): void {
  const p = e.program;
  if (p.signal === null) return;
  if (e.screenedOut !== null) {
    const why = e.screenedOut === "visa" ? "its visa policy rules you out" : "one of its filters screens you out";
    if (ctx.onAppliedList) {
      emit("SIGNAL_SCREENED_OUT", `You signalled this program, but ${why}, so the signal cannot help. ERAS sent the signal with your application and it cannot be moved now: make up for it by ranking the IMG-friendly programs that interview you high.`, "warning");
    } else {
      emit("SIGNAL_SCREENED_OUT", `You marked a signal here, but ${why}, so the signal cannot help. Signals are scarce: move it to a realistic, IMG-friendly program before you apply.`, "error");
    }
    return;
  }
  if (ctx.hasAppliedColumn && !p.applied) {
    emit("SIGNAL_NOT_APPLIED", "You marked a signal on a program you have not applied to. ERAS sends a signal only with an application: apply here, or move the signal to a program you apply to.");
  }
  if (e.tier === "Reach" && e.imgPct !== null && e.imgPct < config.audit.signalOnReachImgPctBelow) {
    emit("SIGNAL_ON_REACH", `You signalled a Reach program where IMGs are under ${config.audit.signalOnReachImgPctBelow}% of residents. Signals are scarce: move this one to an IMG-friendly program where it can tip the balance.`);
  }
}

const limitOf = (name: string, config: RulesConfig) => Object.entries(config.signals).find(([s]) => specialtyKey(s) === specialtyKey(name))?.[1];

/** SIGNALS_OVER (§10) and SIGNALS_ON_REACHES (§8.3), one finding per specialty. */
export function signalListFindings(lists: Lists, applicant: Applicant, config: RulesConfig): ListFinding[] {
  const findings: ListFinding[] = [];
  const signalled = countBySpecialty(lists.all, applicant, (e) => e.program.signal !== null);
  const golds = countBySpecialty(lists.all, applicant, (e) => e.program.signal === "gold");
  for (const [key, { specialty: name, count: total }] of signalled) {
    const gold = golds.get(key)?.count ?? 0;
    const limit = limitOf(name, config);
    if (!limit) continue;
    // "gold" in a specialty without gold signals counts as a plain signal.
    const tooMany = total > limit.total;
    const tooManyGold = limit.gold > 0 && gold > limit.gold;
    if (!tooMany && !tooManyGold) continue;
    const parts: string[] = [];
    if (tooMany) parts.push(`${total} ${name} programs are marked as signalled; ${name} allows ${limit.total} signals in all`);
    if (tooManyGold) parts.push(`${gold} ${name} programs are marked gold; ${name} has ${limit.gold} gold signals`);
    findings.push(
      listFinding(
        "SIGNALS_OVER",
        `${parts.join(", and ")}. ERAS will not let you send more: choose which programs keep a signal, favouring IMG-friendly programs where a signal can tip the balance.`,
        `${name}: ${tooMany ? `${total} signals marked, ${limit.total} allowed` : `${gold} gold signals marked, ${limit.gold} allowed`}; choose which programs keep one.`,
      ),
    );
  }

  const { minSignals, reachShareAbove } = config.signalsOnReaches;
  const usable = lists.all.filter((e) => e.screenedOut === null && e.program.signal !== null);
  const onReach = countBySpecialty(usable, applicant, (e) => e.tier === "Reach");
  for (const [key, { specialty: name, count: total }] of countBySpecialty(usable, applicant)) {
    const reaches = onReach.get(key)?.count ?? 0;
    if (total < minSignals || reaches <= total * reachShareAbove) continue;
    findings.push(
      listFinding(
        "SIGNALS_ON_REACHES",
        `${reaches} of your ${total} ${name} signals are on Reach programs. A signal helps most where you already fit: move most of them to Match and Safety programs that take many IMGs.`,
        `${reaches} of your ${total} ${name} signals are on Reach programs: move most to IMG-friendly Match and Safety programs.`,
      ),
    );
  }
  return findings;
}

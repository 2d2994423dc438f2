// The visa family (RULES.md §8.2, §8.3, §10): whether a program can sponsor a visa this applicant can
// use, with J-1 and H-1B always two separate facts, and the whole-list H-1B warnings (Step 3, the 2025
// petition fee). A program whose visa rules the applicant out is screened out (§8.1).

import type { Applicant } from "./applicant";
import { listFinding, type Emit, type ListFinding } from "./codes";
import type { RulesConfig } from "./config";
import type { Lists } from "./lists";
import type { ProgramRow } from "./programs";
import { shown } from "./cells";
import { dollars } from "./fees";
import type { VisaFacts, VisaNeed } from "./types";

export function visaWords(need: VisaNeed): string {
  return need === "J-1 or H-1B" ? "a J-1 or H-1B" : need === "H-1B" ? "an H-1B" : "a J-1";
}

/** The visas the applicant can use, as keys of VisaFacts. */
function usableVisas(need: VisaNeed): (keyof VisaFacts)[] {
  return need === "J-1" ? ["j1"] : need === "H-1B" ? ["h1b"] : need === "J-1 or H-1B" ? ["j1", "h1b"] : [];
}

const NAME: Record<keyof VisaFacts, string> = { j1: "J-1", h1b: "H-1B" };

/** True when the program is usable only through an H-1B: its H-1B is yes and its J-1 is not (§8.2 VISA_STEP3, §8.3). */
export function onlyThroughH1b(p: ProgramRow): boolean {
  const facts = p.visa; // J-1 and H-1B as two facts (RULES.md §3), read by visaCell.ts
  return facts.h1b === "yes" && facts.j1 !== "yes";
}

/** No visa the applicant can use is yes here, and at least one is unknown (VISA_UNKNOWN, DATA_GAPS). */
export function visaUnknownFor(need: VisaNeed, p: ProgramRow): boolean {
  const facts = p.visa; // J-1 and H-1B as two facts (RULES.md §3), read by visaCell.ts
  const usable = usableVisas(need);
  return usable.length > 0 && !usable.some((v) => facts[v] === "yes") && usable.some((v) => facts[v] === "unknown");
}

/** VISA_NONE, VISA_TYPE, VISA_UNKNOWN and VISA_STEP3 for one row (the sheet has a Visa column). */
export function checkVisa(a: Applicant, p: ProgramRow, emit: Emit): void {
  const need = a.profile.visaNeed;
  const usable = usableVisas(need);
  if (usable.length === 0) return;
  const facts = p.visa; // J-1 and H-1B as two facts (RULES.md §3), read by visaCell.ts
  if (facts.j1 === "no" && facts.h1b === "no") {
    emit("VISA_NONE", `You need ${visaWords(need)} visa; this program sponsors none. Drop it from your list, or get the coordinator to confirm in writing that the policy has changed.`);
    return;
  }
  if (usable.every((v) => facts[v] === "no")) {
    const mine = NAME[usable[0]!];
    const other = usable[0] === "j1" ? "h1b" : "j1";
    const otherText = facts[other] === "yes" ? `it sponsors ${NAME[other]} only` : `it does not sponsor ${mine}`;
    emit("VISA_TYPE", `You can use only ${visaWords(need)} visa, and ${otherText}. Drop it, or get the coordinator to confirm in writing that it sponsors ${mine}.`);
    return;
  }
  if (!usable.some((v) => facts[v] === "yes")) {
    const cell = p.visaText === "" ? "this row's visa policy is blank or unknown" : `this row's Visa cell says '${shown(p.visaText)}', which does not settle it`;
    emit("VISA_UNKNOWN", `You need ${visaWords(need)} visa, and ${cell}. Email the coordinator (or check FREIDA and the program's site) and fill in the Visa column before you pay a fee here.`);
    return;
  }
  // Only an applicant who can use either visa: an H-1B-only applicant gets STEP3_FOR_H1B once instead.
  if (need === "J-1 or H-1B" && onlyThroughH1b(p) && !a.step3Passed) {
    emit("VISA_STEP3", "This program would sponsor you only on an H-1B, which needs Step 3 passed before the petition, and you have not passed Step 3. Pass Step 3 before rank lists are due, or rank the programs that sponsor J-1 above it.");
  }
}

/** STEP3_FOR_H1B and H1B_PETITION_FEE: the whole-list H-1B findings. */
export function h1bFindings(a: Applicant, lists: Lists, config: RulesConfig): ListFinding[] {
  const findings: ListFinding[] = [];
  const need = a.profile.visaNeed;
  if (need === "H-1B" && !a.step3Passed) {
    findings.push(
      listFinding(
        "STEP3_FOR_H1B",
        "You can use only an H-1B, and you have not passed Step 3. Every program on your list will need Step 3 passed before it can file your petition, and many want it before they rank you: book Step 3 now and pass it as early as you can.",
        "You can use only an H-1B and have not passed Step 3: book it now and pass it before programs rank.",
      ),
    );
  }
  const fee = config.h1bPetitionFee;
  const reliesOnH1b = need === "H-1B" || (need === "J-1 or H-1B" && lists.usableApplied.some((e) => onlyThroughH1b(e.program)));
  const inUs = a.profile.inUs;
  if (fee.enabled && reliesOnH1b && inUs !== true) {
    const amount = dollars(fee.amountUsd);
    const keepJ1 = need === "J-1 or H-1B" ? " Keep the programs that sponsor J-1 on your list." : "";
    const where = inUs === null ? " If you are in the US now, this may not apply to you: fill in 'In the US now' in your profile." : "";
    findings.push(
      listFinding(
        "H1B_PETITION_FEE",
        `A new H-1B petition for someone outside the US now needs a ${amount} payment (Presidential Proclamation of ${fee.proclaimed}, for petitions filed from ${fee.appliesFrom}; USCIS guidance of ${fee.guidance}). As of ${fee.asOf} no physician had been granted an exception, and many hospitals have paused H-1B hiring: ask each program that would sponsor your H-1B, in writing, whether it will do so this cycle.${keepJ1}${where}`,
        `A new H-1B from outside the US now costs the program ${amount}: ask each H-1B program in writing whether it will sponsor you this cycle.`,
      ),
    );
  }
  return findings;
}

// The verdict (RULES.md §8.5): the first thing every report shows. One to five short entries, one per
// topic, each with its counts and the one thing to do, so a stressed applicant sees the few fixes that
// matter before any detail. Built from the findings and the topics of codes.ts; it judges nothing itself.

import { topicOf, TOPICS, type ListFinding, type Topic } from "./codes";
import { share, type Lists } from "./lists";
import type { Finding, FindingCode, Severity } from "./types";

const MAX_ENTRIES = 5;
const MAX_PARTS = 2; // "one or two short sentences"
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Part {
  severity: Severity;
  text: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const are = (n: number) => (n === 1 ? "is" : "are");

/** Distinct rows that have any of `codes`, optionally only rows on `onList`. */
function rowsWith(findings: Finding[], codes: FindingCode[], onList?: Set<number>): number {
  const rows = new Set<number>();
  for (const f of findings) if (f.row !== null && codes.includes(f.code) && (!onList || onList.has(f.row))) rows.add(f.row);
  return rows.size;
}

const worst = (fs: Finding[]): Severity => fs.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), "info");

export function buildVerdict(findings: (Finding | ListFinding)[], lists: Lists): string[] {
  const serious = findings.filter((f) => f.severity !== "info");
  if (serious.length === 0) return [allClear(lists)];

  const byTopic = new Map<Topic, Finding[]>();
  for (const f of findings) {
    const topic = topicOf(f);
    const list = byTopic.get(topic);
    if (list) list.push(f);
    else byTopic.set(topic, [f]);
  }
  const applied = new Set(lists.applied.map((e) => e.program.row));
  const entries: { topic: Topic; severity: Severity; text: string }[] = [];
  for (const topic of TOPICS) {
    const fs = byTopic.get(topic);
    if (!fs || topic === "other") continue;
    const parts = partsOf(topic, fs, findings, applied).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    if (parts.length > 0) entries.push({ topic, severity: worst(fs), text: parts.slice(0, MAX_PARTS).map((p) => p.text).join(" ") });
  }
  // A topic whose findings are all info comes after every topic with an error or a warning.
  const ordered = [...entries.filter((e) => e.severity !== "info"), ...entries.filter((e) => e.severity === "info")];
  if (ordered.length === 0) {
    // Only codes §8.5 names no topic for (a score gap, a near miss…): say how many, and where to look.
    const rows = new Set(serious.map((f) => f.row)).size;
    return [`${plural(serious.length, "warning")} about ${plural(rows, "program")} (scores, signals or data): read them below and decide program by program.`];
  }
  return ordered.slice(0, MAX_ENTRIES).map((e) => e.text);
}

function allClear(lists: Lists): string {
  const n = lists.usableApplied.length;
  const reach = Math.round(share(lists.usableApplied.filter((e) => e.tier === "Reach").length, n));
  const safety = Math.round(share(lists.usableApplied.filter((e) => e.tier === "Safety").length, n));
  const shape = n === 0 ? "" : ` (${plural(n, "program")} you can use, ${reach}% Reach, ${safety}% Safety)`;
  return `Your list is built the way the guides advise${shape}: keep verifying each program's data, and rank the IMG-heavy programs that interview you high.`;
}

/** The sentences of one topic, in RULES.md §8.5's order within it. */
function partsOf(topic: Topic, fs: Finding[], all: Finding[], applied: Set<number>): Part[] {
  const parts: Part[] = [];
  const brief = (code: FindingCode, alt?: (f: ListFinding) => string) => {
    for (const f of fs) if (f.code === code && "brief" in f) parts.push({ severity: f.severity, text: alt ? alt(f as ListFinding) : (f as ListFinding).brief });
  };
  const count = (codes: FindingCode[], text: (n: number) => string) => {
    const n = rowsWith(fs, codes);
    if (n > 0) parts.push({ severity: worst(fs.filter((f) => codes.includes(f.code))), text: text(n) });
  };
  switch (topic) {
    case "visa": {
      // Screened out by visa and unknown policies share one sentence, so the two-sentence limit keeps both.
      // Applied programs first (§8.5); when none of those is unknown, the rows on the sheet, called what they are.
      const unknownApplied = rowsWith(fs, ["VISA_UNKNOWN"], applied);
      const unknown = unknownApplied || rowsWith(fs, ["VISA_UNKNOWN"]);
      const unknownText = (m: number) => `${plural(m, unknownApplied > 0 ? "applied program" : "program on your sheet", unknownApplied > 0 ? "applied programs" : "programs on your sheet")} ${m === 1 ? "has" : "have"} an unknown visa policy`;
      count(["VISA_NONE", "VISA_TYPE"], (n) =>
        unknown > 0
          ? `${plural(n, "program")} on your list sponsor${n === 1 ? "s" : ""} no visa you can use (drop ${n === 1 ? "it" : "them"}, or get the coordinator to confirm in writing), and ${unknownText(unknown)} (email the coordinators).`
          : `${plural(n, "program")} on your list sponsor${n === 1 ? "s" : ""} no visa you can use: drop ${n === 1 ? "it" : "them"}, or get the coordinator to confirm in writing.`,
      );
      brief("STEP3_FOR_H1B");
      brief("H1B_PETITION_FEE");
      if (rowsWith(fs, ["VISA_NONE", "VISA_TYPE"]) === 0) count(["VISA_UNKNOWN"], () => `${unknownText(unknown)}: email the coordinators.`);
      break;
    }
    case "filters":
      count(["BELOW_MIN_SCORE", "ATTEMPTS_EXCEEDED", "GRAD_YEAR_EXCEEDED"], (n) => `${plural(n, "program")} screen${n === 1 ? "s" : ""} you out by score, attempts or graduation year: replace ${n === 1 ? "it" : "them"} with programs whose filters you meet.`);
      break;
    case "strategy":
      brief("BACKUP_PLAN");
      brief("STRENGTHEN_FIRST");
      break;
    case "count":
      brief("APPLICATION_COUNT_LOW");
      break;
    case "overreach": {
      // When BACKUP_PLAN fired, its advice is the fix: point to it rather than repeat "add IMG-heavy programs".
      const backup = all.some((f) => f.code === "BACKUP_PLAN");
      const pointer = (f: ListFinding) => (backup && f.fact ? `${f.fact}: the IM / FM backup above is the fix.` : f.brief);
      brief("LIST_OVERREACH", pointer);
      brief("LIST_FEW_SAFETIES", pointer);
      brief("LOW_IMG_MAJORITY", pointer);
      break;
    }
    case "data": {
      brief("DATA_GAPS");
      const cells = fs.filter((f) => f.code === "UNREADABLE_VALUE").length;
      if (cells > 0) parts.push({ severity: "warning", text: `${plural(cells, "cell")} could not be read: fix ${cells === 1 ? "it" : "them"} so every row is judged.` });
      break;
    }
    case "signals":
      brief("SIGNALS_OVER");
      count(["SIGNAL_SCREENED_OUT"], (n) =>
        fs.some((f) => f.code === "SIGNAL_SCREENED_OUT" && f.severity === "error")
          ? `${plural(n, "signal")} ${are(n)} on programs that screen you out: move ${n === 1 ? "it" : "them"} to realistic, IMG-friendly programs.`
          : `${plural(n, "signal")} went to programs that screen you out: rank the IMG-friendly programs that interview you high.`,
      );
      brief("SIGNALS_ON_REACHES");
      count(["SIGNAL_NOT_APPLIED"], (n) => `${plural(n, "signal")} ${are(n)} on programs you have not applied to: apply there, or move ${n === 1 ? "it" : "them"}.`);
      break;
    case "season":
      brief("FEW_INTERVIEWS");
      brief("PRELIM_OPTION");
      break;
    case "rankList":
      brief("LIST_OVERREACH");
      brief("LIST_FEW_SAFETIES");
      brief("SAFETIES_BURIED");
      brief("COASTAL_TOP10");
      count(["RANK_NOT_INTERVIEWED"], (n) => `${plural(n, "ranked program")} did not interview you and cannot match you: take ${n === 1 ? "it" : "them"} off your rank list.`);
      count(["DUPLICATE_RANK"], (n) => `${plural(n, "rank number")} ${are(n)} used twice: give each program its own number.`);
      break;
  }
  return parts;
}

// The CLI's readable report (CONTRACT.md §3, RULES.md §8.5–8.6): the verdict first, then the summary
// beside its targets, then the findings in the engine's order. A code that fires for 3 or more
// programs is said once with the programs it concerns; `--by-row` lists every finding under its row.

import { groupByCode, groupRows, groupTitle, type CodeGroup } from "../shared/findingGroups";
import { listLine, plural } from "../shared/targets";
import { shown } from "../rules/cells";
import { dollars } from "../rules/fees";
import type { AuditResult, AuditSummary, Finding, Severity } from "../rules/types";

/** No line of the report is longer (the bundled example's report is tested against it). */
export const WIDTH = 100;
/** The --by-row listing's indent, under the program's name. */
const INDENT = " ".repeat(13);

export interface TextReportOptions {
  /** Every finding under its row (the old listing) instead of grouping a code shown for 3+ programs. */
  byRow?: boolean;
}

export function wrap(text: string, indent: string, first = indent): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const lead = lines.length === 0 ? first : indent;
    if (line && lead.length + line.length + 1 + word.length > WIDTH) {
      lines.push(lead + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push((lines.length === 0 ? first : indent) + line);
  return lines.join("\n");
}

const HEADINGS: Record<Severity, string> = {
  error: "ERRORS: fix these first",
  warning: "WARNINGS: worth a look",
  info: "INFO",
};

export function textReport(result: AuditResult, options: TextReportOptions = {}): string {
  const s = result.summary;
  const out: string[] = [];
  out.push(`IMG List Audit: ${plural(s.programs, "program")}, score band ${s.scoreBand}, judged on ${s.asOf} for the ${s.matchYear} Match`);
  if (s.verdict.length > 0) {
    out.push("", "WHAT TO DO FIRST");
    s.verdict.forEach((sentence, i) => out.push(wrap(sentence, "     ", `  ${i + 1}. `)));
  }
  out.push("", ...summaryLines(s));
  out.push(...(options.byRow ? byRowLines(result.findings) : groupedLines(result.findings)));
  if (result.findings.length === 0) out.push("", "No findings: the list follows every rule. Re-run after each change.");
  return `${out.join("\n")}\n`;
}

function summaryLines(s: AuditSummary): string[] {
  const out: string[] = [];
  // How the profile was read comes before anything judged on it.
  for (const note of s.profileNotes) out.push(wrap(`Profile: ${note}`, "  ", ""));
  out.push(wrap(`Applied list: ${listLine(s.applied, s.targets.applied)}`, "  ", ""));
  out.push(wrap(`Rank list: ${listLine(s.ranked, s.targets.ranked)}`, "  ", ""));
  const r = s.recommendedApplications;
  const range = r ? `${r.counted} ${r.counted === 1 ? "counts" : "count"} toward the ${r.min}–${r.max} advised for your whole list` : "no recommended number for your first specialty";
  const fees = s.fees.perSpecialty.map((f) => `${shown(f.specialty)} ${f.applied} (${dollars(f.feeUsd)})`);
  out.push(wrap(`Applications: ${range}. ERAS fees ${dollars(s.fees.totalUsd)}: ${fees.join(" · ") || "none yet"}`, "  ", ""));
  if (s.missionFit) {
    const m = s.missionFit;
    out.push(wrap(`Mission fit: ${m.matching} of ${m.of} (${m.percent ?? 0}%) are ${m.focus.join(" or ")}; aim for ${m.targetMin}%+`, "  ", ""));
  }
  // The findings' headings carry their counts; stale rows are an info finding of their own.
  return out;
}

/** A finding's head in --by-row: "  row 9      Prairie Lakes Medical Center IM", or "  whole list". */
function head(f: Pick<Finding, "row" | "program">): string {
  const where = f.row === null ? "whole list" : `row ${f.row}`;
  return f.program ? `  ${where.padEnd(10)} ${shown(f.program)}` : `  ${where}`;
}

/** A program's name in a group's list, cut so a long list stays a few lines. */
const NAME_IN_LIST = 22;
/** Where a finding's second and later lines start: under its first word, clear of the margin. */
const MORE = "    ";

/** "rows 25 (Laredo Border Commun…), 29 (…)": each row once, with its program. */
function programsOf(group: CodeGroup): string {
  const names = new Map(group.findings.map((f) => [f.row, f.program]));
  const cut = (name: string) => (name.length > NAME_IN_LIST ? `${name.slice(0, NAME_IN_LIST - 1).trimEnd()}…` : name);
  const rows = groupRows(group).map((row) => (names.get(row) ? `${row} (${cut(names.get(row)!)})` : `${row}`));
  return `rows ${rows.join(", ")}`;
}

/**
 * Errors, then warnings, then info, in the audit's order. Each entry starts with where it is
 * ("Row 8 (Lakeshore …):", "Whole list:") or, for a code shown once, what it is and its programs
 * ("Sponsors no visa: rows 25 (…), 29 (…).") and the advice they share (RULES.md §8.6).
 */
function groupedLines(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    out.push("", `${HEADINGS[severity]} (${ofSeverity.length})`);
    for (const entry of groupByCode(ofSeverity)) {
      if (entry.kind === "group") {
        // RULES.md §8.6's shape: "Sponsors J-1 only, which you cannot use: rows 2, 3, 7 (…)", then the advice.
        out.push(wrap(`${groupTitle(entry)}: ${programsOf(entry)}.${entry.advice ? ` ${entry.advice}` : ""}`, MORE, "  "));
        continue;
      }
      const f = entry.finding;
      const where = f.row === null ? "Whole list" : `Row ${f.row}${f.program ? ` (${shown(f.program)})` : ""}`;
      out.push(wrap(`${where}: ${f.message}`, MORE, "  "));
    }
  }
  return out;
}

/** `--by-row`: list-wide findings, then each row once with every finding on it, most severe first. */
function byRowLines(findings: readonly Finding[]): string[] {
  const out: string[] = ["", `FINDINGS BY ROW (${findings.length})`];
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const ordered = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.row ?? 0) - (b.f.row ?? 0) || rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
  let previous: Finding | undefined;
  for (const f of ordered) {
    if (!previous || previous.row !== f.row) out.push(head(f));
    out.push(wrap(`${f.severity} (${f.code}): ${f.message}`, INDENT));
    previous = f;
  }
  return out;
}

// The CLI's readable report: the summary beside its targets, then findings grouped by severity,
// each with its row, program and what to do.

import { listLine, plural } from "../shared/targets";
import type { AuditResult, Finding, Severity } from "../rules/types";

const WIDTH = 100;

function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}


const HEADINGS: Record<Severity, string> = {
  error: "ERRORS: fix these first",
  warning: "WARNINGS: worth a look",
  info: "INFO",
};

/** One block per finding; a program's head line is printed once for its consecutive findings. */
function findingBlock(f: Finding, previous: Finding | undefined): string {
  const body = wrap(`${f.code}: ${f.message}`, "             ");
  if (previous && previous.row !== null && previous.row === f.row) return body;
  const where = f.row === null ? "whole list" : `row ${f.row}`;
  const head = f.program ? `  ${where.padEnd(10)} ${f.program}` : `  ${where}`;
  return `${head}\n${body}`;
}

export function textReport(result: AuditResult): string {
  const s = result.summary;
  const out: string[] = [];
  out.push(`IMG List Audit: ${plural(s.programs, "program")}, judged on ${s.asOf} for the ${s.matchYear} match`);
  out.push(`Score band: ${s.scoreBand}` + (s.recommendedApplications ? ` · recommended applications: ${s.recommendedApplications.min}–${s.recommendedApplications.max}` : ""));
  // How the profile was read comes before anything judged on it.
  for (const note of s.profileNotes) out.push(wrap(`Profile: ${note}`, ""));
  out.push("");
  out.push(`Applied list: ${listLine(s.applied, s.targets.applied)}`);
  out.push(`Rank list: ${listLine(s.ranked, s.targets.ranked)}`);
  for (const a of s.applications) {
    out.push(`${a.specialty}: ${a.applied} applied, ${a.usable} usable`);
  }
  if (s.fees.perSpecialty.length > 0) {
    const fees = s.fees.perSpecialty.map((f) => `${f.specialty} ${f.applied} → $${f.feeUsd}`).join(" · ");
    out.push(`Estimated ERAS fees: ${fees} · total $${s.fees.totalUsd}`);
  }
  if (s.missionFit) {
    const m = s.missionFit;
    out.push(`Mission fit (${m.focus.join(", ")}): ${m.matching} of ${m.of} applied programs (${m.percent ?? 0}%); aim for ${m.targetMin}% or more`);
  }
  if (s.staleData > 0) out.push(`Stale data: ${plural(s.staleData, "row")} not verified in the last 12 months`);
  out.push(`Findings: ${plural(s.counts.error, "error")}, ${plural(s.counts.warning, "warning")}, ${s.counts.info} info`);

  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push("", `${HEADINGS[severity]} (${group.length})`);
    group.forEach((f, i) => out.push(findingBlock(f, group[i - 1])));
  }
  if (result.findings.length === 0) out.push("", "No findings: the list follows every rule. Re-run after each change.");
  return `${out.join("\n")}\n`;
}

// RULES.md §8.6: in the text report and the sidebar, a code that fires for 3 or more programs is
// shown once, with its advice and the programs it concerns, so 23 identical paragraphs become one.
// One grouping for both, kept in the findings' own order (the engine orders them by severity,
// topic and row): a group sits where its first finding sat.

import { CODES } from "../rules/codes";
import type { Finding, Severity } from "../rules/types";

/** A code shown once for many programs: its advice, said once, and the findings it stands for. */
export interface CodeGroup<F extends Finding = Finding> {
  kind: "group";
  code: F["code"];
  severity: Severity;
  /** The advice every one of the messages gives (their common closing sentences), or "" when none. */
  advice: string;
  findings: F[];
}

export interface SingleFinding<F extends Finding = Finding> {
  kind: "single";
  finding: F;
}

export type FindingEntry<F extends Finding = Finding> = CodeGroup<F> | SingleFinding<F>;

/** RULES.md §8.6: the number of programs from which a code is shown once. */
const GROUP_FROM = 3;

/**
 * The findings as entries: per severity, a code whose findings name `GROUP_FROM` or more different
 * rows becomes one group at the place of its first finding; every other finding (list-wide ones
 * included) stays as it is, in order.
 */
export function groupByCode<F extends Finding>(findings: readonly F[], from = GROUP_FROM): FindingEntry<F>[] {
  const key = (f: F) => `${f.severity}\u0000${f.code}`;
  const rows = new Map<string, Set<number>>();
  for (const f of findings) {
    if (f.row === null) continue;
    const set = rows.get(key(f)) ?? new Set<number>();
    set.add(f.row);
    rows.set(key(f), set);
  }
  const entries: FindingEntry<F>[] = [];
  const groups = new Map<string, CodeGroup<F>>();
  for (const f of findings) {
    if (f.row === null || (rows.get(key(f))?.size ?? 0) < from) {
      entries.push({ kind: "single", finding: f });
      continue;
    }
    const group = groups.get(key(f));
    if (group) group.findings.push(f);
    else {
      const created: CodeGroup<F> = { kind: "group", code: f.code, severity: f.severity, advice: "", findings: [f] };
      groups.set(key(f), created);
      entries.push(created);
    }
  }
  for (const group of groups.values()) group.advice = sharedAdvice(group.findings.map((f) => f.message));
  return entries;
}

/** A message's sentences: split after ".", "!" or "?" followed by a space and a capital or a quote. */
export function sentences(message: string): string[] {
  return message.trim().split(/(?<=[.!?])\s+(?=["'“A-Z0-9])/).filter(Boolean);
}

/**
 * The closing sentences every message ends with: the one thing to do, said once for the group
 * ("Replace it, or get the coordinator to confirm an exception in writing."). "" when they share none.
 */
export function sharedAdvice(messages: readonly string[]): string {
  if (messages.length === 0) return "";
  const split = messages.map(sentences);
  const shared: string[] = [];
  for (let i = 1; ; i++) {
    const candidate = split[0]![split[0]!.length - i];
    if (candidate === undefined || split.some((s) => s.length - i < 0 || s[s.length - i] !== candidate)) break;
    // The whole message alike for every program: keep it all (nothing program-specific to drop).
    shared.unshift(candidate);
  }
  return shared.join(" ");
}

/** "rows 2, 3 and 7" style list of a group's distinct rows, in the order they came. */
export function groupRows(group: Pick<CodeGroup, "findings">): number[] {
  return [...new Set(group.findings.map((f) => f.row).filter((row): row is number => row !== null))];
}

/** What a grouped code is, in the applicant's words: its headline in the codes table. */
export function groupTitle(group: Pick<CodeGroup, "code">): string {
  return CODES[group.code].title;
}

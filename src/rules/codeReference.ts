// The README's table of finding codes, generated from the codes table (codes.ts) the way the function
// reference is generated from definitions.ts: `node scripts/build.mjs --readme` rewrites the block
// between the markers, and a test fails when README.md and codes.ts drift apart.

import { CODES, FINDING_CODES, type CodeInfo } from "./codes";

export const CODES_START = "<!-- codes:start -->";
export const CODES_END = "<!-- codes:end -->";

/** The §8.5 topics in words a reader of the README knows. */
const TOPIC_WORDS: Record<CodeInfo["topic"], string> = {
  visa: "visa",
  filters: "hard filters",
  strategy: "strategy",
  count: "application count",
  overreach: "overreach",
  data: "data",
  signals: "signals",
  season: "the season",
  rankList: "rank list",
  other: "–",
};

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function severityWords(severity: CodeInfo["severity"]): string {
  return typeof severity === "string" ? severity : severity.join(" / ");
}

/** The README block between the markers (markers included). */
export function codeTable(): string {
  const rows = FINDING_CODES.map((code) => {
    const info = CODES[code];
    const screens = info.screensOut ? " (the program is screened out)" : "";
    return `| ${code} | ${severityWords(info.severity)} | ${TOPIC_WORDS[info.topic]} | ${cell(info.title)}${screens} | ${cell(info.source)} |`;
  });
  return [
    CODES_START,
    "<!-- Generated from src/rules/codes.ts by `node scripts/build.mjs --readme`; edit there. -->",
    "",
    "| code | severity | verdict topic | what it says | source |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    CODES_END,
  ].join("\n");
}

/** README text with its code table replaced, or null when the README has no markers. */
export function withCodeTable(readme: string): string | null {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  if (start === -1 || end === -1 || end < start) return null;
  return readme.slice(0, start) + codeTable() + readme.slice(end + CODES_END.length);
}

// CONTRACT.md §3: the text report of the bundled example fits in 100 lines of at most 100 characters,
// and starts with the verdict. Run through main() on the real files, the way a user runs it.

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const root = resolve(__dirname, "../..");

function report(...extra: string[]): { text: string; status: number } {
  let text = "";
  const status = main(["--programs", resolve(root, "examples/programs.csv"), "--profile", resolve(root, "examples/profile.csv"), ...extra], {
    out: (t) => (text += t),
    err: (t) => (text += t),
    today: new Date(2026, 11, 1),
  });
  return { text, status };
}

describe("the bundled example's text report", () => {
  it("fits in 100 lines of at most 100 characters", () => {
    const lines = report().text.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(100);
    expect(lines.filter((line) => line.length > 100)).toEqual([]);
  });
  it("opens with what to do first, and exits 1 (it holds error findings)", () => {
    const { text, status } = report();
    expect(text.split("\n").slice(0, 4).join("\n")).toContain("WHAT TO DO FIRST");
    expect(status).toBe(1);
  });
  it("holds a strategy finding, in the report as well as the JSON (issue 13)", () => {
    const json = JSON.parse(report("--format", "json").text) as { findings: { code: string; message: string }[] };
    const strategy = json.findings.filter((f) => ["BACKUP_PLAN", "STRENGTHEN_FIRST", "PRELIM_OPTION"].includes(f.code));
    expect(strategy.length).toBeGreaterThan(0);
    expect(report().text.replace(/\s+/g, " ")).toContain(strategy[0]!.message);
  });
  it("--by-row is longer: every finding under its row", () => {
    expect(report("--by-row").text.split("\n").length).toBeGreaterThan(report().text.split("\n").length);
  });
});

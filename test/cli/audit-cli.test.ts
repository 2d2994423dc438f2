// Runs the real command (`npm run --silent audit -- …`, CONTRACT.md §3) on files in a temp folder:
// every exit status, the JSON shape, and one clear line on stderr for unreadable input.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { profileRows, programSheet, quietProgram } from "../support/sheets";

const root = resolve(__dirname, "../..");
let dir: string;

function csv(rows: unknown[][]): string {
  const cell = (v: unknown) => {
    const text = String(v ?? "");
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\n") + "\n";
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", "audit", "--", ...args], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "img-audit-cli-"));
  file("profile.csv", csv([["Field", "Value"], ...profileRows()]));
  file("clean.csv", csv(programSheet([quietProgram("Quiet Valley IM")])));
  file("errors.csv", csv(programSheet([quietProgram("Coastal University IM", { Visa: "None" })])));
});

describe("CONTRACT.md §3 exit statuses", () => {
  it("0 when there is no error finding", () => {
    const r = run("--programs", join(dir, "clean.csv"), "--profile", join(dir, "profile.csv"), "--format", "json");
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("1 when there is at least one error finding", () => {
    const r = run("--programs", join(dir, "errors.csv"), "--profile", join(dir, "profile.csv"));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("this program sponsors none");
  });

  it.each([
    ["a missing file", () => ["--programs", join(dir, "nope.csv"), "--profile", join(dir, "profile.csv")], /Cannot read the programs file .*nope\.csv.*no such file/],
    ["an empty file", () => ["--programs", file("empty.csv", "\n  \n"), "--profile", join(dir, "profile.csv")], /programs file .* is empty/],
    ["no header row", () => ["--programs", file("noheader.csv", "Mercy IM,Internal Medicine,55\n"), "--profile", join(dir, "profile.csv")], /no header row/],
    ["a profile without a score", () => ["--programs", join(dir, "clean.csv"), "--profile", file("noscore.csv", csv([["Field", "Value"], ["Visa needed", "J-1"]]))], /Step 2 CK/],
    ["an unreadable score", () => ["--programs", join(dir, "clean.csv"), "--profile", file("badscore.csv", csv([["Step 2 CK", "two-thirty"]]))], /Step 2 CK 'two-thirty' is not a score/],
    // Papaparse reads every row after an unclosed quote into one cell: two programs would vanish unsaid.
    ["an unclosed quote", () => ["--programs", file("openquote.csv", 'Program,Specialty,IMG %\n"Delta IM,Internal Medicine,50\nCoastal IM,Internal Medicine,10\nThird IM,Internal Medicine,40\n'), "--profile", join(dir, "profile.csv")], /programs file .*openquote\.csv' has a quote \(\"\) opened in row 2 that is never closed/],
    ["a missing option", () => ["--programs", join(dir, "clean.csv")], /Missing --profile/],
    ["an unknown format", () => ["--programs", join(dir, "clean.csv"), "--profile", join(dir, "profile.csv"), "--format", "xml"], /--format 'xml'/],
  ])("2 for %s, with one clear line on stderr and no stack trace", (_name, args, message) => {
    const r = run(...args());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stderr.trim().split("\n")[0]).toMatch(message);
  });
});

describe("CONTRACT.md §3 row numbers", () => {
  it("are the sheet's rows even with blank rows in between", () => {
    const rows = programSheet([quietProgram("First IM"), quietProgram("Second IM", { Visa: "None" })]);
    const withBlank = [rows[0]!, rows[1]!, rows[0]!.map(() => ""), rows[0]!.map(() => ""), rows[2]!];
    const r = run("--programs", file("blank-rows.csv", csv(withBlank)), "--profile", join(dir, "profile.csv"), "--format", "json");
    const finding = JSON.parse(r.stdout).findings.find((f: { code: string }) => f.code === "VISA_NONE");
    expect(finding).toMatchObject({ row: 5, program: "Second IM" });
  });

  it("a profile with a blank score says it is missing", () => {
    const r = run("--programs", join(dir, "clean.csv"), "--profile", file("blank-score.csv", csv([["Step 2 CK", ""]])));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("The profile's Step 2 CK is missing: it is required for an audit (180–300).");
  });
});

// `npm run` starts the script in the project folder, wherever it was typed; a relative path is the
// user's, from the folder they typed it in (npm passes that folder as INIT_CWD).
describe("CONTRACT.md §3 relative paths", () => {
  it("are read from the folder the command was typed in, not the project folder", () => {
    const result = spawnSync("npm", ["run", "--silent", "audit", "--", "--programs", "programs.csv", "--profile", "profile.csv"], {
      cwd: join(root, "examples"),
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("IMG List Audit: 50 programs");
    expect(result.status).toBe(1);
  });
});

describe("CONTRACT.md §3 the JSON", () => {
  it("has the promised fields, names and types on the example sheet", () => {
    const r = run("--programs", "examples/programs.csv", "--profile", "examples/profile.csv", "--format", "json");
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["summary", "programs", "findings"]));
    const s = json.summary;
    expect(s).toMatchObject({ programs: 50, scoreBand: "high risk", recommendedApplications: { min: 80, max: 120 } });
    for (const list of [s.applied, s.ranked]) expect(Object.keys(list).sort()).toEqual(["Match", "Reach", "Safety", "Unknown", "count", "screenedOut", "usable"]);
    // CONTRACT.md §3 (RULES.md v2): tiers are counted over the usable programs.
    expect(s.applied.usable).toBe(s.applied.Reach + s.applied.Match + s.applied.Safety + s.applied.Unknown);
    expect(s.applied.count).toBe(s.applied.usable + s.applied.screenedOut.visa + s.applied.screenedOut.filter);
    for (const p of json.programs) {
      expect(typeof p.row).toBe("number");
      expect(typeof p.program).toBe("string");
      expect(["Reach", "Match", "Safety", "Unknown"]).toContain(p.tier);
      expect(["High", "Medium", "Low", "Unknown"]).toContain(p.imgFriendly);
      expect(typeof p.meetsCutoff).toBe("boolean");
    }
    for (const f of json.findings) {
      expect(f.code).toMatch(/^[A-Z0-9_]+$/);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.row === null ? f.program === null : typeof f.program === "string").toBe(true);
      expect(f.message.length).toBeGreaterThan(20);
    }
    expect(json.programs.find((p: { row: number }) => p.row === 2)).toMatchObject({ program: "Delta Regional Medical Center IM", tier: "Safety", imgFriendly: "High", meetsCutoff: true });
  });

  it("the text report groups by severity and shows row, program and what to do", () => {
    const r = run("--programs", "examples/programs.csv", "--profile", "examples/profile.csv");
    const errorsAt = r.stdout.indexOf("ERRORS");
    const warningsAt = r.stdout.indexOf("WARNINGS");
    expect(errorsAt).toBeGreaterThan(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    expect(r.stdout).toMatch(/Applied list: 41 programs, 33 you can use/);
    // Three programs sponsor no visa: said once, with the rows and programs (RULES.md §8.6).
    expect(r.stdout).toMatch(/^ {2}Sponsors no visa: rows 25 \(Laredo Border Commun[^)]*\), 29 \(/m);
  });
});

// CONTRACT.md §3 input hygiene, with the inputs issue 16 found: nothing printed carries a control
// character from the input, an echoed value is at most 60 characters, and a file that is not a
// program sheet (UTF-16, an Excel workbook, random bytes, a Profile file) gets exit 2 and ONE line
// saying what it is and what to do. main() runs in process with its output captured (a spawned npm
// takes 15 s on a loaded 2-core machine); two cases run the real command, as a user would.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const root = resolve(__dirname, "../..");
const PROFILE = join(root, "examples/profile.csv");
const PROGRAMS = join(root, "examples/programs.csv");
// C0 controls but the newline, DEL and the C1 controls (a terminal reads U+009B as CSI).
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
let dir: string;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The real command, `npm run --silent audit -- …`. */
function command(...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", "audit", "--", ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** main() in process, with what it writes to stdout and stderr. */
function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = main(args, { out: (text) => (stdout += text), err: (text) => (stderr += text), today: new Date("2026-12-01T12:00:00Z") });
  return { status, stdout, stderr };
}

/** 4 KB of bytes from a fixed seed (xorshift), so a failure can be replayed. */
function randomBytes(size: number, seed = 0x2545f491): Buffer {
  const bytes = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "img-audit-hygiene-"));
});

/** Exit 2, nothing on stdout, one line on stderr with no control character; returns the line. */
function oneLineExit2(r: { status: number | null; stdout: string; stderr: string }): string {
  expect(r.stdout).toBe("");
  expect(r.status).toBe(2);
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(CONTROL.test(r.stderr), JSON.stringify(r.stderr.slice(0, 300))).toBe(false);
  return r.stderr.trimEnd();
}

describe("CONTRACT.md §3 what the CLI prints", () => {
  it("shows an escape sequence from a header escaped, not to the terminal", () => {
    const programs = file("title.csv", "\u001b]0;pwned\u0007Hello\u009b31m,Colour\nMercy IM,red\n");
    const line = oneLineExit2(command("--programs", programs, "--profile", PROFILE));
    expect(line).toMatch(/no header row/);
    expect(line).toContain("\\x1b]0;pwned\\x07Hello\\x9b31m");
  });

  it("cuts a 5 MB first cell to 60 characters", () => {
    const programs = file("huge.csv", `${"x".repeat(5_000_000)},Colour\nMercy IM,red\n`);
    const line = oneLineExit2(run("--programs", programs, "--profile", PROFILE));
    expect(line).toMatch(/no header row/);
    expect(line.length).toBeLessThan(400);
    expect(line).toContain(`'${"x".repeat(57)}…'`);
  });

  it("says 4 KB of random bytes are not a CSV text file, in one line", () => {
    const line = oneLineExit2(run("--programs", file("random.csv", randomBytes(4096)), "--profile", PROFILE));
    expect(line).toMatch(/programs file .*random\.csv' is not a text file/);
    expect(line).toMatch(/File → Download → Comma-separated values/);
  });

  it.each([
    ["with a byte-order mark", "utf16le-bom.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(PROGRAMS, "utf8"), "utf16le")])],
    ["without one (NULs between the letters)", "utf16le.csv", Buffer.from(readFileSync(PROGRAMS, "utf8"), "utf16le")],
    ["big-endian", "utf16be.csv", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(readFileSync(PROGRAMS, "utf8"), "utf16le").swap16()])],
  ])("names a UTF-16 file %s and says to save it as UTF-8", (_name, name, bytes) => {
    const line = oneLineExit2(run("--programs", file(name, bytes), "--profile", PROFILE));
    expect(line).toMatch(/is UTF-16 text/);
    expect(line).toMatch(/UTF-8/);
    expect(line).not.toMatch(/�/);
  });

  it.each([
    ["an .xlsx workbook", "book.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), randomBytes(2000)]), /is an Excel workbook \(\.xlsx\)/],
    ["an old .xls workbook", "book.xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(2000)]), /is an Excel workbook \(\.xls\)/],
  ])("names %s and says to save the tab as CSV", (_name, name, bytes, what) => {
    const line = oneLineExit2(run("--programs", file(name, bytes), "--profile", PROFILE));
    expect(line).toMatch(what);
    expect(line).toMatch(/CSV/);
  });

  it("names a Profile file passed as --programs and says to swap them", () => {
    const line = oneLineExit2(command("--programs", PROFILE, "--profile", PROFILE));
    expect(line).toMatch(/programs file .*profile\.csv' looks like a Profile file/);
    expect(line).toMatch(/--profile/);
  });

  it("names a binary profile file too", () => {
    const line = oneLineExit2(run("--programs", PROGRAMS, "--profile", file("profile.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), randomBytes(500)]))));
    expect(line).toMatch(/profile file .* is an Excel workbook/);
  });

  it("escapes a control character in a profile value it echoes", () => {
    const profile = file("bell-profile.csv", "Step 2 CK,\u0007\u001b[2J230\n");
    const line = oneLineExit2(run("--programs", PROGRAMS, "--profile", profile));
    expect(line).toContain("\\x07\\x1b[2J230");
  });

  it.each([
    ["a missing option", ["--programs", PROGRAMS]],
    ["an unknown option", ["--programs", PROGRAMS, "--profile", PROFILE, "--colour"]],
    ["an unknown format", ["--programs", PROGRAMS, "--profile", PROFILE, "--format", `x\u001b[31m${"y".repeat(100)}`]],
  ])("puts %s and the usage on one line", (_name, args) => {
    const line = oneLineExit2(run(...args));
    expect(line).toMatch(/usage: npm run --silent audit/);
    expect(line.length).toBeLessThan(300);
  });

  it("keeps control characters in program names out of the text report and the JSON", () => {
    const text = readFileSync(PROGRAMS, "utf8").replace("Delta Regional Medical Center IM", "Delta\u001b[31m Regional\u009b2J IM\u0007");
    const programs = file("named.csv", text);
    const report = run("--programs", programs, "--profile", PROFILE);
    expect(report.status).toBe(1);
    expect(CONTROL.test(report.stdout)).toBe(false);
    const json = run("--programs", programs, "--profile", PROFILE, "--format", "json");
    expect(CONTROL.test(json.stdout)).toBe(false);
    expect(JSON.parse(json.stdout).programs[0].program).toBe("Delta\u001b[31m Regional\u009b2J IM\u0007");
  });
});

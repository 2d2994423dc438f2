// `npm run push` (CONTRACT.md §2): builds, refuses while .clasp.json holds the placeholder script id
// (one line saying where the Script ID is, clasp never started), else runs `clasp push --force`.
// Runs in a copy of the project with a fake clasp (IMG_LIST_AUDIT_CLASP) that records its arguments,
// so no test can ever reach Google. The first case goes through npm, the others run the script.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
let project = "";
let fakeClasp = "";
let record = "";

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "img-list-audit-push-"));
  for (const entry of ["package.json", "appsscript.json", "tsconfig.json", ".clasp.json", "src", "scripts"]) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(project, "node_modules"));
  record = join(project, "clasp-was-called.json");
  fakeClasp = join(project, "fake-clasp.mjs");
  writeFileSync(fakeClasp, `#!${process.execPath}\nimport { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }));\n`);
  chmodSync(fakeClasp, 0o755);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** `npm run --silent push` in the copy, or (viaNpm false) its script under node, which skips npm's start-up. */
function push(viaNpm = false) {
  rmSync(record, { force: true });
  const [program, args] = viaNpm ? ["npm", ["run", "--silent", "push"]] : [process.execPath, ["scripts/push.mjs"]];
  const result = spawnSync(program, args, { cwd: project, encoding: "utf8", env: { ...process.env, IMG_LIST_AUDIT_CLASP: fakeClasp } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, clasp: existsSync(record) ? JSON.parse(readFileSync(record, "utf8")) : null };
}

describe("npm run push", () => {
  it("with the placeholder script id: builds, says in one line where the Script ID is, never starts clasp", () => {
    writeFileSync(join(project, ".clasp.json"), JSON.stringify({ scriptId: "REPLACE_WITH_YOUR_SCRIPT_ID", rootDir: "dist" }));
    const r = push(true);
    expect(r.clasp).toBeNull();
    expect(r.status).toBe(1);
    expect(existsSync(join(project, "dist", "Code.js"))).toBe(true);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\.clasp\.json/);
    expect(lines[0]).toMatch(/Script ID/);
    expect(lines[0]).toMatch(/Project Settings/);
  }, 120_000); // npm's start-up and a build: a minute on a loaded 2-core machine

  it("without a .clasp.json: one line, clasp never started", () => {
    rmSync(join(project, ".clasp.json"));
    const r = push();
    expect(r.clasp).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/\.clasp\.json/);
  });

  it("with a script id: runs clasp push --force in the project folder, after the build", () => {
    writeFileSync(join(project, ".clasp.json"), JSON.stringify({ scriptId: "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopq", rootDir: "dist" }));
    rmSync(join(project, "dist"), { recursive: true, force: true });
    const r = push();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.clasp).toEqual({ args: ["push", "--force"], cwd: project });
    expect(existsSync(join(project, "dist", "Code.js"))).toBe(true);
  });
});

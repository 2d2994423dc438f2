// The README's first command, `npm ci`, runs clean (issue 16.7): npm 11 blocks dependencies' install
// scripts unless package.json's allowScripts reviews them, and warns about each one not reviewed.
// esbuild's postinstall only fetches its binary when the platform package is missing and swaps its
// bin shim for that binary; npm ci installs the platform package (@esbuild/<os>-<arch>) itself, so
// it is denied, and the build and every test here run without it.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm ci's install scripts", () => {
  it("are all reviewed in package.json's allowScripts, so npm prints no warning", () => {
    const result = spawnSync("npm", ["install-scripts", "ls"], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/No packages with unreviewed install scripts/);
  });
});

// The preview as a command and as an HTTP server, without a browser: the printed URL, a clear line
// when the port is taken or a file is missing, Ctrl-C, and the API's guards.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview } from "../../scripts/preview.mjs";

const serverOnBranch = existsSync("src/sheets/auditServer.ts") && existsSync("src/sheets/memoryWorkbook.ts");

/** Runs `npm start`'s script; resolves when it exits or once stdout matches `until` (then it is left running). */
function runPreview(args: string[], until?: RegExp) {
  const child = spawn(process.execPath, ["scripts/preview.mjs", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => until && until.test(stdout) && resolve());
    exited.then(() => reject(new Error(`preview exited early: ${stderr}`)));
  });
  ready.catch(() => undefined); // only awaited when `until` is given
  return { child, exited, ready, out: () => stdout, err: () => stderr };
}

describe.skipIf(!serverOnBranch)("npm start", () => {
  it("prints the URL, serves the page on 127.0.0.1, and stops on Ctrl-C", async () => {
    const run = runPreview(["--port", "0"], /http:\/\/127\.0\.0\.1:\d+\//);
    await run.ready;
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(run.out())![0];
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<iframe id="sidebar" src="/sidebar"');
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  });

  it("says in one line that the port is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    const run = runPreview(["--port", String(port)]);
    expect(await run.exited).toBe(1);
    expect(run.err().trim()).toBe(`Port ${port} is already in use: stop the other preview or pick another with --port N.`);
    blocker.close();
  });

  it("names a programs file it cannot read", async () => {
    const run = runPreview(["--port", "0", "--programs", "no/such.csv"]);
    expect(await run.exited).toBe(1);
    expect(run.err().trim().split("\n")).toHaveLength(1);
    expect(run.err()).toMatch(/programs file '.*no\/such\.csv'/);
  });

  it("rejects a port that is not a number", async () => {
    const run = runPreview(["--port", "web"]);
    expect(await run.exited).toBe(2);
    expect(run.err().trim()).toBe("--port 'web' is not a port number (0–65535).");
  });
});

describe.skipIf(!serverOnBranch)("the preview's API", () => {
  let preview: Awaited<ReturnType<typeof startPreview>>;
  beforeAll(async () => {
    preview = await startPreview({ port: 0 });
  });
  afterAll(async () => {
    await preview?.close();
  });
  const post = (name: string, body: unknown, type = "application/json") =>
    fetch(`${preview.url}api/${name}`, { method: "POST", headers: { "Content-Type": type }, body: JSON.stringify(body) });

  it("answers every server function the sidebar calls (ServerFunctions)", async () => {
    // No Audit sheet yet in the preview's workbook: the last audit is null, not a missing function.
    const answer = await (await post("getLastAudit", { args: [] })).json();
    expect(answer).toEqual({ ok: true, value: null });
  });

  it("answers a server function with its JSON value", async () => {
    const answer = await (await post("getProfile", { args: [] })).json();
    expect(answer.ok).toBe(true);
    expect(answer.value.step2).toBe("224");
  });

  it("reports an unknown function the way Apps Script does", async () => {
    expect(await (await post("deleteEverything", { args: [] })).json()).toEqual({ ok: false, error: "Script function not found: deleteEverything" });
    // createServer has more than the sidebar may call; only CONTRACT.md §5's four are exposed.
    expect((await (await post("writeAudit", { args: [{}] })).json()).error).toBe("Script function not found: writeAudit");
  });

  it("refuses requests a page on another site could send (form posts, other Host names)", async () => {
    expect((await post("runAudit", { args: [] }, "text/plain")).status).toBe(415);
    // DNS rebinding: a page of evil.example resolving to 127.0.0.1 would send its own Host.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      request(`${preview.url}api/state`, { headers: { Host: "evil.example" } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on("error", reject).end(),
    );
    expect(status).toBe(403);
  });

  it("serves the sidebar with the google.script.run shim before the app's script", async () => {
    const html = await (await fetch(`${preview.url}sidebar`)).text();
    expect(html.indexOf("window.google = { script:")).toBeGreaterThan(0);
    expect(html.indexOf("window.google = { script:")).toBeLessThan(html.lastIndexOf("<script>"));
    expect(html).toContain('"runAudit"');
  });
});

// The local preview (CONTRACT.md §6): `npm start [-- --port N --programs F --profile F]` serves the
// example sheet beside the real sidebar on 127.0.0.1, with google.script.run answered by the SAME
// server functions (createServer in src/sheets/auditServer.ts, which the Apps Script entry points in
// src/sheets/server.ts also call) running here against an in-memory workbook.
import { createServer as createHttpServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { importTs } from "./node-run.mjs";
import { buildSidebarHtml } from "./sidebar-html.mjs";
import { previewPage, scriptRunShim } from "./preview-page.mjs";
import { formulaCalculator } from "./preview-formulas.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const HOST = "127.0.0.1";
const MAX_BODY = 1_000_000;

/** The in-memory workbook (Programs and Profile from the CSVs) and the server functions over it. */
async function loadWorkbook(programs, profile) {
  const serverModule = "src/sheets/auditServer.ts";
  const [{ readCsvFile }, { memoryWorkbook }, { createServer }, { SERVER_FUNCTION_NAMES }] = await Promise.all([
    importTs("src/cli/csv.ts"),
    importTs("src/sheets/memoryWorkbook.ts"),
    importTs(serverModule),
    // What the sidebar may call (CONTRACT.md §5 and getLastAudit), listed once beside ServerFunctions.
    importTs("src/shared/api.ts"),
  ]);
  const SIDEBAR_FUNCTIONS = [...SERVER_FUNCTION_NAMES];
  const workbook = memoryWorkbook([
    { name: "Programs", rows: readCsvFile(programs, "programs") },
    { name: "Profile", rows: readCsvFile(profile, "profile") },
  ]);
  const server = createServer(workbook, () => new Date());
  const calculate = await formulaCalculator(); // the sheet shows what formulas calculate, as Sheets does
  const missing = SIDEBAR_FUNCTIONS.filter((name) => typeof server[name] !== "function");
  if (missing.length) throw new Error(`${serverModule} createServer() has no ${missing.join(", ")}`);
  return { workbook, server, functionNames: SIDEBAR_FUNCTIONS, calculate };
}

/** A value google.script.run could not carry (it rejects Date objects); the path to it, or null. */
function notJsonSafe(value, path = "result") {
  if (value instanceof Date) return path;
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = notJsonSafe(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function sheetsState(workbook, calculate) {
  const sheets = workbook.sheetNames().map((name) => {
    const { values, formats, frozenRows, columnWidths } = calculate(workbook, workbook.state(name));
    const shown = values.map((line) => line.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)));
    return { name, values: shown, formats, frozenRows, columnWidths };
  });
  return { sheets, selection: workbook.selection };
}

function send(res, status, type, body) {
  res.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-store" });
  res.end(body);
}

async function readJson(req) {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY) throw new Error("request too large");
  }
  return body ? JSON.parse(body) : {};
}

/** Starts the preview; `port: 0` picks a free one. Resolves once it listens. */
export async function startPreview({ port = 5178, programs = join(root, "examples/programs.csv"), profile = join(root, "examples/profile.csv") } = {}) {
  const { workbook, server, functionNames, calculate } = await loadWorkbook(programs, profile);
  const http = createHttpServer(async (req, res) => {
    // Only this machine's pages may call: a same-origin JSON POST with our own Host header.
    const host = req.headers.host ?? "";
    if (host !== `${HOST}:${http.address().port}` && host !== `localhost:${http.address().port}`) return send(res, 403, "text/plain", "Forbidden host");
    const url = new URL(req.url ?? "/", `http://${host}`);
    try {
      if (req.method === "GET" && url.pathname === "/") return send(res, 200, "text/html", previewPage({ programs, profile }));
      if (req.method === "GET" && url.pathname === "/sidebar") {
        // Built on each load, so a change to src/sidebar shows on reload.
        return send(res, 200, "text/html", await buildSidebarHtml({ beforeScript: scriptRunShim(functionNames) }));
      }
      if (req.method === "GET" && url.pathname === "/api/state") return send(res, 200, "application/json", JSON.stringify(sheetsState(workbook, calculate)));
      const call = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
      if (req.method === "POST" && call) {
        if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return send(res, 415, "text/plain", "JSON only");
        const name = call[1];
        if (!functionNames.includes(name)) return send(res, 404, "application/json", JSON.stringify({ ok: false, error: `Script function not found: ${name}` }));
        const { args = [] } = await readJson(req);
        let answer;
        try {
          const value = await server[name](...args);
          const date = notJsonSafe(value);
          answer = date ? { ok: false, error: `${name} returned a Date at ${date}; google.script.run would reject it` } : { ok: true, value: value ?? null };
        } catch (error) {
          answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        return send(res, 200, "application/json", JSON.stringify(answer));
      }
      send(res, 404, "text/plain", "Not found");
    } catch (error) {
      send(res, 500, "text/plain", `Preview error: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  await new Promise((resolveListen, rejectListen) => {
    http.once("error", rejectListen);
    http.listen(port, HOST, () => {
      http.off("error", rejectListen);
      resolveListen();
    });
  });
  const url = `http://${HOST}:${http.address().port}/`;
  return { url, workbook, close: () => new Promise((done) => {
    http.close(() => done());
    http.closeAllConnections(); // the browser keeps connections alive; do not wait for it
  }) };
}

async function main(argv) {
  let args;
  try {
    args = parseArgs({ args: argv, options: { port: { type: "string" }, programs: { type: "string" }, profile: { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    console.error(error.message.split("\n")[0]);
    return 2;
  }
  if (args.help) {
    console.log("usage: npm start -- [--port 5178] [--programs programs.csv] [--profile profile.csv]");
    return 0;
  }
  const port = args.port === undefined ? 5178 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port '${args.port}' is not a port number (0–65535).`);
    return 2;
  }
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const files = {};
  if (args.programs) files.programs = resolve(cwd, args.programs);
  if (args.profile) files.profile = resolve(cwd, args.profile);
  let preview;
  try {
    preview = await startPreview({ port, ...files });
  } catch (error) {
    if (error.code === "EADDRINUSE") console.error(`Port ${port} is already in use: stop the other preview or pick another with --port N.`);
    else if (error.code === "EACCES") console.error(`Port ${port} is not allowed for this user: pick another with --port N.`);
    else console.error(`The preview could not start: ${error.message.split("\n")[0]}`);
    return 1;
  }
  console.log(`IMG List Audit preview: ${preview.url}  (Ctrl-C to stop)`);
  process.once("SIGINT", () => {
    preview.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
  return null;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await main(process.argv.slice(2));
  if (code !== null) process.exitCode = code;
}

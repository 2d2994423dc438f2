// Runs a TypeScript entry point under Node without a separate compile step:
// esbuild bundles it (npm packages stay external) into .cache/ and we import the result.
// Used by the CLI, the build, the preview and the benchmarks, so all of them run the same src/.
import { build } from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles `entry` (relative to the project root) for Node and returns the imported module. */
export async function importTs(entry) {
  const outdir = join(root, ".cache", "node");
  mkdirSync(outdir, { recursive: true });
  // One file per entry path; written to a temporary name and renamed, so two processes bundling the
  // same entry at once (parallel tests) never import a half-written file.
  const outfile = join(outdir, `${entry.replace(/\.ts$/, "").replace(/[^\w.-]+/g, "_")}.mjs`);
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile,
    write: false,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "error",
  });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, outfile);
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

// `node scripts/node-run.mjs src/cli/main.ts args…` runs that entry's main(argv).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  const mod = await importTs(entry);
  const code = await mod.main(args);
  if (typeof code === "number") process.exitCode = code;
}

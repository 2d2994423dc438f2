// Builds the sidebar into ONE self-contained HTML string: src/sidebar/main.ts bundled by esbuild
// (iife, minified, es2019: it runs in the user's browser) and style.css, both inlined into
// index.html. No external resources: Apps Script serves the string as it is (dist/Sidebar.html).
import { build, transform } from "esbuild";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sidebarDir = join(root, "src", "sidebar");

/** Makes JS safe inside <script>…</script>: "</script" would end the element early and "<!--"
 *  would switch the HTML parser into a mode where it does. Both escapes mean the same to JS. */
export function escapeInlineScript(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** Makes CSS safe inside <style>…</style> ("\3c" is "<" in CSS). */
export function escapeInlineStyle(css) {
  return css.replace(/<\/(style)/gi, "\\3c/$1");
}

/** Puts `content` where `marker` is; a function replacement, so "$&" in the code stays literal. */
export function inlineAt(template, marker, content) {
  if (!template.includes(marker)) throw new Error(`src/sidebar/index.html has no ${marker} marker`);
  return template.replace(marker, () => content);
}

/** The sidebar page as one HTML string. `beforeScript` (the preview's shim) goes just before the app's script. */
export async function buildSidebarHtml({ beforeScript = "" } = {}) {
  const bundle = await build({
    entryPoints: [join(sidebarDir, "main.ts")],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2019",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const js = bundle.outputFiles[0].text;
  const css = (await transform(await readFile(join(sidebarDir, "style.css"), "utf8"), { loader: "css", minify: true })).code;
  const template = await readFile(join(sidebarDir, "index.html"), "utf8");
  const withStyle = inlineAt(template, "<!-- STYLE -->", `<style>${escapeInlineStyle(css)}</style>`);
  return inlineAt(withStyle, "<!-- SCRIPT -->", `${beforeScript}<script>${escapeInlineScript(js)}</script>`);
}

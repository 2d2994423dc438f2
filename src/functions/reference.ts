// Text made from the custom functions' definitions: the JSDoc Sheets reads for its help while typing,
// and the README's function reference. Both come from definitions.ts, so they cannot drift apart.

import { CUSTOM_FUNCTIONS, type CustomFunctionDefinition } from "./definitions";

export const README_START = "<!-- functions:start -->";
export const README_END = "<!-- functions:end -->";

/** How every function treats its arguments (CONTRACT.md §1), said once in the README. */
const COMMON_RULES = [
  "Every argument takes a single cell or a range of one column (or one row); a single cell is repeated",
  "against the ranges, so one formula fills a whole column, and the answer has the ranges' shape.",
  "Ranges of different lengths are an error that names them. A row whose range cells are all blank",
  "gives a blank answer; \"N/A\" is not blank. A value the function cannot read gives, in its own",
  "cell only, a text such as `Error: img_pct 'lots' is not a percentage`; called on single cells, the",
  "function raises that error instead (Sheets shows #ERROR!). A blank or unreadable `score` is such an",
  "error. The functions read nothing but their arguments, so Sheets may cache them.",
].join("\n");

type AnyDefinition = CustomFunctionDefinition<unknown>;

/** `score, avg_step2, img_pct, [min_step2], [program_type]` */
export function signatureOf(definition: AnyDefinition): string {
  const names = definition.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
  return `${definition.name}(${names.join(", ")})`;
}

/** The JSDoc block that stands directly above the function's declaration in the pushed script. */
export function jsdocOf(definition: AnyDefinition): string {
  const lines = [
    definition.summary,
    "Each argument takes a cell, or a range of one column or one row; one formula fills the whole column.",
    "",
  ];
  for (const param of definition.params) {
    // Sheets matches @param to the declared parameter by name, so the name stays bare (no [brackets]);
    // the type says "a value or a range" the way Google's JSDoc guide writes it.
    const optional = param.optional ? "Optional. " : "";
    lines.push(`@param {${param.type}|${param.type}[][]} ${param.name} ${optional}${param.meaning}`);
  }
  const { type, meaning } = definition.returns;
  lines.push(`@return {${type}|${type}[][]} ${meaning} One answer per row for ranges.`);
  lines.push(`@example ${definition.example.formula} ${definition.example.meaning}.`);
  lines.push("@customfunction");
  return ["/**", ...lines.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"].join("\n");
}

/** The JSDoc of the custom function `name`, or null when `name` is not one. */
export function customFunctionJsdoc(name: string): { jsdoc: string; params: string[] } | null {
  const definition = CUSTOM_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!definition) return null;
  return { jsdoc: jsdocOf(definition as AnyDefinition), params: definition.params.map((param) => param.name) };
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function referenceOf(definition: AnyDefinition): string {
  const rows = definition.params.map(
    (param) => `| \`${param.name}\`${param.optional ? " (optional)" : ""} | ${markdownCell(param.meaning)} |`,
  );
  return [
    `### ${signatureOf(definition)}`,
    "",
    definition.summary,
    "",
    "| argument | meaning |",
    "|---|---|",
    ...rows,
    "",
    `Returns ${definition.returns.meaning}`,
    "",
    `Example: \`${definition.example.formula}\` ${definition.example.meaning}.`,
  ].join("\n");
}

/** The README block between the markers (markers included). */
export function functionReference(): string {
  const sections = CUSTOM_FUNCTIONS.map((definition) => referenceOf(definition as AnyDefinition));
  const note = "<!-- Generated from src/functions/definitions.ts by `node scripts/build.mjs --readme`; edit there. -->";
  return [README_START, note, "", COMMON_RULES, "", sections.join("\n\n"), "", README_END].join("\n");
}

/** README text with its marked block replaced, or null when the README has no markers. */
export function withFunctionReference(readme: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) return null;
  return readme.slice(0, start) + functionReference() + readme.slice(end + README_END.length);
}

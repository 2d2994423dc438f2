// Reads a CSV file exported from Sheets (File → Download → CSV) into rows of cells, with papaparse.

import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { UnreadableInputError } from "../rules/programs";

/** Rows of text cells; throws UnreadableInputError with one line that says what is wrong. */
export function readCsvFile(path: string, what: string): string[][] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new UnreadableInputError(`Cannot read the ${what} file '${path}': ${why}.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // Excel and some exports add a BOM
  if (text.trim() === "") throw new UnreadableInputError(`The ${what} file '${path}' is empty.`);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  return parsed.data;
}

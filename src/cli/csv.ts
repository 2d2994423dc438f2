// Reads a CSV file exported from Sheets (File → Download → CSV) into rows of cells, with papaparse.

import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { UnreadableInputError } from "../rules/programs";
import { notCsvText, profileNotPrograms } from "./fileKind";

/** Rows of text cells; throws UnreadableInputError with one line that says what is wrong. */
export function readCsvFile(path: string, what: string): string[][] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new UnreadableInputError(`Cannot read the ${what} file '${path}': ${why}.`);
  }
  const tab = what === "programs" ? "Programs" : "Profile";
  const notText = notCsvText(bytes, tab);
  if (notText) throw new UnreadableInputError(`The ${what} file '${path}' ${notText}`);
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // Excel and some exports add a BOM
  if (text.trim() === "") throw new UnreadableInputError(`The ${what} file '${path}' is empty.`);
  // Blank lines stay as rows: row numbers in findings must be the sheet's (a blank row 5 keeps every
  // later program on its own row). The audit itself passes over blank rows.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  // Everything after an unclosed quote lands in one cell: refuse rather than lose those rows unsaid.
  const open = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (open) {
    const row = (open.row ?? 0) + 1; // papaparse counts rows from 0, the header being row 1
    throw new UnreadableInputError(`The ${what} file '${path}' has a quote (") opened in row ${row} that is never closed, so the rows after it cannot be read; close or remove it.`);
  }
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell.trim() === "")) rows.pop();
  const profile = what === "programs" ? profileNotPrograms(rows) : null;
  if (profile) throw new UnreadableInputError(`The ${what} file '${path}' ${profile}`);
  return rows;
}

// Says what a file is when it is not the CSV text the command line reads (CONTRACT.md §3): UTF-16
// text, an Excel workbook, binary data, or the Profile tab passed as --programs. Each gets one line
// that names the file, says what it is and what to do, instead of a garbled header or a report on
// the wrong data.

import { locateColumns } from "../rules/columns";
import { profileFieldRows } from "../rules/profile";

const DOWNLOAD = "File → Download → Comma-separated values in Google Sheets, or Save As → CSV UTF-8 in Excel";

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** UTF-16 without a byte-order mark: NULs in every other byte of the start (ASCII text as UTF-16). */
function nulPattern(bytes: Uint8Array): "LE" | "BE" | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd >= half * 0.4 && even <= half * 0.05) return "LE";
  if (even >= half * 0.4 && odd <= half * 0.05) return "BE";
  return null;
}

/** Binary data: a NUL, or more than 5% (and 16) control characters other than tab, CR, LF, form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) controls++;
  }
  return controls > 16 && controls > n * 0.05;
}

/**
 * What is wrong with the file's bytes for a CSV reader, as the end of a sentence that starts with
 * "The programs file 'x.csv'", or null when they look like UTF-8 (or ASCII) text.
 */
export function notCsvText(bytes: Uint8Array, tab: string): string | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || nulPattern(bytes)) {
    return `is UTF-16 text, which cannot be read here: save the ${tab} tab as UTF-8 CSV (${DOWNLOAD}).`;
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return `is an Excel workbook (.xlsx) or another ZIP file, not a CSV file: save the ${tab} tab as CSV (${DOWNLOAD}).`;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return `is an Excel workbook (.xls), not a CSV file: save the ${tab} tab as CSV (${DOWNLOAD}).`;
  }
  if (looksBinary(bytes)) {
    return `is not a text file (it holds binary data): download the ${tab} tab as CSV (${DOWNLOAD}).`;
  }
  return null;
}

/**
 * The Profile tab passed as --programs: no Program column, and rows of field and value whose labels
 * name at least three profile fields. The end of a sentence as for notCsvText, or null.
 */
export function profileNotPrograms(rows: readonly (readonly string[])[]): string | null {
  if (rows.length === 0 || locateColumns(rows[0]!).program !== undefined) return null;
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  const twoColumns = filled.filter((row) => row.filter((cell) => cell.trim() !== "").length <= 2).length;
  if (profileFieldRows(rows).size < 3 || twoColumns < filled.length / 2) return null;
  return "looks like a Profile file (one field and its value a row: Step 2 CK, Visa needed…), not a program sheet: pass it as --profile, and the Programs tab as --programs.";
}

// What the audit did with the profile where no finding shows it: rows it did not read (a label no
// field matches, or a field an earlier row already gave), a blank Visa needed, which it reads as
// None and so runs no visa check, and a blank or unreadable Match year, read as the next Match
// (RULES.md §1 asks for that note). RULES.md §1 gives no default for a blank visa need and §8 no code
// for these, so they are notes in the summary, not findings.

import { isBlank, normalizeWords, readText, shown } from "./cells";
import { LABEL_OF, matchProfileLabel, PROFILE_FIELDS, profileFieldRows } from "./profile";
import type { ProfileField } from "./types";

/** A header row as the template and the CLI's profile.csv write it: "Field, Value (, Help)". */
function isHeaderRow(label: string, value: unknown): boolean {
  return /^(?:field|label|profile field)$/.test(normalizeWords(label)) || normalizeWords(readText(value)) === "value";
}

/** What the audit made of the profile that the notes report. */
export interface ProfileReading {
  /** Visa needed gave an error. */
  visaUnreadable: boolean;
  /** Match year gave an error. */
  matchYearUnreadable: boolean;
  /** The Match year the audit used. */
  matchYear: number;
  /** Whether that year is the next Match, read for a blank or unreadable Match year. */
  matchYearIsNextMatch: boolean;
}

/** Notes on `rows` (the Profile sheet or profile.csv, row 1 first). */
export function profileNotes(rows: readonly (readonly unknown[])[], reading: ProfileReading): string[] {
  const { visaUnreadable } = reading;
  const readFrom = profileFieldRows(rows); // the rows the audit read
  const labelled = new Set<ProfileField>();
  const unknown: string[] = [];
  const notes: string[] = [];
  rows.forEach((line, i) => {
    const label = readText(line[0]);
    const field = matchProfileLabel(label);
    if (field === null) {
      if (!isBlank(line[1]) && !isHeaderRow(label, line[1])) unknown.push(label ? `row ${i + 1} "${label}"` : `row ${i + 1} (no label)`);
      return;
    }
    labelled.add(field);
    const first = readFrom.get(field);
    if (first !== undefined && first !== i && !isBlank(line[1])) {
      const blank = isBlank(rows[first]![1]) ? ", which is blank" : "";
      notes.push(`Row ${i + 1} "${label}" was not read: only the first ${LABEL_OF[field]} row counts, row ${first + 1} "${readText(rows[first]![0])}"${blank}. Keep one of the two rows.`);
    }
  });
  if (unknown.length > 0) {
    notes.unshift(
      `Not read from the profile: ${unknown.join(", ")}. The audit reads the labels ${PROFILE_FIELDS.map((f) => f.label).join(", ")}; rename a row if it is meant as one of them.`,
    );
  }
  const visaRow = readFrom.get("visaNeed");
  if (visaRow === undefined || visaUnreadable || isBlank(rows[visaRow]![1])) {
    const state = !labelled.has("visaNeed") ? "There is no Visa needed row" : visaUnreadable ? "Visa needed could not be read" : "Visa needed is blank";
    notes.push(`${state}, so the audit took it as None (US citizen or green card) and ran no visa check. If you need a J-1 or H-1B, enter it in the Profile sheet.`);
  }
  if (reading.matchYearIsNextMatch) {
    const matchRow = readFrom.get("matchYear");
    const state = reading.matchYearUnreadable && matchRow !== undefined ? `Match year '${shown(rows[matchRow]![1])}' is unreadable` : "Match year is blank";
    notes.push(`${state}: read as ${reading.matchYear}, the next Match.`);
  }
  return notes;
}

// Applied and Interview cells as applicants keep them: "submitted 9/25", "invited – declined",
// "applied? no", "waitlist" (RULES.md §3 yes/no). Read as yes only when the words say so and nothing
// in the cell takes it back; a "?" with no word saying no stays unreadable rather than guessed.

import { isBlank, normalizeWords, readYesNo, REASONS, type Reading } from "./cells";

/** Text that starts like this is no, in Applied and Interview alike. */
const NOT_YET = /^(?:not yet|pending|planned|to apply|maybe|waitlist(?:ed)?|wait list(?:ed)?)\b/;
/** Words that take a yes back: "applied? no", "invited – declined", "sent, withdrawn". */
const TAKEN_BACK = /\b(?:no|not|declined|withdr\w*|cancel+ed|cancel)\b/;
const APPLIED = /^(?:sent|submitted|applied|done)\b/;
const INTERVIEW = /^(?:invited|interviewed|scheduled|completed|done)\b/;

function readProgress(cell: unknown, yesStart: RegExp): Reading<boolean> {
  const plain = readYesNo(cell);
  if (plain.ok || typeof cell !== "string" || isBlank(cell)) return plain;
  const words = normalizeWords(cell);
  if (NOT_YET.test(words)) return { ok: true, value: false };
  if (!yesStart.test(words)) return plain;
  if (TAKEN_BACK.test(words)) return { ok: true, value: false };
  return cell.includes("?") ? { ok: false, reason: REASONS.yesNo } : { ok: true, value: true };
}

/** Applied: yes/no, or text that starts with "sent", "submitted", "applied" or "done" ("submitted 9/25"). */
export function readApplied(cell: unknown): Reading<boolean> {
  return readProgress(cell, APPLIED);
}

/** Interview: yes/no, or text that starts with "invited", "interviewed", "scheduled", "completed" or "done". */
export function readInterview(cell: unknown): Reading<boolean> {
  return readProgress(cell, INTERVIEW);
}

// Specialty names as people write them ("IM", "Peds", "Psych", "ENT") → one canonical name, so the
// signal limits, the application table and the competitive list (all in config.ts) can be looked up.

import { normalizeWords } from "./cells";

/** Each canonical name with its other spellings (normalized); the name itself always matches too. */
const ALIASES: Record<string, string[]> = {
  "Internal Medicine": ["im", "internal med", "categorical im", "internal medicine categorical"],
  "Family Medicine": ["fm", "family practice"],
  Pediatrics: ["peds", "paediatrics"],
  Psychiatry: ["psych"],
  Neurology: ["neuro"],
  Pathology: ["path"],
  "Emergency Medicine": ["em"],
  "General Surgery": ["gs", "surgery"],
  "Transitional Year": ["ty", "transitional"],
  Anesthesiology: ["anesthesia", "anaesthesiology"],
  Dermatology: ["derm"],
  "Orthopedic Surgery": ["ortho", "orthopedics", "orthopaedic surgery"],
  Otolaryngology: ["ent", "otolaryngology ent", "ent otolaryngology"],
  "Plastic Surgery": ["plastics"],
  "Radiation Oncology": ["rad onc"],
  "Neurological Surgery": ["neurosurgery"],
  "Diagnostic Radiology": ["radiology", "dr"],
  Ophthalmology: ["ophtho"],
};

// Built on first use, not at load: Apps Script loads the script for every custom-function call, and
// none of them reads a specialty.
let canonicalOf: Map<string, string> | undefined;
const canonicalNames = () =>
  (canonicalOf ??= new Map(
    Object.entries(ALIASES).flatMap(([name, aliases]) => [normalizeWords(name), ...aliases].map((alias) => [alias, name] as const)),
  ));

/** The canonical name of a specialty, or the text as written (trimmed) when it is not one we know. */
export function canonicalSpecialty(text: string): string {
  return canonicalNames().get(normalizeWords(text)) ?? text.trim().replace(/\s+/g, " ");
}

/** Two specialty names are the same when their canonical names match, ignoring case. */
export function specialtyKey(text: string): string {
  return canonicalSpecialty(text).toLowerCase();
}

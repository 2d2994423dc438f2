// Specialty names as people write them ("IM", "Peds", "Psych", "ENT") → one canonical name, so the
// signal limits, the application table and the competitive list (all in config.ts) can be looked up.

import { normalizeWords } from "./cells";

const ALIASES: Record<string, string> = {
  im: "Internal Medicine",
  "internal medicine": "Internal Medicine",
  "internal med": "Internal Medicine",
  "categorical im": "Internal Medicine",
  "internal medicine categorical": "Internal Medicine",
  fm: "Family Medicine",
  "family medicine": "Family Medicine",
  "family practice": "Family Medicine",
  peds: "Pediatrics",
  pediatrics: "Pediatrics",
  paediatrics: "Pediatrics",
  psych: "Psychiatry",
  psychiatry: "Psychiatry",
  neuro: "Neurology",
  neurology: "Neurology",
  path: "Pathology",
  pathology: "Pathology",
  em: "Emergency Medicine",
  "emergency medicine": "Emergency Medicine",
  gs: "General Surgery",
  surgery: "General Surgery",
  "general surgery": "General Surgery",
  ty: "Transitional Year",
  "transitional year": "Transitional Year",
  transitional: "Transitional Year",
  anesthesia: "Anesthesiology",
  anesthesiology: "Anesthesiology",
  anaesthesiology: "Anesthesiology",
  derm: "Dermatology",
  dermatology: "Dermatology",
  ortho: "Orthopedic Surgery",
  orthopedics: "Orthopedic Surgery",
  "orthopedic surgery": "Orthopedic Surgery",
  "orthopaedic surgery": "Orthopedic Surgery",
  ent: "Otolaryngology",
  otolaryngology: "Otolaryngology",
  "otolaryngology ent": "Otolaryngology",
  "ent otolaryngology": "Otolaryngology",
  plastics: "Plastic Surgery",
  "plastic surgery": "Plastic Surgery",
  "rad onc": "Radiation Oncology",
  "radiation oncology": "Radiation Oncology",
  neurosurgery: "Neurological Surgery",
  "neurological surgery": "Neurological Surgery",
  radiology: "Diagnostic Radiology",
  "diagnostic radiology": "Diagnostic Radiology",
  "dr": "Diagnostic Radiology",
  ophthalmology: "Ophthalmology",
  ophtho: "Ophthalmology",
};

/** The canonical name of a specialty, or the text as written (trimmed) when it is not one we know. */
export function canonicalSpecialty(text: string): string {
  const words = normalizeWords(text);
  return ALIASES[words] ?? text.trim().replace(/\s+/g, " ");
}

/** Two specialty names are the same when their canonical names match, ignoring case. */
export function specialtyKey(text: string): string {
  return canonicalSpecialty(text).toLowerCase();
}

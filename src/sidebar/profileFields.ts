// The profile form's fields: the profile's own labels, help and order (src/rules/profileFields.ts,
// shared with the Profile sheet), plus how the form asks for each. Typed as a record over
// ProfileField, so a field added to the profile fails `tsc` until the form has it.

import { PROFILE_FIELDS } from "../rules/profileFields";
import type { ProfileField } from "../rules/types";

export interface FormField {
  field: ProfileField;
  label: string;
  help: string;
  /** "number" is still a text box (inputmode=numeric) so a typo is kept and the server names it. */
  kind: "number" | "text" | "select";
  /** Suggested values: a dropdown for "select", a datalist otherwise. */
  options?: { value: string; label: string }[];
  required?: boolean;
}

const FIELDS: Record<ProfileField, Omit<FormField, "field" | "label" | "help" | "required">> = {
  step2: { kind: "number" },
  step2Attempts: { kind: "number" },
  step1: {
    kind: "text",
    options: [{ value: "Pass", label: "Pass" }, { value: "Fail", label: "Fail" }],
  },
  step1Attempts: { kind: "number" },
  step3: {
    kind: "text",
    options: [{ value: "Pass", label: "Pass" }, { value: "Not taken", label: "Not taken" }],
  },
  gradYear: { kind: "number" },
  visaNeed: {
    kind: "select",
    options: [
      { value: "", label: "Choose…" },
      { value: "None", label: "None (US citizen / green card)" },
      { value: "J-1", label: "J-1" },
      { value: "H-1B", label: "H-1B" },
      { value: "J-1 or H-1B", label: "J-1 or H-1B" },
    ],
  },
  specialties: { kind: "text" },
  usceMonths: { kind: "number" },
  languages: { kind: "text" },
  region: { kind: "text" },
  focus: { kind: "text" },
  matchYear: { kind: "number" },
  inUs: {
    kind: "select",
    options: [
      { value: "", label: "Not sure" },
      { value: "Yes", label: "Yes" },
      { value: "No", label: "No" },
    ],
  },
};

export const FORM_FIELDS: FormField[] = PROFILE_FIELDS.map(({ field, label, help, required }) => ({ field, label, help, required, ...FIELDS[field] }));

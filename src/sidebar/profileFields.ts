// The profile form's fields, in RULES.md §1 order, with the labels the Profile sheet uses. Typed as
// a record over ProfileField, so a field added to the profile fails `tsc` until the form has it.

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

const FIELDS: Record<ProfileField, Omit<FormField, "field">> = {
  step2: { label: "Step 2 CK", help: "Your USMLE Step 2 CK score (180–300). Every rule uses it.", kind: "number", required: true },
  step2Attempts: { label: "Step 2 CK attempts", help: "How many times you took it. Blank means 1.", kind: "number" },
  step1: {
    label: "Step 1",
    help: "Pass, Fail, or your score if you took it before pass/fail.",
    kind: "text",
    options: [{ value: "Pass", label: "Pass" }, { value: "Fail", label: "Fail" }],
  },
  step1Attempts: { label: "Step 1 attempts", help: "Blank means 1. Two or more counts as a failure on record.", kind: "number" },
  step3: {
    label: "Step 3",
    help: "Pass, Not taken (blank), or your score. H-1B usually needs Step 3 passed.",
    kind: "text",
    options: [{ value: "Pass", label: "Pass" }, { value: "Not taken", label: "Not taken" }],
  },
  gradYear: { label: "Graduation year", help: "The year you graduated from medical school, e.g. 2019.", kind: "number" },
  visaNeed: {
    label: "Visa needed",
    help: "The visa you need to train in the US.",
    kind: "select",
    options: [
      { value: "", label: "Choose…" },
      { value: "None", label: "None (US citizen / green card)" },
      { value: "J-1", label: "J-1" },
      { value: "H-1B", label: "H-1B" },
      { value: "J-1 or H-1B", label: "J-1 or H-1B" },
    ],
  },
  specialties: { label: "Specialties", help: "Comma-separated; the first is your main one, e.g. Internal Medicine, Family Medicine.", kind: "text" },
  usceMonths: { label: "USCE months", help: "Months of US clinical experience. Blank means unknown.", kind: "number" },
  languages: { label: "Languages", help: "Languages you speak besides English, e.g. Spanish.", kind: "text" },
  region: { label: "Region", help: "Where you trained, e.g. South Asia.", kind: "text" },
  focus: { label: "Mission focus", help: "County / safety net, rural / underserved, border…", kind: "text" },
  matchYear: { label: "Match year", help: "The year you match. Blank means this year.", kind: "number" },
};

// Object keys keep their written order, which is RULES.md §1's.
export const FORM_FIELDS: FormField[] = (Object.keys(FIELDS) as ProfileField[]).map((field) => ({ field, ...FIELDS[field] }));

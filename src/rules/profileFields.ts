// The profile's fields (RULES.md §1) as data only: label, help and whether it is required. Kept free
// of imports so the sidebar page can use the same labels and help texts without bundling the rules.

import type { ProfileField } from "./types";

export interface ProfileFieldInfo {
  field: ProfileField;
  /** The label in the Profile sheet, exactly as RULES.md §1 writes it. */
  label: string;
  /** Shown in the sidebar's form and beside the value in the Profile sheet. */
  help: string;
  /** Only Step 2 CK: every rule uses it. */
  required?: boolean;
}

export const PROFILE_FIELDS: ProfileFieldInfo[] = [
  { field: "step2", label: "Step 2 CK", help: "Your USMLE Step 2 CK score (180–300). Every rule uses it.", required: true },
  { field: "step2Attempts", label: "Step 2 CK attempts", help: "How many times you took it. Blank means 1." },
  { field: "step1", label: "Step 1", help: "Pass, Fail, or your score if you took it before pass/fail." },
  { field: "step1Attempts", label: "Step 1 attempts", help: "Blank means 1. Two or more counts as a failure on record." },
  { field: "step3", label: "Step 3", help: "Pass, Not taken (blank), or your score. H-1B usually needs Step 3 passed." },
  { field: "gradYear", label: "Graduation year", help: "The year you graduated from medical school, e.g. 2019." },
  { field: "visaNeed", label: "Visa needed", help: "None (US citizen / green card), J-1, H-1B, or J-1 or H-1B." },
  { field: "specialties", label: "Specialties", help: "Comma-separated; the first is your main one, e.g. Internal Medicine, Family Medicine." },
  { field: "usceMonths", label: "USCE months", help: "Months of US clinical experience. Blank means unknown." },
  { field: "languages", label: "Languages", help: "Languages you speak besides English, e.g. Spanish." },
  { field: "region", label: "Region", help: "Where you trained, e.g. South Asia." },
  { field: "focus", label: "Mission focus", help: "County / safety net, rural / underserved, border…" },
  { field: "matchYear", label: "Match year", help: "The Match you apply for. Blank means the next Match: this year until March, next year from April." },
  { field: "inUs", label: "In the US now", help: "Yes or No: whether you are in the US now (the H-1B petition fee depends on it). Blank means unknown." },
];

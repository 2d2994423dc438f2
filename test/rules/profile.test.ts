// The applicant profile: its labels, the forgiving label match and the validated read, checked against
// RULES.md §1 (and §3 for how an unreadable value is reported).

import { describe, expect, it } from "vitest";
import { SCORE_RANGE } from "../../src/rules/cells";
import { DEFAULT_RULES } from "../../src/rules/config";
import { matchProfileLabel, parseProfile, PROFILE_FIELDS, profileValuesFromRows } from "../../src/rules/profile";
import type { Profile, ProfileField } from "../../src/rules/types";

// RULES.md §1's table, field and label, word for word and in order.
const RULES_LABELS: [ProfileField, string][] = [
  ["step2", "Step 2 CK"],
  ["step2Attempts", "Step 2 CK attempts"],
  ["step1", "Step 1"],
  ["step1Attempts", "Step 1 attempts"],
  ["step3", "Step 3"],
  ["gradYear", "Graduation year"],
  ["visaNeed", "Visa needed"],
  ["specialties", "Specialties"],
  ["usceMonths", "USCE months"],
  ["languages", "Languages"],
  ["region", "Region"],
  ["focus", "Mission focus"],
  ["matchYear", "Match year"],
  ["inUs", "In the US now"],
];

describe("RULES.md §1 profile labels", () => {
  it("PROFILE_FIELDS are RULES.md §1's fields and labels, in order; only Step 2 CK is required", () => {
    expect(PROFILE_FIELDS.map((f) => [f.field, f.label])).toEqual(RULES_LABELS);
    expect(PROFILE_FIELDS.filter((f) => f.required).map((f) => f.field)).toEqual(["step2"]);
  });

  it.each(RULES_LABELS.map(([field, label]) => [label, field] as const))("label %j is %s", (label, field) => {
    expect(matchProfileLabel(label)).toBe(field);
  });

  it.each<[string, ProfileField]>([
    ["Step 2 CK score", "step2"],
    ["USMLE Step 2", "step2"],
    ["USMLE Step 2 CK", "step2"],
    ["step 2 ck:", "step2"],
    ["STEP 2 CK", "step2"],
    ["Year of graduation", "gradYear"],
    ["Graduation Year:", "gradYear"],
    ["Visa", "visaNeed"],
    ["Visa needed?", "visaNeed"],
    ["USMLE Step 1", "step1"],
  ])("forgiving: %j is %s", (label, field) => {
    expect(matchProfileLabel(label)).toBe(field);
  });

  // Step 1 is pass/fail now, so sheets label it that way; a label matched by no field is silently
  // dropped, and a Step 1 "Fail" would then no longer put the applicant in high risk (RULES.md §4).
  it.each(["Step 1 (Pass/Fail)", "Step 1 result (pass / fail)", "Step 1 status", "USMLE Step 1 (P/F)"])("forgiving: %j is step1", (label) => {
    expect(matchProfileLabel(label)).toBe("step1");
  });

  it("'Step 2 CK attempts' is the attempts, not the score", () => {
    expect(matchProfileLabel("Step 2 CK attempts")).toBe("step2Attempts");
    expect(matchProfileLabel("USMLE Step 2 CK attempts")).toBe("step2Attempts");
    expect(matchProfileLabel("Step 1 attempts")).toBe("step1Attempts");
  });

  // Attempts written before the Step: an unmatched label is dropped, attempts read as 1 and
  // ATTEMPTS_EXCEEDED never fires (RULES.md §7).
  it.each<[string, ProfileField]>([
    ["Attempts on Step 2 CK", "step2Attempts"],
    ["Number of attempts (USMLE Step 2 CK)", "step2Attempts"],
    ["Attempts: Step 1", "step1Attempts"],
    ["Step 2 CK attempt count", "step2Attempts"],
    // "CK" alone is how many applicants name Step 2 CK.
    ["CK attempts", "step2Attempts"],
    ["Attempts at CK", "step2Attempts"],
    ["CK score", "step2"],
    ["USMLE CK", "step2"],
    ["Step 2 CK score (USMLE)", "step2"],
  ])("forgiving: %j is %s", (label, field) => {
    expect(matchProfileLabel(label)).toBe(field);
  });

  it.each(["Name", "Email", "Favourite colour", "", "  ", null, 7])("%j is no profile field (null)", (label) => {
    expect(matchProfileLabel(label)).toBeNull();
  });
});

describe("RULES.md §1 reading the profile (parseProfile)", () => {
  it("reads a full valid profile", () => {
    const { profile, errors } = parseProfile({
      step2: "232",
      step2Attempts: 1,
      step1: "Pass",
      step1Attempts: "2",
      step3: "Pass",
      gradYear: 2019,
      visaNeed: "J-1",
      specialties: "Internal Medicine, Family Medicine",
      usceMonths: "4",
      languages: "Spanish",
      region: "South Asia",
      focus: "county / safety net",
      matchYear: "2026",
    });
    expect(errors).toEqual({});
    expect(profile).toEqual<Profile>({
      step2: 232,
      step2Attempts: 1,
      step1: "Pass",
      step1Attempts: 2,
      step3: "Pass",
      gradYear: 2019,
      visaNeed: "J-1",
      specialties: ["Internal Medicine", "Family Medicine"],
      usceMonths: 4,
      languages: "Spanish",
      region: "South Asia",
      focus: "county / safety net",
      matchYear: 2026,
      inUs: null,
    });
  });

  it("reads USCE months written as text with a fraction, as the CSV and the form give it", () => {
    for (const [text, months] of [["4.5", 4.5], ["4.5 months", 4.5], ["6 mo", 6], ["3 Months", 3], ["0", 0]] as const) {
      const { profile, errors } = parseProfile({ step2: 240, usceMonths: text });
      expect(errors, text).toEqual({});
      expect(profile!.usceMonths, text).toBe(months);
    }
    expect(parseProfile({ step2: 240, usceMonths: "4 5" }).errors.usceMonths).toMatch(/USCE months '4 5' is not a number of months/);
  });

  it("blanks take the defaults of §1: attempts 1, Step 3 'Not taken', visa 'None'", () => {
    const { profile, errors } = parseProfile({ step2: 240, step2Attempts: "", step1Attempts: null, step3: "  ", visaNeed: "" });
    expect(errors).toEqual({});
    expect(profile).toMatchObject({ step2: 240, step2Attempts: 1, step1Attempts: 1, step3: "Not taken", visaNeed: "None" });
    expect(profile).toMatchObject({ step1: null, gradYear: null, usceMonths: null, matchYear: null, specialties: [] });
  });

  it("only Step 2 CK given: every other field takes its default", () => {
    const { profile, errors } = parseProfile({ step2: 225 });
    expect(errors).toEqual({});
    expect(profile).toMatchObject({ step2: 225, step2Attempts: 1, step1Attempts: 1, step3: "Not taken", visaNeed: "None" });
  });

  it("'abc' in Step 2 CK: no profile, and the error names the label and the value", () => {
    const { profile, errors } = parseProfile({ step2: "abc", gradYear: 2019 });
    expect(profile).toBeNull();
    expect(errors.step2).toBe("Step 2 CK 'abc' is not a score from 180 to 300");
  });

  it.each([150, "N/A", ""])("Step 2 CK %j: no profile, and an error for step2", (step2) => {
    const { profile, errors } = parseProfile({ step2 });
    expect(profile).toBeNull();
    expect(errors.step2).toMatch(/^Step 2 CK /);
  });

  it("a bad optional field keeps the profile: gradYear 'soon' is null with its error", () => {
    const { profile, errors } = parseProfile({ step2: 232, gradYear: "soon", visaNeed: "H-1B", specialties: "IM" });
    expect(errors).toEqual({ gradYear: "Graduation year 'soon' is not a four-digit year" });
    expect(profile).toMatchObject({ step2: 232, gradYear: null, visaNeed: "H-1B", specialties: ["Internal Medicine"] });
  });

  it("two bad optional fields: both named, the rest still read", () => {
    const { profile, errors } = parseProfile({ step2: 232, step2Attempts: "many", visaNeed: "maybe", matchYear: 2026 });
    expect(Object.keys(errors).sort()).toEqual(["step2Attempts", "visaNeed"]);
    expect(errors.step2Attempts).toMatch(/^Step 2 CK attempts 'many' /);
    expect(errors.visaNeed).toMatch(/^Visa needed 'maybe' /);
    expect(profile).toMatchObject({ step2: 232, step2Attempts: 1, visaNeed: "None", matchYear: 2026 });
  });

  it("specialties 'IM, FM' become the canonical names, first one first", () => {
    expect(parseProfile({ step2: 232, specialties: "IM, FM" }).profile?.specialties).toEqual(["Internal Medicine", "Family Medicine"]);
    expect(parseProfile({ step2: 232, specialties: "Peds, Psych" }).profile?.specialties).toEqual(["Pediatrics", "Psychiatry"]);
  });

  it("never changes the values it was given", () => {
    const values = { step2: " 232 ", gradYear: "soon", specialties: "IM, FM" };
    const copy = structuredClone(values);
    parseProfile(values);
    expect(values).toEqual(copy);
  });
});

describe("RULES.md §1 Profile sheet rows (profileValuesFromRows)", () => {
  it("reads [label, value] rows by field and ignores unknown labels", () => {
    const values = profileValuesFromRows([
      ["Name", "Dr. A"],
      ["USMLE Step 2 CK score", 232],
      ["Year of graduation", 2019],
      ["Visa", "J-1"],
      ["Favourite colour", "blue"],
      [],
    ]);
    expect(values).toEqual({ step2: 232, gradYear: 2019, visaNeed: "J-1" });
  });

  it("takes the first of two rows with the same field", () => {
    const values = profileValuesFromRows([
      ["Step 2 CK", 232],
      ["Step 2 CK score", 250],
      ["Step 2 CK attempts", 2],
    ]);
    expect(values).toEqual({ step2: 232, step2Attempts: 2 });
  });

  it("rows straight from the sheet give a profile", () => {
    // A sheet that lists only some fields: the rows it leaves out are blank, not errors.
    const { profile, errors } = parseProfile(profileValuesFromRows([["Step 2 CK", "≥ 235"], ["Specialties", "IM"]]));
    expect(errors).toEqual({});
    expect(profile).toMatchObject({ step2: 235, specialties: ["Internal Medicine"], step3: "Not taken", visaNeed: "None" });
  });
});

describe("the score range in words", () => {
  // profileFields.ts has no imports (the sidebar bundles it), so its help cannot read the config:
  // this keeps it in step with the range every reader and message uses.
  it("is the config's range in the Step 2 CK help", () => {
    const help = PROFILE_FIELDS.find((field) => field.field === "step2")!.help;
    expect(SCORE_RANGE).toBe(`${DEFAULT_RULES.score.min}–${DEFAULT_RULES.score.max}`);
    expect(help).toContain(`(${SCORE_RANGE})`);
  });
  it("is the config's range when Step 1 does not read", () => {
    const { errors } = parseProfile({ step2: "230", step1: "high" });
    expect(errors.step1).toContain(`a score from ${DEFAULT_RULES.score.min} to ${DEFAULT_RULES.score.max}`);
  });
});

import { describe, expect, it } from "vitest";
import { FORM_FIELDS } from "../../src/sidebar/profileFields";
import { PROFILE_FIELDS } from "../../src/rules/profile";

// The form takes its labels, help and order from src/rules/profileFields.ts (data only, no zod), the
// same list the Profile sheet is written from.
describe("the profile form's fields", () => {
  it("are the profile's fields, in RULES.md §1 order, with the Profile sheet's labels", () => {
    expect(FORM_FIELDS.map((f) => [f.field, f.label])).toEqual(PROFILE_FIELDS.map((f) => [f.field, f.label]));
  });

  it("mark the same fields required", () => {
    expect(FORM_FIELDS.filter((f) => f.required).map((f) => f.field)).toEqual(PROFILE_FIELDS.filter((f) => f.required).map((f) => f.field));
  });

  it("offer every visa need the rules read", () => {
    const visa = FORM_FIELDS.find((f) => f.field === "visaNeed");
    expect(visa?.options?.map((o) => o.value).filter(Boolean)).toEqual(["None", "J-1", "H-1B", "J-1 or H-1B"]);
  });
});

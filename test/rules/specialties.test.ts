import { describe, expect, it } from "vitest";
import { canonicalSpecialty, specialtyKey } from "../../src/rules/specialties";

describe("canonicalSpecialty", () => {
  it("reads the short forms people write", () => {
    expect(canonicalSpecialty("IM")).toBe("Internal Medicine");
    expect(canonicalSpecialty("Peds")).toBe("Pediatrics");
    expect(canonicalSpecialty("ENT / Otolaryngology")).toBe("Otolaryngology");
    expect(canonicalSpecialty("Orthopaedic Surgery")).toBe("Orthopedic Surgery");
    expect(canonicalSpecialty("rad-onc")).toBe("Radiation Oncology");
  });
  it("reads a canonical name in any case and spacing", () => {
    expect(canonicalSpecialty("  internal   MEDICINE ")).toBe("Internal Medicine");
    expect(canonicalSpecialty("diagnostic radiology")).toBe("Diagnostic Radiology");
  });
  it("keeps a specialty it does not know as written, spaces tidied", () => {
    expect(canonicalSpecialty("  Child  Neurology ")).toBe("Child Neurology");
    // Names of Object.prototype's members are text like any other.
    expect(canonicalSpecialty("constructor")).toBe("constructor");
    expect(canonicalSpecialty("toString")).toBe("toString");
  });
  it("keys alike spellings alike", () => {
    expect(specialtyKey("FM")).toBe(specialtyKey("Family Practice"));
    expect(specialtyKey("Psych")).not.toBe(specialtyKey("Neuro"));
  });
});

import { describe, expect, it } from "vitest";
import { imgFriendlinessOf, wordsAdjustment, type ImgFriendlyInput } from "../../src/rules/imgFriendly";

const UNKNOWN = { j1: "unknown", h1b: "unknown" } as const;
const BOTH = { j1: "yes", h1b: "yes" } as const;
const NONE = { j1: "no", h1b: "no" } as const;
const base: ImgFriendlyInput = { imgPct: null, visa: UNKNOWN, notes: "", programType: null };
const friendly = (over: Partial<ImgFriendlyInput>) => imgFriendlinessOf({ ...base, ...over });

describe("RULES.md §6 step 1: level from IMG %", () => {
  it("≥ 40 High, 20–39.9 Medium, < 20 Low", () => {
    expect(friendly({ imgPct: 40 })).toBe("High");
    expect(friendly({ imgPct: 39.9 })).toBe("Medium");
    expect(friendly({ imgPct: 20 })).toBe("Medium");
    expect(friendly({ imgPct: 19.9 })).toBe("Low");
  });
  it("no IMG % → the program type's lower end; no type either → Unknown, and visa/words do not apply", () => {
    expect(friendly({ programType: "University" })).toBe("Low");
    expect(friendly({ programType: "University-affiliated community" })).toBe("Medium");
    expect(friendly({ programType: "Community" })).toBe("High");
    expect(friendly({ visa: BOTH, notes: "IMG-friendly" })).toBe("Unknown");
  });
});

describe("RULES.md §6 step 2: visa policy", () => {
  it("J-1 and H-1B raises one level; None lowers one; J-1 alone changes nothing", () => {
    expect(friendly({ imgPct: 30, visa: BOTH })).toBe("High");
    expect(friendly({ imgPct: 30, visa: NONE })).toBe("Low");
    expect(friendly({ imgPct: 30, visa: { j1: "yes", h1b: "no" } })).toBe("Medium");
  });
});

describe("RULES.md §6 step 3: words in the notes", () => {
  it.each([
    "Highly competitive applicants only",
    "PREFERENCE given to U.S. graduates",
    "US graduates preferred.",
    "USMLE Step 2 > 240 preferred",
    "Step 2 CK of 245 or higher preferred",
  ])("lowers for %j", (notes) => {
    expect(wordsAdjustment(notes)).toBe(-1);
  });
  // "Step 2CK" and "Step2 CK" are how many program sites and applicants write it (RULES.md §6:
  // matching ignores case and punctuation), and the profile's labels already accept them.
  it.each(["Step 2CK > 240 preferred", "Step2 CK 245 preferred", "We prefer applicants with Step 2CK above 250"])("lowers for %j", (notes) => {
    expect(wordsAdjustment(notes)).toBe(-1);
  });
  it("a stated preference under 240 does not lower", () => {
    expect(wordsAdjustment("Step 2CK > 230 preferred")).toBe(0);
    expect(wordsAdjustment("Step 2 > 230 preferred")).toBe(0);
  });
  it.each([
    "We WELCOME applications from international graduates!",
    "long history of training IMGs",
    "holistic review",
    "IMG friendly program",
    "No Step cutoff",
  ])("raises for %j", (notes) => {
    expect(wordsAdjustment(notes)).toBe(1);
  });
  it("at most one of each; a raise and a lower cancel", () => {
    expect(wordsAdjustment("holistic review, IMG-friendly, no step cutoff")).toBe(1);
    expect(wordsAdjustment("holistic review; US graduates preferred")).toBe(0);
  });
});

describe("RULES.md §6: adjustments add up once and are kept between Low and High", () => {
  it("High with J-1 and H-1B and 'preference given to US graduates' stays High", () => {
    expect(friendly({ imgPct: 60, visa: BOTH, notes: "Preference given to US graduates" })).toBe("High");
  });
  it("Low with None and a lowering phrase stays Low; two raises lift Low to High", () => {
    expect(friendly({ imgPct: 5, visa: NONE, notes: "highly competitive applicants" })).toBe("Low");
    expect(friendly({ imgPct: 15, visa: BOTH, notes: "holistic review" })).toBe("High");
  });
});

describe("RULES.md §6 step 4: a known IMG % under 10 is Low whatever the visa or the words", () => {
  it.each([0, 1, 5, 9.9])("IMG %% %d with J-1 and H-1B and a raising phrase is Low", (imgPct) => {
    expect(friendly({ imgPct, visa: BOTH, notes: "holistic review, IMG-friendly" })).toBe("Low");
  });
  it("10 is not under 10: the visa and the words move it as before", () => {
    expect(friendly({ imgPct: 10, visa: BOTH, notes: "holistic review" })).toBe("High");
  });
  it("the program type's stand-in never triggers it (University stands in as 0%)", () => {
    expect(friendly({ programType: "University", visa: BOTH, notes: "holistic review" })).toBe("High");
    expect(friendly({ imgPct: 5, programType: "Community" })).toBe("Low");
  });
});

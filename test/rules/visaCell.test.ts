// The Visa cell read as two facts, J-1 and H-1B (RULES.md §3 "Visa policy as two facts"). Every row is
// an exact cell text from RULES.md §3 or issue 12, with the answer RULES.md gives for it.

import { describe, expect, it } from "vitest";
import { REASONS } from "../../src/rules/cells";
import { readVisaPolicy } from "../../src/rules/visaCell";
import type { VisaAnswer } from "../../src/rules/types";

const facts = (j1: VisaAnswer, h1b: VisaAnswer) => ({ ok: true, value: { j1, h1b } });

describe("RULES.md §3 a visa named plainly is yes; naming only one makes the other no", () => {
  it.each([
    ["J-1", "yes", "no"],
    ["J1", "yes", "no"],
    ["j-1", "yes", "no"],
    ["J-1 only", "yes", "no"],
    ["J1 only", "yes", "no"],
    ["H-1B", "no", "yes"],
    ["H1B", "no", "yes"],
    ["H1b", "no", "yes"],
    ["J-1/H-1B", "yes", "yes"],
    ["J-1 and H-1B", "yes", "yes"],
    ["J1, H1B", "yes", "yes"],
    ["Both", "yes", "yes"],
  ] as const)("%j is J-1 %s, H-1B %s", (cell, j1, h1b) => {
    expect(readVisaPolicy(cell)).toEqual(facts(j1, h1b));
  });
});

describe("RULES.md §3 no visas at all", () => {
  it.each([
    "None",
    "NONE",
    "No",
    "No visa sponsorship",
    "No visas",
    "US citizens / green card only",
    "citizens only",
    "GC only",
    "cit/GC only",
    "Does not sponsor visas",
    "None (US citizens only)",
    "no visas at all",
    "Not sponsoring",
    "neither",
  ])("%j is no and no", (cell) => {
    expect(readVisaPolicy(cell)).toEqual(facts("no", "no"));
  });
});

describe("RULES.md §3 a negated visa is no, and does not make the other yes", () => {
  it.each([
    ["J1 only, no H1B", "yes", "no"],
    ["J1 (no H1B)", "yes", "no"],
    ["J-1 only (no H-1B)", "yes", "no"],
    ["Does not sponsor H-1B", "unknown", "no"],
    ["no H1B", "unknown", "no"],
    ["not H-1B", "unknown", "no"],
    ["H-1B not sponsored", "unknown", "no"],
    ["without H-1B", "unknown", "no"],
    ["No J-1", "no", "unknown"],
    ["No J1 or H1B", "no", "no"],
  ] as const)("%j is J-1 %s, H-1B %s", (cell, j1, h1b) => {
    expect(readVisaPolicy(cell)).toEqual(facts(j1, h1b));
  });
});

describe("RULES.md §3 a visa followed by its own answer takes it; '/' then separates two facts", () => {
  it.each([
    ["J1 yes / H1B no", "yes", "no"],
    ["J-1: ✓, H-1B: ✗", "yes", "no"],
    ["J-1: ✔, H-1B: ✘", "yes", "no"],
    ["J1 no / H1B yes", "no", "yes"],
    ["J-1 Y, H-1B N", "yes", "no"],
    ["J-1: yes", "yes", "unknown"],
  ] as const)("%j is J-1 %s, H-1B %s", (cell, j1, h1b) => {
    expect(readVisaPolicy(cell)).toEqual(facts(j1, h1b));
  });
});

describe("RULES.md §3 a visa named as preferred is yes and leaves the other unknown", () => {
  it.each([
    ["J-1 preferred", "yes", "unknown"],
    ["J1 (preferred)", "yes", "unknown"],
    ["H-1B preferred", "unknown", "yes"],
  ] as const)("%j is J-1 %s, H-1B %s", (cell, j1, h1b) => {
    expect(readVisaPolicy(cell)).toEqual(facts(j1, h1b));
  });
});

describe("RULES.md §3 doubt or a condition makes the visa unknown, and the other too unless the cell settles it", () => {
  it.each([
    ["J1?", "unknown", "unknown"],
    ["prob J1", "unknown", "unknown"],
    ["probably J-1", "unknown", "unknown"],
    ["H1b case by case", "unknown", "unknown"],
    ["H1B only if Step 3", "unknown", "unknown"],
    ["J-1 maybe", "unknown", "unknown"],
    ["likely H-1B", "unknown", "unknown"],
    ["H-1B considered", "unknown", "unknown"],
    ["H-1B for fellows", "unknown", "unknown"],
    ["H-1B sometimes", "unknown", "unknown"],
    ["H-1B limited", "unknown", "unknown"],
    ["J-1 TBD", "unknown", "unknown"],
    ["H-1B unclear", "unknown", "unknown"],
    ["varies", "unknown", "unknown"],
    ["H-1B in the past", "unknown", "unknown"],
    ["previously H-1B", "unknown", "unknown"],
    ["J1 yes, H1B case by case", "yes", "unknown"],
    ["J1 only, H1B if Step 3", "yes", "unknown"],
    ["H1B maybe, no J1", "no", "unknown"],
  ] as const)("%j is J-1 %s, H-1B %s", (cell, j1, h1b) => {
    expect(readVisaPolicy(cell)).toEqual(facts(j1, h1b));
  });
});

describe("RULES.md §3 blank, Unknown and ? are unknown for both, without a problem", () => {
  it.each(["", "  ", null, undefined, "Unknown", "?", "N/A", "#N/A", " #REF! ", "TBD", "unsure"])("%j is unknown and unknown", (cell) => {
    expect(readVisaPolicy(cell)).toEqual(facts("unknown", "unknown"));
  });
});

describe("RULES.md §3 text that names neither visa and is none of the above is unreadable", () => {
  it("'Yes' asks which visa", () => {
    const reading = readVisaPolicy("Yes");
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toBe(REASONS.visaWhich);
  });
  it.each(["sponsors all IMGs warmly", "lots", "no info", true, 1])("%j is not a visa policy", (cell) => {
    expect(readVisaPolicy(cell)).toEqual({ ok: false, reason: REASONS.visaPolicy });
  });
});

describe("RULES.md §3 the rule behind them: more than a plain list, not settled → unknown, never a guess", () => {
  it.each([
    ["J-1 through ECFMG, H-1B for chiefs", "yes", "unknown"],
    ["J-1 (ECFMG)", "yes", "no"],
    ["J1 for strong applicants", "unknown", "unknown"],
  ] as const)("%j is J-1 %s, H-1B %s", (cell, j1, h1b) => {
    expect(readVisaPolicy(cell)).toEqual(facts(j1, h1b));
  });
});

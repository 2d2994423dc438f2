// What applicants type in the profile, read as RULES.md v2 §1 says: the next Match for a blank Match
// year, "In the US now", attempts written in a Step's value, a "scheduled" Step 3. Exact cell texts.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { describeApplicant, nextMatchYear } from "../../src/rules/applicant";
import { DEFAULT_RULES } from "../../src/rules/config";
import { matchProfileLabel, parseProfile } from "../../src/rules/profile";
import { profileRows, programSheet, quietProgram } from "../support/sheets";

describe("RULES.md §1 the next Match: a blank Match year", () => {
  it.each([
    [new Date(2026, 11, 1), 2027],
    [new Date(2027, 0, 1), 2027],
    [new Date(2027, 2, 31, 23, 59), 2027],
    [new Date(2027, 3, 1), 2028],
    [new Date(2026, 5, 15), 2027],
  ])("on %s is %i", (today, year) => {
    expect(nextMatchYear(today)).toBe(year);
    const { profile } = parseProfile({ step2: 230, matchYear: "" });
    expect(describeApplicant(profile!, today, DEFAULT_RULES).matchYear).toBe(year);
  });

  const audit = (matchYear: unknown, today = new Date(2026, 11, 1)) =>
    auditSheet(
      programSheet([quietProgram("A", { "Max years since graduation": 5 })]),
      profileRows({ "Graduation year": 2021, "Match year": matchYear }),
      { today },
    );

  it("in December 2026 a graduate of 2021 is 6 years out by the 2027 Match: GRAD_YEAR_EXCEEDED, with the note", () => {
    const result = audit("");
    expect(result.summary.matchYear).toBe(2027);
    expect(result.findings.map((f) => f.code)).toContain("GRAD_YEAR_EXCEEDED");
    expect(result.summary.profileNotes).toContain("Match year is blank: read as 2027, the next Match.");
  });

  it("a Match year given is used as written, with no note", () => {
    const result = audit(2026);
    expect(result.summary.matchYear).toBe(2026);
    expect(result.findings.map((f) => f.code)).not.toContain("GRAD_YEAR_EXCEEDED");
    expect(result.summary.profileNotes.join(" ")).not.toMatch(/Match year/);
  });

  it("an unreadable Match year is UNREADABLE_VALUE with no row, read as the next Match, and the note says unreadable", () => {
    const result = audit("next year");
    expect(result.summary.matchYear).toBe(2027);
    const unreadable = result.findings.filter((f) => f.code === "UNREADABLE_VALUE");
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ row: null, program: null });
    expect(unreadable[0]!.message).toContain("'next year'");
    const note = result.summary.profileNotes.find((n) => n.startsWith("Match year"));
    expect(note).toBe("Match year 'next year' is unreadable: read as 2027, the next Match.");
  });
});

describe("RULES.md §1 In the US now", () => {
  it.each([
    ["In the US now", "inUs"],
    ["In the U.S. now?", "inUs"],
    ["Currently in the US", "inUs"],
    ["USCE months", "usceMonths"],
  ] as const)("label %j is %s", (label, field) => {
    expect(matchProfileLabel(label)).toBe(field);
  });

  it.each([
    ["Yes", true],
    ["Y", true],
    [true, true],
    ["No", false],
    ["n", false],
    ["", null],
    [undefined, null],
  ] as const)("%j is %j", (cell, inUs) => {
    const { profile, errors } = parseProfile({ step2: 230, inUs: cell });
    expect(errors).toEqual({});
    expect(profile!.inUs).toBe(inUs);
  });

  it("'maybe' is named as unreadable and read as unknown", () => {
    const { profile, errors } = parseProfile({ step2: 230, inUs: "maybe" });
    expect(errors.inUs).toBe("In the US now 'maybe' is not yes or no");
    expect(profile!.inUs).toBeNull();
  });
});

describe("RULES.md §1 attempts written in a Step's value", () => {
  it.each([
    ["step1", "Pass (2nd attempt)", "Pass", 2],
    ["step1", "Pass on second attempt", "Pass", 2],
    ["step1", "passed after 1 fail", "Pass", 2],
    ["step1", "Fail, then pass", "Pass", 2],
    ["step1", "Pass (3rd attempt)", "Pass", 3],
    ["step1", "Pass", "Pass", 1],
    ["step2", "218 (2 attempts)", 218, 2],
    ["step2", "218", 218, 1],
  ] as const)("%s %j is %j with %i attempts", (field, cell, result, attempts) => {
    const { profile, errors } = parseProfile({ step2: 230, [field]: cell });
    expect(errors).toEqual({});
    expect(profile![field]).toBe(result);
    expect(profile![field === "step1" ? "step1Attempts" : "step2Attempts"]).toBe(attempts);
  });

  it("the larger of the value's attempts and the attempts field counts", () => {
    expect(parseProfile({ step2: 230, step1: "Pass (2nd attempt)", step1Attempts: 3 }).profile!.step1Attempts).toBe(3);
    expect(parseProfile({ step2: 230, step1: "Pass (2nd attempt)", step1Attempts: 1 }).profile!.step1Attempts).toBe(2);
  });

  it("issue 12: 'Step 1: Pass (2nd attempt)' makes attempts 2, so ATTEMPTS_EXCEEDED fires at a one-attempt program", () => {
    const result = auditSheet(programSheet([quietProgram("A", { "Max attempts": 1 })]), profileRows({ "Step 1": "Pass (2nd attempt)" }), { today: new Date(2026, 11, 1) });
    expect(result.findings.map((f) => f.code)).toContain("ATTEMPTS_EXCEEDED");
    expect(result.summary.scoreBand).toBe("high risk");
  });

  it("Step 3 has no attempts field, but attempts written in its value count toward attempts on any Step", () => {
    const { profile } = parseProfile({ step2: 240, step3: "Pass (2nd attempt)" });
    expect(profile!.step3).toBe("Pass");
    const applicant = describeApplicant(profile!, new Date(2026, 11, 1), DEFAULT_RULES);
    expect(applicant.attempts).toBe(2);
    expect(applicant.step3Passed).toBe(true);
  });
});

describe("RULES.md §1 a Step 3 scheduled, booked, planned or with a date set is not passed, without a note", () => {
  it.each(["Scheduled", "scheduled for Jan 2027", "Booked", "booked 2/14/2027", "Planned", "Date set", "date set: March 2027"])("%j is Not taken", (cell) => {
    const { profile, errors } = parseProfile({ step2: 230, step3: cell });
    expect(errors).toEqual({});
    expect(profile!.step3).toBe("Not taken");
  });
});

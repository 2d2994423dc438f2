// Applied and Interview as applicants keep them (RULES.md §3 yes/no, issue 12): the starting words,
// what takes them back, and what stays unreadable. Exact cell texts.

import { describe, expect, it } from "vitest";
import { REASONS } from "../../src/rules/cells";
import { readApplied, readInterview } from "../../src/rules/progressCells";

describe("RULES.md §3 Applied: text that starts with sent, submitted, applied or done", () => {
  it.each([
    ["sent", true],
    ["Sent", true],
    ["submitted 9/25", true],
    ["Applied 10/1", true],
    ["done", true],
    ["✔️", true],
    ["applied? no", false],
    ["applied - withdrew", false],
    ["submitted, then withdrawn", false],
    ["sent but cancelled", false],
    ["not yet", false],
    ["pending", false],
    ["planned", false],
    ["to apply", false],
    ["maybe", false],
    ["waitlist", false],
    ["", false],
    ["No", false],
  ] as const)("%j is %j", (cell, yes) => {
    expect(readApplied(cell)).toEqual({ ok: true, value: yes });
  });
  it.each(["submitted?", "applied ?"])("%j is unreadable: a '?' and no word saying no", (cell) => {
    expect(readApplied(cell)).toEqual({ ok: false, reason: REASONS.yesNo });
  });
  it("Interview words are not Applied words", () => {
    expect(readApplied("invited")).toEqual({ ok: false, reason: REASONS.yesNo });
  });
});

describe("RULES.md §3 Interview: text that starts with invited, interviewed, scheduled, completed or done", () => {
  it.each([
    ["invited", true],
    ["Invited 11/3", true],
    ["interviewed", true],
    ["scheduled 12/1", true],
    ["completed", true],
    ["done", true],
    ["invited – declined", false],
    ["invited, not attending", false],
    ["scheduled - cancelled", false],
    ["not yet", false],
    ["waitlist", false],
    ["pending", false],
  ] as const)("%j is %j", (cell, yes) => {
    expect(readInterview(cell)).toEqual({ ok: true, value: yes });
  });
  it("'invited?' is unreadable", () => {
    expect(readInterview("invited?")).toEqual({ ok: false, reason: REASONS.yesNo });
  });
});

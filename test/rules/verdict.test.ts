// RULES.md v2 §8.5 the verdict: 1–5 entries, one per topic in the topic order, each one or two short
// sentences with counts and the one thing to do; info-only topics last; one all-clear sentence when
// there is no error and no warning.

import { describe, expect, it } from "vitest";
import { auditSheet } from "../../src/rules/audit";
import { profileRows, programSheet, quietProgram, TODAY, type RowSpec } from "../support/sheets";

const verdict = (rows: RowSpec[], profile: Record<string, unknown> = {}, today = TODAY) =>
  auditSheet(programSheet(rows), profileRows(profile), { today }).summary.verdict;
const many = (n: number, prefix: string, extra: RowSpec = {}) => Array.from({ length: n }, (_, i) => quietProgram(`${prefix}${i}`, extra));
const sentences = (entry: string) => entry.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;

/** A list built the way the guides advise for the base applicant (J-1, 230, IM): 80 usable, 20% Reach, 60% Safety. */
const wellBuilt = () => [...many(16, "R", { "IMG %": 10, Visa: "J-1" }), ...many(16, "M", { "IMG %": 30 }), ...many(48, "S")];

describe("RULES.md §8.5 the verdict", () => {
  it("a list with no error and no warning gets one sentence: built as the guides advise, and what to keep doing", () => {
    const v = verdict(wellBuilt());
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^Your list is built the way the guides advise \(80 programs you can use, 20% Reach, 60% Safety\): keep verifying/);
    expect(sentences(v[0]!)).toBe(1);
  });

  it("says the application count in good English for one and for none", () => {
    const audit = (rows: RowSpec[]) => auditSheet(programSheet(rows), profileRows({}), { today: TODAY });
    const one = audit(many(1, "S"));
    expect(one.summary.verdict.find((e) => /applications? counts?/.test(e))).toMatch(/^1 of your applications counts toward the 80–120/);
    expect(one.findings.find((f) => f.code === "APPLICATION_COUNT_LOW")!.message).toMatch(/^You have 1 application that counts toward/);
    const none = audit(many(2, "NoVisa", { Visa: "None" }));
    expect(none.summary.verdict.find((e) => /applications count/.test(e))).toMatch(/^None of your applications count toward the 80–120/);
  });

  it("one entry per topic, in the topic order, with counts and the thing to do", () => {
    const rows = [
      ...many(3, "NoVisa", { Visa: "None" }),
      ...many(2, "Strict", { "Min Step 2": 250 }),
      ...many(4, "R", { "IMG %": 10 }),
      ...many(4, "S"),
    ];
    const v = verdict(rows);
    expect(v[0]).toMatch(/^3 programs on your list sponsor no visa you can use: drop them, or get the coordinator to confirm in writing\./);
    expect(v[1]).toMatch(/^2 programs screen you out by score, attempts or graduation year: replace them/);
    expect(v[2]).toMatch(/^8 of your applications count toward the 80–120 the guides advise: add at least 72 /); // the count before the shares
    expect(v[3]).toMatch(/^50% of the applications you can use are Reach \(4 of 8; aim for at most 25%\)/);
    expect(v.length).toBeLessThanOrEqual(5);
    for (const entry of v) expect(sentences(entry)).toBeLessThanOrEqual(2);
  });

  it("at most five entries, the first five topics that apply", () => {
    const rows = [
      quietProgram("NoVisa", { Visa: "None", Signal: "Yes", Applied: "No", Rank: 1, Interview: "No" }),
      quietProgram("Strict", { "Min Step 2": 250, Rank: 1, Interview: "Yes" }),
      quietProgram("Lots", { "IMG %": "lots" }),
      ...many(4, "R", { "IMG %": 10 }),
    ].map((r) => ({ ...r, Specialty: "Pediatrics" }));
    const v = verdict(rows, { "Step 2 CK": 215, "USCE months": 1, Specialties: "Pediatrics" });
    expect(v).toHaveLength(5);
    expect(v[0]).toMatch(/sponsors no visa/); // visa
    expect(v[1]).toMatch(/screens you out by score/); // filters
    expect(v[2]).toMatch(/Pediatrics alone is a long shot/); // strategy: the backup plan …
    expect(v[2]).toMatch(/USCE|strengthen|SOAP/); // … and strengthening first, in one entry
    expect(v[3]).toMatch(/count toward/); // count
    expect(v[4]).toMatch(/IM \/ FM backup above is the fix/); // overreach points to the backup plan
  });

  it("a topic whose findings are all info comes after the topics with warnings", () => {
    // PRELIM_OPTION (season, info) and a rank-list warning (topic 9): the warning comes first.
    const rows = [...many(12, "S"), ...many(4, "RankR", { "IMG %": 10, Rank: 1 }).map((r, i) => ({ ...r, Rank: i + 1 })), quietProgram("RankS", { Rank: 5 })];
    const v = verdict(rows, { "Step 2 CK": 215, "USCE months": 6 });
    const prelim = v.findIndex((e) => /preliminary/.test(e));
    const rank = v.findIndex((e) => /rank list is \d+% Reach/.test(e));
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(prelim).toBeGreaterThan(rank);
  });

  it("the issue's H-1B-only Psychiatry list without Step 3: visa first, with the screened-out count and Step 3", () => {
    const rows = [...many(22, "J1only", { Specialty: "Psychiatry", Visa: "J-1" }), ...many(21, "Both", { Specialty: "Psychiatry", Visa: "Both" })];
    const v = verdict(rows, { "Visa needed": "H-1B", Specialties: "Psychiatry" });
    expect(v[0]).toMatch(/^22 programs on your list sponsor no visa you can use/);
    expect(v[0]).toMatch(/Step 3/);
  });

  it("only warnings no topic names (a score gap) still give one entry that says where to look", () => {
    const v = verdict([...wellBuilt().slice(0, 79), quietProgram("Gap", { "Avg Step 2": 255 })]);
    expect(v).toEqual(["1 warning about 1 program (scores, signals or data): read them below and decide program by program."]);
  });
});

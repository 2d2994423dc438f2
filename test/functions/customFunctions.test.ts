// The three custom functions over the real rules engine: answers from RULES.md §5–§7, the Error
// texts of CONTRACT.md §1, and parameter names exactly as the contract spells them.
import { describe, expect, it } from "vitest";
import { IMGFRIENDLY, MEETSCUTOFF, TIER } from "../../src/functions/customFunctions";
import { MEETSCUTOFF_DEFINITION } from "../../src/functions/definitions";
import { runOverRanges } from "../../src/functions/ranges";
import { nextMatchYear } from "../../src/rules/applicant";

function declaredParams(fn: (...args: never[]) => unknown): string[] {
  const list = /^[^(]*\(([^)]*)\)/.exec(fn.toString())![1]!;
  return list.split(",").map((name) => name.trim().replace(/[:=?].*$/s, "").trim()).filter(Boolean);
}

function thrownBy(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return String(error);
  }
  throw new Error("expected a throw");
}

describe("parameter names (CONTRACT.md §1)", () => {
  it.each([
    [TIER, "score, avg_step2, img_pct, min_step2, program_type"],
    [IMGFRIENDLY, "img_pct, visa_policy, notes, program_type"],
    [MEETSCUTOFF, "score, min_step2, attempts, max_attempts, grad_year, max_years_since_grad, match_year"],
  ])("%o declares exactly the contract's names", (fn, names) => {
    expect(declaredParams(fn).join(", ")).toBe(names);
  });
});

describe("TIER", () => {
  it("follows RULES.md §5 on single cells", () => {
    expect(TIER(230, 240, 45)).toBe("Reach"); // below the average by more than 5
    expect(TIER(230, 235, 45)).toBe("Match"); // by exactly 5 is not Reach
    expect(TIER(230, 228, 60)).toBe("Safety");
    expect(TIER(230, "", 10)).toBe("Reach"); // IMG % under 20
    expect(TIER(230, "N/A", "", "≥ 235")).toBe("Reach"); // below the published minimum
    expect(TIER(230, "", "")).toBe("Unknown");
    expect(TIER(230, "", "", "", "Rural / underserved")).toBe("Safety"); // type stands in for IMG %
  });
  it("reads a preferred minimum as the program's usual range", () => {
    expect(TIER(230, "", 45, "235 preferred")).toBe("Reach");
  });
  it("fills a column in one call, with blank rows blank", () => {
    const avg = [[240], [228], [""], [235]];
    const img = [["45%"], [0.6], [""], [45]];
    expect(TIER(230, avg, img)).toEqual([["Reach"], ["Safety"], [""], ["Match"]]);
  });
  it("names a blank or unreadable score", () => {
    expect(thrownBy(() => TIER("", 230, 45))).toMatch(/^Error: score '' is blank/);
    expect(thrownBy(() => TIER("  ", 230, 45))).toBe("Error: score '' is blank: your Step 2 CK score is needed");
    expect(thrownBy(() => TIER("N/A", 230, 45))).toBe("Error: score 'N/A' is not a score from 180 to 300");
    expect(thrownBy(() => TIER(400, 230, 45))).toBe("Error: score '400' is not a score from 180 to 300");
    expect(TIER([[230], ["abc"]], 230, 45)).toEqual([["Match"], ["Error: score 'abc' is not a score from 180 to 300"]]);
  });
  it("names every other unreadable argument", () => {
    expect(thrownBy(() => TIER(230, "high", 45))).toBe("Error: avg_step2 'high' is not a score from 180 to 300");
    expect(thrownBy(() => TIER(230, 230, "lots"))).toBe("Error: img_pct 'lots' is not a percentage");
    expect(thrownBy(() => TIER(230, 230, 45, "soon"))).toMatch(/^Error: min_step2 'soon' /);
    expect(thrownBy(() => TIER(230, 230, 45, "", "castle"))).toMatch(/^Error: program_type 'castle' is not a program type/);
  });
});

describe("IMGFRIENDLY", () => {
  it("follows RULES.md §6", () => {
    expect(IMGFRIENDLY(45)).toBe("High");
    expect(IMGFRIENDLY(30)).toBe("Medium");
    expect(IMGFRIENDLY(30, "None")).toBe("Low");
    expect(IMGFRIENDLY(30, "J-1 and H-1B")).toBe("High");
    expect(IMGFRIENDLY(10, "", "Long history of training IMGs.")).toBe("Medium");
    expect(IMGFRIENDLY("", "", "", "Community")).toBe("High");
    expect(IMGFRIENDLY("", "J-1 and H-1B")).toBe("Unknown");
  });
  it("keeps an unreadable visa policy in its own cell", () => {
    expect(IMGFRIENDLY([[45], [45]], [["J-1"], ["lots"]])).toEqual([
      ["High"],
      ["Error: visa_policy 'lots' is not a visa policy (J-1, H-1B, both, or none)"],
    ]);
  });
  it("gives the contract's example text for an unreadable IMG %", () => {
    expect(IMGFRIENDLY([["lots"], [""]])).toEqual([["Error: img_pct 'lots' is not a percentage"], [""]]);
  });
});

describe("MEETSCUTOFF", () => {
  it("follows RULES.md §7", () => {
    expect(MEETSCUTOFF(221, "")).toBe(true); // no published minimum
    expect(MEETSCUTOFF(221, 225)).toBe(false); // a near miss is still FALSE
    expect(MEETSCUTOFF(221, "225 preferred")).toBe(true); // a preference is no filter
    expect(MEETSCUTOFF(230, 220, 2, 1)).toBe(false);
    expect(MEETSCUTOFF(230, 220, 1, "max 1 attempt")).toBe(true);
  });
  it("counts years since graduation to the next Match when match_year is left out (RULES.md §1)", () => {
    const year = nextMatchYear(new Date());
    expect(MEETSCUTOFF(230, "", 1, "", year - 5, 5)).toBe(true);
    expect(MEETSCUTOFF(230, "", 1, "", year - 6, 5)).toBe(false);
    expect(MEETSCUTOFF(230, "", 1, "", year - 6, 5, "")).toBe(false);
  });
  it("takes the next Match from the injected clock", () => {
    const row = [230, "", 1, "", 2019, 5];
    expect(runOverRanges(MEETSCUTOFF_DEFINITION, row, { nextMatchYear: 2024 })).toBe(true);
    expect(runOverRanges(MEETSCUTOFF_DEFINITION, row, { nextMatchYear: 2025 })).toBe(false);
  });
  it("CONTRACT.md §1: counts to match_year when given, as a number, a text or a cell", () => {
    expect(MEETSCUTOFF(230, "", 1, "", 2021, 5, 2026)).toBe(true);
    expect(MEETSCUTOFF(230, "", 1, "", 2021, 5, 2027)).toBe(false);
    expect(MEETSCUTOFF(230, "", 1, "", 2021, 5, "2027")).toBe(false);
    expect(MEETSCUTOFF(230, "", 1, "", [[2021], [2022]], 5, 2027)).toEqual([[false], [true]]);
    expect(thrownBy(() => MEETSCUTOFF(230, "", 1, "", 2021, 5, "next"))).toBe("Error: match_year 'next' is not a four-digit year");
  });
  it("RULES.md §3: max_years_since_grad may hold a minimum graduation year", () => {
    expect(MEETSCUTOFF(230, "", 1, "", 2019, "graduated 2021 or after")).toBe(false);
    expect(MEETSCUTOFF(230, "", 1, "", 2019, "YOG 2020 or later")).toBe(false);
    expect(MEETSCUTOFF(230, "", 1, "", 2021, "YOG 2020+")).toBe(true);
    expect(MEETSCUTOFF(230, "", 1, "", 2019, 2019)).toBe(true);
    expect(MEETSCUTOFF(230, "", 1, "", 2018, 2019)).toBe(false);
    expect(MEETSCUTOFF(230, "", 1, "", 2010, "no limit")).toBe(true);
    expect(MEETSCUTOFF(230, "", 1, "", [[2019], [2022]], [["after 2020"], ["after 2020"]])).toEqual([[false], [true]]);
  });
  it("reads a date cell as its graduation year", () => {
    expect(MEETSCUTOFF(230, "", 1, "", new Date(Date.UTC(nextMatchYear(new Date()) - 2, 5, 1)), 1)).toBe(false);
  });
  it("CONTRACT.md §1: a date argument is the day the sheet shows, whatever the script's zone", () => {
    // 2019-01-01 at midnight in a sheet at UTC+10 is 2018-12-31T14:00Z: the year is 2019, not 2018.
    const newYearInSydney = new Date(Date.UTC(2018, 11, 31, 14));
    expect(MEETSCUTOFF(230, "", 1, "", newYearInSydney, "2019 or later", 2027)).toBe(true);
    // 2019-12-31 at midnight in a sheet at UTC−10 is 2019-12-31T10:00Z: still 2019.
    expect(MEETSCUTOFF(230, "", 1, "", new Date(Date.UTC(2019, 11, 31, 10)), "2020 or later", 2027)).toBe(false);
    // A match_year typed as a date: 2027-01-01 in a sheet at UTC+9.
    expect(MEETSCUTOFF(230, "", 1, "", 2021, 5, new Date(Date.UTC(2026, 11, 31, 15)))).toBe(false);
  });
  it("names an unreadable filter in its own cell", () => {
    expect(MEETSCUTOFF(230, [[220], [220]], 1, [[1], ["lots"]])).toEqual([
      [true],
      ["Error: max_attempts 'lots' is not a number of attempts"],
    ]);
    expect(thrownBy(() => MEETSCUTOFF(230, 220, 1, 1, "20x9"))).toBe("Error: grad_year '20x9' is not a four-digit year");
  });
});

describe("RULES.md §3 IMG % '1' decided by its column, in a function called on a range", () => {
  it("in a column typed as 45, 60, '55%', 1 means 1%: Reach and Low, not Safety and High", () => {
    expect(TIER(230, [[""], [""], [""], [""]], [[45], [60], ["55%"], [1]])).toEqual([["Match"], ["Safety"], ["Safety"], ["Reach"]]);
    expect(IMGFRIENDLY([[45], [60], ["55%"], [1]])).toEqual([["High"], ["High"], ["High"], ["Low"]]);
    expect(IMGFRIENDLY([[45], ["1"]])).toEqual([["High"], ["Low"]]);
  });
  it("in a column of fractions (a column formatted as percent), 1 is 100%", () => {
    expect(TIER(230, [[""], [""], [""]], [[0.45], [0.6], [1]])).toEqual([["Match"], ["Safety"], ["Safety"]]);
    expect(IMGFRIENDLY([[0.45], [0.6], [1]])).toEqual([["High"], ["High"], ["High"]]);
    expect(IMGFRIENDLY([[0.45, 1]])).toEqual([["High", "High"]]); // a row of ranges too
  });
  it("a single cell reads 1 as 1%", () => {
    expect(TIER(230, "", 1)).toBe("Reach");
    expect(IMGFRIENDLY(1)).toBe("Low");
  });
});

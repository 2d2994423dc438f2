// The three custom functions over the real rules engine: answers from RULES.md §5–§7, the Error
// texts of CONTRACT.md §1, and parameter names exactly as the contract spells them.
import { describe, expect, it } from "vitest";
import { IMGFRIENDLY, MEETSCUTOFF, TIER } from "../../src/functions/customFunctions";
import { MEETSCUTOFF_DEFINITION } from "../../src/functions/definitions";
import { runOverRanges } from "../../src/functions/ranges";

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
    [MEETSCUTOFF, "score, min_step2, attempts, max_attempts, grad_year, max_years_since_grad"],
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
  it("counts years since graduation from the current calendar year", () => {
    const year = new Date().getFullYear();
    expect(MEETSCUTOFF(230, "", 1, "", year - 5, 5)).toBe(true);
    expect(MEETSCUTOFF(230, "", 1, "", year - 6, 5)).toBe(false);
  });
  it("takes the year from the injected clock", () => {
    const row = [230, "", 1, "", 2019, 5];
    expect(runOverRanges(MEETSCUTOFF_DEFINITION, row, { currentYear: 2024 })).toBe(true);
    expect(runOverRanges(MEETSCUTOFF_DEFINITION, row, { currentYear: 2025 })).toBe(false);
  });
  it("reads a date cell as its graduation year", () => {
    expect(MEETSCUTOFF(230, "", 1, "", new Date(new Date().getFullYear() - 2, 5, 1), 1)).toBe(false);
  });
  it("names an unreadable filter in its own cell", () => {
    expect(MEETSCUTOFF(230, [[220], [220]], 1, [[1], ["lots"]])).toEqual([
      [true],
      ["Error: max_attempts 'lots' is not a number of attempts"],
    ]);
    expect(thrownBy(() => MEETSCUTOFF(230, 220, 1, 1, "20x9"))).toBe("Error: grad_year '20x9' is not a four-digit year");
  });
});

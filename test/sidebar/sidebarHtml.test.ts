import { describe, expect, it } from "vitest";
import { buildSidebarHtml, escapeInlineScript, inlineAt } from "../../scripts/sidebar-html.mjs";

describe("escapeInlineScript", () => {
  it("keeps </script> and <!-- inside the JS from ending the element", () => {
    const js = 'const a = "</script><script>alert(1)</script>"; const b = "<!-- x";';
    const escaped: string = escapeInlineScript(js);
    expect(escaped.toLowerCase()).not.toContain("</script");
    expect(escaped).not.toContain("<!--");
    // The escapes mean the same string to JavaScript.
    expect(new Function(`${escaped}; return [a, b];`)()).toEqual(["</script><script>alert(1)</script>", "<!-- x"]);
  });

  it("catches any letter case", () => {
    expect(escapeInlineScript("'</SCRIPT>'")).toBe("'<\\/SCRIPT>'");
  });
});

describe("inlineAt", () => {
  it("inserts code literally, even code with $& or $' in it", () => {
    expect(inlineAt("a<!-- X -->b", "<!-- X -->", "s.replace(/x/, '$&$`')")).toBe("as.replace(/x/, '$&$`')b");
  });
  it("fails loudly when the template lost its marker", () => {
    expect(() => inlineAt("no marker", "<!-- X -->", "")).toThrow(/<!-- X -->/);
  });
});

describe("buildSidebarHtml", () => {
  it("is one self-contained page: inline style and script, nothing fetched from elsewhere", async () => {
    const html: string = await buildSidebarHtml();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<!-- (STYLE|SCRIPT) -->/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<link\b|<script\s+src|@import|url\(|https?:\/\//i);
    for (const id of ["profile-form", "run-audit", "summary", "findings-body"]) expect(html).toContain(`id="${id}"`);
  });
});

// WCAG AA (4.5:1) for every visible text of a page against what is behind it; the browser tests
// of the sidebar call it after opening every fold.

import type { Page } from "playwright-core";

/** The texts under 4.5:1, as `ratio "text…"`; empty when every visible text passes. */
export function lowContrastTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c;
      }
      return [255, 255, 255];
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || !el.checkVisibility() || (el.closest("button") as HTMLButtonElement | null)?.disabled) continue;
      const [l1, l2] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      if (ratio < 4.5) bad.push(`${ratio.toFixed(2)} "${node.textContent!.trim().slice(0, 30)}"`);
    }
    return bad;
  });
}

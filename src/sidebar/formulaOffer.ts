// The sidebar's offer of "Add formula columns" (CONTRACT.md §5): shown only when the program sheet has
// none of Tier, IMG friendly and Meets cutoff. One button; the server's message says what it wrote,
// or which header to add. The offer is an extra: when the question fails, it simply does not show.

import type { FormulaColumnsOnSheet } from "../shared/api";
import { h, replaceChildren } from "./dom";
import { call } from "./serverApi";

export async function mountFormulaOffer(element: HTMLElement): Promise<void> {
  let found: FormulaColumnsOnSheet;
  try {
    found = await call("getFormulaColumns");
  } catch {
    return;
  }
  if (!found || found.present.length > 0) return;
  const button = h("button", { type: "button", id: "add-formula-columns" }, "Add formula columns");
  const status = h("span", { id: "formula-status", class: "status", role: "status" });
  const show = (text: string, kind: "gray" | "done" | "error") => {
    status.textContent = text;
    status.className = `status ${kind}`;
  };
  button.addEventListener("click", async () => {
    button.disabled = true;
    show("Adding…", "gray");
    try {
      const result = await call("addFormulaColumns");
      show(result.message, result.added.length > 0 ? "done" : "gray");
      button.hidden = result.added.length > 0;
    } catch (error) {
      show(`Could not add the columns: ${(error as Error).message}`, "error");
    } finally {
      button.disabled = false;
    }
  });
  replaceChildren(
    element,
    h("p", { class: "gray" }, `See Tier, IMG friendly and Meets cutoff beside every program in ${found.sheetName}: the add-on writes one formula per column, in empty columns right of your data.`),
    button,
    status,
  );
  element.hidden = false;
}

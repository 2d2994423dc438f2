// The preview's in-memory sheet calculates the formulas Add formula columns writes, as Sheets would:
// each formula in the sheet is read by src/sheets/formulaEvaluation.ts, its function is the real
// custom function (src/functions/customFunctions.ts), and the answer spills down from its cell. The
// columns' colour rules are applied to what they show. Cells whose formula it cannot read keep the
// value they hold.
import { importTs } from "./node-run.mjs";

/** Loads the functions once; returns calculate(workbook, state) → the state with formulas calculated. */
export async function formulaCalculator() {
  const [{ evaluateFormula }, { TIER, IMGFRIENDLY, MEETSCUTOFF }] = await Promise.all([
    importTs("src/sheets/formulaEvaluation.ts"),
    importTs("src/functions/customFunctions.ts"),
  ]);
  const functions = { TIER, IMGFRIENDLY, MEETSCUTOFF };
  return function calculate(workbook, state) {
    const values = state.values.map((line) => [...line]);
    const formats = { ...state.formats };
    const named = workbook.namedCells();
    const source = {
      column: (column, fromRow) => state.values.slice(fromRow - 1).map((line) => [line[column - 1] ?? ""]),
      cell: (sheet, row, column) => (sheet === state.name ? state.values : workbook.state(sheet)?.values)?.[row - 1]?.[column - 1] ?? "",
      named: (name) => named.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
    };
    state.formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (!formula) return;
        let answer;
        try {
          answer = evaluateFormula(formula, source, functions);
        } catch (error) {
          if (/^Cannot read|^Not a formula|^Only one-column/.test(error.message)) return; // not one of ours
          answer = `#ERROR! ${error.message}`; // what Sheets would show for a throw
        }
        const rows = Array.isArray(answer) ? answer : [[answer]];
        rows.forEach((row, i) => row.forEach((value, j) => ((values[r + i] ??= [])[c + j] = typeof value === "boolean" ? String(value).toUpperCase() : value)));
      }),
    );
    for (const rule of state.conditionalFormats ?? []) {
      values.forEach((line, r) => {
        if (r + 1 >= rule.fromRow && line[rule.column - 1] === rule.text) {
          const key = `${r + 1},${rule.column}`;
          formats[key] = { ...formats[key], background: rule.background };
        }
      });
    }
    return { ...state, values, formats };
  };
}

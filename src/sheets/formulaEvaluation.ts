// Calculates the formulas Add formula columns writes, outside Sheets: the local preview shows their
// values, and the tests call the built script's functions with the ranges a formula names. It reads
// only what formulaColumns.ts writes (a function call whose arguments are open-ended column ranges
// such as J2:J, named cells, absolute cells such as Profile!$B$2, MAX(…), ARRAYFORMULA(…), the text
// join & over columns, "" and numbers) and throws on anything else. Sheets itself does the real calculation; nothing here ships in the pushed script.

import type { Cell } from "../rules/types";

/** Where a formula's references are read from. */
export interface FormulaSource {
  /** Cells of one column (1-based) of the formula's sheet from `fromRow` down, as one-cell rows. */
  column(column: number, fromRow: number): Cell[][];
  /** One cell of a sheet, by name, for named and absolute references. */
  cell(sheet: string, row: number, column: number): Cell;
  /** Where a named range of one cell points; null when there is no such name. */
  named(name: string): { sheet: string; row: number; column: number } | null;
}

export type SheetFunction = (...args: unknown[]) => unknown;

/** A range, a call or a name, before it is read: the parse of one argument. */
type Expression =
  | { kind: "call"; name: string; args: Expression[] }
  | { kind: "column"; column: number; fromRow: number }
  | { kind: "cell"; sheet: string; row: number; column: number }
  | { kind: "name"; name: string }
  | { kind: "literal"; value: string | number }
  | { kind: "join"; parts: Expression[] };

const TOKEN = /\s*(?:("(?:[^"]|"")*")|([A-Za-z]+)(\d+):([A-Za-z]+)(?![\w!(])|([A-Za-z][\w.]*)!\$?([A-Za-z]+)\$?(\d+)|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w.]*)|([(),&]))/y;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function parseFormula(formula: string): Expression {
  if (!formula.startsWith("=")) throw new Error(`Not a formula: ${formula}`);
  const tokens: { text: string; expression?: Expression }[] = [];
  TOKEN.lastIndex = 1;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m) {
      if (formula.slice(at).trim() === "") break;
      throw new Error(`Cannot read the formula ${formula} at "${formula.slice(at)}"`);
    }
    if (m[1]) tokens.push({ text: "value", expression: { kind: "literal", value: m[1].slice(1, -1).replace(/""/g, '"') } });
    else if (m[2]) {
      if (m[2].toUpperCase() !== m[4]!.toUpperCase()) throw new Error(`Only one-column ranges are read: ${m[0]}`);
      tokens.push({ text: "value", expression: { kind: "column", column: columnNumber(m[2]), fromRow: Number(m[3]) } });
    } else if (m[5]) tokens.push({ text: "value", expression: { kind: "cell", sheet: m[5], row: Number(m[7]), column: columnNumber(m[6]!) } });
    else if (m[8]) tokens.push({ text: "value", expression: { kind: "literal", value: Number(m[8]) } });
    else if (m[9]) tokens.push({ text: "name", expression: { kind: "name", name: m[9] } });
    else tokens.push({ text: m[10]! });
  }
  let i = 0;
  /** A value, or values joined with & ("H2:H&" "&I2:I"). */
  const expression = (): Expression => {
    const first = primary();
    if (tokens[i]?.text !== "&") return first;
    const parts = [first];
    while (tokens[i]?.text === "&") {
      i++;
      parts.push(primary());
    }
    return { kind: "join", parts };
  };
  const primary = (): Expression => {
    const token = tokens[i++];
    if (!token?.expression) throw new Error(`Cannot read the formula ${formula}`);
    if (token.text !== "name" || tokens[i]?.text !== "(") return token.expression;
    i++;
    const args: Expression[] = [];
    while (tokens[i]?.text !== ")") {
      args.push(expression());
      if (tokens[i]?.text === ",") i++;
      else if (tokens[i]?.text !== ")") throw new Error(`Cannot read the formula ${formula}`);
    }
    i++;
    return { kind: "call", name: (token.expression as { name: string }).name.toUpperCase(), args };
  };
  const parsed = expression();
  if (i !== tokens.length) throw new Error(`Cannot read the formula ${formula}: something follows the call`);
  return parsed;
}

/** MAX as Sheets reads it: numbers only (text and blank cells are skipped); 0 when there are none. */
function max(values: unknown[]): number {
  const numbers = values.flat(2).filter((v): v is number => typeof v === "number");
  return numbers.length ? Math.max(...numbers) : 0;
}

/** A cell as & shows it: blank as "", TRUE / FALSE, numbers as written. */
function asText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** & over values: a column joins row by row (array mode, as inside ARRAYFORMULA), a single value repeats. */
function join(values: unknown[]): unknown {
  const column = values.find((v): v is unknown[][] => Array.isArray(v));
  if (!column) return values.map(asText).join("");
  return column.map((_, r) => [values.map((v) => asText(Array.isArray(v) ? (v as unknown[][])[r]?.[0] : v)).join("")]);
}

/** The value of a formula: a custom function's answer (a value, or rows of values to spill). */
export function evaluateFormula(formula: string, source: FormulaSource, functions: Record<string, SheetFunction>): unknown {
  const value = (e: Expression): unknown => {
    switch (e.kind) {
      case "literal":
        return e.value;
      case "column":
        return source.column(e.column, e.fromRow);
      case "cell":
        return source.cell(e.sheet, e.row, e.column);
      case "name": {
        const cell = source.named(e.name);
        if (!cell) throw new Error(`#NAME? (no named range ${e.name})`);
        return source.cell(cell.sheet, cell.row, cell.column);
      }
      case "join":
        return join(e.parts.map(value));
      case "call": {
        const args = e.args.map(value);
        if (e.name === "MAX") return max(args);
        if (e.name === "ARRAYFORMULA") return args[0];
        const fn = functions[e.name];
        if (!fn) throw new Error(`#NAME? (unknown function ${e.name})`);
        return fn(...args);
      }
    }
  };
  return value(parseFormula(formula));
}

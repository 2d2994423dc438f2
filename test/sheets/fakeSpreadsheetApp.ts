// A small fake of the Apps Script services the add-on uses (SpreadsheetApp, LockService, HtmlService),
// recording every call. It behaves like Sheets where it matters to the adapter: ranges past the sheet's
// size throw, 2D arrays must match the range's shape, and text written by setValues is parsed the way
// Sheets parses typed input ("=…" becomes a formula, "12" a number) unless it starts with an apostrophe.
// Developer metadata lives in fakeDeveloperMetadata.ts.

import { FakeFinder, FakeMetadata, LOCATION_TYPE } from "./fakeDeveloperMetadata";

export type Value = string | number | boolean | Date;

/** What the fakes share: the call log, the open sheet and the selection. */
interface FakeState {
  /** Records a call; throws when a failure was injected for it (failOn). */
  log: (call: string) => void;
  /** Runs the `after` hooks of the calls logged so far: a read calls it once it has its values. */
  returned: () => void;
  selection: { sheet: string; row: number } | null;
  spreadsheet: FakeSpreadsheet | null;
}

interface FakeCell {
  value: Value;
  formula: string;
  format: Record<string, unknown>;
}

export interface FakeApps {
  /** "Range.setValues", "Sheet.clear", "Lock.tryLock", … in call order. Builders are "Builder.*". */
  calls: string[];
  /** Calls that reach the spreadsheet: everything but the local rich-text / validation builders. */
  serviceCalls(): number;
  spreadsheet: FakeSpreadsheet;
  ui: { answers: string[]; alerts: { title: string; message: string }[]; sidebars: unknown[] };
  /** The row the last Range.activate() selected. */
  selection(): { sheet: string; row: number } | null;
  /** The `nth` next call named `call` ("Range.setValues") throws before it does anything. */
  failOn(call: string, nth?: number): void;
  /** Runs `then` once, right after the `nth` next call named `call` has its values (a person typing meanwhile). */
  after(call: string, then: () => void, nth?: number): void;
  install(): void;
  uninstall(): void;
}

export function parseTyped(value: Value, timeZone: string): { value: Value; formula: string } {
  if (typeof value !== "string") return { value, formula: "" };
  if (value.startsWith("'")) return { value: value.slice(1), formula: "" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()); // "2026-09-14" becomes a date cell
  if (iso) return { value: typedDate(new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!)), timeZone), formula: "" };
  if (value.startsWith("=")) return { value: "#NAME?", formula: value };
  if (/^-?\d+(?:\.\d+)?$/.test(value.trim())) return { value: Number(value), formula: "" };
  if (/^(true|false)$/i.test(value)) return { value: value.toLowerCase() === "true", formula: "" };
  return { value, formula: "" };
}

/**
 * A date the user typed into the sheet: Sheets stores the wall-clock time (the Date's UTC fields here)
 * in the spreadsheet's time zone, and getValues hands it to the script as that exact instant, whatever
 * the script's own zone (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone(),
 * https://developers.google.com/apps-script/manifest "timeZone: the script time zone").
 */
export function typedDate(wallClock: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
  }).formatToParts(wallClock);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const offset = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second")) - Math.floor(wallClock.getTime() / 1000) * 1000;
  return new Date(wallClock.getTime() - offset);
}

export class FakeSheet {
  cells: FakeCell[][] = [];
  /** Developer metadata on this sheet (column null) and on its whole columns (1-based, moves with them). */
  metadata: FakeMetadata[] = [];
  frozenRows = 0;
  widths: Record<number, number> = {};
  constructor(
    private apps: FakeState,
    public name: string,
    public id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}
  private call(method: string) {
    this.apps.log(`Sheet.${method}`);
  }
  cell(row: number, column: number): FakeCell {
    const line = (this.cells[row - 1] ??= []);
    return (line[column - 1] ??= { value: "", formula: "", format: {} });
  }
  lastRow() {
    let last = 0;
    this.cells.forEach((line, r) => line?.forEach((c) => c && (c.value !== "" || c.formula) && (last = r + 1)));
    return last;
  }
  lastColumn() {
    let last = 0;
    this.cells.forEach((line) => line?.forEach((c, i) => c && (c.value !== "" || c.formula) && (last = Math.max(last, i + 1))));
    return last;
  }
  getName() { this.call("getName"); return this.name; }
  getSheetId() { this.call("getSheetId"); return this.id; }
  getMaxRows() { this.call("getMaxRows"); return this.maxRows; }
  getMaxColumns() { this.call("getMaxColumns"); return this.maxColumns; }
  getLastColumn() { this.call("getLastColumn"); return this.lastColumn(); }
  getLastRow() { this.call("getLastRow"); return this.lastRow(); }
  insertRowsAfter(_after: number, n: number) { this.call("insertRowsAfter"); this.maxRows += n; return this; }
  insertColumnsAfter(_after: number, n: number) { this.call("insertColumnsAfter"); this.maxColumns += n; return this; }
  clear() { this.call("clear"); this.cells = []; return this; }
  clearNotes() { this.call("clearNotes"); this.cells.forEach((l) => l?.forEach((c) => c && delete c.format.note)); return this; }
  setFrozenRows(n: number) { this.call("setFrozenRows"); this.frozenRows = n; }
  setColumnWidth(column: number, width: number) { this.call("setColumnWidth"); this.widths[column] = width; return this; }
  activate() { this.call("activate"); this.apps.spreadsheet!.active = this; return this; }
  // --- Developer metadata and a person's edits (issue 14): markers on columns follow the columns ---
  addDeveloperMetadata(key: string, value?: string) {
    this.call("addDeveloperMetadata");
    this.metadata.push(new FakeMetadata(this.apps, this, key, value ?? null, null));
    return this;
  }
  getDeveloperMetadata() { this.call("getDeveloperMetadata"); return this.metadata.filter((m) => m.column === null); }
  createDeveloperMetadataFinder() { this.call("createDeveloperMetadataFinder"); return new FakeFinder(this.apps, () => this.metadata); }
  setName(name: string) { this.call("setName"); this.name = name; return this; }
  insertColumnsBefore(before: number, n: number) {
    this.call("insertColumnsBefore");
    this.cells.forEach((line) => line && line.length >= before && line.splice(before - 1, 0, ...Array.from({ length: n }, () => blankCell())));
    for (const m of this.metadata) if (m.column !== null && m.column >= before) m.column += n;
    this.maxColumns += n;
    return this;
  }
  deleteColumns(at: number, n: number) {
    this.call("deleteColumns");
    this.cells.forEach((line) => line?.splice(at - 1, n));
    this.metadata = this.metadata.filter((m) => m.column === null || m.column < at || m.column >= at + n);
    for (const m of this.metadata) if (m.column !== null && m.column >= at + n) m.column -= n;
    this.maxColumns -= n;
  }
  /** Sheet.moveColumns(columnSpec, destinationIndex): the column ends up before the destination column as it was. */
  moveColumns(spec: FakeRange, destination: number) {
    this.call("moveColumns");
    const from = spec.getColumn();
    const to = destination > from ? destination - 1 : destination;
    this.cells = this.cells.map((line) => {
      const full = Array.from({ length: this.maxColumns }, (_, c) => line?.[c] ?? blankCell());
      const [moved] = full.splice(from - 1, 1);
      full.splice(to - 1, 0, moved!);
      return full;
    });
    for (const m of this.metadata) {
      if (m.column === null) continue;
      if (m.column === from) m.column = to;
      else if (from < to && m.column > from && m.column <= to) m.column--;
      else if (to < from && m.column >= to && m.column < from) m.column++;
    }
  }
  insertRowsBefore(before: number, n: number) { this.call("insertRowsBefore"); this.cells.splice(before - 1, 0, ...Array.from({ length: n }, () => [])); this.maxRows += n; return this; }
  deleteRows(at: number, n: number) { this.call("deleteRows"); this.cells.splice(at - 1, n); this.maxRows -= n; }
  clearFormats() { this.call("clearFormats"); this.cells.forEach((l) => l?.forEach((c) => c && (c.format = {}))); return this; }
  getDataRange() {
    this.call("getDataRange");
    return new FakeRange(this.apps, this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  // Formulas, named ranges, conditional formats and notes (Add formula columns) ----------------
  conditionalRules: FakeConditionalRule[] = [];
  getConditionalFormatRules() { this.call("getConditionalFormatRules"); return [...this.conditionalRules]; }
  setConditionalFormatRules(rules: FakeConditionalRule[]) { this.call("setConditionalFormatRules"); this.conditionalRules = [...rules]; }
  // --------------------------------------------------------------------------------------------
  getRange(row: number | string, column = 1, rows = 1, columns = 1): FakeRange {
    if (typeof row === "string") {
      // A1 notation: only whole columns ("G:G"), as the adapter uses it for column metadata.
      const whole = /^([A-Z]+):\1$/.exec(row);
      if (!whole) throw new Error(`The fake reads only whole-column A1 ranges, not "${row}".`);
      const index = [...whole[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return this.getRange(1, index, this.maxRows, 1);
    }
    this.call("getRange");
    if (row < 1 || column < 1 || row + rows - 1 > this.maxRows || column + columns - 1 > this.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this.apps, this, row, column, rows, columns);
  }
}

export class FakeRange {
  constructor(
    private apps: FakeState,
    private sheet: FakeSheet,
    private row: number,
    private column: number,
    private rows: number,
    private columns: number,
  ) {}
  // Formulas, named ranges, conditional formats and notes (Add formula columns) ----------------
  /** The fake does not calculate: a formula cell shows "" (as a blank row's result does in Sheets). */
  setFormulas(grid: string[][]) { return this.each("setFormulas", grid, (cell, f) => Object.assign(cell, { formula: f, value: "" })); }
  getSheet() { this.apps.log("Range.getSheet"); return this.sheet; }
  /** Where the range lies, for the test to look at (no call logged). */
  get area() { return { sheet: this.sheet.name, row: this.row, column: this.column, rows: this.rows, columns: this.columns }; }
  // --------------------------------------------------------------------------------------------
  private each<T>(method: string, grid: T[][], write: (cell: FakeCell, value: T) => void) {
    this.apps.log(`Range.${method}`);
    if (grid.length !== this.rows || grid.some((line) => line.length !== this.columns)) {
      throw new Error(`${method}: the data has ${grid.length} rows but the range has ${this.rows} (or the columns differ).`);
    }
    grid.forEach((line, r) => line.forEach((v, c) => write(this.sheet.cell(this.row + r, this.column + c), v)));
    return this;
  }
  private read<T>(method: string, pick: (cell: FakeCell) => T): T[][] {
    this.apps.log(`Range.${method}`);
    const grid = Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => pick(this.sheet.cell(this.row + r, this.column + c))));
    this.apps.returned();
    return grid;
  }
  getRow() { return this.row; }
  getColumn() { return this.column; }
  getNumRows() { return this.rows; }
  getNumColumns() { return this.columns; }
  /** Developer metadata goes on whole columns only here (the adapter's use); a whole column is rows 1..max. */
  addDeveloperMetadata(key: string, value?: string) {
    this.apps.log("Range.addDeveloperMetadata");
    if (this.row !== 1 || this.rows !== this.sheet.maxRows || this.columns !== 1) throw new Error("Developer metadata can be added to whole rows or columns only.");
    this.sheet.metadata.push(new FakeMetadata(this.apps, this.sheet, key, value ?? null, this.column));
    return this;
  }
  clearContent() {
    this.apps.log("Range.clearContent");
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.columns; c++) Object.assign(this.sheet.cell(this.row + r, this.column + c), { value: "", formula: "" });
    return this;
  }
  /** Range.sort(column): rows of the range reordered by one column's values (cells move with their row). */
  sort(column: number) {
    this.apps.log("Range.sort");
    const lines = Array.from({ length: this.rows }, (_, r) => this.sheet.cells[this.row - 1 + r] ?? []);
    const key = (line: FakeCell[]) => String(line[column - 1]?.value ?? "");
    lines.sort((a, b) => key(a).localeCompare(key(b), "en", { numeric: true }));
    lines.forEach((line, r) => (this.sheet.cells[this.row - 1 + r] = line));
    return this;
  }
  getValues() { return this.read("getValues", (c) => (c.value instanceof Date ? new Date(c.value) : c.value)); }
  getFormulas() { return this.read("getFormulas", (c) => c.formula); }
  setValues(grid: Value[][]) {
    // As sent, a leading apostrophe included: whether Sheets counts it is not documented, so the fake does.
    withinCellLimit(grid.flat());
    return this.each("setValues", grid, (cell, v) => Object.assign(cell, parseTyped(v, this.zone())));
  }
  setValue(value: Value) {
    this.apps.log("Range.setValue");
    withinCellLimit([parseTyped(value, this.zone()).value]);
    Object.assign(this.sheet.cell(this.row, this.column), parseTyped(value, this.zone()));
    return this;
  }
  private zone() { return this.apps.spreadsheet!.timeZone; }
  setFontWeights(grid: string[][]) { return this.each("setFontWeights", grid, (c, v) => (c.format.fontWeight = v)); }
  setFontColors(grid: (string | null)[][]) { return this.each("setFontColors", grid, (c, v) => (c.format.fontColor = v)); }
  setBackgrounds(grid: (string | null)[][]) { return this.each("setBackgrounds", grid, (c, v) => (c.format.background = v)); }
  setWraps(grid: boolean[][]) { return this.each("setWraps", grid, (c, v) => (c.format.wrap = v)); }
  setNotes(grid: string[][]) { return this.each("setNotes", grid, (c, v) => (c.format.note = v)); }
  setRichTextValues(grid: { text: string; url: string | null }[][]) {
    withinCellLimit(grid.flat().map((v) => v.text));
    return this.each("setRichTextValues", grid, (c, v) => {
      c.value = v.text;
      c.formula = "";
      c.format.link = v.url;
    });
  }
  setVerticalAlignment(a: string) { this.apps.log("Range.setVerticalAlignment"); return a ? this : this; }
  setDataValidation(rule: { values: string[]; allowInvalid: boolean }) {
    this.apps.log("Range.setDataValidation");
    for (let r = 0; r < this.rows; r++) {
      const { format } = this.sheet.cell(this.row + r, this.column);
      format.validation = rule.values;
      format.allowInvalid = rule.allowInvalid;
    }
    return this;
  }
  clearDataValidations() { this.apps.log("Range.clearDataValidations"); return this; }
  breakApart() { this.apps.log("Range.breakApart"); return this; }
  activate() {
    this.apps.log("Range.activate");
    this.apps.selection = { sheet: this.sheet.name, row: this.row };
    this.apps.spreadsheet!.active = this.sheet;
    return this;
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  timeZone = "Asia/Kolkata";
  private nextId = 100;
  constructor(private apps: FakeState) {
    apps.spreadsheet = this;
  }
  /** Rows as the user typed them: a Date is a date typed in this spreadsheet's time zone. */
  addSheet(name: string, rows: Value[][] = []): FakeSheet {
    const sheet = new FakeSheet(this.apps, name, this.nextId++, Math.max(1000, rows.length));
    const typed = (v: Value) => (v instanceof Date ? typedDate(v, this.timeZone) : v);
    rows.forEach((line, r) => line.forEach((v, c) => Object.assign(sheet.cell(r + 1, c + 1), parseTyped(typed(v), this.timeZone))));
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  getSheetByName(name: string) { this.apps.log("Spreadsheet.getSheetByName"); return this.sheets.find((s) => s.name === name) ?? null; }
  getSheets() { this.apps.log("Spreadsheet.getSheets"); return [...this.sheets]; }
  getNumSheets() { this.apps.log("Spreadsheet.getNumSheets"); return this.sheets.length; }
  getSpreadsheetTimeZone() { this.apps.log("Spreadsheet.getSpreadsheetTimeZone"); return this.timeZone; }
  getActiveSheet() { this.apps.log("Spreadsheet.getActiveSheet"); return this.active ?? this.addSheet("Sheet1"); }
  insertSheet(name: string) {
    this.apps.log("Spreadsheet.insertSheet");
    if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    this.active = this.addSheet(name); // as in Sheets: the new sheet becomes the active one
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet) { this.apps.log("Spreadsheet.setActiveSheet"); this.active = sheet; return sheet; }
  // Formulas, named ranges, conditional formats and notes (Add formula columns) ----------------
  namedRanges: { name: string; range: FakeRange }[] = [];
  getNamedRanges() {
    this.apps.log("Spreadsheet.getNamedRanges");
    return this.namedRanges.map(({ name, range }) => ({
      getName: () => (this.apps.log("NamedRange.getName"), name),
      getRange: () => (this.apps.log("NamedRange.getRange"), range),
    }));
  }
  /** As in Sheets: a name that exists moves to the new range (names are case-insensitive). */
  setNamedRange(name: string, range: FakeRange) {
    this.apps.log("Spreadsheet.setNamedRange");
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new Error(`Invalid named range name: ${name}`);
    this.namedRanges = [...this.namedRanges.filter((n) => n.name.toLowerCase() !== name.toLowerCase()), { name, range }];
  }
  // --------------------------------------------------------------------------------------------
  createDeveloperMetadataFinder() {
    this.apps.log("Spreadsheet.createDeveloperMetadataFinder");
    return new FakeFinder(this.apps, () => this.sheets.flatMap((s) => s.metadata));
  }
}

/** A conditional format rule as the fake's builder makes it. */
export interface FakeConditionalRule {
  text: string;
  background: string;
  ranges: FakeRange[];
}

const blankCell = (): FakeCell => ({ value: "", formula: "", format: {} });

/** Sheets refuses a write holding a cell over 50,000 characters, and writes none of it. */
function withinCellLimit(values: unknown[]) {
  if (values.some((v) => typeof v === "string" && v.length > 50_000)) {
    throw new Error("Your input contains more than the maximum of 50000 characters in a single cell.");
  }
}

/** A new fake holding these sheets (as typed), installed as the service globals; uninstall() after. */
export function installedFake(sheets: [string, Value[][]][]): FakeApps {
  const apps = fakeApps();
  for (const [name, rows] of sheets) apps.spreadsheet.addSheet(name, rows);
  apps.install();
  return apps;
}

export function fakeApps(): FakeApps {
  const calls: string[] = [];
  const failures = new Map<string, number>();
  const hooks = new Map<string, { then: () => void; left: number }>();
  const state: FakeState = {
    log: (call: string) => {
      calls.push(call);
      const left = failures.get(call);
      if (left !== undefined) {
        if (left <= 1) failures.delete(call);
        else failures.set(call, left - 1);
        if (left <= 1) throw new Error(`Service Spreadsheets failed while accessing document (${call}).`);
      }
      const hook = hooks.get(call);
      if (hook && --hook.left === 0) hooks.delete(call), pending.push(hook.then);
    },
    returned: () => pending.splice(0).forEach((hook) => hook()),
    selection: null,
    spreadsheet: null,
  };
  /** Hooks run once the read they wait for has its values (Range.read), never in the middle of it. */
  const pending: (() => void)[] = [];
  const spreadsheet = new FakeSpreadsheet(state);
  const ui = { answers: [] as string[], alerts: [] as { title: string; message: string }[], sidebars: [] as unknown[] };
  const log = state.log;
  let lockHeld = false;
  const menu = () => {
    const m = {
      addItem: () => (log("Menu.addItem"), m),
      addSeparator: () => (log("Menu.addSeparator"), m),
      addToUi: () => void log("Menu.addToUi"),
    };
    return m;
  };
  const richText = () => {
    const value = { text: "", url: null as string | null };
    const builder = {
      setText: (text: string) => (log("Builder.setText"), (value.text = text), builder),
      setLinkUrl: (url: string) => (log("Builder.setLinkUrl"), (value.url = url), builder),
      build: () => (log("Builder.build"), { ...value }),
    };
    return builder;
  };
  const validation = () => {
    const rule = { values: [] as string[], allowInvalid: true }; // Apps Script's default
    const builder = {
      requireValueInList: (values: string[]) => (log("Builder.requireValueInList"), (rule.values = values), builder),
      setAllowInvalid: (allow: boolean) => (log("Builder.setAllowInvalid"), (rule.allowInvalid = allow), builder),
      build: () => (log("Builder.build"), rule),
    };
    return builder;
  };
  const conditionalRule = () => {
    const rule: FakeConditionalRule = { text: "", background: "", ranges: [] };
    const builder = {
      whenTextEqualTo: (text: string) => (log("Builder.whenTextEqualTo"), (rule.text = text), builder),
      setBackground: (colour: string) => (log("Builder.setBackground"), (rule.background = colour), builder),
      setRanges: (ranges: FakeRange[]) => (log("Builder.setRanges"), (rule.ranges = ranges), builder),
      build: () => (log("Builder.build"), { ...rule }),
    };
    return builder;
  };
  const services = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (log("SpreadsheetApp.getActiveSpreadsheet"), spreadsheet),
      // Sheets may batch writes; releasing a lock does not commit them, flush does:
      // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
      flush: () => void log("SpreadsheetApp.flush"),
      DeveloperMetadataLocationType: LOCATION_TYPE,
      getUi: () => (log("SpreadsheetApp.getUi"), uiObject),
      newRichTextValue: () => (log("Builder.newRichTextValue"), richText()),
      newDataValidation: () => (log("Builder.newDataValidation"), validation()),
      newConditionalFormatRule: () => (log("Builder.newConditionalFormatRule"), conditionalRule()),
    },
    LockService: {
      getDocumentLock: () => (
        log("LockService.getDocumentLock"),
        {
          tryLock: () => (log("Lock.tryLock"), (lockHeld = true)),
          releaseLock: () => void (log("Lock.releaseLock"), (lockHeld = false)),
        }
      ),
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        log("HtmlService.createHtmlOutputFromFile");
        const output = { file, title: "", setTitle: (t: string) => ((output.title = t), output) };
        return output;
      },
    },
  };
  const uiObject = {
    ButtonSet: { OK: "OK", YES_NO: "YES_NO" },
    Button: { YES: "YES", NO: "NO", OK: "OK" },
    createAddonMenu: () => (log("Ui.createAddonMenu"), menu()),
    alert: (title: string, message: string) => {
      log("Ui.alert");
      // A dialog suspends the script and "LockService locks don't persist across the suspension":
      // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
      if (lockHeld) (log("Lock.lostToDialog"), (lockHeld = false));
      ui.alerts.push({ title, message });
      return ui.answers.shift() ?? "OK";
    },
    showSidebar: (html: unknown) => void (log("Ui.showSidebar"), ui.sidebars.push(html)),
  };
  const g = globalThis as Record<string, unknown>;
  return {
    calls,
    serviceCalls: () => calls.filter((c) => !c.startsWith("Builder.")).length,
    spreadsheet,
    ui,
    selection: () => state.selection,
    failOn: (call, nth = 1) => void failures.set(call, nth),
    after: (call, then, nth = 1) => void hooks.set(call, { then, left: nth }),
    install: () => Object.assign(g, services),
    uninstall: () => Object.keys(services).forEach((k) => delete g[k]),
  };
}


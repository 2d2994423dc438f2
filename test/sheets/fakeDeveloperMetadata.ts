// Developer metadata for the fake SpreadsheetApp (fakeSpreadsheetApp.ts): on a sheet or a whole column,
// found with a finder by key and location type. The fake's column edits (insert, move, delete) move a
// column's metadata with it, or delete it with the column, as Google documents:
// https://developers.google.com/sheets/api/guides/metadata ("If the associated object is deleted its
// metadata is deleted too").

export const LOCATION_TYPE = { SPREADSHEET: "SPREADSHEET", SHEET: "SHEET", ROW: "ROW", COLUMN: "COLUMN" } as const;

/** What the metadata needs of the fake: the call log, and the sheet that holds it. */
interface Log {
  log: (call: string) => void;
}
interface HoldsMetadata {
  metadata: FakeMetadata[];
}

/** DeveloperMetadata on a sheet (column null) or on one whole column of it. */
export class FakeMetadata {
  constructor(
    private apps: Log,
    public sheet: HoldsMetadata,
    public key: string,
    public value: string | null,
    public column: number | null,
  ) {}
  getKey() { this.apps.log("Metadata.getKey"); return this.key; }
  getValue() { this.apps.log("Metadata.getValue"); return this.value; }
  setValue(value: string) { this.apps.log("Metadata.setValue"); this.value = value; return this; }
  remove() { this.apps.log("Metadata.remove"); this.sheet.metadata = this.sheet.metadata.filter((m) => m !== this); }
  getLocation() {
    this.apps.log("Metadata.getLocation");
    const log = (call: string) => this.apps.log(`Location.${call}`);
    return {
      getLocationType: () => (log("getLocationType"), this.column === null ? LOCATION_TYPE.SHEET : LOCATION_TYPE.COLUMN),
      getSheet: () => (log("getSheet"), this.column === null ? this.sheet : null),
      // The column's Range; the adapter asks it only its column number.
      getColumn: () => (log("getColumn"), this.column === null ? null : { getColumn: () => this.column }),
    };
  }
}

export class FakeFinder {
  private filters: ((m: FakeMetadata) => boolean)[] = [];
  constructor(
    private apps: Log,
    private all: () => FakeMetadata[],
  ) {}
  withKey(key: string) { this.apps.log("Finder.withKey"); this.filters.push((m) => m.key === key); return this; }
  withLocationType(type: string) {
    this.apps.log("Finder.withLocationType");
    this.filters.push((m) => (m.column === null ? LOCATION_TYPE.SHEET : LOCATION_TYPE.COLUMN) === type);
    return this;
  }
  find() { this.apps.log("Finder.find"); return this.all().filter((m) => this.filters.every((f) => f(m))); }
}


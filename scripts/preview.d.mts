// Types for scripts/preview.mjs, so the browser tests and the screenshot script are checked against it.
// The workbook is src/sheets/memoryWorkbook's; only what callers use is typed here.
export interface PreviewWorkbook {
  selection: { sheet: string; row: number } | null;
  sheetNames(): string[];
  sheet(name: string): {
    readValues(): unknown[][];
    writeCells(cells: { row: number; column: number; value: string | number | boolean }[]): void;
  } | null;
}
export function startPreview(options?: { port?: number; programs?: string; profile?: string }): Promise<{ url: string; workbook: PreviewWorkbook; close(): Promise<void> }>;

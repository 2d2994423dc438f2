// Types for scripts/preview.mjs, so the browser tests and the screenshot script are checked against it.
export interface PreviewWorkbook {
  selection: { sheet: string; row: number } | null;
  sheetNames(): string[];
}
export function startPreview(options?: { port?: number; programs?: string; profile?: string; serverModule?: string }): Promise<{ url: string; workbook: PreviewWorkbook; close(): Promise<void> }>;

// Types for scripts/sidebar-html.mjs, so TypeScript callers (tests) are checked against it.
export function escapeInlineScript(js: string): string;
export function escapeInlineStyle(css: string): string;
export function inlineAt(template: string, marker: string, content: string): string;
export function buildSidebarHtml(options?: { beforeScript?: string }): Promise<string>;

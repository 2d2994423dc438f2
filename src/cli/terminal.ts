// What the command line prints comes partly from the user's files, and a cell can hold anything: an
// escape sequence that retitles the terminal or clears it, a bell, a NUL. CONTRACT.md §3: nothing
// printed carries a control character from the input, and an error is one line on stderr.

// C0 controls, DEL and the C1 controls (some terminals read U+009B as the start of a sequence).
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const CONTROLS_AND_NEWLINES = /[\u0000-\u001f\u007f-\u009f]/g;

const hex = (char: string) => char.charCodeAt(0).toString(16).padStart(2, "0");

/** Every control character but the newline shown as `\xHH`: for the text report. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (char) => `\\x${hex(char)}`);
}

/** One line: every control character, newlines included, shown as `\xHH`; trailing newlines dropped. */
export function oneLine(text: string): string {
  return text.replace(/\n+$/, "").replace(CONTROLS_AND_NEWLINES, (char) => `\\x${hex(char)}`);
}

/** JSON text with DEL and the C1 controls as \u escapes too (JSON.stringify escapes only C0). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (char) => `\\u00${hex(char)}`)}\n`;
}

/** Output functions that make whatever passes through them safe for a terminal. */
export function terminalSafe<T extends { out: (text: string) => void; err: (text: string) => void }>(io: T): T {
  return { ...io, out: (text: string) => io.out(escapeControls(text)), err: (text: string) => io.err(`${oneLine(text)}\n`) };
}

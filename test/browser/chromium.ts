// Launches Debian's Chromium for the browser tests. A missing browser is a FAILURE with a clear
// message, never a skip: CI installs it (apt-get install chromium) and must not pass without it.

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH} and it is not there. ` +
        "Install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH); these tests never download a browser.",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

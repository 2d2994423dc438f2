// The one door from the page to the server: google.script.run wrapped in a promise and typed
// against ServerFunctions, so a renamed server function or a wrong argument fails `tsc`, not a user.

import type { ServerFunctions } from "../shared/api";

type Name = keyof ServerFunctions;

/** The part of google.script.run the page uses (Google publishes no types for the client side). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

interface WithGoogle {
  google?: { script?: { run?: ScriptRunner } };
}

/** Calls a server function and resolves with what it returned (rejects with an Error on failure). */
export function call<K extends Name>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const run = (globalThis as WithGoogle).google?.script?.run;
    if (!run) {
      reject(new Error("This page must be opened from the add-on (google.script.run is missing)."));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[K]>))
      .withFailureHandler((error) => reject(asError(error)));
    const fn = (runner as unknown as Record<string, ((...a: unknown[]) => void) | undefined>)[name];
    if (typeof fn !== "function") {
      reject(new Error(`The server has no function "${name}".`));
      return;
    }
    fn.apply(runner, args);
  });
}

// Google's answer when several Google accounts are signed in to the browser and the sidebar runs
// as another one than the sheet's (a known Apps Script limitation): the text says nothing useful.
const SEVERAL_ACCOUNTS = /PERMISSION_DENIED|Authorization is required to perform that action/i;
export const SEVERAL_ACCOUNTS_MESSAGE =
  "Google refused the call, which happens when you are signed in to more than one Google account. " +
  "Use one account: sign out of the others, or open the sheet in a private window and sign in with only the account that has the sheet";

/** google.script.run hands the failure handler an Error, or sometimes a bare string. */
export function asError(error: unknown): Error {
  const found =
    error instanceof Error ? error
    : error && typeof error === "object" && "message" in error ? new Error(String((error as { message: unknown }).message))
    : new Error(String(error || "Unknown error"));
  return SEVERAL_ACCOUNTS.test(found.message) ? new Error(SEVERAL_ACCOUNTS_MESSAGE) : found;
}

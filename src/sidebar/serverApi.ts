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

/** google.script.run hands the failure handler an Error, or sometimes a bare string. */
export function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error && typeof error === "object" && "message" in error) return new Error(String((error as { message: unknown }).message));
  return new Error(String(error || "Unknown error"));
}

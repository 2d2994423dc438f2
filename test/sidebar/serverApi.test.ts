import { afterEach, describe, expect, it } from "vitest";
import { asError, call } from "../../src/sidebar/serverApi";

/** A google.script.run that answers each call with `answer(name, args)`: ["ok", value] or ["fail", error]. */
function installRun(answer: (name: string, args: unknown[]) => ["ok" | "fail", unknown]) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): object =>
    new Proxy(
      {},
      {
        get: (_, key: string) => {
          if (key === "withSuccessHandler") return (f: (v: unknown) => void) => runner(f, fail);
          if (key === "withFailureHandler") return (g: (e: unknown) => void) => runner(ok, g);
          if (key === "getProfile" || key === "selectRow") {
            return (...args: unknown[]) => {
              calls.push({ name: key, args });
              const [kind, value] = answer(key, args);
              queueMicrotask(() => (kind === "ok" ? ok?.(value) : fail?.(value)));
            };
          }
          return undefined;
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner() } };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe("call", () => {
  it("passes the arguments and resolves with the server's value", async () => {
    const calls = installRun((name, args) => ["ok", name === "selectRow" ? null : { step2: String(args.length) }]);
    await expect(call("getProfile")).resolves.toEqual({ step2: "0" });
    await expect(call("selectRow", 7)).resolves.toBeNull();
    expect(calls).toEqual([{ name: "getProfile", args: [] }, { name: "selectRow", args: [7] }]);
  });

  it("rejects with an Error whatever the failure handler receives", async () => {
    installRun(() => ["fail", "Exception: Service Spreadsheets timed out"]);
    await expect(call("getProfile")).rejects.toThrow("Exception: Service Spreadsheets timed out");
    installRun(() => ["fail", new Error("Programs sheet not found")]);
    await expect(call("getProfile")).rejects.toThrow("Programs sheet not found");
  });

  it("says so when the page is not inside the add-on, or the server lacks the function", async () => {
    await expect(call("getProfile")).rejects.toThrow(/opened from the add-on/);
    installRun(() => ["ok", null]);
    await expect(call("runAudit")).rejects.toThrow('The server has no function "runAudit".');
  });
});

describe("asError", () => {
  it("keeps Errors, reads { message } objects, and names empty failures", () => {
    const error = new Error("x");
    expect(asError(error)).toBe(error);
    expect(asError({ message: "from a plain object" }).message).toBe("from a plain object");
    expect(asError(undefined).message).toBe("Unknown error");
  });
});

// Issue 16.3: with several Google accounts signed in, google.script.run fails with Google's own text,
// which tells an applicant nothing; the sidebar says what it means and the one thing to do.
describe("asError with several Google accounts signed in", () => {
  it.each([
    "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    "ScriptError: Authorization is required to perform that action.",
    "authorization is required to perform that action",
  ])("explains %s", (text) => {
    for (const failure of [text, new Error(text), { message: text }]) {
      const message = asError(failure).message;
      expect(message).toMatch(/more than one Google account/);
      expect(message).toMatch(/private window/);
      expect(message).not.toMatch(/PERMISSION_DENIED|Authorization is required/i);
    }
  });

  it("leaves other failures as they are", () => {
    expect(asError(new Error("Service Spreadsheets timed out")).message).toBe("Service Spreadsheets timed out");
    expect(asError("Permission to edit this range was denied").message).toBe("Permission to edit this range was denied");
  });
});

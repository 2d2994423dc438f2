// A stand-in for google.script.run inside a page with no server: each call is recorded in
// window.__calls and answered from window.__answers[name] ({ value } or { error }, as it stands
// when the call is made). A call is answered on a later task, as the real one is, unless its name
// is HELD: then it waits, however long the page takes, until the test releases it with
// releaseCall(). Tests decide the order of answers by these events, never by delays (a busy CI
// machine makes any delay too short). window.__answered lists, in order, the names whose handler
// has run.

import type { Page } from "playwright-core";
import { SERVER_FUNCTION_NAMES, type ServerFunctions } from "../../src/shared/api";

export type FakeAnswer = { value: unknown } | { error: string };
export type FakeAnswers = Partial<Record<keyof ServerFunctions, FakeAnswer>>;
export type FunctionName = keyof ServerFunctions;

/** Script text for page.addInitScript: installs the fake with these first answers; `held` calls wait. */
export function fakeScriptRun(answers: FakeAnswers, held: FunctionName[] = []): string {
  return `(() => {
    window.__calls = [];
    window.__answered = [];
    window.__answers = ${JSON.stringify(answers)};
    const held = new Set(${JSON.stringify(held)});
    const pending = [];
    window.__pending = (name) => pending.filter((p) => p.name === name).length;
    // Answers every held call of that name, in call order; resolves once their handlers and the
    // promise callbacks they started have run (a task turn: microtasks all drain before it).
    window.__release = (name) => {
      for (let i = 0; i < pending.length; ) {
        if (pending[i].name === name) pending.splice(i, 1)[0].settle();
        else i++;
      }
      return new Promise((resolve) => setTimeout(resolve));
    };
    const names = ${JSON.stringify(SERVER_FUNCTION_NAMES)};
    function runner(ok, fail) {
      const r = {
        withSuccessHandler: (f) => runner(f, fail),
        withFailureHandler: (g) => runner(ok, g),
      };
      for (const name of names) {
        r[name] = (...args) => {
          window.__calls.push({ name, args });
          const answer = window.__answers[name];
          const settle = () => {
            if (!answer) fail && fail(new Error("no answer for " + name));
            else if ("error" in answer) fail && fail(new Error(answer.error));
            else ok && ok(JSON.parse(JSON.stringify(answer.value ?? null)));
            window.__answered.push(name);
          };
          if (held.has(name)) pending.push({ name, settle });
          else setTimeout(settle); // asynchronous, as google.script.run always is
        };
      }
      return r;
    }
    window.google = { script: { run: runner(null, null) } };
  })();`;
}

/** Waits until the page has made a held call of `name`, then answers it (and any others of that name). */
export async function releaseCall(page: Page, name: FunctionName): Promise<void> {
  await page.waitForFunction((n) => (window as any).__pending(n) > 0, name);
  await page.evaluate((n) => (window as any).__release(n), name);
}

// A stand-in for google.script.run inside a page with no server: each call is recorded in
// window.__calls and answered from window.__answers[name] ({ value } or { error }) after
// window.__delays[name] (else window.__delay) ms, so tests can hold a call open and look at the
// loading state; window.__answered lists the names answered so far, in order.

import { SERVER_FUNCTION_NAMES, type ServerFunctions } from "../../src/shared/api";

export type FakeAnswer = { value: unknown } | { error: string };
export type FakeAnswers = Partial<Record<keyof ServerFunctions, FakeAnswer>>;

/** Script text for page.addInitScript: installs the fake with these first answers. */
export function fakeScriptRun(answers: FakeAnswers, delayMs = 0, delays: Partial<Record<keyof ServerFunctions, number>> = {}): string {
  return `(() => {
    window.__calls = [];
    window.__answered = [];
    window.__answers = ${JSON.stringify(answers)};
    window.__delay = ${Number(delayMs)};
    window.__delays = ${JSON.stringify(delays)};
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
          setTimeout(() => {
            window.__answered.push(name);
            if (!answer) fail && fail(new Error("no answer for " + name));
            else if ("error" in answer) fail && fail(new Error(answer.error));
            else ok && ok(JSON.parse(JSON.stringify(answer.value ?? null)));
          }, window.__delays[name] ?? window.__delay);
        };
      }
      return r;
    }
    window.google = { script: { run: runner(null, null) } };
  })();`;
}

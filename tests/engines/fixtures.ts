/**
 * Playwright Test runs the smoke specs once per engine (one project each); the browser
 * itself is started through drivers.ts, because Playwright's own Firefox and WebKit are
 * patched builds that cannot be downloaded here (see the README, "Engines").
 */
import { test as base, expect } from '@playwright/test';
import { startEngine, type Engine, type EngineName, type Tab } from './drivers.ts';

export { expect };
export type { Tab };

export const test = base.extend<{ tab: Tab; expectedProblems: RegExp[] }, { engineName: EngineName; engine: Engine }>({
  /** Browser notes a test causes on purpose, such as a refused connection once the server is stopped. */
  expectedProblems: [[], { option: true }],
  engineName: ['chromium', { option: true, scope: 'worker' }],
  engine: [
    async ({ engineName }, use) => {
      const engine = await startEngine(engineName);
      await use(engine);
      await engine.close();
    },
    // Starting Firefox takes half a minute on a busy two-core machine.
    { scope: 'worker', timeout: 120_000 },
  ],
  /** A fresh tab (own storage, no service worker); the test fails on any console error or CSP violation. */
  tab: async ({ engine, baseURL, expectedProblems }, use) => {
    const tab = await engine.newTab(baseURL!);
    await use(tab);
    const problems = (await tab.problems()).filter((problem) => !expectedProblems.some((note) => note.test(problem)));
    await tab.close();
    expect(problems, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
  },
});

/**
 * Polls a page function until it returns something truthy and returns that; on timeout the
 * message and the last value say what the reader would have seen instead.
 */
export async function waitFor<T, A extends unknown[]>(
  tab: Tab,
  what: string | { message: string; timeout: number },
  fn: (...args: A) => T,
  ...args: A
): Promise<Awaited<T>> {
  const { message, timeout } = typeof what === 'string' ? { message: what, timeout: 15_000 } : what;
  const until = Date.now() + timeout;
  let last: Awaited<T> | undefined;
  for (;;) {
    try {
      last = await tab.run(fn, ...args);
      if (last) return last;
    } catch (error) {
      // A page being replaced by the next one (a link followed) has nothing to answer yet.
      last = String(error) as Awaited<T>;
    }
    if (Date.now() > until) throw new Error(`${message} (last seen: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

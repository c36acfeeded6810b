import { test as base, expect, type Page } from '@playwright/test';

/** Everything a page did that a reader should never see or pay for. */
interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/**
 * Every test watches its page: a console error, an uncaught exception, a CSP violation or
 * a request to another origin fails the test that caused it, naming what happened.
 */
export const test = base.extend<{ problems: Problems; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test causes on purpose, such as the browser's note about a 404. */
  expectedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const problems: Problems = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] };
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (expectedConsoleErrors.some((pattern) => pattern.test(text))) return;
        (text.startsWith('CSP violation') || text.includes('Content Security Policy')
          ? problems.cspViolations
          : problems.consoleErrors
        ).push(`${page.url()}: ${text}`);
      });
      page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
      });
      await use(problems);
      expect(problems, 'the page logged errors, broke the CSP or called another origin').toEqual({
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        foreignRequests: [],
      });
    },
    { auto: true },
  ],
});

export { expect };

/** Opens search with a key press and waits until the box has focus, so typing is not lost. */
export async function openSearch(page: Page, key = 'Control+k'): Promise<void> {
  await page.keyboard.press(key);
  const input = page.locator('pagefind-input input');
  await expect(input).toBeFocused();
}

/** Types a query and returns the links of the first `count` results (page and its sections). */
export async function searchFor(page: Page, query: string, count = 3): Promise<string[][]> {
  await page.locator('pagefind-input input').fill(query);
  const results = page.locator('pagefind-results li.pf-result');
  await expect(results.first()).toBeVisible();
  // Pagefind fills each result in as its data arrives: wait until the first ones have links.
  let top: string[][] = [];
  await expect
    .poll(async () => {
      top = await results.evaluateAll(
        // Links carry ?pagefind-highlight=… for the next page; compare path and #section.
        (items, n) =>
          items
            .slice(0, n)
            .map((item) =>
              [...item.querySelectorAll('a')].map((a) => (a.getAttribute('href') ?? '').replace(/\?[^#]*/, '')),
            ),
        count,
      );
      return top.length > 0 && top.every((links) => links.length > 0);
    })
    .toBe(true);
  return top;
}

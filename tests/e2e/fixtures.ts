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

/** The search box inside the search dialog. */
export const SEARCH_INPUT = 'dialog[data-search] input';
/** The list of results. */
export const SEARCH_RESULTS = 'search-panel ol';

/** Opens search with a key press and waits until the box has focus, so typing is not lost. */
/**
 * Waits until the page's scripts have started (deferred modules, run once the page is
 * parsed): <site-search> then marks its button as opening a dialog. Before that, every
 * control is the plain HTML the server drew, which a reader can use as well.
 */
export async function pageScriptStarted(page: Page): Promise<void> {
  await expect(page.locator('[data-search-open]').first()).toHaveAttribute('aria-haspopup', 'dialog');
}

export async function openSearch(page: Page, key = 'Control+k'): Promise<void> {
  await pageScriptStarted(page);
  await page.keyboard.press(key);
  await expect(page.locator(SEARCH_INPUT)).toBeFocused();
}

/**
 * Types a query as an input method commits it (the whole word at once), waits until its
 * results are shown (the list is no longer busy) and returns the first `count` result
 * links as path and #section, without the highlighting parameters.
 */
export async function searchFor(page: Page, query: string, count = 3): Promise<string[]> {
  const input = page.locator(SEARCH_INPUT);
  await input.fill('');
  await input.focus();
  await page.keyboard.insertText(query);
  const list = page.locator(SEARCH_RESULTS);
  await expect(list).not.toHaveAttribute('aria-busy');
  await expect(page.locator('#search-status')).not.toHaveText('');
  const hrefs = await list
    .locator('a')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/\?[^#]*/, '')));
  return hrefs.slice(0, count);
}

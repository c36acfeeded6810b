/**
 * One pass over every published page as a reader opens it, with JavaScript: it answers,
 * shows its heading, navigation and footer, and its script starts, with no error, CSP
 * violation or request elsewhere (the fixture watches each page). The `nginx` project runs
 * this against the shipped server config and its headers; the browser specs test the rest.
 */
import { test, expect, pageScriptStarted } from './fixtures';
import { ALL_PATHS, SITE_NAME } from './site-map';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('every page opens with its title, navigation and footer, and its script starts', async ({ page }) => {
  // Thirty-odd pages, one after another, on a machine that may be busy.
  test.setTimeout(240_000);
  for (const path of ALL_PATHS) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-CN');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1, path).toHaveCount(1);
    const heading = (await h1.textContent())?.trim() ?? '';
    expect(heading.length, path).toBeGreaterThan(1);
    // <title> carries the page's own title (the home page is the site name itself).
    if (path === '/') await expect(page, path).toHaveTitle(SITE_NAME);
    else if (path !== '/print/') await expect(page, path).toHaveTitle(new RegExp(`${escape(heading)} · ${SITE_NAME}$`));
    await expect(page.getByRole('navigation', { name: '主导航' }), path).toBeVisible();
    await expect(page.getByRole('contentinfo'), path).toContainText('全部资料来源');
    await pageScriptStarted(page);
  }
});

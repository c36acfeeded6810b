import { test, expect, openSearch, SEARCH_INPUT, SEARCH_RESULTS } from './fixtures';

/** What search says to inputs that hold no searchable words, or far too many. */
const HELP: Record<string, RegExp> = {
  ['忘记密码'.repeat(250)]: /搜索词太长了/,
  '📱😀🇰🇿': /请输入中文、英文或数字关键词/,
  '！？（）【】《》——……': /请输入中文、英文或数字关键词/,
};

/** Inputs that try to inject markup or break the UI; none may run a script. */
const QUERIES = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '忘记密码'.repeat(250),
  '📱😀🇰🇿',
  '！？（）【】《》——……',
  '   ',
];

// One dialog, each query typed in turn, as a reader trying things would: every one shows
// results or a message saying what to do, none runs, and the page still works afterwards.
test('hostile search queries show results or a helpful empty state, and never run', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  const status = page.locator('#search-status');
  for (const query of QUERIES) {
    const shown = JSON.stringify(query.slice(0, 40));
    await page.locator(SEARCH_INPUT).fill(query);
    if (query.trim()) {
      await expect(page.locator(SEARCH_RESULTS), shown).not.toHaveAttribute('aria-busy', { timeout: 10_000 });
      await expect(status, shown).not.toHaveText('');
      await expect(status, shown).not.toContainText('正在加载');
      if (HELP[query]) await expect(status, shown).toHaveText(HELP[query]);
    }
    await expect(
      page.locator(`${SEARCH_RESULTS} img, ${SEARCH_RESULTS} svg[onload], ${SEARCH_RESULTS} script`),
      shown,
    ).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), shown).toBeUndefined();
  }
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[data-search]')).not.toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('hostile URLs', () => {
  const PARAMS = [
    '/?q=<script>window.__pwned=1</script>',
    '/steps/sign-in/?pagefind-highlight=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
    '/precautions/#"><img src=x onerror=window.__pwned=1>',
  ];
  for (const url of PARAMS) {
    test(`${url} shows the page and runs nothing`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    });
  }

  test.describe('paths', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    // (An encoded slash, %2F, makes `astro preview` itself answer 500: an upstream bug in
    // the local preview server only. host.spec.ts checks that nginx answers 404.)
    for (const path of ['/%3Cscript%3Ealert(1)%3C/script%3E/', '/steps/%F0%9F%93%B1/', `/${'a'.repeat(1500)}/`]) {
      test(`${path.slice(0, 50)} gets the 404 page with status 404`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      });
    }
  });
});

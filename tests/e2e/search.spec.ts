import { test, expect, openSearch, searchFor } from './fixtures';

/**
 * Real queries a reader types, and the section that must come up within the first three
 * results (a result counts with the sections Pagefind lists under it).
 */
const QUERIES: [query: string, expected: string][] = [
  ['忘记密码', '/steps/sign-in/#forgot-password'],
  ['忘记密码', '/cases/#forgot-password'],
  ['备份', '/precautions/#backup'],
  ['客服', '/operators/#hotlines'],
  ['退款', '/steps/check-validity/#travel-esim'],
  ['验证码', '/steps/sign-in/#forgot-password'],
  ['生物识别', '/#kazakhstan'],
  ['删除 eSIM', '/steps/wait-for-result/#remove-from-phone'],
  ['携号转网', '/steps/confirm-request/#keep-number'],
  ['截图', '/steps/confirm-request/#save-proof'],
  ['订阅', '/precautions/#bound-services'],
  ['护照', '/steps/fill-in-details/#id-documents'],
];

for (const [query, expected] of QUERIES) {
  test(`searching 「${query}」 finds ${expected}`, async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    const top = await searchFor(page, query);
    expect(top.flat(), `top three results for ${query}: ${JSON.stringify(top)}`).toContain(expected);
  });
}

test('a result opens by keyboard: "/" to search, arrows to choose, Enter to go', async ({ page }) => {
  await page.goto('/steps/sign-in/');
  await openSearch(page, '/');
  await searchFor(page, '备份');
  // Arrow down from the box walks the results: the page first, then its sections.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('pagefind-results a:focus')).toHaveAttribute('href', /^\/precautions\/(\?[^#]*)?#backup$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/precautions\/(\?pagefind-highlight=[^#]+)?#backup$/);
  await expect(page.locator('#backup')).toBeInViewport();
});

test('a result opens by click and lands on its section', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('pagefind-input input')).toBeFocused();
  await searchFor(page, '忘记密码');
  await page.locator('pagefind-results a[href^="/cases/"][href$="#forgot-password"]').click();
  await expect(page).toHaveURL(/\/cases\/.*#forgot-password$/);
  await expect(page.locator('#forgot-password')).toBeInViewport();
});

test('a query with no match says so and suggests other words', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  await page.locator('pagefind-input input').fill('qxzvbn');
  await expect(page.locator('pagefind-summary')).toContainText('没有找到');
});

test('Escape closes search and the page is usable again', async ({ page }) => {
  await page.goto('/precautions/');
  await openSearch(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.pf-modal')).not.toBeVisible();
});

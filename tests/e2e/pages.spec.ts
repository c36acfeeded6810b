import { test, expect } from './fixtures';
import { PAGE_PATHS, SHARED_SECTIONS, STEP_PATHS } from './site-map';

test('every guide page says in its footer when it was last checked, and its sources link opens them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Every page's heading, title and navigation: smoke.spec.ts.
  for (const path of PAGE_PATHS.filter((path) => path !== '/sources/' && path !== '/index-terms/')) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo'), path).toContainText(/最后核对：\d{4} 年 \d{1,2} 月 \d{1,2} 日/);
    await page.getByRole('contentinfo').getByRole('link', { name: '本页资料来源' }).click();
    await expect(page.locator('#page-sources'), path).toBeInViewport();
  }
});

test.describe('step pages', () => {
  test('each step page shows where the reader is in all six steps', async ({ page }) => {
    test.setTimeout(120_000);
    for (const [index, path] of STEP_PATHS.entries()) {
      const n = index + 1;
      await page.goto(path);
      await expect(page).toHaveTitle(new RegExp(`^第 ${n} 步：`));
      const nav = page.getByRole('navigation', { name: '注销步骤' });
      await expect(nav.getByRole('link')).toHaveCount(6);
      const current = nav.locator('a[aria-current="step"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', path);
      // Said once, in the step navigation, not again above the heading.
      await expect(page.getByText(`第 ${n} 步，共 6 步`, { exact: true }).filter({ visible: true })).toHaveCount(1);
    }
  });

  test('next links walk through all six steps, previous links walk back', async ({ page }) => {
    // Twelve pages one after another, on a machine that may be busy.
    test.setTimeout(120_000);
    await page.goto(STEP_PATHS[0]);
    for (const path of STEP_PATHS.slice(1)) {
      await page
        .getByRole('navigation', { name: '上一步和下一步' })
        .getByRole('link', { name: /下一步/ })
        .click();
      await expect(page).toHaveURL(path);
    }
    // After the last step the story ends at the summary on the home page.
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/#summary');
    for (const path of [...STEP_PATHS].reverse().slice(1)) {
      await page
        .getByRole('navigation', { name: '上一步和下一步' })
        .getByRole('link', { name: /上一步/ })
        .click();
      await expect(page).toHaveURL(path);
    }
    // Before step 1 come the precautions, as the home page says.
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/precautions/');
  });

  test('on a phone the step list is collapsed above the content and opens on tap', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(STEP_PATHS[2]);
    const nav = page.getByRole('navigation', { name: '注销步骤' });
    await expect(nav.getByRole('link').first()).toBeHidden();
    await nav.getByText('显示全部步骤').click();
    await expect(nav.getByRole('link')).toHaveCount(6);
    await expect(nav.getByRole('link').first()).toBeVisible();
  });
});

test('the home page leads with the warning and links every step', async ({ page }) => {
  await page.goto('/');
  const warning = page.getByRole('complementary').first();
  await expect(warning).toContainText('不等于注销');
  const overview = page.locator('.steps-overview a');
  await expect(overview).toHaveCount(6);
  expect(await overview.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([...STEP_PATHS]);
});

test('a shared section link opens at that section, not under the header, on a phone and a desktop', async ({
  page,
}) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    for (const link of SHARED_SECTIONS) {
      await page.goto(link);
      const target = page.locator(`[id="${link.split('#')[1]}"]`);
      await expect(target).toBeInViewport();
      const headerBottom = await page.locator('header').evaluate((el) => el.getBoundingClientRect().bottom);
      const top = await target.evaluate((el) => el.getBoundingClientRect().top);
      expect(top, `${link} is hidden under the header`).toBeGreaterThanOrEqual(Math.max(0, headerBottom) - 1);
      // Near the top, unless the page is too short to scroll that far.
      const atBottom = await page.evaluate(
        () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
      );
      if (!atBottom) expect(top, `${link} is not near the top`).toBeLessThan(200);
    }
  }
});

test.describe('a wrong URL', () => {
  // The browser reports the 404 status itself; that is the point here.
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('gets the helpful 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/steps/no-such-step/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    // Every page of the site map, once.
    await expect(page.getByRole('main').getByRole('link')).toHaveCount(PAGE_PATHS.length);
    // Its own search button opens the same search as the header's.
    await page.getByRole('main').getByRole('button', { name: '搜索本指南' }).click();
    await expect(page.locator('dialog[data-search] input')).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // What every page holds without JavaScript is read from dist/ (tests/unit/built-site.site.test.ts);
  // what the browser shows of it is checked here.
  test('search, which needs JavaScript, is not offered; the index of terms is', async ({ page }) => {
    await page.goto('/steps/sign-in/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: '搜索' })).toBeHidden();
    await expect(page.getByRole('banner').getByRole('link', { name: '索引' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '注销步骤' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: '上一步和下一步' }).getByRole('link').first()).toBeVisible();
  });

  test('the phone tabs show every device without JavaScript', async ({ page }) => {
    await page.goto('/steps/wait-for-result/');
    for (const name of ['iPhone', 'Google Pixel', '三星 Samsung']) {
      await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
    }
  });
});

import { test, expect, openSearch } from './fixtures';
import { STEP_PATHS } from './site-map';

/** WCAG contrast ratio of two CSS colours given as rgb()/rgba() strings. */
function contrast(fg: string, bg: string): number {
  const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const lum = (css: string) => {
    const [r = 0, g = 0, b = 0] = parse(css).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

test.describe(() => {
  // The tabs' script is held back below; a service worker would serve it from its cache.
  test.use({ serviceWorkers: 'block' });

  test('all phone tabs fit, unclipped, at 320, 360 and 390 px', async ({ page }) => {
    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(STEP_PATHS[5]);
      const list = page.locator('[data-tab-list]');
      const fit = () =>
        list.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return {
            tabs: element.children.length,
            scrolls: element.scrollWidth > element.clientWidth,
            outside: [...element.children].filter((tab) => {
              const r = tab.getBoundingClientRect();
              return r.left < box.left - 0.5 || r.right > box.right + 0.5 || tab.scrollWidth > tab.clientWidth;
            }).length,
          };
        });
      // The tabs, and the server's links before the tabs' script has run.
      await expect(list.getByRole('tab')).toHaveCount(3);
      expect(await fit(), `${width} px`).toEqual({ tabs: 3, scrolls: false, outside: 0 });
      const noScript = /\/_astro\/Tabs\./;
      await page.route(noScript, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
      await page.reload();
      await expect(list.getByRole('link')).toHaveCount(3);
      expect(await fit(), `${width} px`).toEqual({ tabs: 3, scrolls: false, outside: 0 });
      await page.unroute(noScript);
    }
  });
});

test('heading link icons have at least 3:1 contrast, light and dark', async ({ page }) => {
  await page.goto('/precautions/');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const link = page.locator('.heading-link').first();
    const { color, opacity, background } = await link.evaluate((a) => ({
      color: getComputedStyle(a).color,
      opacity: Number(getComputedStyle(a).opacity),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(opacity, colorScheme).toBe(1);
    expect(contrast(color, background), colorScheme).toBeGreaterThanOrEqual(3);
  }
});

test.describe('footnote citations', () => {
  // Every marker and source of every page, as built: tests/unit/built-site.site.test.ts.
  test('a marker is a named link that opens its source from the keyboard, and back', async ({ page }) => {
    await page.goto('/precautions/');
    const marker = page.getByRole('link', { name: /^来源 1：/ }).first();
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#source-1$/);
    await expect(page.locator('#source-1')).toBeInViewport();
    await page
      .locator('#source-1')
      .getByRole('link', { name: /回到正文/ })
      .first()
      .click();
    await expect(page).toHaveURL(/#cite-1-1$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('markers still lead to the source list', async ({ page }) => {
      await page.goto(STEP_PATHS[5]);
      await page.locator('sup.cite a').first().click();
      await expect(page).toHaveURL(/#source-1$/);
    });
  });
});

test('one Escape closes search, with words typed in the box, and the dialog fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/precautions/');
  await openSearch(page);
  await page.keyboard.insertText('忘记密码');
  await expect(page.locator('search-panel ol')).not.toHaveAttribute('aria-busy');
  const box = (await page.getByRole('dialog').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('"显示全部步骤" says what a tap does, open or closed, and is easy to tap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(STEP_PATHS[2]);
  const summary = page.getByRole('navigation', { name: '注销步骤' }).locator('summary');
  await expect(summary.getByText('显示全部步骤')).toBeVisible();
  await expect(summary.getByText('收起步骤列表')).toBeHidden();
  // The words themselves, not only the row around them (the summary), make a big enough target.
  const box = (await summary.getByText('显示全部步骤').locator('..').boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  await summary.click();
  await expect(summary.getByText('收起步骤列表')).toBeVisible();
  await expect(summary.getByText('显示全部步骤')).toBeHidden();
  await summary.click();
  await expect(summary.getByText('显示全部步骤')).toBeVisible();
});

test('footnote markers and the links back to them are at least 24 × 24 px (WCAG 2.5.8)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/precautions/');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('sup.cite a, .page-sources li > a[href^="#"]')]
      .map((a) => ({ text: a.textContent, box: a.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ text, box }) => `${text} ${box.width}×${box.height}`),
  );
  expect(await page.locator('sup.cite a').count()).toBeGreaterThan(0);
  expect(small).toEqual([]);
});

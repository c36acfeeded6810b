/**
 * The reader's step ticks survive what readers do: two tabs of the guide at once, Back to
 * a page the browser kept in its back/forward cache, and a browser that keeps no site data.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STEP_PATHS } from './site-map.ts';
import { PROGRESS_STORAGE_KEY } from '../../src/features/progress/progress-store.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { chromiumLaunchOptions } from '../setup/browser.ts';

// Playwright turns the back/forward cache off by default; readers' browsers have it on.
test.use({ launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

const nav = (page: Page) => page.getByRole('navigation', { name: '注销步骤' });
const tick = (page: Page) => page.getByLabel(zhCN['progress.markDone']);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY);
/** The tick switch is enabled once the progress script runs. */
const ready = (page: Page) => expect(tick(page)).toBeEnabled();

test('two tabs each tick a step: both ticks are kept, and each tab shows both', async ({ context }) => {
  const tabB = await context.newPage();
  await tabB.goto(STEP_PATHS[1]!); // opened first, nothing ticked yet
  await ready(tabB);
  const tabA = await context.newPage();
  await tabA.goto(STEP_PATHS[0]!);
  await ready(tabA);
  await tick(tabA).check();
  await tick(tabB).check();
  expect(await stored(tabA)).toBe('[1,2]');
  for (const tab of [tabA, tabB]) {
    await expect(nav(tab).locator('a[data-done]')).toHaveCount(2);
  }
  // Unticking in one tab leaves the other tab's tick alone, and both show it.
  await tick(tabA).uncheck();
  expect(await stored(tabB)).toBe('[2]');
  await expect(nav(tabB).locator('a[data-done]')).toHaveCount(1);
  await expect(nav(tabB).locator('a[data-step="2"]')).toHaveAttribute('data-done', '');
});

test.describe('the back/forward cache', () => {
  // On a first visit the offline worker claims the page once it has saved the guide, and a
  // claim evicts the page from the cache (Chromium: "ServiceWorkerClaim"); when that lands
  // depends on the machine's speed. Back then loads the page afresh, which reads the ticks
  // as any load does (the two-tab test). Without the worker, Back restores from the cache.
  test.use({ serviceWorkers: 'block' });
  test('Back to a page kept in the back/forward cache shows the newer ticks and keeps them', async ({ page }) => {
    await page.goto(STEP_PATHS[0]!);
    await ready(page);
    await page.evaluate(() => {
      // Test-side: remember whether the page came back from the back/forward cache.
      addEventListener('pageshow', (event) => {
        if (event.persisted) document.documentElement.dataset['restored'] = 'yes';
      });
    });
    await page.goto(STEP_PATHS[1]!);
    await ready(page);
    await tick(page).check();
    // A page restored from the cache fires no load event: wait only for the navigation.
    await page.goBack({ waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-restored', 'yes');
    await expect(nav(page).locator('a[data-step="2"]')).toHaveAttribute('data-done', '');
    await tick(page).check();
    expect(await stored(page)).toBe('[1,2]');
    await expect(nav(page).locator('a[data-done]')).toHaveCount(2);
  });
});

// Full storage shows only when a tick fails to save; blocked storage already when it is read.
for (const [name, knownAtLoad, block] of [
  [
    'storage is full',
    false,
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
  [
    'the browser blocks site data',
    true,
    () => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
  ],
] as const) {
  test(`when ${name}, a tick still shows and the page says, in Chinese, that it is not saved`, async ({ page }) => {
    await page.addInitScript(block);
    await page.goto(STEP_PATHS[2]!);
    await ready(page);
    await expect(page.getByText(zhCN['progress.notSaved'])).toBeVisible({ visible: knownAtLoad });
    await tick(page).check();
    await expect(nav(page).locator('a[data-step="3"]')).toHaveAttribute('data-done', '');
    await expect(page.getByText(zhCN['progress.notSaved'])).toBeVisible();
  });
}

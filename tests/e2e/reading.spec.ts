import type { Page } from '@playwright/test';
import { test, expect, openSearch, pageScriptStarted, searchFor } from './fixtures';
import { STEP_PATHS } from './site-map';

test.describe('light and dark', () => {
  test('the picker shows the current choice, switches theme, is remembered, and can follow the system again', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await pageScriptStarted(page);
    const html = page.locator('html');
    const picker = page.getByRole('combobox', { name: '配色' });
    await expect(picker).toHaveValue('auto');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await picker.selectOption('dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);
    await page.goto('/precautions/');
    await pageScriptStarted(page);
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(picker).toHaveValue('dark');
    // Back to following the system: the stored choice goes, the system's light applies.
    await picker.selectOption('auto');
    await page.reload();
    await expect(html).not.toHaveAttribute('data-theme', /./);
    await expect(picker).toHaveValue('auto');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBg);
  });

  test('follows the system until the reader chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await pageScriptStarted(page);
    await expect(page.getByRole('combobox', { name: '配色' })).toHaveValue('auto');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 27)');
  });

  test('a stored theme is in place before the body is parsed (no flash)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
        (window as { bgAtBody?: string }).bgAtBody = getComputedStyle(document.documentElement).backgroundColor;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/steps/sign-in/');
    expect(await page.evaluate(() => (window as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    expect(await page.evaluate(() => (window as { bgAtBody?: string }).bgAtBody)).toBe('rgb(18, 22, 27)');
  });
});

test.describe('printing', () => {
  test('/print/ holds the home page, the precautions, all six steps and the reference pages, in order', async ({
    page,
  }) => {
    await page.goto('/print/');
    const parts = (await page.locator('main > section > h2').allTextContents()).map((text) => text.trim());
    const steps = await Promise.all(
      STEP_PATHS.map(async (path) => {
        const other = await page.context().newPage();
        await other.goto(path);
        const title = (await other.title()).replace(/ · .*$/, '');
        await other.close();
        return title;
      }),
    );
    expect(parts.slice(0, 8)).toEqual(['哈萨克斯坦 eSIM 注销指南', '注意事项', ...steps]);
    expect(parts.slice(8)).toEqual(['对工作人员说', '哈萨克斯坦移动运营商一览', expect.stringMatching(/示例/)]);
    // Every shared section is there (ids prefixed per part, so none collide).
    for (const id of [
      'home-summary',
      'precautions-backup',
      'precautions-delete-vs-cancel',
      'cases-business-traveller',
      'cases-forgot-password',
      'steps-sign-in-forgot-password',
      'steps-wait-for-result-samsung',
      'phrases-end-contract',
    ]) {
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    }
  });

  test('on paper a link to another part says where it is, in words, and follows it on the page', async ({ page }) => {
    await page.goto('/print/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header')).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    const link = page.locator('main a[data-print-ref="注意事项·删除 eSIM 不等于注销"]').first();
    await expect(link).toHaveAttribute('href', '#precautions-delete-vs-cancel');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
      '"（见注意事项·删除 eSIM 不等于注销）"',
    );
    // No page address is printed after an internal link; sources print theirs once, in each part's list.
    await expect(page.locator('main a[href^="/"]:not([data-print-ref])')).toHaveCount(0);
    await expect(page.locator('#precautions .page-sources .print-url').first()).toBeVisible();
  });

  test('a step page prints without its navigation', async ({ page }) => {
    await page.goto(STEP_PATHS[0]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '注销步骤' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '上一步和下一步' })).toBeHidden();
    await expect(page.locator('header')).toBeHidden();
  });
});

test.describe('the phone tabs', () => {
  /** Where the tab row and the sections are on the page. */
  const layout = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-tab-list], [data-tab-panel]')]
        .map((element) => element.getBoundingClientRect())
        .map(({ x, y, width, height }) => (width ? { x, y: y + scrollY, width, height } : 'hidden')),
    );
  /** The tabs, once <tab-group> has upgraded the row of links. */
  const tabsReady = async (page: Page) => {
    await expect(page.locator('[data-tab-list]').getByRole('tab')).toHaveCount(3);
  };

  test('show one device at first, and the same when the row becomes tabs: nothing moves', async ({ page }) => {
    // The page as it is before its scripts run: the tabs' script held back.
    await page.route(/\/_astro\/Tabs\./, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto('/steps/wait-for-result/');
    await expect(page.locator('[data-tab-list]').getByRole('link')).toHaveCount(3);
    await expect(page.locator('[data-tab-panel]:visible')).toHaveCount(1);
    await expect(page.locator('[data-tab-panel]:visible')).toContainText('iPhone');
    const before = await layout(page);
    await page.unroute(/\/_astro\/Tabs\./);
    await page.reload();
    await tabsReady(page);
    await expect(page.getByRole('tab', { name: 'iPhone' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toHaveCount(1);
    expect(await layout(page)).toEqual(before);
  });

  test('work with arrow keys, Home and End', async ({ page }) => {
    await page.goto('/steps/wait-for-result/');
    await tabsReady(page);
    const tabs = page.getByRole('tab');
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toContainText('Pixel');
    await page.keyboard.press('End');
    await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await expect(tabs.nth(0)).toBeFocused();
    await expect(page.getByRole('tabpanel')).toContainText('iPhone');
  });

  for (const query of ['', '?q=设置']) {
    test(`a tap on a device opens it in place, without jumping down the page${query && ' (from a search result)'}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/steps/wait-for-result/${query}`);
      await tabsReady(page);
      const row = page.locator('[data-tab-list]');
      await row.scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => scrollY);
      const height = (await row.boundingBox())!.height;
      for (const name of ['Google Pixel', '三星 Samsung', 'iPhone']) {
        await page.getByRole('tab', { name }).click({ delay: 150 });
        await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
        // A bold label that wraps does not make the row taller.
        expect((await row.boundingBox())!.height, name).toBe(height);
      }
      await page.getByRole('tab', { name: 'Google Pixel' }).click();
      await expect(page.getByRole('tabpanel')).toContainText('Pixel');
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    });
  }

  test('a link into one device’s section (a footnote) shows that device, before and after the upgrade', async ({
    page,
  }) => {
    await page.route(/\/_astro\/Tabs\./, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto('/steps/wait-for-result/');
    const id = await page.locator('#pixel [id]').last().getAttribute('id');
    expect(id).toBeTruthy();
    await page.goto(`/steps/wait-for-result/#${id}`);
    await expect(page.locator('#pixel')).toBeVisible();
    await expect(page.locator('#iphone')).toBeHidden();
    await page.unroute(/\/_astro\/Tabs\./);
    await page.reload();
    await tabsReady(page);
    await expect(page.getByRole('tab', { name: 'Google Pixel' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(`#${id}`)).toBeVisible();
  });

  test('a link to one device shows that device first, with the row of devices in view', async ({ page }) => {
    await page.goto('/steps/wait-for-result/#samsung');
    await tabsReady(page);
    await expect(page.getByRole('tab', { name: '三星 Samsung' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: '三星 Samsung' })).toHaveCSS('font-weight', '700');
    await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'samsung');
    await expect(page.locator('[data-tab-list]')).toBeInViewport();
  });
});

test('ticked steps show in the step navigation, survive a reload and can be cleared', async ({ page }) => {
  await page.goto(STEP_PATHS[1]);
  const nav = page.getByRole('navigation', { name: '注销步骤' });
  await page.getByLabel('我已完成这一步').check();
  await expect(nav.locator('a[data-step="2"]')).toHaveAttribute('data-done', '');
  await expect(nav.locator('a[data-step="2"]')).toContainText('（已完成）');
  await page.goto(STEP_PATHS[2]);
  await expect(nav.locator('a[data-step="2"]')).toHaveAttribute('data-done', '');
  await expect(nav.locator('a[data-done]')).toHaveCount(1);
  await page.reload();
  await expect(nav.locator('a[data-step="2"]')).toHaveAttribute('data-done', '');
  await nav.getByRole('button', { name: '清除完成标记' }).click();
  await expect(nav.locator('a[data-done]')).toHaveCount(0);
  await page.reload();
  await expect(nav.locator('a[data-done]')).toHaveCount(0);
  await expect(nav.getByRole('button', { name: '清除完成标记' })).toBeHidden();
});

test('the searched words are highlighted on the page a result opens', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  await searchFor(page, '备份');
  await page.locator('search-panel a[href*="/precautions/"][href$="#backup"]').click();
  await expect(page).toHaveURL(/pagefind-highlight=/);
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  await expect(marks.first()).toHaveText('备份');
});

test('every operator has its official site and every fact there has a source link', async ({ page }) => {
  await page.goto('/operators/');
  for (const id of ['beeline', 'kcell', 'activ', 'tele2', 'altel', 'izi']) {
    const heading = page.locator(`h2[id="${id}"]`);
    await expect(heading).toHaveCount(1);
    // The section runs from this heading (with its share link) to the next one.
    const section = await heading.evaluate((h2) => {
      const parts: string[] = [];
      const start = h2.closest('.section-heading') ?? h2;
      for (let el = start.nextElementSibling; el && !el.matches('.section-heading, h2'); el = el.nextElementSibling)
        parts.push(el.outerHTML);
      return parts.join('');
    });
    expect(section, `${id} links its official site`).toMatch(
      /href="https:\/\/(www\.)?(beeline|kcell|activ|tele2|altel|izi)\.(kz|me)\/"/,
    );
    expect(section, `${id} cites a source`).toContain('class="cite"');
    expect(section, `${id} lists no phone numbers`).not.toMatch(/\b(0611|411|611)\b/);
  }
});

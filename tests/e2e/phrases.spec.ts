import { test, expect, pageScriptStarted } from './fixtures';

/** The cards the situation plans link to; the page may have more. */
const LINKED_CARDS = ['end-contract', 'abroad', 'suspend-or-terminate', 'written-confirmation'];

test('every phrase card has its Chinese line and its Russian line marked as Russian', async ({ page }) => {
  await page.goto('/phrases/');
  const cards = page.locator('phrase-card article');
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  const texts = await cards.evaluateAll((articles) =>
    articles.map((article) => ({
      id: article.id,
      zh: article.querySelector(`[id="${article.id}-zh"]`)?.textContent?.trim() ?? '',
      ru: article.querySelector('[lang="ru"]')?.textContent?.trim() ?? '',
    })),
  );
  for (const { id, zh, ru } of texts) {
    expect(id, 'a card without an id cannot be linked').toMatch(/^[a-z][a-z0-9-]*$/);
    expect(zh, `${id}: Chinese line`).toMatch(/\p{Script=Han}/u);
    expect(ru, `${id}: Russian line`).toMatch(/\p{Script=Cyrillic}/u);
  }
  expect(texts.map((card) => card.id)).toEqual(expect.arrayContaining(LINKED_CARDS));
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy button copies the Russian text and says so politely', async ({ page }) => {
    await page.goto('/phrases/');
    await pageScriptStarted(page);
    const card = page.locator('phrase-card').filter({ has: page.locator('#abroad') });
    const russian = (await card.locator('[data-phrase-ru] [lang="ru"]').textContent())?.trim();
    await card.getByRole('button', { name: '复制俄语' }).click();
    await expect(card.getByRole('status')).toHaveText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(russian);
  });
});

test('"出示给工作人员" fills a phone screen with large Russian text, and closes with Esc or its button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/phrases/');
  await pageScriptStarted(page);
  const card = page.locator('phrase-card').filter({ has: page.locator('#end-contract') });
  const show = card.getByRole('button', { name: '出示给工作人员' });
  await show.click();
  const dialog = card.locator('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveAccessibleName(
    (await card.locator('[id="end-contract-zh"]').textContent())!,
  );
  expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  const russian = dialog.locator('[lang="ru"]');
  await expect(russian).toHaveText((await card.locator('[data-phrase-ru] [lang="ru"]').textContent())!.trim());
  const size = await russian.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  await expect(russian).toBeInViewport({ ratio: 1 });
  // Esc closes it and the reader is back at the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(show).toBeFocused();
  // So does the visible close button.
  await show.click();
  const close = dialog.getByRole('button', { name: '关闭' });
  await expect(close).toBeInViewport({ ratio: 1 });
  await close.click();
  await expect(dialog).toBeHidden();
});

test('"出示给工作人员" fits a phone held sideways, every card, without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('/phrases/');
  await pageScriptStarted(page);
  for (const card of await page.locator('phrase-card').all()) {
    await card.getByRole('button', { name: '出示给工作人员' }).click();
    const dialog = card.locator('dialog');
    await expect(dialog).toBeVisible();
    const id = await card.locator('article').getAttribute('id');
    expect(await dialog.evaluate((d) => d.scrollHeight <= d.clientHeight), `${id} scrolls`).toBe(true);
    await expect(dialog.locator('[data-show-ru]')).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('each card has its own link, and opening it shows that card', async ({ page }) => {
  await page.goto('/phrases/#written-confirmation');
  await expect(page.locator('#written-confirmation')).toBeInViewport();
  await expect(page.locator('#written-confirmation').getByRole('link', { name: '本卡链接' })).toHaveAttribute(
    'href',
    '#written-confirmation',
  );
});

test('printed, the cards form a sheet: two across, none split, no buttons', async ({ page }) => {
  await page.goto('/phrases/');
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('phrase-card');
  const boxes = await cards.evaluateAll((all) =>
    all.map((card) => ({
      id: card.querySelector('article')?.id,
      top: card.getBoundingClientRect().top,
      break: getComputedStyle(card).breakInside,
    })),
  );
  expect(new Set(boxes.map((box) => box.break))).toEqual(new Set(['avoid']));
  // The first two cards of one group (the first group holds one card): side by side.
  const top = (id: string) => boxes.find((box) => box.id === id)!.top;
  expect(Math.abs(top('end-contract') - top('where-to-apply'))).toBeLessThan(2);
  const buttons = await page.locator('phrase-card button').all();
  expect(buttons.length).toBeGreaterThanOrEqual(16);
  for (const button of buttons) await expect(button).toBeHidden();
});

test('the print edition carries the phrase cards', async ({ page }) => {
  await page.goto('/print/');
  await expect(page.locator('[id="phrases-end-contract"]')).toHaveCount(1);
  await expect(page.locator('[id="phrases-end-contract"] [lang="ru"]').first()).toContainText('расторг');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the cards are plain readable text with their links; the buttons are not offered', async ({ page }) => {
    await page.goto('/phrases/');
    const card = page.locator('#end-contract');
    await expect(card.locator('[lang="ru"]').first()).toBeVisible();
    await expect(card.getByRole('link', { name: '本卡链接' })).toBeVisible();
    await expect(card.getByRole('button', { name: '复制俄语' })).toBeHidden();
    await expect(card.getByRole('button', { name: '出示给工作人员' })).toBeHidden();
  });
});

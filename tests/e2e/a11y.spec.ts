import AxeBuilder from '@axe-core/playwright';
import { test, expect, openSearch, pageScriptStarted, searchFor } from './fixtures';
import { ALL_PATHS, SITUATION_PATHS } from './site-map.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

// Every URL the site publishes (the gates check this list against the sitemap), plus the
// 404 page a wrong link lands on. One test is one page in one mode, so each stays short.
// The situation check's answer paths share one template:
// a partial one and complete ones with each kind of plan (travel, at home, abroad, lost,
// someone else's number) stand for all of them.
const SAMPLE_ANSWER_PATHS = [
  '/situation/local-left/',
  '/situation/travel/',
  '/situation/local-kz-phone-own/',
  '/situation/local-left-lost-other/',
];
const PATHS = [...ALL_PATHS.filter((path) => !SITUATION_PATHS.includes(path)), ...SAMPLE_ANSWER_PATHS, '/404.html'];

for (const path of PATHS) {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of SCHEMES) {
      test(`${path} has no accessibility violations (${name}, ${colorScheme})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(found).toEqual([]);
      });
    }
  }
}

for (const colorScheme of SCHEMES) {
  test(`the open search dialog, with results, has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openSearch(page);
    await searchFor(page, '备份');
    const { violations } = await new AxeBuilder({ page }).include('dialog[data-search]').withTags(TAGS).analyze();
    const found = violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found).toEqual([]);
  });
}

test('the situation check with answers chosen, and a phrase card shown to staff, have no violations', async ({
  page,
}) => {
  const found: string[] = [];
  const check = async (name: string, include?: string) => {
    const builder = new AxeBuilder({ page }).withTags(TAGS);
    const { violations } = await (include ? builder.include(include) : builder).analyze();
    for (const v of violations)
      found.push(`${name} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await page.setViewportSize(VIEWPORTS.phone);
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/situation/');
    await pageScriptStarted(page);
    // The first tap is on the option link, which the page then turns into radios.
    await page.getByRole('link', { name: /哈萨克斯坦运营商的号码/ }).click();
    await expect(page.getByRole('radio', { name: /哈萨克斯坦运营商的号码/ })).toBeChecked();
    await page.getByRole('radio', { name: '已经离开哈萨克斯坦' }).check();
    await expect(page.getByRole('group', { name: '装着这个号码的手机还在吗？' })).toBeVisible();
    await check(`${colorScheme} form`);
    await page.goto('/phrases/');
    await pageScriptStarted(page);
    await page.getByRole('button', { name: '出示给工作人员' }).first().click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    await check(`${colorScheme} dialog`, 'dialog[open]');
  }
  expect(found).toEqual([]);
});

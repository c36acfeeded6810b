import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openSearch, pageScriptStarted, searchFor } from './fixtures';
import { SAMPLED_PATHS } from './site-map.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;
/** The rules whose outcome depends on colours: the only ones a change of colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * One axe pass: every rule of TAGS in light mode, only the colour rules in dark mode (the
 * same page in other colours), reporting violations only (axe otherwise serialises every
 * passing node too, which on the longest pages takes longer than the checks).
 */
const axe = (page: Page, colorScheme: (typeof SCHEMES)[number]) => {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  return colorScheme === 'light' ? builder.withTags(TAGS) : builder.withRules(COLOUR_RULES);
};

/** Axe's findings as one readable line each. */
const lines = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'], mode: string) =>
  violations.map(
    (v) => `${mode} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

// Every URL the site publishes (answer paths sampled: they share one template), plus the
// 404 page a wrong link lands on. One test is one page, loaded once and checked in each
// mode: the viewport and colour scheme change in place, as when a reader turns the phone.
for (const path of [...SAMPLED_PATHS, '/404.html']) {
  test(`${path} has no accessibility violations on a phone or a desktop, light or dark`, async ({ page }) => {
    // Four axe passes: on the longest pages (/print/, /phrases/) several seconds each on an
    // idle machine, more than the default minute on a busy one.
    test.slow();
    await page.goto(path);
    const found: string[] = [];
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of SCHEMES) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        const { violations } = await axe(page, colorScheme).analyze();
        found.push(...lines(violations, `${name}, ${colorScheme}:`));
      }
    }
    expect(found).toEqual([]);
  });
}

test('the open search dialog, with results, has no accessibility violations (light and dark)', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  await searchFor(page, '备份');
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axe(page, colorScheme).include('dialog[data-search]').analyze();
    found.push(...lines(violations, `${colorScheme}:`));
  }
  expect(found).toEqual([]);
});

test('the situation check with answers chosen, and a phrase card shown to staff, have no violations', async ({
  page,
}) => {
  const found: string[] = [];
  const check = async (name: string, colorScheme: (typeof SCHEMES)[number], include?: string) => {
    const builder = axe(page, colorScheme);
    const { violations } = await (include ? builder.include(include) : builder).analyze();
    found.push(...lines(violations, name));
  };
  await page.setViewportSize(VIEWPORTS.phone);
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/situation/');
    await pageScriptStarted(page);
    await page.getByRole('radio', { name: /哈萨克斯坦运营商的号码/ }).check();
    await page.getByRole('radio', { name: '已经离开哈萨克斯坦' }).check();
    await expect(page.getByRole('group', { name: '装着这个号码的手机还在吗？' })).toBeVisible();
    await check(`${colorScheme} form`, colorScheme);
    await page.goto('/phrases/');
    await pageScriptStarted(page);
    await page.getByRole('button', { name: '出示给工作人员' }).first().click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    await check(`${colorScheme} dialog`, colorScheme, 'dialog[open]');
  }
  expect(found).toEqual([]);
});

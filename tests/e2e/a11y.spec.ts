import AxeBuilder from '@axe-core/playwright';
import { test, expect, openSearch, searchFor } from './fixtures';
import { ALL_PATHS } from './site-map.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

// Every URL the site publishes (the gates check this list against the sitemap),
// plus the 404 page a wrong link lands on.
const PATHS = [...ALL_PATHS, '/404.html'];

for (const path of PATHS) {
  test(`${path} has no accessibility violations (phone and desktop, light and dark)`, async ({ page }) => {
    // Four full axe runs; on long pages (/print/, /index-terms/) and a busy machine that takes a while.
    test.slow();
    const found: string[] = [];
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of SCHEMES) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of violations) {
          found.push(
            `${name}/${colorScheme} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        }
      }
    }
    expect(found).toEqual([]);
  });
}

test('the open search dialog, with results, has no accessibility violations in either theme', async ({ page }) => {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openSearch(page);
    await searchFor(page, '备份');
    const { violations } = await new AxeBuilder({ page }).include('dialog[data-search]').withTags(TAGS).analyze();
    for (const v of violations)
      found.push(
        `${colorScheme} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  }
  expect(found).toEqual([]);
});

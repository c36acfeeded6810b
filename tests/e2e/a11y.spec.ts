import AxeBuilder from '@axe-core/playwright';
import { test, expect, openSearch, searchFor } from './fixtures';
import { ALL_PATHS } from './site-map.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

// Every URL the site publishes (the gates check this list against the sitemap), plus the
// 404 page a wrong link lands on. One test is one page in one mode, so each stays short.
const PATHS = [...ALL_PATHS, '/404.html'];

// Four axe runs per test: on a busy 2-core machine /print/ took over the default 30 s.
test.describe.configure({ timeout: 120_000 });

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
    const { violations } = await new AxeBuilder({ page }).include('pagefind-modal').withTags(TAGS).analyze();
    const found = violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found).toEqual([]);
  });
}

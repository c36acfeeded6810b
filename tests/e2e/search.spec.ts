import type { Page } from '@playwright/test';
import { test, expect, openSearch, searchFor, SEARCH_INPUT, SEARCH_RESULTS } from './fixtures';
import { LABELLED_QUERIES } from '../search/queries.ts';
import { declaredVariants } from '../search/ground-truth.ts';
import { foldText } from '../../src/features/search/text.ts';
import { markedRuns } from '../search/marks.ts';

/** Five of the labelled queries, typed into the real search box (tests/search/queries.ts has them all). */
const TYPED = ['停机', '出国', '删除 eSIM', '忘记密码', '客服热线'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });
    for (const query of TYPED) {
      const { expect: expected } = LABELLED_QUERIES.find((labelled) => labelled.query === query)!;
      test(`typing 「${query}」 finds ${expected.map(({ section }) => section).join(' and ')}`, async ({ page }) => {
        await page.goto('/');
        await openSearch(page);
        const results = await searchFor(page, query, 10);
        for (const { section, within } of expected) {
          expect(results.slice(0, within), `results for ${query}: ${results.join(' ')}`).toContain(section);
        }
        await expect(page.locator('#search-status')).toContainText('找到');
      });
    }
  });
}

/**
 * Queries from issue 19 as readers type them: Latin letters key by key, Chinese committed
 * by the input method a word at a time, no spaces. Each must find its section first.
 */
const WHOLE_QUERIES = {
  altel号码不用了: '/operators/#altel',
  人在国内怎么注销: '/steps/find-cancel-option/#from-abroad',
  kcell怎么注消: '/operators/#kcell',
  密吗忘了登不上: '/steps/sign-in/#forgot-password',
} as const;

/** Types a query into the focused box as a phone keyboard does, then waits for its results. */
async function typeLikeAReader(page: Page, query: string): Promise<string[]> {
  const input = page.locator(SEARCH_INPUT);
  await input.fill('');
  await input.focus();
  for (const run of query.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) await page.keyboard.insertText(run);
    else await page.keyboard.type(run, { delay: 30 });
  }
  const list = page.locator(SEARCH_RESULTS);
  await expect(list).not.toHaveAttribute('aria-busy');
  await expect(page.locator('#search-status')).toContainText('找到');
  return list.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`whole queries on a ${name}`, () => {
    test.use({ viewport });
    for (const [query, section] of Object.entries(WHOLE_QUERIES)) {
      test(`typing 「${query}」 finds ${section} first, and opens it with whole words marked`, async ({ page }) => {
        await page.goto('/');
        await openSearch(page);
        const [first] = await typeLikeAReader(page, query);
        expect(first?.replace(/\?[^#]*/, '')).toBe(section);
        await page.locator(`${SEARCH_RESULTS} a`).first().click();
        await expect(page.locator(`#${section.split('#')[1]}`)).toBeInViewport();
        await expect(page.locator('mark.pagefind-highlight').first()).toBeAttached();
        for (const run of await markedRuns(page))
          expect([...foldText(run)].length, `marked “${run}”`).toBeGreaterThan(1);
      });
    }
  });
}

test.describe('the first opening', () => {
  // A first visit: no service worker yet, which would answer Pagefind's files from its cache
  // out of reach of page.route.
  test.use({ serviceWorkers: 'block' });
  test('opening search shows at once that it is loading, then that it is ready', async ({ page }) => {
    // Hold Pagefind back, as a slow connection would, to see the busy state.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/steps/sign-in/');
    const button = page.getByRole('button', { name: '搜索' });
    await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    await button.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator(SEARCH_INPUT)).toBeFocused();
    await expect(page.locator('#search-status')).toHaveText('正在加载搜索…');
    await expect(page.locator(SEARCH_RESULTS)).toHaveAttribute('aria-busy', 'true');
    // The reader can type while it loads; the query runs as soon as search is ready.
    await page.keyboard.insertText('备份');
    release();
    await expect(page.locator(SEARCH_RESULTS)).not.toHaveAttribute('aria-busy');
    await expect(page.locator(`${SEARCH_RESULTS} a`).first()).toHaveAttribute(
      'href',
      /^\/precautions\/\?[^#]+#backup$/,
    );
  });
});

test('Enter opens the first result, which is shown as selected', async ({ page }) => {
  await page.goto('/steps/sign-in/');
  await openSearch(page, '/');
  const [first] = await searchFor(page, '携号转网');
  expect(first).toBe('/steps/confirm-request/#keep-number');
  await expect(page.locator(`${SEARCH_RESULTS} a`).first()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/steps\/confirm-request\/\?pagefind-highlight=[^#]+#keep-number$/);
  await expect(page.locator('#keep-number')).toBeInViewport();
});

test('the arrow keys walk the results, and Enter on one opens it', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  const results = await searchFor(page, '忘记密码', 2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`${SEARCH_RESULTS} a:focus`)).toHaveAttribute(
    'href',
    new RegExp(`#${results[1]!.split('#')[1]}$`),
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(SEARCH_INPUT)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${results[1]!.split('#')[0]}\\?.*#${results[1]!.split('#')[1]}$`));
});

test('a result opens by click, lands on its section and marks only whole words', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: '搜索' })).toHaveAttribute('aria-haspopup', 'dialog');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator(SEARCH_INPUT)).toBeFocused();
  await searchFor(page, '销号');
  await page.locator(`${SEARCH_RESULTS} a[href^="/precautions/"][href$="#delete-vs-cancel"]`).click();
  await expect(page).toHaveURL(/\/precautions\/\?.*#delete-vs-cancel$/);
  await expect(page.locator('#delete-vs-cancel')).toBeInViewport();
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  const allowed = declaredVariants('销号');
  for (const text of await marks.allTextContents()) {
    expect([...foldText(text)].length, `marked “${text}”`).toBeGreaterThan(1);
    expect(allowed, `marked “${text}”`).toContain(foldText(text));
  }
});

test('when nothing contains the query, search says so and offers what is near', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  const results = await searchFor(page, '关机', 5);
  await expect(page.locator('#search-status')).toContainText('没有完全匹配的结果，以下是相近内容');
  expect(results).toContain('/steps/wait-for-result/#remove-from-phone');
  // Near matches of a two-character word mark no lone characters.
  await expect(page.locator(`${SEARCH_RESULTS} mark`)).toHaveCount(0);
});

test('a query with no match says so and points to the index', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  await searchFor(page, 'qxzvbn');
  await expect(page.locator('#search-status')).toContainText('没有找到与“qxzvbn”相关的内容');
  await expect(page.locator(`${SEARCH_RESULTS} li`)).toHaveCount(0);
  await expect(page.getByRole('dialog').getByRole('link', { name: /索引/ })).toHaveAttribute('href', '/index-terms/');
});

test('Escape closes search and the page is usable again', async ({ page }) => {
  await page.goto('/precautions/');
  await openSearch(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await openSearch(page, '/');
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header links to the index of terms instead of search', async ({ page }) => {
    await page.goto('/steps/sign-in/');
    await expect(page.getByRole('button', { name: '搜索' })).toBeHidden();
    await page.getByRole('banner').getByRole('link', { name: '索引' }).click();
    await expect(page).toHaveURL('/index-terms/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('索引');
  });

  test('/index-terms/ leads from a reader’s word to the guide’s word and its sections', async ({ page }) => {
    await page.goto('/index-terms/');
    const see = page.locator('#term-xiaohao');
    await expect(see).toContainText('销号');
    await see.getByRole('link', { name: '注销' }).click();
    await expect(page).toHaveURL(/#term-zhuxiao$/);
    const entry = page.locator('#term-zhuxiao');
    await expect(entry).toContainText('销号');
    await entry.getByRole('link', { name: /删除 eSIM 不等于注销/ }).click();
    await expect(page).toHaveURL('/precautions/#delete-vs-cancel');
    await expect(page.locator('#delete-vs-cancel')).toBeInViewport();
  });
});

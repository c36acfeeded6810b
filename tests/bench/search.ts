import type { Browser, Page } from '@playwright/test';

/** What readers look for: the same words the search end-to-end tests check for relevance. */
export const QUERIES = ['忘记密码', '备份', '客服', '退款', '验证码', '生物识别', '删除 eSIM', '携号转网', '截图', '护照'];

const INPUT = 'pagefind-input input';
const FIRST_RESULT_LINK = 'pagefind-results li.pf-result a[href]';
/** A query with no result after this long is recorded as null, not waited for forever. */
const QUERY_TIMEOUT_MS = 10_000;

/** One query: keystroke to first result shown, in the page's own clock. */
export interface QueryTiming {
  query: string;
  ms: number | null;
  firstHref: string | null;
}

/** Search timings on the home page; unthrottled, so they show this machine, not a phone. */
export interface SearchFigures {
  /** First open, cold: click on the header button → search box focused. */
  openByClickMs: number;
  /** First open, cold: Ctrl+K → search box focused (the session the queries then use). */
  openByShortcutMs: number;
  queries: QueryTiming[];
}

/** Where the in-page watchers leave their promise between two evaluate() calls. */
interface BenchWindow {
  __benchOpen?: Promise<number>;
  __benchQuery?: Promise<{ ms: number | null; href: string | null }>;
}

/**
 * Times one open of search. The watcher goes in first, in its own evaluate(), so it is
 * listening before the key or click arrives; the start is the trigger event's timeStamp,
 * the end the moment the search box gets focus (the Component UI loads on demand).
 */
async function timeOpen(page: Page, trigger: () => Promise<void>, eventType: 'click' | 'keydown'): Promise<number> {
  await page.evaluate(
    ({ eventType, input }) => {
      (window as unknown as BenchWindow).__benchOpen = new Promise<number>((resolve) => {
        let start: number | undefined;
        addEventListener(
          eventType,
          (event) => {
            // Ctrl+K arrives as two keydowns: Control first, then the K that counts.
            if (event instanceof KeyboardEvent && event.key.toLowerCase() !== 'k') return;
            start ??= event.timeStamp;
          },
          { capture: true },
        );
        document.addEventListener('focusin', (event) => {
          if (start !== undefined && event.target instanceof Element && event.target.matches(input)) {
            resolve(performance.now() - start);
          }
        });
      });
    },
    { eventType, input: INPUT },
  );
  await trigger();
  return page.evaluate(() => (window as unknown as BenchWindow).__benchOpen!);
}

/**
 * Times one query. Clears the box and waits until the old results are gone, arms a
 * watcher that starts at the `input` event the keystroke fires and polls once a frame
 * (requestAnimationFrame, so "shown" means the frame that paints it) for a result link,
 * then inserts the whole query at once, as an IME commits a Chinese word.
 */
async function timeQuery(page: Page, query: string): Promise<QueryTiming> {
  const input = page.locator(INPUT);
  await input.fill('');
  await page.waitForFunction((selector) => !document.querySelector(selector), FIRST_RESULT_LINK);
  await page.evaluate(
    ({ input, link, timeout }) => {
      (window as unknown as BenchWindow).__benchQuery = new Promise((resolve) => {
        const box = document.querySelector(input)!;
        box.addEventListener(
          'input',
          (event) => {
            const start = event.timeStamp;
            const tick = (): void => {
              const first = document.querySelector(link);
              const elapsed = performance.now() - start;
              if (first) resolve({ ms: elapsed, href: first.getAttribute('href') });
              else if (elapsed > timeout) resolve({ ms: null, href: null });
              else requestAnimationFrame(tick);
            };
            tick();
          },
          { once: true },
        );
      });
    },
    { input: INPUT, link: FIRST_RESULT_LINK, timeout: QUERY_TIMEOUT_MS },
  );
  await page.keyboard.insertText(query);
  const { ms, href } = await page.evaluate(() => (window as unknown as BenchWindow).__benchQuery!);
  return { query, ms: ms === null ? null : Math.round(ms), firstHref: href };
}

/** A fresh context (cold cache) on the home page, loaded and idle. */
async function openHome(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return page;
}

/** Measures opening search (by click and by Ctrl+K, each cold) and the ten queries. */
export async function measureSearch(browser: Browser, origin: string): Promise<SearchFigures> {
  const clickPage = await openHome(browser, origin);
  const openByClickMs = await timeOpen(clickPage, () => clickPage.click('[data-search-open]'), 'click');
  await clickPage.context().close();

  const page = await openHome(browser, origin);
  try {
    const openByShortcutMs = await timeOpen(page, () => page.keyboard.press('Control+k'), 'keydown');
    const queries: QueryTiming[] = [];
    for (const query of QUERIES) queries.push(await timeQuery(page, query));
    return { openByClickMs: Math.round(openByClickMs), openByShortcutMs: Math.round(openByShortcutMs), queries };
  } finally {
    await page.context().close();
  }
}

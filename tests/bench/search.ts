import type { Browser, Page } from '@playwright/test';
import { resolvePath } from './server.ts';
import { addBytes, fileBytes, NO_BYTES, type Bytes } from './sizes.ts';

/** What readers look for: the same words the search end-to-end tests check for relevance. */
export const QUERIES = [
  '忘记密码',
  '备份',
  '客服',
  '退款',
  '验证码',
  '生物识别',
  '删除 eSIM',
  '携号转网',
  '截图',
  '护照',
];

const INPUT = 'pagefind-input input';
/** Any result with its link: Pagefind lists placeholders, then fills each as its data arrives. */
const ANY_RESULT_LINK = 'pagefind-results li.pf-result a[href]';
/** The top-ranked result's link. It is often not the first filled in: fragments load in parallel. */
const TOP_RESULT_LINK = 'pagefind-results li.pf-result:first-of-type a[href]';
/** A query with no result after this long is recorded as null, not waited for forever. */
const QUERY_TIMEOUT_MS = 10_000;
/** Search that has not opened after this long is broken: the bench stops there. */
const OPEN_TIMEOUT_MS = 15_000;

/** One query, in the page's own clock: keystroke to first result shown, and to the top one. */
export interface QueryTiming {
  query: string;
  /** Keystroke → the first result (whichever rank) shown with its link. */
  ms: number | null;
  /** Keystroke → the top-ranked result shown with its link. */
  topMs: number | null;
  /** The top-ranked result's link. */
  topHref: string | null;
}

/** Search timings on the home page; unthrottled, so they show this machine, not a phone. */
export interface SearchFigures {
  /** First open, cold: click on the header button → search box focused. */
  openByClickMs: number;
  /** First open, cold: Ctrl+K → search box focused (the session the queries then use). */
  openByShortcutMs: number;
  queries: QueryTiming[];
  /** What search fetched on demand for the Ctrl+K open and the ten queries (files in dist/). */
  loaded: { requests: number; bytes: Bytes; files: string[] };
}

/** Where the in-page watchers leave their promise between two evaluate() calls. */
interface BenchWindow {
  __benchOpen?: Promise<number>;
  __benchQuery?: Promise<{ ms: number | null; topMs: number | null; href: string | null }>;
}

/**
 * Times one open of search. The watcher goes in first, in its own evaluate(), so it is
 * listening before the key or click arrives; the start is the trigger event's timeStamp,
 * the end the moment the search box gets focus (the Component UI loads on demand).
 */
async function timeOpen(page: Page, trigger: () => Promise<void>, eventType: 'click' | 'keydown'): Promise<number> {
  await page.evaluate(
    ({ eventType, input, timeout }) => {
      (window as unknown as BenchWindow).__benchOpen = new Promise<number>((resolve, reject) => {
        const listening = new AbortController();
        const { signal } = listening;
        let start: number | undefined;
        setTimeout(() => reject(new Error(`search did not open within ${timeout} ms`)), timeout);
        addEventListener(
          eventType,
          (event) => {
            // Ctrl+K arrives as two keydowns: Control first, then the K that counts.
            if (event instanceof KeyboardEvent && event.key.toLowerCase() !== 'k') return;
            start ??= event.timeStamp;
          },
          { capture: true, signal },
        );
        document.addEventListener(
          'focusin',
          (event) => {
            if (start === undefined || !(event.target instanceof Element) || !event.target.matches(input)) return;
            listening.abort();
            resolve(performance.now() - start);
          },
          { signal },
        );
      });
    },
    { eventType, input: INPUT, timeout: OPEN_TIMEOUT_MS },
  );
  await trigger();
  return page.evaluate(() => (window as unknown as BenchWindow).__benchOpen!);
}

/**
 * Times one query. Clears the box and waits until the old results are gone, arms a
 * watcher that starts at the `input` event the keystroke fires and polls once a frame
 * (requestAnimationFrame, so "shown" means the frame that paints it) for result links,
 * then inserts the whole query at once, as an IME commits a Chinese word.
 */
async function timeQuery(page: Page, query: string): Promise<QueryTiming> {
  const input = page.locator(INPUT);
  await input.fill('');
  await page.waitForFunction((selector) => !document.querySelector(selector), ANY_RESULT_LINK);
  await page.evaluate(
    ({ input, any, top, timeout }) => {
      (window as unknown as BenchWindow).__benchQuery = new Promise((resolve, reject) => {
        const box = document.querySelector(input);
        if (!box) return reject(new Error('the search box is gone'));
        const noInput = setTimeout(() => reject(new Error('typing fired no input event')), timeout);
        box.addEventListener(
          'input',
          (event) => {
            clearTimeout(noInput);
            const start = event.timeStamp;
            let ms: number | null = null;
            const tick = (): void => {
              const elapsed = performance.now() - start;
              if (ms === null && document.querySelector(any)) ms = elapsed;
              const first = document.querySelector(top);
              if (first) resolve({ ms: ms ?? elapsed, topMs: elapsed, href: first.getAttribute('href') });
              else if (elapsed > timeout) resolve({ ms, topMs: null, href: null });
              else requestAnimationFrame(tick);
            };
            tick();
          },
          { once: true },
        );
      });
    },
    { input: INPUT, any: ANY_RESULT_LINK, top: TOP_RESULT_LINK, timeout: QUERY_TIMEOUT_MS },
  );
  await page.keyboard.insertText(query);
  const result = await page.evaluate(() => (window as unknown as BenchWindow).__benchQuery!);
  const round = (value: number | null): number | null => (value === null ? null : Math.round(value));
  return { query, ms: round(result.ms), topMs: round(result.topMs), topHref: result.href };
}

/** A fresh context (cold cache) on the home page, loaded and idle. */
async function openHome(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return page;
}

/** Adds up the files in dist/ behind a list of same-origin URLs. */
async function loadedBytes(dist: string, origin: string, urls: string[]): Promise<SearchFigures['loaded']> {
  let bytes = NO_BYTES;
  const files: string[] = [];
  for (const href of urls) {
    const url = new URL(href);
    const resolved = url.origin === origin ? await resolvePath(dist, url.pathname) : undefined;
    if (resolved && 'file' in resolved) bytes = addBytes(bytes, await fileBytes(resolved.file));
    files.push(url.pathname);
  }
  return { requests: urls.length, bytes, files };
}

/** Measures opening search (by click and by Ctrl+K, each cold) and the ten queries. */
export async function measureSearch(browser: Browser, origin: string, dist: string): Promise<SearchFigures> {
  const clickPage = await openHome(browser, origin);
  const openByClickMs = await timeOpen(clickPage, () => clickPage.click('[data-search-open]'), 'click');
  await clickPage.context().close();

  const page = await openHome(browser, origin);
  const requested: string[] = [];
  page.on('request', (request) => {
    if (/^https?:/.test(request.url())) requested.push(request.url());
  });
  try {
    const openByShortcutMs = await timeOpen(page, () => page.keyboard.press('Control+k'), 'keydown');
    const queries: QueryTiming[] = [];
    for (const query of QUERIES) queries.push(await timeQuery(page, query));
    return {
      openByClickMs: Math.round(openByClickMs),
      openByShortcutMs: Math.round(openByShortcutMs),
      queries,
      loaded: await loadedBytes(dist, origin, requested),
    };
  } finally {
    await page.context().close();
  }
}

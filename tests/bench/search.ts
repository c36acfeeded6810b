import type { Browser, BrowserContext, Page } from '@playwright/test';
import { LABELLED_QUERIES } from '../search/queries.ts';
import { nodeEngine } from '../search/node-pagefind.ts';
import { resolvePath } from './server.ts';
import { addBytes, fileBytes, NO_BYTES, type Bytes } from './sizes.ts';

/** What readers look for: twelve of the labelled queries, typed on a warm index. */
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
  // Whole questions without spaces (issue 19): the query analysis runs on every keystroke.
  'altel号码不用了',
  '密吗忘了登不上',
];
/** The first query, typed at once after opening search (before it has loaded). */
const FIRST_QUERY = '停机';

const INPUT = 'dialog[data-search] input';
const LIST = 'search-panel ol';
const STATUS = '#search-status';
/** A query with no answer after this long is recorded as null, not waited for forever. */
const QUERY_TIMEOUT_MS = 15_000;

/**
 * The phone profile: Lighthouse's mobile throttling (slow 4G: 150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up; CPU four times slower) on a 390 px wide screen.
 */
const PHONE = {
  viewport: { width: 390, height: 844 },
  network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  cpuSlowdown: 4,
};

export interface QueryTiming {
  query: string;
  /** Keystroke → results (or the no-result message) shown. */
  ms: number | null;
  /** The top result's link (path and #section). */
  top: string | null;
}

/** One profile's figures, from a cold cache. */
export interface ProfileFigures {
  profile: 'phone' | 'desktop';
  /** Click on the search button → the dialog open, saying that search is loading. */
  busyMs: number;
  /** Click → search ready (everything it needs loaded, the hint shown). */
  readyMs: number;
  /** The first query typed at once after the click: keystroke → its results shown. */
  first: QueryTiming;
  /** The ten queries on the warm index, each the whole word at once (as an input method commits it). */
  warm: QueryTiming[];
  /** 忘记密码 typed a character at a time (60 ms apart): last keystroke → results. */
  lastKeystrokeMs: number | null;
  /** What search fetched on demand (files in dist/). */
  loaded: { requests: number; bytes: Bytes; files: string[] };
}

export interface QualityFigures {
  queries: number;
  expectations: number;
  /** Expected sections found within their rank. */
  hits: number;
  /** Queries with every expectation met. */
  fullyRight: number;
  misses: string[];
}

export interface SearchFigures {
  profiles: ProfileFigures[];
  quality: QualityFigures;
}

interface BenchWindow {
  __benchClick?: number;
  __benchWait?: Promise<number | null>;
}

/**
 * Arms an in-page watcher that starts at the next `input` event in the search box (the
 * event's own timestamp) and resolves, on the first animation frame after it, when the
 * results list is no longer busy and the status line speaks of results: the moment the
 * reader sees the answer.
 */
async function armQueryWatch(page: Page): Promise<void> {
  await page.evaluate(
    ({ input, list, status, timeout }) => {
      (window as unknown as BenchWindow).__benchWait = new Promise((resolve) => {
        const box = document.querySelector(input)!;
        let start: number | undefined;
        const listener = (event: Event) => (start = event.timeStamp);
        box.addEventListener('input', listener);
        const began = performance.now();
        const tick = () => {
          const done =
            start !== undefined &&
            !document.querySelector(list)!.hasAttribute('aria-busy') &&
            /找到|没有/.test(document.querySelector(status)!.textContent ?? '');
          if (done) {
            box.removeEventListener('input', listener);
            resolve(performance.now() - start!);
          } else if (performance.now() - began > timeout) resolve(null);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    { input: INPUT, list: LIST, status: STATUS, timeout: QUERY_TIMEOUT_MS },
  );
}

async function topResult(page: Page): Promise<string | null> {
  const href = await page
    .locator(`${LIST} a`)
    .first()
    .getAttribute('href', { timeout: 1000 })
    .catch(() => null);
  return href === null ? null : href.replace(/\?[^#]*/, '');
}

async function timeQuery(page: Page, query: string): Promise<QueryTiming> {
  await page.locator(INPUT).fill('');
  await page.waitForFunction((list) => !document.querySelector(list)!.hasAttribute('aria-busy'), LIST);
  await armQueryWatch(page);
  await page.keyboard.insertText(query);
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).__benchWait!);
  return { query, ms: ms === null ? null : Math.round(ms), top: await topResult(page) };
}

/** Types a word a character at a time and times from the last keystroke. */
async function timeLastKeystroke(page: Page, query: string): Promise<number | null> {
  await page.locator(INPUT).fill('');
  await page.waitForFunction((list) => !document.querySelector(list)!.hasAttribute('aria-busy'), LIST);
  const chars = [...query];
  for (const char of chars.slice(0, -1)) {
    await page.keyboard.insertText(char);
    await page.waitForTimeout(60);
  }
  await armQueryWatch(page);
  await page.keyboard.insertText(chars.at(-1)!);
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).__benchWait!);
  return ms === null ? null : Math.round(ms);
}

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PHONE.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

/** Adds up the files in dist/ behind a list of same-origin URLs. */
async function loadedBytes(dist: string, origin: string, urls: string[]): Promise<ProfileFigures['loaded']> {
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

/** A fresh context (cold cache) on the home page, loaded and idle, throttled for the phone from now on. */
async function coldHome(browser: Browser, origin: string, profile: 'phone' | 'desktop') {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: profile === 'phone' ? PHONE.viewport : { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // The page script has started (it marks the button once it opens the dialog).
  await page.waitForSelector('[data-search-open][aria-haspopup="dialog"]');
  // The page loads unthrottled: the figures are search's own.
  if (profile === 'phone') await throttle(context, page);
  return { context, page };
}

/** Click → the dialog open and saying it is loading; click → search ready (nothing typed). */
async function timeOpen(browser: Browser, origin: string, profile: 'phone' | 'desktop') {
  const { context, page } = await coldHome(browser, origin, profile);
  try {
    await page.evaluate(
      ({ list, status }) => {
        const w = window as unknown as BenchWindow & { __benchOpen?: Promise<[number, number]> };
        addEventListener('click', (event) => (w.__benchClick ??= event.timeStamp), { capture: true, once: true });
        const when = (test: () => boolean) =>
          new Promise<number>((resolve) => {
            const tick = () =>
              w.__benchClick !== undefined && test()
                ? resolve(performance.now() - w.__benchClick)
                : requestAnimationFrame(tick);
            requestAnimationFrame(tick);
          });
        const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search]')!;
        const busy = () => document.querySelector(list)!.hasAttribute('aria-busy');
        const text = () => document.querySelector(status)!.textContent ?? '';
        w.__benchOpen = Promise.all([
          when(() => dialog.open && busy() && /正在加载/.test(text())),
          when(() => !busy() && !/正在加载/.test(text())),
        ]);
      },
      { list: LIST, status: STATUS },
    );
    await page.click('[data-search-open]');
    const [busyMs, readyMs] = await page.evaluate(
      () => (window as unknown as { __benchOpen: Promise<[number, number]> }).__benchOpen,
    );
    return { busyMs: Math.round(busyMs), readyMs: Math.round(readyMs) };
  } finally {
    await context.close();
  }
}

/**
 * On the home page from a cold cache: opens search and types the first query at once,
 * then (once search has loaded the rest of its index, as it does while a reader reads)
 * the ten queries on the warm index, and one word a character at a time.
 */
async function measureProfile(
  browser: Browser,
  origin: string,
  dist: string,
  profile: 'phone' | 'desktop',
): Promise<ProfileFigures> {
  const { busyMs, readyMs } = await timeOpen(browser, origin, profile);
  const { context, page } = await coldHome(browser, origin, profile);
  try {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (/^https?:/.test(request.url())) requested.push(request.url());
    });
    await armQueryWatch(page);
    await page.click('[data-search-open]');
    await page.keyboard.insertText(FIRST_QUERY);
    const firstMs = await page.evaluate(() => (window as unknown as BenchWindow).__benchWait!);
    const first = { query: FIRST_QUERY, ms: firstMs === null ? null : Math.round(firstMs), top: await topResult(page) };
    await page.waitForLoadState('networkidle');
    const warm: QueryTiming[] = [];
    for (const query of QUERIES) warm.push(await timeQuery(page, query));
    const lastKeystrokeMs = await timeLastKeystroke(page, '忘记密码');
    return {
      profile,
      busyMs,
      readyMs,
      first,
      warm,
      lastKeystrokeMs,
      loaded: await loadedBytes(dist, origin, requested),
    };
  } finally {
    await context.close();
  }
}

/** The labelled set against the built index, in Node: how many expected sections come up in time. */
export async function measureQuality(dist: string): Promise<QualityFigures> {
  const engine = await nodeEngine(dist);
  const figures: QualityFigures = { queries: 0, expectations: 0, hits: 0, fullyRight: 0, misses: [] };
  for (const { query, expect } of LABELLED_QUERIES) {
    const outcome = await engine.search(query);
    const urls = outcome.kind === 'results' ? outcome.hits.map((hit) => hit.url) : [];
    let right = 0;
    for (const { section, within } of expect) {
      const rank = urls.indexOf(section) + 1;
      if (rank > 0 && rank <= within) right++;
      else figures.misses.push(`${query} → ${section} at ${rank || '—'} (≤ ${within})`);
    }
    figures.queries++;
    figures.expectations += expect.length;
    figures.hits += right;
    if (right === expect.length) figures.fullyRight++;
  }
  return figures;
}

/** Search on a throttled phone and an unthrottled desktop, and the labelled set's quality. */
export async function measureSearch(browser: Browser, origin: string, dist: string): Promise<SearchFigures> {
  return {
    profiles: [
      await measureProfile(browser, origin, dist, 'phone'),
      await measureProfile(browser, origin, dist, 'desktop'),
    ],
    quality: await measureQuality(dist),
  };
}

/**
 * `node tests/bench/search.ts` (Node 24): only the search part of the bench, on the dist/
 * that is there (build it first), served as `npm run bench` serves it.
 */
if (import.meta.main) {
  const { chromium } = await import('@playwright/test');
  const { chromiumLaunchOptions } = await import('../setup/browser.ts');
  const { startServer } = await import('./server.ts');
  const { fileURLToPath } = await import('node:url');
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const server = await startServer(dist, 4331);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const { profiles, quality } = await measureSearch(browser, server.origin, dist);
    for (const figures of profiles) {
      const warm = figures.warm.map(({ ms }) => ms ?? Infinity);
      console.log(
        `${figures.profile}: ready ${figures.readyMs} ms; first query ${figures.first.ms} ms; ` +
          `warm median ${[...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)]} ms, max ${Math.max(...warm)} ms; ` +
          `last keystroke → results ${figures.lastKeystrokeMs} ms`,
      );
      for (const { query, ms, top } of figures.warm) console.log(`  ${query}\t${ms} ms\t${top}`);
    }
    console.log(
      `labelled set: ${quality.hits}/${quality.expectations} sections within rank, ${quality.fullyRight}/${quality.queries} queries fully right`,
    );
    for (const miss of quality.misses) console.log(`  miss: ${miss}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Offline reading with the real service worker on the built site: after one visit, the whole
 * guide opens with no network (every page in the sitemap, search, the 404 page), the reader
 * is told so, and the guide installs as an app. The update flow is in offline-update.spec.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect, openSearch, searchFor } from './fixtures';
import { DIST, distPages, sitemapPaths } from '../setup/dist.ts';
import { precachedUrls } from '../setup/precache.ts';
import { chromiumLaunchOptions } from '../setup/browser.ts';
import { fileOfUrl, listFiles, urlOfFile } from '../../src/build/site-files.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const QUERIES = ['备份', '忘记密码', '护照', '退款', '截图'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const MB = 1024 * 1024;

/** The offline note (in a polite live region, checked below). */
const note = (page: Page) => page.locator('offline-status [data-note]');

/** Waits until the first visit has saved the whole guide, as the reader is told. */
async function visitAndSave(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(note(page)).toHaveText(zhCN['offline.ready'], { timeout: 60_000 });
}

/** What a reader sees of a page: its title and the text of its main content. */
async function reading(page: Page): Promise<{ title: string; main: string }> {
  return { title: await page.title(), main: await page.locator('main').innerText() };
}

/** One query on a fresh home page, so no earlier result can be mistaken for this one's. */
async function searchFresh(page: Page, query: string): Promise<string[]> {
  await page.goto('/');
  await openSearch(page);
  return searchFor(page, query);
}

/** Every request the context makes, the service worker's included, to another origin. */
function watchOrigins(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

test.describe('with no network after one visit', () => {
  // The saved 404 page answers with status 404, which the browser reports; that is the point.
  // Offline, the note's own check whether the server answers again fails, as it should.
  // (One pattern: Playwright would read a second array element as the option's settings.)
  test.use({ expectedConsoleErrors: [/status of 404|ERR_INTERNET_DISCONNECTED/] });

  test('every page of the sitemap, search and the 404 page open as they do online', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const foreign = watchOrigins(context, new URL(baseURL!).origin);
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(5);

    await visitAndSave(page);
    const online = new Map<string, Awaited<ReturnType<typeof reading>>>();
    for (const path of paths) {
      await page.goto(path);
      online.set(path, await reading(page));
    }
    const onlineResults = new Map<string, string[]>();
    for (const query of QUERIES) onlineResults.set(query, await searchFresh(page, query));

    await context.setOffline(true);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await reading(page), path).toEqual(online.get(path));
      await expect(note(page), path).toHaveText(zhCN['offline.reading']);
    }

    // The worker has no network either: a real file that is not saved gets the 404 page.
    await page.goto('/robots.txt');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['notFound.title']);

    const wrong = await page.goto('/steps/no-such-step/');
    expect(wrong?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['notFound.title']);
    await expect(page.getByRole('main').getByRole('link', { name: zhCN['notFound.home'] })).toBeVisible();

    for (const query of QUERIES) {
      expect(await searchFresh(page, query), `offline results for ${query}`).toEqual(onlineResults.get(query));
    }
    expect(foreign).toEqual([]);
  });

  test('the offline note is announced politely, stays out of the way, and passes axe', async ({ page, context }) => {
    test.setTimeout(120_000);
    await visitAndSave(page, '/steps/sign-in/');
    await context.setOffline(true);
    const found: string[] = [];
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        await page.goto('/steps/sign-in/');
        await expect(note(page)).toHaveText(zhCN['offline.reading']);
        const region = page.locator('offline-status [role="status"]');
        await expect(region).toHaveAttribute('aria-live', 'polite');
        // It does not block: the content under it still takes clicks.
        await expect(region).toHaveCSS('pointer-events', 'none');
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of violations) {
          found.push(
            `${width}/${colorScheme} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        }
      }
    }
    expect(found).toEqual([]);
    // Back online, the note goes away (the saved copy is checked against the server).
    await context.setOffline(false);
    await expect(note(page)).toHaveText('');
  });
});

test('on a first visit, "已可离线阅读" never covers the option the reader just tapped', async ({ page }) => {
  test.setTimeout(120_000);
  // Test-side instrumentation: the worker is registered only once the reader has tapped, the
  // order a reader on a slow first visit meets (the guide is saved while they answer).
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    const tapped = new Promise<void>((resolve) => ((window as { __tapped?: () => void }).__tapped = resolve));
    ServiceWorkerContainer.prototype.register = function (...args) {
      return tapped.then(() => register.apply(this, args));
    };
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/situation/');
  const option = page.locator('[data-option="local"]');
  // The screen ends at the option, so it sits where the note would otherwise appear.
  const box = (await option.boundingBox())!;
  await page.setViewportSize({ width: 390, height: Math.ceil(box.y + box.height) + 2 });
  await option.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await option.click();
  await page.evaluate(() => (window as { __tapped?: () => void }).__tapped?.());
  await expect(note(page)).toHaveText(zhCN['offline.ready'], { timeout: 60_000 });
  const overlaps = await page.evaluate(() => {
    const region = document.querySelector('offline-status [role="status"]')!.getBoundingClientRect();
    const covers = (element: Element | null) => {
      const b = element?.getBoundingClientRect();
      return Boolean(
        b && region.left < b.right && b.left < region.right && region.top < b.bottom && b.top < region.bottom,
      );
    };
    return { option: covers(document.querySelector('[data-option="local"]')), focus: covers(document.activeElement) };
  });
  expect(overlaps).toEqual({ option: false, focus: false });
});

test('the worker registers only after the page has loaded, and only it fetches the precache', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Test-side instrumentation: when the page calls register(), against its load event.
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as { __registeredAt?: number }).__registeredAt = performance.now();
      return register.apply(this, args);
    };
  });
  const byPage: string[] = [];
  const byWorker: string[] = [];
  page.on('request', (request) => byPage.push(new URL(request.url()).pathname));
  context.on('request', (request) => {
    if (request.serviceWorker()) byWorker.push(new URL(request.url()).pathname);
  });
  await visitAndSave(page);
  const { registeredAt, loadEnd } = await page.evaluate(() => ({
    registeredAt: (window as { __registeredAt?: number }).__registeredAt,
    loadEnd: performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd as number,
  }));
  expect(registeredAt, 'register() was called').toBeDefined();
  expect(registeredAt!).toBeGreaterThanOrEqual(loadEnd);
  // The page itself never touched the search bundle; the worker saved all of it.
  expect(byPage.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  expect(byWorker).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/print/', '/404.html']));
});

test.describe('the precache', () => {
  test('holds every page, the whole search bundle, scripts and icons', () => {
    const urls = precachedUrls(DIST);
    const files = listFiles(DIST);
    const needed = [
      ...distPages().map((page) => page.path),
      // Not the .br/.gz twins: a host sends those for the same URLs.
      ...files.filter((file) => /^(pagefind|_astro|icons|qr)\//.test(file) && !/\.(br|gz)$/.test(file)).map(urlOfFile),
      '/favicon.svg',
      '/favicon.ico',
      '/manifest.webmanifest',
    ];
    expect(needed.filter((url) => !urls.includes(url))).toEqual([]);
    expect(urls.filter((url) => !needed.includes(url))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining(['/', '/print/', '/404.html', '/pagefind/pagefind-entry.json']));
  });

  test('leaves out link-preview images and precompressed files, and fits 1 MB gzip', () => {
    const urls = precachedUrls(DIST);
    expect(urls.filter((url) => url.startsWith('/og/') || /\.(br|gz)$/.test(url))).toEqual([]);
    const gzip = urls
      .map((url) => join(DIST, fileOfUrl(url)))
      .reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(1 * MB);
  });

  test('the worker carries Workbox itself and imports nothing', () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(worker).not.toContain('importScripts');
    expect(worker).toMatch(/workbox/);
  });
});

test.describe('installing the guide', () => {
  test('the manifest names the guide, starts at / standalone, and lists icons of the stated sizes', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    const themeColors = await page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) => metas.map((meta) => `${meta.getAttribute('media')} ${meta.getAttribute('content')}`));
    expect(themeColors).toEqual(['(prefers-color-scheme: light) #ffffff', '(prefers-color-scheme: dark) #12161b']);

    const response = await request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: zhCN['site.name'],
      short_name: zhCN['site.shortName'],
      lang: 'zh-CN',
      start_url: '/',
      display: 'standalone',
      theme_color: '#ffffff',
      background_color: '#ffffff',
    });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of [
      ...manifest.icons,
      { src: '/icons/apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
    ]) {
      const file = await request.get(icon.src);
      expect(file.ok(), icon.src).toBe(true);
      expect(icon.type).toBe('image/png');
      const png = PNG.sync.read(await file.body());
      expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
    }
  });

  test('Chromium finds the guide installable (no manifest or installability errors)', async ({ baseURL }) => {
    test.setTimeout(120_000);
    // Installability is never granted in incognito, which every Playwright context is:
    // this one runs in a persistent profile of its own.
    const profile = mkdtempSync(join(tmpdir(), 'guide-install-'));
    const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), baseURL: baseURL! });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await visitAndSave(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.url).toBe(new URL('/manifest.webmanifest', baseURL).href);
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

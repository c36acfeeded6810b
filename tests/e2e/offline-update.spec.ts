/**
 * A corrected fact reaches a returning reader. Two real builds of the guide, A and then B
 * with one sentence corrected, served in turn from one origin (a host publishing B), and
 * a reader who visited A: online, offline, and on a connection too slow to answer.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { buildProject, copyProject, ROOT } from '../setup/build-site.ts';
import { startSwitchServer, type SwitchServer } from '../setup/switch-server.ts';
import { NETWORK_TIMEOUT_SECONDS } from '../../src/features/offline/offline.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

/** Beside the preview server (TEST_PORT), the dev server (+1) and nginx (+2). */
const PORT = Number(process.env['TEST_PORT'] ?? 4321) + 3;
const PAGE = '/cases/';
const FILE = 'cases.mdx';
/** The built file behind PAGE. */
const FILE_OF_PAGE = join('cases', 'index.html');
const CORRECTION = '此句已在新版中更正。';

/** Scratch space, made in beforeAll (not when Playwright merely lists the tests). */
let scratch = '';
/** A copy of the project, so its builds never touch the checkout (or a dev server watching it). */
let project = '';
let server: SwitchServer;
/** The sentence B corrects, as the reader sees it in A. */
let sentence = '';
let versionA = '';
let versionB = '';

/** Builds the project copy, its content/FILE changed by `edit`, into scratch/<name>. */
async function buildVersion(name: string, edit: (text: string) => string): Promise<string> {
  const file = join(project, 'content', FILE);
  writeFileSync(file, edit(readFileSync(join(ROOT, 'content', FILE), 'utf8')));
  const outDir = join(scratch, name);
  const { ok, output } = await buildProject(project, ['--outDir', outDir]);
  if (!ok) throw new Error(`version ${name} does not build:\n${output}`);
  return outDir;
}

test.describe.configure({ mode: 'serial' });
test.use({
  baseURL: `http://127.0.0.1:${PORT}`,
  // Offline, the worker's own try at the network fails before its saved copy answers;
  // Chromium reports that failed request in the page's console.
  expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/],
});

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // The first plain sentence of the page (no link or markup in it), corrected in B.
  const text = readFileSync(join(ROOT, 'content', FILE), 'utf8');
  sentence = /^([\u4e00-\u9fff][^[\]<>{}\n]*?。)/m.exec(text.split(/^---$/m)[2] ?? '')?.[1] ?? '';
  expect(sentence, `a plain sentence in content/${FILE}`).not.toBe('');
  scratch = mkdtempSync(join(tmpdir(), 'guide-update-'));
  project = join(scratch, 'project');
  copyProject(project);
  versionA = await buildVersion('a', (original) => original);
  versionB = await buildVersion('b', (original) => original.replace(sentence, `${sentence}${CORRECTION}`));
  server = await startSwitchServer(PORT, versionA);
});

test.afterAll(async () => {
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test.beforeEach(() => {
  server.serve(versionA);
  server.delayHtml(0);
  server.delayHtmlBody(0);
});

const main = (page: Page) => page.getByRole('main');
const note = (page: Page) => page.locator('offline-status [data-note]');
const updateButton = (page: Page) => page.getByRole('button', { name: zhCN['offline.update'] });

/** A first visit to version A that saves the whole guide. */
async function readVersionA(page: Page): Promise<void> {
  await page.goto(PAGE);
  await expect(note(page)).toHaveText(zhCN['offline.ready'], { timeout: 60_000 });
  await expect(main(page)).toContainText(sentence);
  await expect(main(page)).not.toContainText(CORRECTION);
}

test('online, the returning reader gets the corrected page at once, and keeps it offline', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  // Test-side: counts takeovers by a new worker on the page that is open.
  await page.addInitScript(() => {
    const w = window as { __takeovers?: number };
    w.__takeovers = 0;
    navigator.serviceWorker.addEventListener('controllerchange', () => (w.__takeovers = (w.__takeovers ?? 0) + 1));
  });
  await readVersionA(page);
  server.serve(versionB);
  await page.goto(PAGE);
  await expect(main(page)).toContainText(CORRECTION);
  // B's worker installs behind the page and takes over; the page is already B: no prompt.
  await expect
    .poll(() => page.evaluate(() => (window as { __takeovers?: number }).__takeovers), {
      timeout: 60_000,
    })
    .toBe(1);
  await expect(updateButton(page)).toBeHidden();
  // The saved copy is B's now.
  await context.setOffline(true);
  await page.goto(PAGE);
  await expect(note(page)).toHaveText(zhCN['offline.reading']);
  await expect(main(page)).toContainText(CORRECTION);
});

test('a reader on the old saved copy is offered the new version once back online', async ({ page, context }) => {
  test.setTimeout(180_000);
  await readVersionA(page);
  server.serve(versionB);
  await context.setOffline(true);
  await page.goto(PAGE);
  // Offline, the saved copy of A is all there is, and the page says it is a saved copy.
  await expect(note(page)).toHaveText(zhCN['offline.reading']);
  await expect(main(page)).not.toContainText(CORRECTION);
  await context.setOffline(false);
  await expect(updateButton(page)).toBeVisible({ timeout: 60_000 });
  await updateButton(page).click();
  await expect(main(page)).toContainText(CORRECTION);
  await expect(note(page)).toHaveText('');
  await expect(updateButton(page)).toBeHidden();
});

test('on a connection too slow to answer, the saved copy shows, then the correction as soon as it is saved', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await readVersionA(page);
  server.serve(versionB);
  // Pages take far longer than the worker waits for them; the worker script is quick.
  server.delayHtml(NETWORK_TIMEOUT_SECONDS * 1000 * 3);
  await page.goto(PAGE);
  await expect(note(page)).toHaveText(zhCN['offline.reading']);
  await expect(main(page)).not.toContainText(CORRECTION);
  // B installs in the background (slowly: its pages are slow too), then the page offers it.
  await expect(updateButton(page)).toBeVisible({ timeout: 120_000 });
  await updateButton(page).click();
  // Still slow, so the saved copy answers again: B's, with the correction.
  await expect(main(page)).toContainText(CORRECTION, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('data-saved-copy');
  // The worker script still comes through and nothing newer exists: this copy is current,
  // so the page stops calling itself a saved copy and the prompt is gone.
  await expect(note(page)).toHaveText('');
  await expect(updateButton(page)).toBeHidden();
});

/**
 * Asks the browser to look for a new worker now, and says how that ended: `activated` (it
 * installed and took over) or `redundant` (its install failed and the old worker stays).
 */
function checkForUpdate(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'no registration';
    const found = new Promise<ServiceWorker | null>((resolve) =>
      registration.addEventListener('updatefound', () => resolve(registration.installing), { once: true }),
    );
    await registration.update().catch(() => undefined);
    const worker =
      registration.installing ??
      (await Promise.race([found, new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000))]));
    if (!worker) return 'no new worker';
    return new Promise<string>((resolve) => {
      const settled = () => ['activated', 'redundant'].includes(worker.state) && resolve(worker.state);
      worker.addEventListener('statechange', settled);
      settled();
    });
  });
}

/** Every copy of PAGE in the browser's caches: its cache key and whether it holds the correction. */
function savedCopiesOfPage(page: Page): Promise<{ key: string; corrected: boolean }[]> {
  return page.evaluate(
    async ({ path, correction }) => {
      const copies: { key: string; corrected: boolean }[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (new URL(request.url).pathname !== path) continue;
          const text = (await (await cache.match(request))?.text()) ?? '';
          copies.push({ key: request.url, corrected: text.includes(correction) });
        }
      }
      return copies;
    },
    { path: PAGE, correction: CORRECTION },
  );
}

/** The revision B's worker lists for PAGE (read from B's sw.js, as the browser gets it). */
function revisionInB(): string {
  const worker = readFileSync(join(versionB, 'sw.js'), 'utf8');
  const revision = new RegExp(`"revision":"([0-9a-f]+)","url":"${PAGE}"`).exec(worker)?.[1];
  expect(revision, `B's sw.js lists ${PAGE} with a revision`).toBeTruthy();
  return revision!;
}

/** A deploy of B gone wrong, in scratch/<name>: B's files, then `spoil` applied to them. */
function spoiltB(name: string, spoil: (dir: string) => void): string {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(versionB, dir, { recursive: true });
  spoil(dir);
  return dir;
}

test('a page fetched by a script, online, is the page as published now, not the saved copy', async ({ page }) => {
  test.setTimeout(180_000);
  await readVersionA(page);
  server.serve(versionB);
  // As the situation check's in-place update asks for a page: fetch(), not a navigation.
  const fetched = await page.evaluate((path) => fetch(path).then((response) => response.text()), PAGE);
  expect(fetched).toContain(CORRECTION);
});

test('sw.js published before the page it lists: the install fails, nothing wrong is saved, the next complete deploy installs', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await readVersionA(page);
  // B's worker and files, but PAGE still A's (uploaded last, or a CDN still holding it).
  server.serve(spoiltB('b-out-of-order', (dir) => cpSync(join(versionA, FILE_OF_PAGE), join(dir, FILE_OF_PAGE))));
  expect(await checkForUpdate(page)).toBe('redundant');
  const revision = revisionInB();
  const wrong = (await savedCopiesOfPage(page)).filter((copy) => copy.key.includes(revision) && !copy.corrected);
  expect(wrong, "A's page saved under B's revision").toEqual([]);
  // The old worker still answers offline, with A's page.
  await context.setOffline(true);
  await page.goto(PAGE);
  await expect(note(page)).toHaveText(zhCN['offline.reading']);
  await expect(main(page)).toContainText(sentence);
  await context.setOffline(false);
  // The deploy completes: B installs and its saved copy is B's page.
  server.serve(versionB);
  expect(await checkForUpdate(page)).toBe('activated');
  await context.setOffline(true);
  await page.goto(PAGE);
  await expect(main(page)).toContainText(CORRECTION);
});

test('a listed file missing from a deploy fails the install; the next complete deploy recovers', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await readVersionA(page);
  // The page B changed: a file whose revision is unchanged is not downloaded again at all.
  server.serve(spoiltB('b-missing-file', (dir) => unlinkSync(join(dir, FILE_OF_PAGE))));
  expect(await checkForUpdate(page)).toBe('redundant');
  server.serve(versionB);
  expect(await checkForUpdate(page)).toBe('activated');
  await context.setOffline(true);
  await page.goto(PAGE);
  await expect(main(page)).toContainText(CORRECTION);
});

test('a page whose body stalls is replaced by the saved copy within the network timeout', async ({ page }) => {
  test.setTimeout(180_000);
  await readVersionA(page);
  // The headers and the first bytes come at once; the rest far later than the worker waits.
  server.delayHtmlBody(NETWORK_TIMEOUT_SECONDS * 1000 * 4);
  const start = Date.now();
  await page.goto(PAGE, { waitUntil: 'domcontentloaded' });
  const waited = Date.now() - start;
  // The saved copy answered (the note may then go at once: the server does answer a HEAD
  // request quickly, and no newer version exists, so the copy on screen is current).
  await expect(page.locator('html')).toHaveAttribute('data-saved-copy');
  // The deadline plus a margin for a busy machine, well short of the stalled body.
  expect(waited).toBeLessThan(NETWORK_TIMEOUT_SECONDS * 1000 + 4000);
});

import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, pageScriptStarted } from './fixtures';
import { STEP_PATHS } from './site-map';

/** The share feature's live region (the offline note has one of its own). */
const shareStatus = (page: import('@playwright/test').Page) =>
  page.getByRole('status').and(page.locator('share-status'));

/** The address of the page as the reader opened it (whatever host serves it), at `hash`. */
const ownUrl = (page: import('@playwright/test').Page, hash = '') => {
  const url = new URL(page.url());
  url.search = '';
  url.hash = hash;
  return url.href;
};

// Every page's preview tags, step titles and robots.txt, as built: tests/unit/built-site.site.test.ts.

test.describe('copying a link to one section', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the link button beside a heading copies the section’s address on this site and says so', async ({ page }) => {
    // Opened from a search result: the query is not part of the shared link.
    await page.goto('/precautions/?pagefind-highlight=x');
    await pageScriptStarted(page);
    const button = page.getByRole('link', { name: '复制本节链接： 提前备份数据' });
    await button.click();
    await expect(shareStatus(page)).toHaveText('链接已复制');
    // The address the page was opened at (here the test server), never the build's placeholder.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ownUrl(page, '#backup'));
    expect(ownUrl(page, '#backup')).toMatch(/^http:\/\/localhost:\d+\/precautions\/#backup$/);
  });

  test('a phrase card’s own link copies the card’s address', async ({ page }) => {
    await page.goto('/phrases/');
    await pageScriptStarted(page);
    await page.locator('#abroad').getByRole('link', { name: '本卡链接' }).click();
    await expect(shareStatus(page)).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ownUrl(page, '#abroad'));
  });

  test('the link button works from the keyboard', async ({ page }) => {
    await page.goto('/cases/');
    await pageScriptStarted(page);
    const button = page.getByRole('link', { name: /复制本节链接.*忘记密码的张女士/ });
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(ownUrl(page, '#forgot-password'));
  });

  test('"分享这一步" copies the step URL where there is no share sheet', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(STEP_PATHS[1]);
    await pageScriptStarted(page);
    await page.getByRole('button', { name: '分享这一步' }).click();
    await expect(shareStatus(page)).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ownUrl(page));
    // The address shown to copy by hand is the same.
    await expect(page.getByText(ownUrl(page), { exact: true })).toBeVisible();
  });
});

test('"分享这一步" opens the system share sheet where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as { shared?: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto(STEP_PATHS[3]);
  await pageScriptStarted(page);
  await page.getByRole('button', { name: '分享这一步' }).click();
  const shared = await page.evaluate(() => (window as { shared?: ShareData }).shared);
  expect(shared?.url).toBe(ownUrl(page));
  expect(shared?.title).toMatch(/^第 4 步：/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the step URL is shown to copy by hand', async ({ page }) => {
    await page.goto(STEP_PATHS[2]);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    await expect(page.getByText(canonical, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '分享这一步' })).toBeHidden();
  });
});

test.describe('served from the public address', () => {
  // The site as readers reach it at SITE_URL: every request to that origin is answered by
  // the test server (the build under test was made with that SITE_URL).
  test.use({ baseURL: 'https://kz-esim.example.org', serviceWorkers: 'block' });
  test.beforeEach(async ({ page }) => {
    const server = `http://localhost:${process.env['TEST_PORT'] ?? 4321}`;
    await page.route('https://kz-esim.example.org/**', async (route) => {
      const { pathname, search } = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${server}${pathname}${search}` }) });
    });
  });

  test('on a desktop the QR code decodes to the step URL', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(STEP_PATHS[4]);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(page.url());
    const qr = page.getByRole('img', { name: /二维码/ });
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAccessibleName(`本步链接的二维码：${canonical}`);
    // A lazy <img> of a build-time SVG file: wait until it has arrived and been decoded.
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(canonical);
  });
});

test('served from another address, the step shows no QR code of the public one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(STEP_PATHS[4]);
  await pageScriptStarted(page);
  await expect(page.getByRole('img', { name: /二维码/ })).toBeHidden();
  await expect(page.getByText(ownUrl(page), { exact: true })).toBeVisible();
});

test('on a phone the QR code is left out', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const qrFiles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/qr/')) qrFiles.push(request.url());
  });
  await page.goto(STEP_PATHS[4], { waitUntil: 'networkidle' });
  await expect(page.getByRole('img', { name: /二维码/ })).toBeHidden();
  // Hidden and lazy, the image is not even downloaded.
  expect(qrFiles).toEqual([]);
});

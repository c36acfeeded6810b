/**
 * Quality gates on the built site (dist/): links, HTML validity, CSP and byte budgets.
 * Each fails with the full list of what is wrong, not just the first problem.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { test, expect, pageScriptStarted } from './fixtures';
import { ALLOWED_HOSTS } from '../../src/data/allowed-hosts.ts';
import { checkLinks } from '../../src/build/link-check.ts';
import { readBuiltSite } from '../../src/build/link-check-integration.ts';
import { DIST, distPages, sitemapPaths } from '../setup/dist.ts';
import { ALL_PATHS } from './site-map.ts';

const KB = 1024;
/** DESIGN.md: HTML + CSS in one round trip; the one-page print edition gets more. */
const REFERENCE = 24 * KB;
const HTML_CSS_BUDGET: Record<string, number> = {
  default: 14 * KB,
  '/print/': 60 * KB,
  '/phrases/': REFERENCE,
  '/application/': REFERENCE,
  '/sources/': REFERENCE,
  '/operators/': REFERENCE,
  '/index-terms/': REFERENCE,
  '/precautions/': REFERENCE,
  '/cases/': REFERENCE,
};
/** DESIGN.md: at most 2.5 KB gzip of JavaScript before the reader interacts, in at most 2 requests. */
const JS_BUDGET = 2.5 * KB;
const JS_REQUESTS = 2;

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('the sitemap lists exactly the pages of the site map', () => {
  expect(sitemapPaths().sort()).toEqual([...ALL_PATHS].sort());
});

test('every internal link and #fragment resolves; external links are allowed, https and safe', () => {
  expect(checkLinks(readBuiltSite(DIST), ALLOWED_HOSTS)).toEqual([]);
});

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // role="list" is deliberate: Safari/VoiceOver drops list semantics when list-style is none.
      'no-redundant-role': 'off',
    },
  });
  const problems: string[] = [];
  for (const page of distPages()) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every page has a strict Content-Security-Policy', () => {
  const problems: string[] = [];
  for (const page of distPages()) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1];
    if (!csp) {
      problems.push(`${page.file}: no CSP meta element`);
      continue;
    }
    const directives = new Map(
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name!, values]),
    );
    const script = directives.get('script-src') ?? [];
    if (script.includes("'unsafe-inline'")) problems.push(`${page.file}: script-src allows 'unsafe-inline'`);
    if (script.includes("'unsafe-eval'")) problems.push(`${page.file}: script-src allows 'unsafe-eval'`);
    if (!script.includes("'wasm-unsafe-eval'"))
      problems.push(`${page.file}: script-src lacks 'wasm-unsafe-eval' for Pagefind`);
    if (directives.get('default-src')?.join(' ') !== "'self'") problems.push(`${page.file}: default-src is not 'self'`);
    if (directives.get('object-src')?.join(' ') !== "'none'") problems.push(`${page.file}: object-src is not 'none'`);
  }
  expect(problems).toEqual([]);
});

test('HTML + CSS of every page fits one round trip (gzip), and no web fonts ship', () => {
  const over: string[] = [];
  for (const page of distPages()) {
    const budget = HTML_CSS_BUDGET[page.path] ?? HTML_CSS_BUDGET['default']!;
    // Stylesheets are inlined; a linked one would count here too.
    const linked = [...page.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].length;
    const size = gzip(page.html);
    if (linked > 0) over.push(`${page.file}: links ${linked} external stylesheet(s) (an extra round trip)`);
    if (size > budget) over.push(`${page.file}: HTML + CSS is ${size} bytes gzip, budget ${budget}`);
  }
  expect(over).toEqual([]);
  const fonts = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(woff2?|ttf|otf|eot)$/i.test(file),
  );
  expect(fonts, 'font files in dist/').toEqual([]);
  expect(
    distPages()
      .filter((page) => page.html.includes('@font-face'))
      .map((page) => page.file),
  ).toEqual([]);
});

test.describe('JavaScript before interaction', () => {
  // The first view, before any service worker: offline.spec.ts shows the worker registers
  // only after load, and its precache (search bundle included) would blur these figures.
  test.use({ serviceWorkers: 'block' });
  for (const path of ALL_PATHS) {
    test(`${path} runs at most 2.5 KB gzip of JavaScript, in at most 2 requests, before the reader interacts`, async ({
      page,
    }) => {
      const bodies: Buffer[] = [];
      const searchFiles: string[] = [];
      page.on('response', async (response) => {
        if (response.url().includes('/pagefind/')) searchFiles.push(response.url());
        if (response.request().resourceType() === 'script') bodies.push(await response.body());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      // Search (UI, CSS, index) is fetched only when the reader opens it.
      expect(searchFiles).toEqual([]);
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
      const total = [...bodies, ...inline.map((text) => Buffer.from(text))].reduce((sum, body) => sum + gzip(body), 0);
      expect(total, `${path}: ${total} bytes gzip of JavaScript on load`).toBeLessThanOrEqual(JS_BUDGET);
      expect(bodies.length, `${path}: script requests on load`).toBeLessThanOrEqual(JS_REQUESTS);
    });
  }

  // DESIGN.md: scripts never hold back first paint. Every script the page loads on its own
  // is requested after the browser has painted (src/features/entry-loader.ts).
  for (const path of ['/', '/steps/wait-for-result/', '/situation/', '/phrases/']) {
    test(`${path} requests its scripts only after the first paint`, async ({ page }) => {
      const response = await page.goto(path);
      // As served, the page names no script the browser would fetch while parsing: the page
      // script waits in <template data-entry> (on a fast connection the order below alone
      // cannot tell, as the first paint may come before the parser reaches the script).
      const served = (await response!.text()).replace(/<template[\s\S]*?<\/template>/g, '');
      expect(served).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*rel="modulepreload"/);
      await pageScriptStarted(page);
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-paint')[0]?.startTime,
        scripts: performance
          .getEntriesByType('resource')
          .filter(
            (entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || /\.js$/.test(entry.name),
          )
          .map((entry) => ({ url: entry.name, start: entry.startTime })),
      }));
      expect(timing.paint, 'first paint').toBeDefined();
      expect(timing.scripts.length, 'the page script').toBeGreaterThan(0);
      for (const script of timing.scripts) expect(script.start, script.url).toBeGreaterThanOrEqual(timing.paint!);
    });
  }
});

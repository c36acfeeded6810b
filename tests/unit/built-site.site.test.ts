/**
 * The built site as files (dist/, built once for the run by tests/setup/build-site.ts):
 * what a reader is sent, checked without a browser. Each check fails with the full list
 * of what is wrong, not just the first problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { metaCsp, parseCsp } from '../../src/build/headers.ts';
import { listFiles } from '../../src/build/site-files.ts';
import { PLANS_FILE, planFor, planSchema, withFileOrder } from '../../src/features/situation/plan.ts';
import { allPaths } from '../../src/features/situation/questions.ts';
import neverSay from '../../src/data/never-say.json';
import { DIST, distPages, sitemapPaths } from '../setup/dist.ts';
import { parseHeadersFile } from '../setup/headers-file.ts';
import { ALL_PATHS, PAGE_PATHS, SITE_NAME, STEP_PATHS } from '../e2e/site-map.ts';

const pages = distPages();
const plans = planSchema.array().parse(withFileOrder(readFileSync(PLANS_FILE, 'utf8')));
const dom = new Map(pages.map((page) => [page.path, parse(page.html)]));
const domOf = (path: string): HTMLElement => {
  const root = dom.get(path);
  if (!root) throw new Error(`${path} was not built`);
  return root;
};

it('the sitemap lists exactly the pages of the site map, and every one is built', () => {
  expect(sitemapPaths().sort()).toEqual([...ALL_PATHS].sort());
  expect(ALL_PATHS.filter((path) => !dom.has(path))).toEqual([]);
});

// WORDS.md, on what readers are sent: the source files are checked in words.test.ts, but a
// page can also print words from elsewhere (the index prints the search synonyms).
it('no page says a word that WORDS.md says never to use', () => {
  const found = pages.flatMap((page) =>
    neverSay.neverSay.filter(({ word }) => page.html.includes(word)).map(({ word }) => `${page.file}: ${word}`),
  );
  expect(found).toEqual([]);
});

it('every page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // role="list" is deliberate: Safari/VoiceOver drops list semantics when list-style is none.
      'no-redundant-role': 'off',
    },
  });
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

describe('Content-Security-Policy', () => {
  it('every page carries a strict one', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const meta = metaCsp(page.html);
      if (!meta) {
        problems.push(`${page.file}: no CSP meta element`);
        continue;
      }
      const csp = parseCsp(meta);
      const script = (csp.get('script-src') ?? '').split(' ');
      if (script.includes("'unsafe-inline'")) problems.push(`${page.file}: script-src allows 'unsafe-inline'`);
      if (script.includes("'unsafe-eval'")) problems.push(`${page.file}: script-src allows 'unsafe-eval'`);
      if (!script.includes("'wasm-unsafe-eval'"))
        problems.push(`${page.file}: script-src lacks 'wasm-unsafe-eval' for Pagefind`);
      if (csp.get('default-src') !== "'self'") problems.push(`${page.file}: default-src is not 'self'`);
      if (csp.get('object-src') !== "'none'") problems.push(`${page.file}: object-src is not 'none'`);
    }
    expect(problems).toEqual([]);
  });

  it("the static host's header is each page's own policy plus frame-ancestors 'none'", () => {
    const blocks = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const problems: string[] = [];
    for (const page of pages) {
      const header = parseCsp(blocks.get(page.path)?.get('Content-Security-Policy') ?? '');
      if (header.get('frame-ancestors') !== "'none'") problems.push(`${page.path}: no frame-ancestors 'none'`);
      header.delete('frame-ancestors');
      const meta = Object.fromEntries(parseCsp(metaCsp(page.html) ?? ''));
      if (JSON.stringify(Object.fromEntries(header)) !== JSON.stringify(meta))
        problems.push(`${page.path}: the header's policy is not the page's own`);
    }
    expect(problems).toEqual([]);
  });
});

describe('bytes', () => {
  const KB = 1024;
  /** DESIGN.md: HTML + CSS in one round trip; reference pages and the print edition get more. */
  const REFERENCE = 24 * KB;
  const BUDGET: Record<string, number> = {
    '/print/': 60 * KB,
    '/phrases/': REFERENCE,
    '/application/': REFERENCE,
    '/sources/': REFERENCE,
    '/operators/': REFERENCE,
    '/index-terms/': REFERENCE,
    '/precautions/': REFERENCE,
    '/cases/': REFERENCE,
  };
  const DEFAULT = 14 * KB;

  it('the HTML + CSS of every page fits one round trip (gzip), with no stylesheet to fetch', () => {
    const over: string[] = [];
    for (const page of pages) {
      const budget = BUDGET[page.path] ?? DEFAULT;
      const size = gzipSync(page.html, { level: 9 }).length;
      const linked = domOf(page.path).querySelectorAll('link[rel="stylesheet"]').length;
      if (linked > 0) over.push(`${page.file}: links ${linked} external stylesheet(s) (an extra round trip)`);
      if (size > budget) over.push(`${page.file}: HTML + CSS is ${size} bytes gzip, budget ${budget}`);
    }
    expect(over).toEqual([]);
  });

  it('no web font ships: Chinese text uses the fonts the phone has', () => {
    expect(listFiles(DIST).filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    expect(pages.filter((page) => page.html.includes('@font-face')).map((page) => page.file)).toEqual([]);
  });
});

describe('without JavaScript, as the server sends it', () => {
  it('every page has one heading, its content and the whole navigation', () => {
    const problems: string[] = [];
    for (const path of PAGE_PATHS) {
      const root = domOf(path);
      if (root.querySelectorAll('h1').length !== 1) problems.push(`${path}: not exactly one h1`);
      const text = (root.querySelector('main')?.textContent ?? '').replace(/\s/g, '');
      if (text.length <= 300) problems.push(`${path}: main holds only ${text.length} characters`);
      const nav = root.querySelector('nav[aria-label="主导航"]');
      const hrefs = nav?.querySelectorAll('a').map((a) => a.getAttribute('href'));
      if (hrefs?.join() !== MAIN_NAV.join()) problems.push(`${path}: main navigation is ${hrefs?.join() ?? 'missing'}`);
      if (!root.querySelector('header a[href="/index-terms/"]')) problems.push(`${path}: no link to the index`);
      if (path.startsWith('/steps/')) {
        const steps = root.querySelectorAll('nav[aria-label="注销步骤"] a').length;
        if (steps !== 6) problems.push(`${path}: the step list has ${steps} links`);
        if (!root.querySelector('nav[aria-label="上一步和下一步"] a')) problems.push(`${path}: no previous/next link`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every footnote marker reaches its source, and every source links back', () => {
    // The situation check's answer pages name each plan step's sources inline, beside the step.
    const cited = ALL_PATHS.filter((path) => !['/print/', '/sources/'].includes(path) && !/^\/situation\/./.test(path));
    const problems: string[] = [];
    let markers = 0;
    for (const path of cited) {
      const root = domOf(path);
      const byId = (id: string) => root.querySelector(`[id="${id}"]`);
      for (const a of root.querySelectorAll('sup.cite a')) {
        markers++;
        const target = byId((a.getAttribute('href') ?? '').replace(/^#/, ''));
        if (!target?.closest('.page-sources') || target.tagName !== 'LI')
          problems.push(`${path}: ${a.id} → ${a.getAttribute('href')} is not a source`);
        if (!/^来源 \d+：.+/.test(a.getAttribute('aria-label') ?? ''))
          problems.push(`${path}: ${a.id} has no source name`);
      }
      for (const li of root.querySelectorAll('.page-sources li')) {
        const back = li.querySelectorAll('a[href^="#cite-"]');
        if (back.length === 0) problems.push(`${path}: ${li.id} links back to nothing`);
        for (const a of back)
          if (!byId(a.getAttribute('href')!.slice(1))) problems.push(`${path}: ${a.getAttribute('href')} is missing`);
      }
    }
    expect(problems).toEqual([]);
    expect(markers).toBeGreaterThan(cited.length);
  });
});

describe('every answer path of the situation check has its own static page', () => {
  it('with its plan in order, and every plan link to an existing section', () => {
    const problems: string[] = [];
    for (const { path, answers, complete } of allPaths()) {
      const root = domOf(path);
      const shown = root.querySelectorAll('[data-plan-step]').map((item) => item.getAttribute('data-plan-step'));
      const expected = planFor(plans, answers)?.steps.map((step) => step.id) ?? [];
      if (shown.join() !== expected.join()) problems.push(`${path}: plan is ${shown.join()}, not ${expected.join()}`);
      if ((root.querySelector('[data-plan]') !== null) !== complete)
        problems.push(`${path}: ${complete ? 'no plan' : 'a plan before every question is answered'}`);
      // Left out of search: the paths repeat each other and /situation/ is the result to find.
      if (root.querySelector('[data-pagefind-body]')) problems.push(`${path}: indexed for search`);
      const links = root.querySelectorAll('[data-plan-link]').map((a) => a.getAttribute('href') ?? '');
      if (complete && links.length === 0) problems.push(`${path}: a plan without links`);
      for (const href of links) {
        const [target = '', id] = href.split('#');
        if (!dom.has(target)) problems.push(`${path} links to ${href}: no such page`);
        else if (id && !dom.get(target)!.querySelector(`[id="${id}"]`))
          problems.push(`${path} links to ${href}: no such section`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('link previews', () => {
  it('every page carries complete, absolute, matching preview tags, with its image at 1200×630', () => {
    const problems: string[] = [];
    for (const path of [...ALL_PATHS, '/404.html']) {
      const head = domOf(path).querySelector('head')!;
      const meta = (selector: string) => head.querySelector(selector)?.getAttribute('content');
      const wrong = (what: string, value: unknown) => problems.push(`${path}: ${what} is ${String(value)}`);
      const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (!/^https:\/\//.test(canonical)) wrong('the canonical URL', canonical);
      const site = new URL(canonical, 'https://invalid.example');
      if (path !== '/404.html' && site.pathname !== path) wrong('the canonical path', site.pathname);
      if (meta('meta[property="og:url"]') !== canonical) wrong('og:url', meta('meta[property="og:url"]'));
      const title = meta('meta[property="og:title"]') ?? '';
      const h1 = domOf(path).querySelector('h1')?.textContent.trim() ?? '∅';
      if (!title || (path !== '/print/' && !title.endsWith(h1))) wrong('og:title', title);
      const description = meta('meta[name="description"]') ?? '';
      if (description.length <= 10) wrong('the description', description);
      if (meta('meta[property="og:description"]') !== description) wrong('og:description', 'not the description');
      const expected: Record<string, string> = {
        'meta[property="og:type"]': path === '/' ? 'website' : 'article',
        'meta[property="og:locale"]': 'zh_CN',
        'meta[property="og:site_name"]': SITE_NAME,
        'meta[name="twitter:card"]': 'summary_large_image',
        'meta[property="og:image:width"]': '1200',
        'meta[property="og:image:height"]': '630',
      };
      for (const [selector, value] of Object.entries(expected))
        if (meta(selector) !== value) wrong(selector, meta(selector));
      // The image is absolute on the same site, and the file exists at 1200×630.
      const image = new URL(meta('meta[property="og:image"]') ?? '', 'https://invalid.example');
      if (image.origin !== site.origin) wrong('og:image', image.href);
      else {
        const png = PNG.sync.read(readFileSync(join(DIST, image.pathname)));
        if (png.width !== 1200 || png.height !== 630) wrong(image.pathname, `${png.width}×${png.height}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("a step page's <title> reads 「第 n 步：… · site name」", () => {
    const titles = STEP_PATHS.map((path) => domOf(path).querySelector('title')?.textContent);
    const expected = STEP_PATHS.map(
      (path, index) => `第 ${index + 1} 步：${domOf(path).querySelector('h1')?.textContent.trim()} · ${SITE_NAME}`,
    );
    expect(titles).toEqual(expected);
  });

  it('robots.txt points to the sitemap on the public address', () => {
    const origin = new URL(domOf('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(listFiles(DIST)).toContain('sitemap-index.xml');
  });
});

/** The main navigation, in order, on every page. */
const MAIN_NAV = [
  '/steps/check-validity/',
  '/situation/',
  '/precautions/',
  '/phrases/',
  '/application/',
  '/operators/',
  '/cases/',
  '/sources/',
];

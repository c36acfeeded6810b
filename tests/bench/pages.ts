import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Request } from '@playwright/test';
import { addBytes, bytesOf, fileBytes, NO_BYTES, type Bytes } from './sizes.ts';
import { resolvePath } from './server.ts';

/** The kinds of bytes the weight table shows. */
export const KINDS = ['html', 'css', 'js', 'image', 'font', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** What loading one page on a cold cache cost. */
export interface PageWeight {
  path: string;
  requests: number;
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  /** Inside the html figure already; shown apart because the site inlines all its CSS and JS. */
  inlineCss: Bytes;
  inlineJs: Bytes;
  /** Every request: URL path, kind and status, to see what a figure is made of. */
  requestList: { url: string; kind: Kind; status: number | null; raw: number }[];
}

/**
 * The pages to measure: every <loc> in dist/sitemap-0.xml as a path (the sitemap holds the
 * public address, the bench serves them locally), and the 404 page, which no sitemap lists.
 */
export async function listPages(dist: string): Promise<string[]> {
  const xml = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!.trim()).pathname);
  if (paths.length === 0) throw new Error('dist/sitemap-0.xml lists no pages');
  return [...paths, '/404.html'];
}

/** Which kind a request counts as: by what the browser fetched it for, else by its name. */
function kindOf(request: Request): Kind {
  switch (request.resourceType()) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'image':
      return 'image';
    case 'font':
      return 'font';
  }
  // A fetch() or dynamic import() of a file still has its own kind.
  const path = new URL(request.url()).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(path)) return 'image';
  if (/\.woff2?$/.test(path)) return 'font';
  return 'other';
}

/** The text of every inline <style>, and of every <script> without src, in a page. */
export function inlineParts(html: string): { css: string; js: string } {
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? '');
  const js = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => !/\bsrc\s*=/i.test(match[1] ?? ''))
    .map((match) => match[2] ?? '');
  return { css: css.join('\n'), js: js.join('\n') };
}

/** Size of some text; nothing at all when there is none (gzip's header alone is 20 bytes). */
function sizeOfText(text: string): Bytes {
  return text ? bytesOf(text) : NO_BYTES;
}

/**
 * Loads one page in a fresh browser context (so a cold cache) and waits until the network
 * is idle, recording every request. Sizes come from the files in dist/ behind each
 * request, not from the wire, so they do not depend on how the server compresses.
 */
export async function measurePage(browser: Browser, origin: string, dist: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (/^https?:/.test(request.url())) requests.push(request);
    });
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');

    const byKind = Object.fromEntries(KINDS.map((kind) => [kind, NO_BYTES])) as Record<Kind, Bytes>;
    const requestList: PageWeight['requestList'] = [];
    let inline = { css: '', js: '' };
    for (const request of requests) {
      const url = new URL(request.url());
      const kind = kindOf(request);
      const status = (await request.response())?.status() ?? null;
      // Only this server's files are on disk; the site should never ask another origin.
      const resolved = url.origin === origin ? await resolvePath(dist, url.pathname) : undefined;
      const bytes = resolved && 'file' in resolved ? await fileBytes(resolved.file) : NO_BYTES;
      byKind[kind] = addBytes(byKind[kind], bytes);
      requestList.push({
        url: url.origin === origin ? url.pathname + url.search : url.href,
        kind,
        status,
        raw: bytes.raw,
      });
      if (request.resourceType() === 'document' && resolved && 'file' in resolved) {
        inline = inlineParts(await readFile(resolved.file, 'utf8'));
      }
    }
    const total = KINDS.reduce((sum, kind) => addBytes(sum, byKind[kind]), NO_BYTES);
    return {
      path,
      requests: requests.length,
      byKind,
      total,
      inlineCss: sizeOfText(inline.css),
      inlineJs: sizeOfText(inline.js),
      requestList,
    };
  } finally {
    await context.close();
  }
}

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pathOfFile } from '../../src/build/link-check.ts';

/** The built site that the gates inspect (Playwright's web server builds it first). */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** One built HTML page: its file, its URL path and its text. */
export interface DistPage {
  file: string;
  path: string;
  html: string;
}

/** Every HTML page in dist/, except Pagefind's own files. */
export function distPages(): DistPage[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort()
    .map((file) => ({ file, path: pathOfFile(file), html: readFileSync(join(DIST, file), 'utf8') }));
}

/** The page paths listed in the sitemap, the site's own list of its URLs. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

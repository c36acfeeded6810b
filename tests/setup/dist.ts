import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pageFiles, urlOfFile } from '../../src/build/site-files.ts';

/** The built site that the tests inspect (built once per test run: tests/setup/build-site.ts). */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** One built HTML page: its file, its URL path and its text. */
export interface DistPage {
  file: string;
  path: string;
  html: string;
}

/** Every HTML page in dist/, except Pagefind's own files. */
export function distPages(): DistPage[] {
  return pageFiles(DIST).map((file) => ({ file, path: urlOfFile(file), html: readFileSync(join(DIST, file), 'utf8') }));
}

/** The page paths listed in the sitemap, the site's own list of its URLs. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/**
 * The built site as files and as URLs, said once for every build step that reads dist/
 * (link check, search index, host headers, precompression, precache) and for the tests
 * and the bench: which URL a file is served at, which files there are, which of them are
 * for the host only, and which are named by their content.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The URL path a built file is served at, as `trailingSlash: 'always'` publishes it:
 * "steps/sign-in/index.html" → "/steps/sign-in/", "index.html" → "/", "404.html" → "/404.html".
 */
export function urlOfFile(file: string): string {
  const path = `/${file.split('\\').join('/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file in dist/ behind a URL path: the inverse of urlOfFile(). */
export function fileOfUrl(url: string): string {
  const path = url.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Every file below a folder, relative to it, "/"-separated, in a stable order. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Every HTML page of a built site (relative files), without Pagefind's own files. */
export function pageFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

/** Files of the build that are instructions for the host, never content to serve. */
export const HOST_FILES = ['_headers', '_nginx/'];

/** A host file, or a file in a host folder (the entries ending in "/"). */
export const isHostFile = (file: string): boolean =>
  HOST_FILES.some((host) => (host.endsWith('/') ? file.startsWith(host) : file === host));

/**
 * Files whose names change whenever their content does, so they may be kept for a year
 * and need no revision in the precache: Vite's hashed assets, and Pagefind's index,
 * fragments, filters and meta (Pagefind writes these content-named; its entry files and
 * wasm keep fixed names).
 */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'];
const HASHED_FILE = /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/;

/** Whether the file behind a URL path is named by its content. */
export function isHashed(urlPath: string): boolean {
  return HASHED_FOLDERS.some((folder) => urlPath.startsWith(folder)) || HASHED_FILE.test(urlPath);
}

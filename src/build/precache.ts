import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GetManifestOptions, ManifestEntry, ManifestTransform } from 'workbox-build';
import { SERVICE_WORKER_URL } from '../features/offline/offline';
import { fileOfUrl, isHashed, urlOfFile } from './site-files';

/**
 * What the service worker saves for offline reading, decided from the files in dist/:
 * everything a reader can open or search (pages, scripts, styles, the whole Pagefind
 * bundle, icons, the web app manifest), except what no reader needs offline.
 */
export const NOT_PRECACHED = [
  // Link-preview images are for chat apps and search engines, not readers (~50 KB each).
  'og/**',
  // Precompressed twins: the browser asks for the plain URL and the host picks the encoding.
  '**/*.br',
  '**/*.gz',
  // The worker itself (the browser fetches it apart) and files for crawlers.
  SERVICE_WORKER_URL.slice(1),
  `${SERVICE_WORKER_URL.slice(1)}.map`,
  'sitemap*.xml',
  'robots.txt',
];

/**
 * Keys every entry by the URL readers use (`/steps/sign-in/`, not `steps/sign-in/index.html`),
 * so a navigation finds its page, and drops revisions where the file name already has one.
 */
export const toPublicUrls: ManifestTransform = (entries) => ({
  manifest: entries.map(({ url, revision, size }): ManifestEntry & { size: number } => ({
    url: urlOfFile(url),
    // A file named by its content needs no revision.
    revision: isHashed(urlOfFile(url)) ? null : revision,
    size,
  })),
});

/** A file's Subresource Integrity value, as a browser checks it: `sha384-<base64>`. */
export function integrityOf(content: Uint8Array): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/**
 * Gives every entry the SRI hash of the file the build wrote. Workbox fetches each entry
 * with it, so the browser itself rejects any other bytes: when a host publishes sw.js
 * before the pages it lists (a CDN, an upload in the wrong order), the old page does not
 * pass for the new one. The install fails, the worker already there stays, and the next
 * visit after the deploy is complete installs again (a failed install leaves nothing).
 * Runs after toPublicUrls (it reads each URL's file back).
 */
export function withIntegrity(dist: string): ManifestTransform {
  return async (entries) => ({
    manifest: await Promise.all(
      entries.map(async (entry) => ({
        ...entry,
        integrity: integrityOf(await readFile(join(dist, fileOfUrl(entry.url)))),
      })),
    ),
  });
}

/**
 * The options for workbox-build: one list for the build (injectManifest) and for anything
 * that wants to know what is precached (getManifest), e.g. the tests and the bench.
 */
export function precacheOptions(dist: string): GetManifestOptions {
  return {
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED,
    manifestTransforms: [toPublicUrls, withIntegrity(dist)],
    // Large enough for Pagefind's WebAssembly; anything bigger is a mistake worth a warning.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

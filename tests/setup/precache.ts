import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_WORKER_URL } from '../../src/features/offline/offline.ts';

/**
 * The URLs the built service worker precaches, read from dist/sw.js itself (workbox-build
 * writes the manifest into it as JSON), so tests check what readers get, not the config.
 */
export function precachedUrls(dist: string): string[] {
  const worker = readFileSync(join(dist, SERVICE_WORKER_URL.slice(1)), 'utf8');
  const urls = [
    ...worker.matchAll(
      /\{(?:"integrity":"sha384-[A-Za-z0-9+/=]+",)?"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"\}/g,
    ),
  ].map((match) => match[1]!);
  if (urls.length === 0) throw new Error(`${SERVICE_WORKER_URL} holds no precache manifest`);
  return urls;
}

import type { AstroIntegration } from 'astro';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { getManifest, injectManifest } from 'workbox-build';
import { SERVICE_WORKER_URL } from '../features/offline/offline';
import { precacheOptions } from './precache';
import { fileOfUrl } from './site-files';

const SOURCE = fileURLToPath(new URL('../features/offline/sw.ts', import.meta.url));

/** Bundles the worker's source and its Workbox modules into one classic script, no imports left. */
async function bundleWorker(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Workbox's debug logging is dropped in production builds.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: SOURCE, formats: ['iife'], name: 'guideServiceWorker', fileName: () => 'sw.js' },
    },
  });
  return join(outDir, 'sw.js');
}

/** What the precache costs a reader to download, gzip -9 (a static host can compress that hard). */
export async function precacheGzipBytes(dist: string): Promise<number> {
  const { manifestEntries } = await getManifest(precacheOptions(dist));
  let total = 0;
  for (const { url } of manifestEntries) {
    total += gzipSync(await readFile(join(dist, fileOfUrl(url))), { level: 9 }).length;
  }
  return total;
}

/**
 * Writes dist/sw.js: the worker bundled from src/features/offline/sw.ts with Workbox's own
 * runtime (nothing is loaded from a CDN), and the precache manifest that workbox-build's
 * injectManifest generates from the files in dist/. It must run after the Pagefind
 * integration, whose index is part of what is precached: astro.config.ts lists it later.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const scratch = await mkdtemp(join(tmpdir(), 'guide-sw-'));
        try {
          const swSrc = await bundleWorker(scratch);
          const { count, size, warnings } = await injectManifest({
            ...precacheOptions(dist),
            swSrc,
            swDest: join(dist, SERVICE_WORKER_URL.slice(1)),
          });
          // A file skipped for its size would silently be missing offline: fail instead.
          if (warnings.length > 0) throw new Error(`The precache is incomplete: ${warnings.join('; ')}`);
          const gzip = await precacheGzipBytes(dist);
          const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
          logger.info(`Precaching ${count} files for offline reading: ${kb(size)}, ${kb(gzip)} gzip.`);
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}

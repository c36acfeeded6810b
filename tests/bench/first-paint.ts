import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { precompressFile } from '../../src/build/precompress.ts';
import { runLighthouse, type LighthouseRun } from './lighthouse.ts';
import { startServer } from './server.ts';

/** One page's largest contentful paint as built and with its scripts taken out. */
export interface FirstPaintFigures {
  path: string;
  builtMs: number | null;
  withoutScriptsMs: number | null;
  /** builtMs / withoutScriptsMs: the goal is ≤ 1.10 on every page. */
  ratio: number | null;
}

/**
 * The same HTML without its scripts: the module scripts (each feature's, deferred by the
 * browser) and any modulepreload links. The inline theme script stays,
 * as it must run before paint, and so does the icon, which the browser fetches either way.
 */
export function withoutScripts(html: string): string {
  return html.replace(/<script type="module"[^>]*>\s*<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
}

/**
 * Runs Lighthouse on a copy of dist/ with the scripts removed (served on `port`), right after
 * the run on the pages as built, and pairs each page's two LCP figures.
 */
export async function compareFirstPaint(
  dist: string,
  built: LighthouseRun,
  port: number,
  runs: number,
): Promise<FirstPaintFigures[]> {
  const copy = `${dist.replace(/\/$/, '')}-noscripts`;
  await rm(copy, { recursive: true, force: true });
  await cp(dist, copy, { recursive: true });
  for (const file of await readdir(copy, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
    const path = join(copy, file);
    await writeFile(path, withoutScripts(await readFile(path, 'utf8')));
    // Its .br and .gz siblings too, or the server would send the page as built.
    await precompressFile(copy, file);
  }
  const bare = await startServer(copy, port);
  try {
    const paths = built.pages.map((page) => page.path);
    const plain = await runLighthouse(bare.origin, paths, runs);
    return built.pages.map((page, i) => {
      const builtMs = page.lcpMs;
      const withoutScriptsMs = plain.pages[i]?.lcpMs ?? null;
      const ratio = builtMs && withoutScriptsMs ? Number((builtMs / withoutScriptsMs).toFixed(3)) : null;
      return { path: page.path, builtMs, withoutScriptsMs, ratio };
    });
  } finally {
    await bare.close();
    await rm(copy, { recursive: true, force: true });
  }
}

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

/** The comparison twice: observed under real throttling (the goal), and Lantern's model (a hint). */
export interface FirstPaintComparison {
  /** Lighthouse with throttlingMethod 'devtools', the median LCP of `runs` runs each way. */
  observed: FirstPaintFigures[];
  runs: number;
  /** Lighthouse's default simulated LCP, every page, for reference. */
  simulated: FirstPaintFigures[];
}

/**
 * One page of each kind of page script (the smallest, the phrase cards, the situation
 * check, and the largest, a step with its device tabs): real throttling takes seconds a
 * run, so every page five times each way would take most of an hour.
 */
export const OBSERVED_PATHS = ['/', '/phrases/', '/situation/', '/steps/wait-for-result/'];

const ratioOf = (built: number | null, bare: number | null) =>
  built && bare ? Number((built / bare).toFixed(3)) : null;

function median(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid]! : Math.round((known[mid - 1]! + known[mid]!) / 2);
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
 * Serves a copy of dist/ with the scripts removed (on `port`) and compares each page's LCP
 * with the page as built: under real throttling on OBSERVED_PATHS, `runs` times each way,
 * the two alternating so that a busy spell on the machine hits both; and, for reference,
 * the simulated figure of every page (`built` is the simulated run of the pages as built).
 */
export async function compareFirstPaint(
  dist: string,
  origin: string,
  built: LighthouseRun,
  port: number,
  runs: number,
): Promise<FirstPaintComparison> {
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
    const plain = await runLighthouse(bare.origin, paths, built.runsPerPage);
    const simulated = built.pages.map((page, i) => {
      const withoutScriptsMs = plain.pages[i]?.lcpMs ?? null;
      return { path: page.path, builtMs: page.lcpMs, withoutScriptsMs, ratio: ratioOf(page.lcpMs, withoutScriptsMs) };
    });
    const asBuilt: LighthouseRun[] = [];
    const noScripts: LighthouseRun[] = [];
    for (let run = 0; run < runs; run++) {
      asBuilt.push(await runLighthouse(origin, OBSERVED_PATHS, 1, 'devtools'));
      noScripts.push(await runLighthouse(bare.origin, OBSERVED_PATHS, 1, 'devtools'));
    }
    const lcp = (each: LighthouseRun[], i: number) => median(each.map((one) => one.pages[i]?.lcpMs ?? null));
    const observed = OBSERVED_PATHS.map((path, i) => {
      const builtMs = lcp(asBuilt, i);
      const withoutScriptsMs = lcp(noScripts, i);
      return { path, builtMs, withoutScriptsMs, ratio: ratioOf(builtMs, withoutScriptsMs) };
    });
    return { observed, runs, simulated };
  } finally {
    await bare.close();
    await rm(copy, { recursive: true, force: true });
  }
}

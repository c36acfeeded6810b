/**
 * Bench for the built site: `npm run bench` (or `node tests/bench/bench.ts` on Node 24).
 *
 * Builds the site (Astro and Pagefind timed apart) and measures the Pagefind bundle and what
 * the build's precompressed .br/.gz copies save; serves
 * dist/ on 127.0.0.1:4330 with a tiny static server; then, in the system Chromium, for every
 * page in the sitemap plus the 404 page: requests and bytes by type on a cold load (raw and
 * gzip -9, from the files in dist/), and Lighthouse (mobile defaults) scores with LCP, TBT
 * and CLS, and the first paint as built against the same HTML without scripts (observed under
 * real throttling on four pages, simulated on all); and on the home page, the time from keystroke to first search result for ten
 * Chinese queries; the precache's size, and on slow 4G with a 4× slower CPU, the time from a first
 * visit to "已可离线阅读" (the whole guide saved for offline reading). Prints tables and writes everything to tests/bench/results/latest.json.
 *
 * It asserts nothing about the figures: it exits non-zero only when a step could not run.
 * BENCH_OUT_DIR=/some/dir builds there instead of dist/ (to leave a served dist/ alone);
 * BENCH_LIGHTHOUSE_RUNS=3 runs Lighthouse three times per page and keeps the median run;
 * BENCH_FIRST_PAINT_RUNS (5) sets the runs each way of the first-paint comparison.
 */
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../setup/browser.ts';
import { buildSite } from './build.ts';
import { runLighthouse } from './lighthouse.ts';
import { compareFirstPaint, OBSERVED_PATHS } from './first-paint.ts';
import { listPages, measurePage, type PageWeight } from './pages.ts';
import { printReport, writeResults, type BenchResults } from './report.ts';
import { measureSearch } from './search.ts';
import { measureOffline, type OfflineFigures } from './offline.ts';
import { startServer } from './server.ts';
import { pagefindSize, precompressedSizes } from './sizes.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = process.env['BENCH_OUT_DIR'] ? resolve(process.env['BENCH_OUT_DIR']) : join(ROOT, 'dist');
/** Not 4321/4322: the end-to-end tests' servers may be running at the same time. */
const PORT = 4330;
const RESULTS = join(ROOT, 'tests', 'bench', 'results', 'latest.json');
/** Lighthouse runs per page (median kept); one by default, more when the machine is busy. */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 1) || 1);
/** Runs each way of the first-paint comparison under real throttling; the median counts. */
const FIRST_PAINT_RUNS = Math.max(1, Number(process.env['BENCH_FIRST_PAINT_RUNS'] ?? 5) || 5);

/** Progress goes to stderr, so stdout holds only the tables. */
function progress(message: string): void {
  console.error(`[bench] ${message}`);
}

/** The installed version of a package, from its package.json. */
async function packageVersion(name: string): Promise<string> {
  const json = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return json.version ?? 'unknown';
}

/** Page weights and search timings, in one Playwright-driven Chromium. */
async function measureInBrowser(
  origin: string,
  paths: string[],
): Promise<{ pages: PageWeight[]; search: BenchResults['search']; offline: OfflineFigures; chromium: string }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const pages: PageWeight[] = [];
    for (const path of paths) {
      progress(`weighing ${path}`);
      pages.push(await measurePage(browser, origin, DIST, path));
    }
    progress('timing search');
    const search = await measureSearch(browser, origin, DIST);
    progress('timing offline reading on slow 4G');
    const offline = await measureOffline(browser, DIST);
    return { pages, search, offline, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  progress(`building into ${DIST}`);
  const build = await buildSite(ROOT, DIST);
  const pagefind = await pagefindSize(DIST);
  const precompressed = await precompressedSizes(DIST);
  const paths = await listPages(DIST);

  const server = await startServer(DIST, PORT);
  try {
    const { pages, search, offline, chromium: chromiumVersion } = await measureInBrowser(server.origin, paths);
    // Lighthouse runs after Playwright's browser is closed, so the two never share the CPU.
    progress(`running Lighthouse ${LIGHTHOUSE_RUNS}× on each of ${paths.length} pages (about 10 s a run)`);
    const loadAverage = loadavg().map((load) => Number(load.toFixed(2)));
    const lighthouse = await runLighthouse(server.origin, paths, LIGHTHOUSE_RUNS);
    progress(
      `running Lighthouse again without scripts, then ${FIRST_PAINT_RUNS}× each way with real throttling on ${OBSERVED_PATHS.length} pages (about 20 s a run)`,
    );
    const firstPaint = await compareFirstPaint(DIST, server.origin, lighthouse, PORT + 1, FIRST_PAINT_RUNS);
    const results: BenchResults = {
      date: new Date().toISOString(),
      versions: {
        node: process.version,
        chromium: chromiumVersion,
        lighthouse: lighthouse.lighthouseVersion,
        playwright: await packageVersion('@playwright/test'),
        astro: await packageVersion('astro'),
        pagefind: await packageVersion('pagefind'),
      },
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        loadAverage,
      },
      build,
      pagefind,
      precompressed,
      pages,
      lighthouse,
      firstPaint,
      search,
      offline,
    };
    printReport(results);
    await writeResults(RESULTS, results);
    progress(`wrote ${RESULTS}`);
  } finally {
    await server.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}

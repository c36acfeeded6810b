import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BuildTimes } from './build.ts';
import type { LighthouseRun } from './lighthouse.ts';
import type { FirstPaintComparison, FirstPaintFigures } from './first-paint.ts';
import { KINDS, type PageWeight } from './pages.ts';
import type { SearchFigures } from './search.ts';
import type { OfflineFigures } from './offline.ts';
import type { Bytes, Precompressed } from './sizes.ts';

/** Everything one bench run measured, as written to results/latest.json. */
export interface BenchResults {
  date: string;
  versions: Record<string, string>;
  /** Load averages (1, 5, 15 min) when Lighthouse started: a busy machine inflates TBT. */
  machine: { cpu: string; cores: number; memoryGiB: number; loadAverage: number[] };
  build: BuildTimes;
  pagefind: { total: Bytes; files: number; parts: Record<string, Bytes & { files: number }> };
  /** The build's .br/.gz copies of its text files (src/build/precompress.ts). */
  precompressed: { total: Precompressed; byType: Record<string, Precompressed> };
  pages: PageWeight[];
  lighthouse: LighthouseRun;
  /** LCP as built against the same HTML without its scripts; the goal is a ratio ≤ 1.10. */
  firstPaint: FirstPaintComparison;
  search: SearchFigures;
  offline: OfflineFigures;
}

type Cell = string | number;

/** Columns as wide as a terminal shows them: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)
      ? 2
      : 1;
  return width;
}

/** Whether a cell reads as a figure (a number, "a / b" or a dash), so aligns right. */
function isFigure(cell: Cell | undefined): boolean {
  return typeof cell === 'number' || /^(-?\d[\d.]*( \/ \d[\d.]*)?|–)$/.test(String(cell ?? ''));
}

/** Pads a cell to a width, on the left for figures. */
function pad(cell: Cell, width: number, right: boolean): string {
  const text = String(cell);
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? gap + text : text + gap;
}

/** Prints a titled, aligned text table (console.table mis-aligns Chinese and adds an index). */
export function printTable(title: string, headers: string[], rows: Cell[][]): void {
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(String(row[i] ?? '')))),
  );
  // A column, header included, aligns as its first row does.
  const right = headers.map((_, i) => isFigure(rows[0]?.[i]));
  const line = (cells: Cell[], figures: boolean[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, figures[i] ?? false))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers, right));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows)
    console.log(
      line(
        row,
        row.map((cell, i) => (right[i] ?? false) && isFigure(cell)),
      ),
    );
}

/** Bytes as KiB with one decimal. */
function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** A raw / gzip pair in KiB, or "–" for nothing. */
function pair(bytes: Bytes): string {
  return bytes.raw === 0 ? '–' : `${kib(bytes.raw)} / ${kib(bytes.gzip)}`;
}

/** A possibly missing figure. */
function orDash(value: number | null): Cell {
  return value ?? '–';
}

/** Prints the build times and the Pagefind bundle, part by part. */
function printBuild(results: BenchResults): void {
  const { build, pagefind } = results;
  printTable(
    'Build (ms)',
    ['astro', 'pagefind', 'total', 'pages indexed'],
    [[build.astroMs, build.pagefindMs, build.totalMs, build.pagesIndexed]],
  );
  const parts = Object.entries(pagefind.parts).sort(([, a], [, b]) => b.raw - a.raw);
  printTable(
    'Pagefind index, dist/pagefind/ (KiB raw / gzip; index, fragments and wasm are stored gzipped already)',
    ['part', 'files', 'KiB raw / gzip'],
    [
      ...parts.map(([name, part]): Cell[] => [name, part.files, pair(part)]),
      ['total', pagefind.files, pair(pagefind.total)],
    ],
  );
}

/** Prints what precompression saves, by file type: stored bytes, and the .br and .gz copies. */
function printPrecompressed({ total, byType }: BenchResults['precompressed']): void {
  const percent = (part: number, whole: number): Cell => (whole === 0 ? '–' : Math.round((1 - part / whole) * 100));
  const row = (name: string, sizes: Precompressed): Cell[] => [
    name,
    sizes.files,
    kib(sizes.raw),
    kib(sizes.br),
    kib(sizes.gz),
    kib(sizes.raw - sizes.br),
    percent(sizes.br, sizes.raw),
    percent(sizes.gz, sizes.raw),
  ];
  printTable(
    'Precompressed by the build (KiB): .br (brotli 11) and .gz (gzip 9) beside each text file',
    ['type', 'files', 'raw', '.br', '.gz', 'br saves', 'br saves %', 'gz saves %'],
    [
      ...Object.entries(byType)
        .sort(([, a], [, b]) => b.raw - a.raw)
        .map(([type, sizes]) => row(type, sizes)),
      row('total', total),
    ],
  );
}

/** Prints one row per page: requests and bytes by kind, raw / gzip. */
function printWeights(pages: PageWeight[]): void {
  printTable(
    'Page weight on a cold load (KiB raw / gzip; inline CSS and JS are part of html)',
    ['page', 'req', ...KINDS, 'total', 'inline css', 'inline js'],
    pages.map((page) => [
      page.path,
      page.requests,
      ...KINDS.map((kind) => pair(page.byKind[kind])),
      pair(page.total),
      pair(page.inlineCss),
      pair(page.inlineJs),
    ]),
  );
}

/**
 * Prints each scored audit that fell short anywhere, once: on how many pages, its score
 * range, and its worst page with Lighthouse's value there (every page's is in the JSON).
 */
function printFailingAudits(run: LighthouseRun): void {
  const byAudit = new Map<
    string,
    { category: string; title: string; hits: { path: string; score: number; value: string }[] }
  >();
  for (const page of run.pages) {
    for (const audit of page.failing) {
      const entry = byAudit.get(audit.id) ?? { category: audit.category, title: audit.title, hits: [] };
      entry.hits.push({ path: page.path, score: audit.score, value: audit.displayValue ?? '' });
      byAudit.set(audit.id, entry);
    }
  }
  if (byAudit.size === 0) {
    console.log('\nNo scored Lighthouse audit fell short on any page.');
    return;
  }
  printTable(
    'Scored Lighthouse audits below full marks',
    ['audit id', 'category', 'title', 'pages', 'scores', 'worst page (value)'],
    [...byAudit].map(([id, { category, title, hits }]) => {
      const scores = hits.map((hit) => hit.score);
      const worst = hits.reduce((a, b) => (b.score < a.score ? b : a));
      const range =
        Math.min(...scores) === Math.max(...scores) ? `${scores[0]}` : `${Math.min(...scores)}–${Math.max(...scores)}`;
      return [
        id,
        category,
        title,
        `${hits.length}/${run.pages.length}`,
        range,
        `${worst.path} (${worst.value || worst.score})`,
      ];
    }),
  );
}

/** Prints the Lighthouse scores and metrics, then every failing scored audit once. */
function printLighthouse(run: LighthouseRun): void {
  printTable(
    `Lighthouse ${run.lighthouseVersion}, mobile defaults (simulated throttling), ` +
      `${run.runsPerPage === 1 ? 'one run' : `median of ${run.runsPerPage} runs`} per page; benchmarkIndex ${run.benchmarkIndex ?? '?'}`,
    ['page', 'perf', 'a11y', 'best-pr', 'seo', 'LCP ms', 'TBT ms', 'CLS'],
    run.pages.map((page) => [
      page.path,
      orDash(page.scores.performance),
      orDash(page.scores.accessibility),
      orDash(page.scores['best-practices']),
      orDash(page.scores.seo),
      orDash(page.lcpMs),
      orDash(page.tbtMs),
      orDash(page.cls),
    ]),
  );
  printFailingAudits(run);
  const warnings = new Set(run.pages.flatMap((page) => page.warnings));
  for (const warning of warnings) console.log(`Lighthouse warning: ${warning}`);
}

function printFirstPaint({ observed, runs, simulated }: FirstPaintComparison): void {
  const rows = (figures: FirstPaintFigures[]) =>
    figures.map(({ path, builtMs, withoutScriptsMs, ratio }) => [
      path,
      builtMs ?? '–',
      withoutScriptsMs ?? '–',
      ratio ?? '–',
    ]);
  const columns = ['page', 'as built', 'no scripts', 'ratio'];
  printTable(
    `First paint, observed: Lighthouse LCP (ms) with real throttling (devtools), median of ${runs} runs each way (goal: ratio ≤ 1.10)`,
    columns,
    rows(observed),
  );
  printTable('First paint, simulated (Lantern, for reference): LCP (ms) of every page', columns, rows(simulated));
}

/** Prints the search timings, per profile, and the labelled set's quality. */
function printSearch(search: SearchFigures): void {
  for (const figures of search.profiles) {
    const name =
      figures.profile === 'phone'
        ? 'phone (390 px; 150 ms RTT, 1.6 Mbit/s, CPU ×4 from the click on)'
        : 'desktop (unthrottled)';
    console.log(`\nSearch on /, ${name}, cold cache:`);
    console.log(
      `  click → busy dialog ${figures.busyMs} ms · click → ready ${figures.readyMs} ms · ` +
        `first query typed at once: keystroke → results ${orDash(figures.first.ms)} ms (top ${figures.first.top ?? '—'})`,
    );
    console.log(
      `  loaded on demand: ${figures.loaded.requests} requests, ${pair(figures.loaded.bytes)} KiB raw / gzip (open, all queries)`,
    );
    console.log(
      `  忘记密码 typed a character at a time: last keystroke → results ${orDash(figures.lastKeystrokeMs)} ms`,
    );
    printTable(
      `Search, ${figures.profile}, warm index: keystroke (a word committed at once) → results shown`,
      ['query', 'ms', 'top result'],
      figures.warm.map((query) => [query.query, orDash(query.ms), query.top ?? '(none)']),
    );
  }
  const { quality } = search;
  console.log(
    `\nLabelled queries (tests/search/queries.ts): ${quality.hits}/${quality.expectations} expected sections within their rank; ` +
      `${quality.fullyRight}/${quality.queries} queries fully right`,
  );
  for (const miss of quality.misses) console.log(`  miss: ${miss}`);
}

/** Prints the precache size and how long a first visit takes to save the guide. */
function printOffline({ precache, firstVisit }: OfflineFigures): void {
  console.log(
    `\nOffline: the service worker precaches ${precache.files} files, ${pair(precache.bytes)} KiB raw / gzip (budget 1024 gzip)`,
  );
  console.log(
    `First visit to / (${firstVisit.profile}): load ${firstVisit.loadMs} ms, "已可离线阅读" ${firstVisit.readyMs} ms after navigation start`,
  );
}

/** Prints every table. */
export function printReport(results: BenchResults): void {
  console.log(
    `\nBench ${results.date} · ${Object.entries(results.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(' · ')}`,
  );
  const { cpu, cores, memoryGiB, loadAverage } = results.machine;
  console.log(
    `Machine: ${cpu}, ${cores} cores, ${memoryGiB} GiB; load average ${loadAverage.join(' ')} when Lighthouse started`,
  );
  printBuild(results);
  printPrecompressed(results.precompressed);
  printWeights(results.pages);
  printLighthouse(results.lighthouse);
  printFirstPaint(results.firstPaint);
  printSearch(results.search);
  printOffline(results.offline);
}

/** Writes the figures as JSON, creating the folder. */
export async function writeResults(file: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

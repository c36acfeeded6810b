import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BuildTimes } from './build.ts';
import type { LighthouseRun } from './lighthouse.ts';
import { KINDS, type PageWeight } from './pages.ts';
import type { SearchFigures } from './search.ts';
import type { Bytes } from './sizes.ts';

/** Everything one bench run measured, as written to results/latest.json. */
export interface BenchResults {
  date: string;
  versions: Record<string, string>;
  machine: { cpu: string; cores: number; memoryGiB: number };
  build: BuildTimes;
  pagefind: { total: Bytes; files: number; parts: Record<string, Bytes & { files: number }> };
  pages: PageWeight[];
  lighthouse: LighthouseRun;
  search: SearchFigures;
}

type Cell = string | number;

/** Columns as wide as a terminal shows them: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/** Pads a cell to a width: numbers (and "a / b" figures) to the right, text to the left. */
function pad(cell: Cell, width: number): string {
  const text = String(cell);
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return typeof cell === 'number' || /^[\d.\s/–-]+$/.test(text) ? gap + text : text + gap;
}

/** Prints a titled, aligned text table (console.table mis-aligns Chinese and adds an index). */
export function printTable(title: string, headers: string[], rows: Cell[][]): void {
  const widths = headers.map((header, i) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(String(row[i] ?? '')))));
  const line = (cells: Cell[]): string => cells.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
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
  printTable('Build (ms)', ['astro', 'pagefind', 'total', 'pages indexed'], [[build.astroMs, build.pagefindMs, build.totalMs, build.pagesIndexed]]);
  const parts = Object.entries(pagefind.parts).sort(([, a], [, b]) => b.raw - a.raw);
  printTable(
    'Pagefind index, dist/pagefind/ (KiB raw / gzip; index, fragments and wasm are stored gzipped already)',
    ['part', 'files', 'KiB raw / gzip'],
    [...parts.map(([name, part]): Cell[] => [name, part.files, pair(part)]), ['total', pagefind.files, pair(pagefind.total)]],
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

/** Prints the Lighthouse scores and metrics, then every failing scored audit once. */
function printLighthouse(run: LighthouseRun): void {
  printTable(
    `Lighthouse ${run.lighthouseVersion}, mobile (simulated throttling; benchmarkIndex ${run.benchmarkIndex ?? '?'})`,
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
  const failing = new Map<string, { title: string; category: string; pages: string[]; detail: string }>();
  for (const page of run.pages) {
    for (const audit of page.failing) {
      const entry = failing.get(audit.id) ?? { title: audit.title, category: audit.category, pages: [], detail: audit.displayValue ?? '' };
      entry.pages.push(`${page.path} (${audit.score})`);
      failing.set(audit.id, entry);
    }
  }
  if (failing.size === 0) console.log('\nNo scored Lighthouse audit failed on any page.');
  else {
    printTable(
      'Scored Lighthouse audits below full marks (page and audit score)',
      ['audit id', 'category', 'title', 'pages'],
      [...failing].map(([id, entry]) => [id, entry.category, entry.title, entry.pages.join(', ')]),
    );
  }
  const warnings = new Set(run.pages.flatMap((page) => page.warnings));
  for (const warning of warnings) console.log(`Lighthouse warning: ${warning}`);
}

/** Prints the search timings. */
function printSearch(search: SearchFigures): void {
  console.log(`\nSearch on / (unthrottled): first open by click ${search.openByClickMs} ms, by Ctrl+K ${search.openByShortcutMs} ms`);
  printTable(
    'Search: keystroke → first result shown',
    ['query', 'ms', 'first result'],
    search.queries.map((query) => [query.query, orDash(query.ms), query.firstHref ?? '(none)']),
  );
}

/** Prints every table. */
export function printReport(results: BenchResults): void {
  console.log(`\nBench ${results.date} · ${Object.entries(results.versions).map(([name, version]) => `${name} ${version}`).join(' · ')}`);
  console.log(`Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB`);
  printBuild(results);
  printWeights(results.pages);
  printLighthouse(results.lighthouse);
  printSearch(results.search);
}

/** Writes the figures as JSON, creating the folder. */
export async function writeResults(file: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

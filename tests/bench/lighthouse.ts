import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, findChromium } from '../setup/browser.ts';

/** The four categories the bench scores, by their Lighthouse ids. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A scored audit that did not pass, with what Lighthouse said about it. */
export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
}

/** One page's Lighthouse figures. */
export interface LighthouseFigures {
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  failing: FailingAudit[];
  warnings: string[];
}

/** What holds for the whole Lighthouse run, not for one page. */
export interface LighthouseRun {
  lighthouseVersion: string;
  userAgent: string;
  /** Lighthouse's own CPU benchmark of this machine; its throttling assumes about 1000+. */
  benchmarkIndex: number | null;
  /** Runs per page; with more than one, each page's figures are its median run. */
  runsPerPage: number;
  pages: LighthouseFigures[];
}

/** A metric's numeric value, or null when Lighthouse could not measure it. */
function metric(lhr: Result, id: string): number | null {
  return lhr.audits[id]?.numericValue ?? null;
}

/** Audits that count towards a category's score (weight > 0) and did not score full marks. */
function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return failing;
}

/** Turns a Lighthouse report into the figures the bench keeps. */
function figuresOf(path: string, lhr: Result): LighthouseFigures {
  const score = (category: Category): number | null => {
    const value = lhr.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const round = (value: number | null): number | null => (value === null ? null : Math.round(value));
  const cls = metric(lhr, 'cumulative-layout-shift');
  return {
    path,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Record<
      Category,
      number | null
    >,
    lcpMs: round(metric(lhr, 'largest-contentful-paint')),
    tbtMs: round(metric(lhr, 'total-blocking-time')),
    cls: cls === null ? null : Number(cls.toFixed(3)),
    failing: failingAudits(lhr),
    warnings: lhr.runWarnings.map(String),
  };
}

/** Runs Lighthouse `runs` times on one page and keeps the median run (Lighthouse's own pick). */
async function auditPage(url: string, flags: Flags, runs: number): Promise<Result> {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    results.push(result.lhr);
  }
  return runs === 1 ? results[0]! : computeMedianRun(results);
}

/**
 * Runs Lighthouse on each page in turn, in one headless Chromium that chrome-launcher
 * starts. The default config is Lighthouse's mobile one (emulated phone, simulated slow
 * 4G and 4× CPU slowdown), and Lighthouse resets storage before each page: a cold cache.
 * Its CPU-bound figures (TBT above all) move when the machine is busy; `runs` > 1 damps that.
 * With `throttlingMethod: 'devtools'` the same slow 4G and 4× CPU are applied for real (the
 * page loads slowly and the paint is observed, not modelled): slower, and noisier per run.
 */
export async function runLighthouse(
  origin: string,
  paths: string[],
  runs = 1,
  throttlingMethod: 'simulate' | 'devtools' = 'simulate',
): Promise<LighthouseRun> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found for Lighthouse: install chromium or set CHROMIUM_PATH');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'error',
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      throttlingMethod,
    };
    const reports: Result[] = [];
    for (const path of paths) reports.push(await auditPage(origin + path, flags, runs));
    const first = reports[0];
    return {
      lighthouseVersion: first?.lighthouseVersion ?? 'unknown',
      userAgent: first?.environment.hostUserAgent ?? 'unknown',
      benchmarkIndex: first?.environment.benchmarkIndex ?? null,
      runsPerPage: runs,
      pages: reports.map((lhr, i) => figuresOf(paths[i]!, lhr)),
    };
  } finally {
    chrome.kill();
  }
}

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
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
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Record<Category, number | null>,
    lcpMs: round(metric(lhr, 'largest-contentful-paint')),
    tbtMs: round(metric(lhr, 'total-blocking-time')),
    cls: cls === null ? null : Number(cls.toFixed(3)),
    failing: failingAudits(lhr),
    warnings: lhr.runWarnings.map(String),
  };
}

/**
 * Runs Lighthouse on each page in turn, in one headless Chromium that chrome-launcher
 * starts. The default config is Lighthouse's mobile one (emulated phone, simulated slow
 * 4G and 4× CPU slowdown), and Lighthouse resets storage before each page: a cold cache.
 */
export async function runLighthouse(origin: string, paths: string[]): Promise<LighthouseRun> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found for Lighthouse: install chromium or set CHROMIUM_PATH');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'error' });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    const pages: LighthouseFigures[] = [];
    let first: Result | undefined;
    for (const path of paths) {
      const result = await lighthouse(origin + path, flags);
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
      first ??= result.lhr;
      pages.push(figuresOf(path, result.lhr));
    }
    return {
      lighthouseVersion: first?.lighthouseVersion ?? 'unknown',
      userAgent: first?.environment.hostUserAgent ?? 'unknown',
      benchmarkIndex: first?.environment.benchmarkIndex ?? null,
      pages,
    };
  } finally {
    chrome.kill();
  }
}

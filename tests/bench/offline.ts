import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { fileOfUrl } from '../../src/build/site-files.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { precachedUrls } from '../setup/precache.ts';
import { startServer, type Throttle } from './server.ts';
import { addBytes, fileBytes, NO_BYTES, type Bytes } from './sizes.ts';

/** Lighthouse's "slow 4G" figures, applied by the server (see Throttle in server.ts). */
export const SLOW_4G: Throttle = { latencyMs: 150, downloadKbps: 1638.4 };
/** Lighthouse's mobile CPU slowdown. */
export const CPU_SLOWDOWN = 4;
/** Its own port: the bench's plain server keeps 4330. */
const THROTTLED_PORT = 4331;

/** What offline reading costs and how soon it is there. */
export interface OfflineFigures {
  /** Everything the service worker saves after the first visit (files in dist/). */
  precache: { files: number; bytes: Bytes };
  /** A first visit to / on slow 4G with a 4× slower CPU, from navigation start. */
  firstVisit: { profile: string; loadMs: number; readyMs: number };
}

/** Sums the files behind every precached URL. */
async function precacheBytes(dist: string): Promise<OfflineFigures['precache']> {
  const urls = precachedUrls(dist);
  let bytes = NO_BYTES;
  for (const url of urls) bytes = addBytes(bytes, await fileBytes(join(dist, fileOfUrl(url))));
  return { files: urls.length, bytes };
}

/**
 * Opens / in a fresh context on a throttled server and a throttled CPU, and times the
 * moment the page says "已可离线阅读": the worker has registered after load, downloaded
 * the whole precache in the background, and taken over.
 */
async function timeFirstVisit(browser: Browser, dist: string): Promise<OfflineFigures['firstVisit']> {
  const server = await startServer(dist, THROTTLED_PORT, SLOW_4G);
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      (ready) => document.querySelector('offline-status [data-note]')?.textContent === ready,
      zhCN['offline.ready'],
      { polling: 50, timeout: 180_000 },
    );
    const { loadMs, readyMs } = await page.evaluate(() => ({
      readyMs: performance.now(),
      loadMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    }));
    return {
      profile: `server-side ${SLOW_4G.latencyMs} ms RTT, ${SLOW_4G.downloadKbps} kbps shared; ${CPU_SLOWDOWN}× CPU`,
      loadMs: Math.round(loadMs),
      readyMs: Math.round(readyMs),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

export async function measureOffline(browser: Browser, dist: string): Promise<OfflineFigures> {
  return { precache: await precacheBytes(dist), firstVisit: await timeFirstVisit(browser, dist) };
}

/**
 * Takes screenshots of the built site for a person to look at (not a test):
 * `node tests/setup/screens.ts [baseURL] [outDir]` with the preview server running.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './browser.ts';

const base = process.argv[2] ?? 'http://localhost:4321';
const out = process.argv[3] ?? '/tmp/screens';
const paths = (process.env['SCREEN_PATHS'] ?? '/,/steps/sign-in/,/precautions/').split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const [name, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const path of paths) {
      await page.goto(base + path);
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();

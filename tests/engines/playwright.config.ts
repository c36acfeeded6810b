/**
 * The cross-engine smoke suite: the same specs in Firefox ESR, WebKitGTK and Chromium, each
 * from Debian's packages, against the built site. The full suite stays in Chromium
 * (tests/playwright.config.ts); this one proves that the reader's main tasks work in every
 * engine readers use.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import type { EngineName } from './drivers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Beside the full suite's ports (TEST_PORT, +1 dev, +2 nginx), so both can run at once. */
const PORT = Number(process.env['TEST_PORT'] ?? 4321) + 3;
/** A second server for the offline spec, which stops it to take the network away. */
export const OFFLINE_PORT = PORT + 1;

const engines: EngineName[] = ['firefox', 'webkit', 'chromium'];

export default defineConfig<object, { engineName: EngineName }>({
  testDir: '.',
  outputDir: '../../test-results/engines',
  forbidOnly: !!process.env['CI'],
  // One worker per engine at a time: each keeps one browser for all its specs.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
  use: { baseURL: `http://localhost:${PORT}` },
  // The same specs in each engine; only the copy check differs where automation cannot read
  // the clipboard (WebKit), and that spec's title says so.
  projects: engines.map((engineName) => ({
    name: engineName,
    use: { engineName },
    testIgnore: engineName === 'webkit' ? /\/copy\.spec\.ts$/ : /copy-webkit\.spec\.ts$/,
  })),
  webServer: {
    command: `node tests/engines/build-if-stale.ts && npx astro preview --port ${PORT}`,
    env: { SITE_URL: 'https://kz-esim.example.org' },
    url: `http://localhost:${PORT}/`,
    cwd: ROOT,
    reuseExistingServer: !process.env['CI'],
    timeout: 300_000,
    stdout: 'ignore',
  },
});

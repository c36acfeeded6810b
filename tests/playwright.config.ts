import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './setup/browser.ts';
import { SITE_URL } from './setup/build-site.ts';

/** The project root: servers run there, wherever Playwright is started from. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Ports can be moved (TEST_PORT) so two checkouts on one machine never share a server. */
const PORT = Number(process.env['TEST_PORT'] ?? 4321);
export const DEV_PORT = PORT + 1;
/** Debian's nginx serving dist/ with the shipped config (tests/setup/serve-nginx.ts). */
export const NGINX_PORT = PORT + 2;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  forbidOnly: !!process.env['CI'],
  fullyParallel: true,
  // Two cores: one browser per core. Timeouts are set from measured durations (the slowest
  // test, one axe pass on /print/, takes ~4 s idle) with room for a machine busy with other work.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'chromium',
      // The pass over every page runs once, against nginx (below), with the shipped headers.
      testIgnore: /\/(host|smoke)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      // A real web server with the shipped config: its own tests (headers, encodings, paths),
      // and one pass over every page with those headers. The pages are the same files the
      // chromium project tests, so their behaviour is not tested twice.
      name: 'nginx',
      testMatch: /\/(host|smoke)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
  ],
  webServer: [
    {
      // The tests run against the production build, search index included: the one the unit
      // run made, if the sources have not changed since (tests/setup/build-site.ts).
      command: `node tests/setup/build-site.ts && npx astro preview --port ${PORT}`,
      // The same public address as the build, so the preview loads the same configuration.
      env: { SITE_URL },
      url: `http://localhost:${PORT}/`,
      cwd: ROOT,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      // Only for checking what search says where no index exists.
      command: `npx astro dev --port ${DEV_PORT}`,
      url: `http://localhost:${DEV_PORT}/`,
      cwd: ROOT,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      // Started after the first server, so it serves the build that one just made.
      command: `node tests/setup/serve-nginx.ts ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      cwd: ROOT,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
      // A signal, not SIGKILL, so the launcher stops nginx and removes its temporary prefix.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
});

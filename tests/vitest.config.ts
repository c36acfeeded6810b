/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/** Tests that read the built site: they share one build of dist/ (tests/setup/build-site.ts). */
const SITE_TESTS = 'tests/**/*.site.test.ts';

// Built on Astro's Vite config so astro:content and .astro imports resolve in tests;
// Astro components render only in the node environment.
export default getViteConfig({
  test: {
    environment: 'node',
    root: fileURLToPath(new URL('..', import.meta.url)),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], exclude: [SITE_TESTS] },
      },
      {
        // Vitest runs a project's globalSetup only when one of its files is queued, so a
        // run of other tests never waits for a build.
        extends: true,
        test: {
          name: 'site',
          include: [SITE_TESTS],
          globalSetup: ['tests/setup/build-site.ts'],
          // Each test reads every page of the site at once (~3 s idle); room for a busy machine.
          testTimeout: 120_000,
        },
      },
    ],
  },
});

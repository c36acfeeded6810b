/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Built on Astro's Vite config so astro:content and .astro imports resolve in tests;
// Astro components render only in the node environment.
export default getViteConfig({
  test: {
    environment: 'node',
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/search/**/*.test.ts', 'src/**/*.test.ts'],
  },
});

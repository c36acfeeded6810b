/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Built on Astro's Vite config so astro:content and .astro imports resolve in tests;
// Astro components render only in the node environment.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
  },
});

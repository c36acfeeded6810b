import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import linkCheck from './src/integrations/link-check';
import serviceWorker from './src/build/service-worker';
import { cspHash } from './src/lib/csp';
import { THEME_SCRIPT } from './src/lib/theme-script';

/** The public address every absolute URL derives from; set SITE_URL when deploying. */
const site = process.env['SITE_URL'] ?? 'https://kz-esim.example.org';

export default defineConfig({
  site,
  // The bad-content tests build fixture content into a scratch folder, beside the real build.
  ...(process.env['GUIDE_OUT_DIR'] && { outDir: process.env['GUIDE_OUT_DIR'] }),
  ...(process.env['GUIDE_CACHE_DIR'] && { cacheDir: process.env['GUIDE_CACHE_DIR'] }),
  trailingSlash: 'always',
  // serviceWorker() after pagefind(): it precaches the search index that pagefind() writes.
  integrations: [mdx(), sitemap(), linkCheck(), pagefind(), serviceWorker()],
  markdown: {
    // `## 标题 {#stable-id}`: shared links need ASCII ids that never change with the wording.
    processor: satteri({ features: { headingAttributes: true } }),
    // The guide has no code samples, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  build: {
    // One round trip for the first view: CSS travels inside the HTML.
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // The service worker (offline reading) and Pagefind's search worker.
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind runs WebAssembly; nothing else beyond hashed scripts.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [cspHash(THEME_SCRIPT)],
      },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts go to cacheable files instead of every page's HTML: the HTML + CSS of a
    // page must fit the first round trip, and scripts are deferred modules anyway.
    build: { assetsInlineLimit: 0 },
  },
});

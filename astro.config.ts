import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/build/pagefind';
import lazyChunks from './src/build/lazy-chunks';
import linkCheck from './src/build/link-check-integration';
import siteUrl, { PLACEHOLDER_SITE } from './src/build/site-url';
import headers from './src/build/headers';
import precompress from './src/build/precompress';
import serviceWorker from './src/build/service-worker';
import cspFirst, { cspHash } from './src/build/csp';
import contentLint from './src/build/content-lint';
import noPartialDist from './src/build/no-partial-dist';
import { HEAD_SCRIPT } from './src/features/head-script';
import { citations } from './src/routing/citations';

/** The public address every absolute URL derives from; set SITE_URL when deploying. */
const site = process.env['SITE_URL'] ?? PLACEHOLDER_SITE;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // serviceWorker() after pagefind(): it precaches the search index pagefind() writes; headers
  // reads the finished pages; precompress stays last so every text file gets .br/.gz.
  // cspFirst() edits the pages as soon as they are written (astro:build:generated), before all of these.
  // contentLint() checks the MDX source before anything is built; noPartialDist() stays last:
  // a build that stops anywhere before it leaves no dist/.
  integrations: [
    siteUrl(),
    contentLint(),
    mdx(),
    sitemap(),
    cspFirst(),
    linkCheck(),
    pagefind(),
    serviceWorker(),
    headers(),
    precompress(),
    noPartialDist(),
  ],
  markdown: {
    // `## 标题 {#stable-id}`: shared links need ASCII ids that never change with the wording.
    // The citations plugin numbers every <Source> at compile time (src/routing/citations.ts).
    processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [citations] }),
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
        hashes: [cspHash(HEAD_SCRIPT)],
      },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss(), lazyChunks()],
    // Scripts go to cacheable files instead of every page's HTML: the HTML + CSS of a
    // page must fit the first round trip, and scripts are deferred modules anyway.
    // Terser with two passes and top-level names mangled: about 5% smaller scripts than the
    // default minifier, which counts against the 2.5 KB a page may run before interaction.
    build: {
      assetsInlineLimit: 0,
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, mangle: { toplevel: true } },
      // The clipboard helper serves three page scripts (src/lib/clipboard.ts); a file of its
      // own would be one more request on load, so it goes into the share script's file,
      // which every page loads anyway (BaseLayout), and the others import it from there.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'share', test: /ShareStatus\.astro|share-links|share-url|lib[\\/]clipboard/ }],
          },
        },
      },
    },
  },
});

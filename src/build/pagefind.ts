import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const UNUSED_UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];

/**
 * Builds the Pagefind search index right after `astro build`, so that every build
 * (and so `npm start` and the tests) ships a fresh index; `astro dev` has none.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes its older Default and Modular UIs; this site uses the
        // Component UI only, so the others would just be dead weight on the host.
        await Promise.all(UNUSED_UI_FILES.map((file) => rm(`${site}pagefind/${file}`, { force: true })));
        const ms = Math.round(performance.now() - started);
        logger.info(`Indexed ${added.page_count} pages for search in ${ms} ms.`);
      },
    },
  };
}

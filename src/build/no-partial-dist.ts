import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A build that fails leaves no dist/ at all. Without this, a failure in any step after the
 * pages are written (the link check, the search index, the worker, the headers) left pages
 * without their `_headers`, `_nginx/`, `sw.js`, `pagefind/` or compressed twins: a folder
 * that looks publishable and is not. The build counts as done only when the last
 * integration's astro:build:done has run, so astro.config.ts lists this one last; if the
 * process ends before that, for whatever reason, the output folder is removed.
 */
export default function noPartialDist(): AstroIntegration {
  let finished = false;
  return {
    name: 'guide:no-partial-dist',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        // 'exit' runs for a thrown error, process.exit() and a normal end alike.
        process.once('exit', () => {
          if (!finished) rmSync(outDir, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ logger }) => {
        finished = true;
        logger.info('Every build step finished: dist/ is complete.');
      },
    },
  };
}

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Modules the page script loads later, each built as its own chunk: after first paint
 * (a page's own widgets), or when the reader does something (interaction, search).
 */
const LAZY: Record<string, { source: string; name: string }> = {
  'virtual:search-ui-url': { source: '../features/search/ui.ts', name: 'search-ui' },
  'virtual:interact-url': { source: '../features/interact.ts', name: 'interact' },
  'virtual:progress-url': { source: '../features/progress/client.ts', name: 'progress' },
  'virtual:application-form-url': { source: '../features/application/form.ts', name: 'application-form' },
};

/**
 * The URL of a lazily loaded chunk, as `import url from 'virtual:search-ui-url'`. A plain
 * `import('./ui')` would make Vite wrap it in its module-preload helper, a kilobyte of gzip
 * on every page before the reader does anything; importing a URL costs nothing. Modules a
 * lazy chunk shares with the page's own script would become a third file on load, so the
 * lazy modules import nothing the page script imports (check dist/_astro after a change).
 * In `astro dev` the URL is the source module, which the dev server compiles.
 */
export default function lazyChunks(): Plugin {
  return {
    name: 'guide:lazy-chunks',
    resolveId: (id) => (id in LAZY ? `\0${id}` : undefined),
    load(id) {
      const lazy = id.startsWith('\0') ? LAZY[id.slice(1)] : undefined;
      if (!lazy) return undefined;
      const file = fileURLToPath(new URL(lazy.source, import.meta.url));
      if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file, name: lazy.name });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

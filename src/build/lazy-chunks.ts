import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Modules that a page's elements load only when they are needed, each built as its own
 * chunk: search's code when the reader opens it, the highlighting on a page a result opened,
 * the application form's code on the reader's first action in it.
 */
const LAZY: Record<string, { source: string; name: string }> = {
  'virtual:search-ui-url': { source: '../features/search/ui.ts', name: 'search-ui' },
  'virtual:search-highlight-url': { source: '../features/search/highlight.ts', name: 'search-highlight' },
  'virtual:application-form-url': { source: '../features/application/form.ts', name: 'application-form' },
};

/**
 * The URL of a lazily loaded chunk, as `import url from 'virtual:search-ui-url'`. A plain
 * `import('./ui')` would make Vite wrap it in its module-preload helper, a kilobyte of gzip
 * on every page before the reader does anything (`build.modulePreload: false` does not
 * remove it); importing a URL costs nothing. A module a lazy chunk shared with a page's
 * scripts would become one more file on load, so they share none (check dist/_astro).
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

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Modules loaded only when the reader does something, each built as its own chunk. */
const LAZY: Record<string, string> = {
  'virtual:search-ui-url': '../features/search/ui.ts',
  'virtual:interact-url': '../features/interact.ts',
};

/**
 * The URL of a lazily loaded chunk, as `import url from 'virtual:search-ui-url'`. A plain
 * `import('./ui')` would make Vite wrap it in its module-preload helper, a kilobyte of gzip
 * on every page before the reader does anything; importing a URL costs nothing. Modules a
 * lazy chunk shares with the page's own script would become a third file on load, so the
 * lazy modules import nothing the page script imports (check dist/_astro after a change).
 * In `astro dev` the URL is the source module, which the dev server compiles.
 */
export default function searchUiChunk(): Plugin {
  return {
    name: 'guide:lazy-chunks',
    resolveId: (id) => (id in LAZY ? `\0${id}` : undefined),
    load(id) {
      const source = id.startsWith('\0') ? LAZY[id.slice(1)] : undefined;
      if (!source) return undefined;
      const file = fileURLToPath(new URL(source, import.meta.url));
      if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const name = source.replace(/^.*\/|\.ts$/g, '');
      const ref = this.emitFile({ type: 'chunk', id: file, name: name === 'ui' ? 'search-ui' : name });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:search-ui-url';
const RESOLVED = `\0${ID}`;
const UI = fileURLToPath(new URL('../features/search/ui.ts', import.meta.url));

/**
 * The URL of the search UI's own chunk, as `import url from 'virtual:search-ui-url'`. A
 * plain `import('./ui')` would make Vite wrap it in its module-preload helper, a kilobyte
 * of gzip on every page before the reader does anything; importing a URL costs nothing.
 * In `astro dev` the URL is the source module, which the dev server compiles.
 */
export default function searchUiChunk(): Plugin {
  return {
    name: 'guide:search-ui-chunk',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${UI}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: UI, name: 'search-ui' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, type Engine, type PagefindApi } from '../../src/features/search/engine.ts';

/**
 * Pagefind's own browser JS from dist/pagefind/, run in Node: the same index, the same
 * WebAssembly and the same search code as in the browser, without a browser. Pagefind
 * fetches its files by URL path ("/pagefind/…"); those fetches read dist/ instead.
 */
export async function loadPagefind(dist: string): Promise<PagefindApi> {
  const bundle = join(dist, 'pagefind');
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('/pagefind/')) return original(input, init);
    const file = join(bundle, decodeURIComponent(url.slice('/pagefind/'.length).split('?')[0]!));
    const type = file.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
    return new Response(await readFile(file), { headers: { 'content-type': type } });
  }) as typeof fetch;
  const module = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as {
    createInstance(options: { basePath: string; noWorker: boolean }): PagefindApi;
  };
  return module.createInstance({ basePath: '/pagefind/', noWorker: true });
}

/** The site's search engine over the built index in dist/. */
export async function nodeEngine(dist: string): Promise<Engine> {
  return createEngine(await loadPagefind(dist));
}

import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, NodeType, type HTMLElement } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { separateHan, ZERO_WIDTH_SPACE } from '../features/search/text';
import { pageFiles, urlOfFile } from './site-files';

/**
 * Pagefind writes every UI it has; search here is its JS API under the site's own results
 * list (src/features/search/), in the main thread, so the rest is dead weight on the host.
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
];

function splitText(element: HTMLElement): void {
  for (const child of element.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) child.rawText = separateHan(child.rawText, ZERO_WIDTH_SPACE);
    else if (child.nodeType === NodeType.ELEMENT_NODE) {
      const tag = (child as HTMLElement).tagName;
      if (tag !== 'SCRIPT' && tag !== 'STYLE') splitText(child as HTMLElement);
    }
  }
}

/**
 * The HTML that Pagefind indexes: the page as built, with a zero-width space between any
 * two Chinese characters of the indexed text. Pagefind's Chinese segmenter (jieba, at
 * index time) cuts words that the browser's segmenter (Intl.Segmenter, at query time)
 * cuts differently, so a word could be missing from the index in the form a query asks
 * for: 国外 in 人在国外时 was indexed as 在国|外时 (Pagefind issues #1237, #987). Indexed
 * one character a word, every word a reader can type is found, and the search code checks
 * that its characters stand together. The zero-width spaces never reach the reader:
 * Pagefind drops them from excerpts, and the served pages are not changed.
 */
export function indexableHtml(html: string): string {
  const root = parse(html, { comment: true });
  for (const body of root.querySelectorAll('[data-pagefind-body]')) splitText(body);
  return root.toString();
}

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
        let pages = 0;
        for (const file of pageFiles(site)) {
          const html = await readFile(join(site, file), 'utf8');
          // Only the pages that mark their content for search, as addDirectory would.
          if (!html.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({ url: urlOfFile(file), content: indexableHtml(html) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        await Promise.all(UNUSED_FILES.map((file) => rm(`${site}pagefind/${file}`, { force: true })));
        const ms = Math.round(performance.now() - started);
        logger.info(`Indexed ${pages} pages for search in ${ms} ms.`);
      },
    },
  };
}

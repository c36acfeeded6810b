import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFiles } from './site-files';

/** The CSP source expression for an inline script or style, e.g. 'sha256-…'. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

const META_CSP = /<meta\b[^>]*\bhttp-equiv="content-security-policy"[^>]*>/i;
const META_CHARSET = /<meta\b[^>]*\bcharset=[^>]*>/i;

/**
 * The page with its <meta> CSP moved to the start of <head>, right after <meta charset>.
 * A meta policy governs only what the parser meets after it, and Astro writes it where it
 * injects its head content, before </head>: after the head script and everything else in
 * Head.astro. The charset stays first (it must be within the first 1024 bytes).
 */
export function cspFirst(html: string): string {
  const tag = META_CSP.exec(html)?.[0];
  if (!tag) return html;
  const without = html.replace(tag, '');
  const head = /<head\b[^>]*>/i.exec(without);
  if (!head) throw new Error('a page with a CSP <meta> but no <head>');
  const charset = META_CHARSET.exec(without.slice(head.index));
  const after =
    charset && charset.index === head[0].length
      ? head.index + head[0].length + charset[0].length
      : head.index + head[0].length;
  return `${without.slice(0, after)}${tag}${without.slice(after)}`;
}

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/**
 * The page with its CSP allowing only its own inline scripts and styles. Astro lists the
 * hash of every inline script and style of the whole site in every page's policy; a page
 * that allows only what it holds is stricter, and each hash it drops is ~50 bytes of the
 * first round trip that gzip cannot shrink.
 */
export function cspOwnHashes(html: string): string {
  const tag = META_CSP.exec(html)?.[0];
  if (!tag) return html;
  const own = new Set(
    [...html.matchAll(INLINE)]
      .filter(([, , attributes = '']) => !/\bsrc=/i.test(attributes))
      .map(([, , , body = '']) => `'${cspHash(body)}'`),
  );
  const pruned = tag.replace(/'sha256-[A-Za-z0-9+/=]+'/g, (hash) => (own.has(hash) ? hash : ''));
  return html.replace(tag, pruned.replace(/ {2,}/g, ' ').replace(/ ;/g, ';'));
}

/**
 * Puts the CSP first in every built page, allowing only the page's own inline code, as soon as the pages are written: before the
 * link check, the search index, the service worker's revisions and the compressed copies
 * are made from them (astro:build:generated runs before every astro:build:done).
 */
export default function cspFirstIntegration(): AstroIntegration {
  return {
    name: 'guide:csp-first',
    hooks: {
      'astro:build:generated': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = pageFiles(root);
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const moved = cspOwnHashes(cspFirst(html));
          if (moved !== html) await writeFile(file, moved);
        }
        logger.info(`Put the CSP first, with only its own hashes, in ${pages.length} pages.`);
      },
    },
  };
}

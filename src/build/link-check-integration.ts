import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOWED_HOSTS } from '../data/allowed-hosts';
import { checkLinks, readBuiltPage, type BuiltPage } from './link-check';
import { pageFiles, urlOfFile } from './site-files';

/** Every built HTML page under `dir`. */
export function readBuiltSite(dir: string): BuiltPage[] {
  return pageFiles(dir).map((file) => readBuiltPage(urlOfFile(file), readFileSync(join(dir, file), 'utf8')));
}

/** The content file a page was built from, if any: "/steps/x/" → "content/steps/x.mdx". */
function sourceOf(path: string, contentDir: string): string | undefined {
  const base = path === '/' ? 'index' : path.replace(/^\/|\/$/g, '');
  return ['.mdx', '.md'].map((ext) => join(contentDir, `${base}${ext}`)).find((file) => existsSync(file));
}

/**
 * Fails the build when any page links to a page or #section that does not exist, or
 * outside the allowed hosts: a shared link must never break, and content is where
 * such mistakes are made (the message names the page, whose file is content/<path>.mdx).
 */
export default function linkCheckIntegration(): AstroIntegration {
  let contentDir = 'content';
  return {
    name: 'guide:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = fileURLToPath(new URL('content/', config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        const pages = readBuiltSite(fileURLToPath(dir));
        const problems = checkLinks(pages, ALLOWED_HOSTS).map((line) => {
          const path = line.slice(0, line.indexOf(':'));
          const file = sourceOf(path, contentDir);
          if (!file) return line;
          const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
          return `${shown} (${line}): fix the link in this file`;
        });
        if (problems.length > 0) {
          throw new Error(`Broken or disallowed links:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
        }
        logger.info(`Checked ${pages.reduce((n, page) => n + page.links.length, 0)} links on ${pages.length} pages.`);
      },
    },
  };
}

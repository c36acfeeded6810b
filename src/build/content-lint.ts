import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Checks the guide's MDX source for what would build but break a reader's page, and fails
 * the build before it starts, naming every file and line at once:
 * - a `##`–`######` heading without `{#id}`: shared links need a stable ASCII id, and
 *   without one the build makes an id from the Chinese wording that changes with it;
 * - an id used twice on one page (headings, `<TabPanel id>`, `<Phrase id>`): a link to it
 *   would land on the first, and the page is invalid HTML;
 * - raw `<script>` or a `style=` attribute: the page's CSP blocks both in the browser.
 * The lines inside frontmatter and fenced code blocks are not content and are skipped.
 */

/** Components whose `id` becomes an element id on the page (`<Source id>` names a source). */
const ID_COMPONENTS = ['TabPanel', 'Phrase'];

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export function lintMdx(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  let inFrontmatter = lines[0] === '---';
  let fence: string | undefined;
  const useId = (id: string, line: number) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, line);
    else problems.push({ file, line, message: `id "${id}" is already used on line ${first} of this page` });
  };
  lines.forEach((text, index) => {
    const line = index + 1;
    if (inFrontmatter) {
      if (index > 0 && text === '---') inFrontmatter = false;
      return;
    }
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) return void (fence = marker);
    const heading = /^(#{2,6})\s+(.*?)\s*$/.exec(text);
    if (heading) {
      const id = /\{#([^}\s]+)\}$/.exec(heading[2]!)?.[1];
      if (id) useId(id, line);
      else
        problems.push({
          file,
          line,
          message: `heading "${text.trim()}" has no {#id}: add a stable ASCII id, e.g. ${heading[1]} … {#short-name}`,
        });
    }
    for (const match of text.matchAll(new RegExp(`<(?:${ID_COMPONENTS.join('|')})\\b[^>]*?\\bid="([^"]+)"`, 'g')))
      useId(match[1]!, line);
    if (/<script\b/i.test(text))
      problems.push({ file, line, message: 'raw <script> in content: the CSP blocks it; use a component' });
    if (/<[A-Za-z][^>]*\sstyle\s*=/.test(text))
      problems.push({ file, line, message: 'style= in content: the CSP blocks inline styles; use a class' });
  });
  return problems;
}

/** Lints every .md/.mdx file under `dir` (drafts, named "_…", too: they are published next). */
export async function lintContent(dir: string, root: string): Promise<ContentProblem[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => /\.mdx?$/.test(file)).sort();
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const path = join(dir, file);
    problems.push(...lintMdx(relative(root, path), await readFile(path, 'utf8')));
  }
  return problems;
}

export default function contentLint(): AstroIntegration {
  let contentDir = '';
  let root = '';
  return {
    name: 'guide:content-lint',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        contentDir = fileURLToPath(new URL('content/', config.root));
      },
      'astro:build:start': async ({ logger }) => {
        const problems = await lintContent(contentDir, root);
        if (problems.length > 0) {
          throw new Error(
            `Content the site cannot publish:\n${problems
              .map(({ file, line, message }) => `  - ${file}:${line}: ${message}`)
              .join('\n')}`,
          );
        }
        logger.info('Content has a stable id on every heading, each once, and no inline script or style.');
      },
    },
  };
}

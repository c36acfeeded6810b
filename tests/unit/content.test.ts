import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Editorial rules for content/ that the schema cannot see, checked on the MDX source. */
const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));

const frontmatterUrls = (text: string) =>
  [...(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '').matchAll(/url:\s*(\S+)/g)].map((m) => m[1]!);
const citedUrls = (text: string) => [...text.matchAll(/<Source href="([^"]+)"/g)].map((m) => m[1]!);

describe.each(files)('content/%s', (file) => {
  const text = readFileSync(join(CONTENT, file), 'utf8');

  it('lists exactly the sources it cites in the text', () => {
    expect(new Set(frontmatterUrls(text))).toEqual(new Set(citedUrls(text)));
  });

  it('gives every h2 a stable ASCII id', () => {
    const headings = text.match(/^## .*$/gm) ?? [];
    expect(headings.filter((line) => !/\{#[a-z0-9]+(-[a-z0-9]+)*\}\s*$/.test(line))).toEqual([]);
  });

  it('carries no advertising and no unverified hotline numbers', () => {
    expect(text).not.toMatch(/t\.me\/|telegram|esim1088|postimg|<img|!\[/i);
    expect(text).not.toMatch(/(?<!\d)(0611|411|611)(?!\d)/);
  });
});

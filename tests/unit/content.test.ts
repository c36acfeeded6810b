import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCES, parseSources } from '../../src/data/sources';

/** Editorial rules for content/ that the schema cannot see, checked on the MDX source. */
const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));

/** Sources FACTS.md marks unverified or could not confirm: never cited, never registered. */
const UNVERIFIED_HOSTS = ['gadgetsfeed.com'];

/** Text of the page without frontmatter, JSX comments or Markdown link targets. */
const prose = (text: string) => text.replace(/^---\n[\s\S]*?\n---/, '');

describe.each(files)('content/%s', (file) => {
  const text = readFileSync(join(CONTENT, file), 'utf8');
  const body = prose(text);

  it('gives every h2 a stable ASCII id', () => {
    const headings = text.match(/^## .*$/gm) ?? [];
    expect(headings.filter((line) => !/\{#[a-z0-9]+(-[a-z0-9]+)*\}\s*$/.test(line))).toEqual([]);
  });

  it('carries no advertising and no unverified hotline numbers', () => {
    expect(text).not.toMatch(/t\.me\/|telegram|esim1088|postimg|<img|!\[/i);
    expect(text).not.toMatch(/(?<!\d)(0611|411|611)(?!\d)/);
  });

  it('never offers e-mail or fax as a way to cancel, nor a round-the-clock hotline', () => {
    expect(body).not.toMatch(/ccmail@|传真/);
    // A question the reader asks the operator ("可以用电子邮件提交吗？") offers nothing.
    for (const sentence of body.split(/(?<=[。！？\n])/)) {
      if (/注销|终止|解约|解除/.test(sentence) && !/[吗？]\s*$/.test(sentence))
        expect(sentence, sentence).not.toMatch(/(电子邮件|邮件|e-?mail).{0,12}(提交|发送)/i);
      expect(sentence, sentence).not.toMatch(/全天候.*热线|热线.*全天候|24\s*小时.*热线/);
    }
  });

  it('cites only registered, verified sources', () => {
    for (const [, key = ''] of body.matchAll(/<Source id="([^"]*)"/g)) {
      expect(Object.keys(SOURCES), `unknown source key ${key}`).toContain(key);
    }
    expect(body).not.toMatch(new RegExp(UNVERIFIED_HOSTS.join('|')));
  });

  it('marks Russian and Kazakh words with lang so screen readers switch voice', () => {
    const unmarked = body
      .split('\n')
      .filter((line) => /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүІі]{3,}/.test(line))
      .filter((line) => !/lang="(ru|kk)"/.test(line) && !/\s(ru|kk)="/.test(line));
    expect(unmarked).toEqual([]);
  });
});

describe('the source registry', () => {
  it('holds only sources FACTS.md lists as verified', () => {
    for (const source of Object.values(SOURCES)) {
      expect(
        UNVERIFIED_HOSTS.some((host) => source.url.includes(host)),
        source.url,
      ).toBe(false);
    }
  });

  it('refuses a malformed entry, naming the file, the key and the field', () => {
    const yaml = readFileSync(join(CONTENT, 'sources.yaml'), 'utf8');
    expect(() => parseSources(yaml.replace(/^( {2}kind: )operator$/m, '$1shop'))).toThrow(
      /^content\/sources\.yaml: source "beeline-offer", field "kind": /,
    );
    expect(() => parseSources(yaml.replace(/^( {2})opened(: 2026-11-25)$/m, '$1openned$2'))).toThrow(
      /content\/sources\.yaml: source "gov-nonresidents", field "opened": [^\n]*\n.*source "gov-nonresidents", field "openned"/,
    );
    expect(() => parseSources('kcell:\n  url: kcell.kz\n', 'sources.yaml')).toThrow(
      /^sources\.yaml: source "kcell", field "url"/,
    );
    expect(() => parseSources('Kcell 官网: {}\n')).toThrow(/^content\/sources\.yaml: source "Kcell 官网": Invalid key/);
  });
});

import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileOfUrl, isHashed, isHostFile, listFiles, pageFiles, urlOfFile } from './site-files';
import { separateHan, ZERO_WIDTH_SPACE } from '../features/search/text';
import { pagefindTerm } from '../features/search/engine';

describe('the URL of a built file', () => {
  it.each([
    ['index.html', '/'],
    ['steps/sign-in/index.html', '/steps/sign-in/'],
    ['404.html', '/404.html'],
    ['pagefind/pagefind.js', '/pagefind/pagefind.js'],
    ['_astro\\a.js', '/_astro/a.js'],
    ['/favicon.svg', '/favicon.svg'],
  ])('%s is served at %s', (file, url) => expect(urlOfFile(file)).toBe(url));

  it('leads back to the same file', () => {
    for (const file of ['index.html', 'steps/sign-in/index.html', '404.html', 'pagefind/pagefind.js']) {
      expect(fileOfUrl(urlOfFile(file))).toBe(file);
    }
  });
});

describe('the files of a build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of ['index.html', 'steps/b/index.html', 'steps/a/index.html', 'pagefind/x.html', '_headers']) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  symlinkSync(join(dir, 'index.html'), join(dir, 'link.html'));

  it('are every file below the folder, relative, in order, without folders or links', () => {
    expect(listFiles(dir)).toEqual([
      '_headers',
      'index.html',
      'pagefind/x.html',
      'steps/a/index.html',
      'steps/b/index.html',
    ]);
  });
  it("have pages, which are the HTML files that are not Pagefind's", () => {
    expect(pageFiles(dir)).toEqual(['index.html', 'steps/a/index.html', 'steps/b/index.html']);
  });
});

describe('what a file is', () => {
  it('is for the host when it is _headers or under _nginx/', () => {
    expect(['_headers', '_nginx/guide.conf', 'index.html', '_headers.txt', 'x/_headers'].map(isHostFile)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it.each([
    ['/_astro/page.B1c2.js', true],
    ['/pagefind/index/zh_abc.pf_index', true],
    ['/pagefind/fragment/zh_abc.pf_fragment', true],
    ['/pagefind/filter/zh_abc.pf_filter', true],
    ['/pagefind/pagefind.zh_abc.pf_meta', true],
    ['/pagefind/pagefind.js', false],
    ['/pagefind/pagefind-entry.json', false],
    ['/sw.js', false],
    ['/steps/a/', false],
  ])('%s is named by its content: %s', (url, hashed) => expect(isHashed(url)).toBe(hashed));
});

describe('one Chinese character per index word', () => {
  it('sets every Chinese character apart from the next, and nothing else', () => {
    expect(separateHan('人在国外时 删除 eSIM', ZERO_WIDTH_SPACE)).toBe(
      '人\u200b在\u200b国\u200b外\u200b时 删\u200b除 eSIM',
    );
  });
  it('cuts a query as the index is cut, Latin words kept whole', () => {
    expect(pagefindTerm('删除esim')).toBe('删 除 esim');
    expect(pagefindTerm(' 注销  eSIM卡 ')).toBe('注 销 eSIM 卡');
  });
});

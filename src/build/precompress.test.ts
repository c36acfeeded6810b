import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compress, precompressFile, precompressSite, savings, shouldPrecompress } from './precompress';

describe('shouldPrecompress', () => {
  it.each([
    'index.html',
    'steps/sign-in/index.html',
    '_astro/app.Di0cJwSf.js',
    '_astro/page.css',
    'pagefind/pagefind-entry.json',
    'sitemap-0.xml',
    'favicon.svg',
    'robots.txt',
    'manifest.webmanifest',
    'sw.js',
  ])('compresses %s', (file) => expect(shouldPrecompress(file)).toBe(true));

  it.each([
    // Pagefind gzips these itself.
    'pagefind/index/zh-cn_2c558f3.pf_index',
    'pagefind/fragment/zh-cn_15a772e.pf_fragment',
    'pagefind/pagefind.zh-cn_642d1fa2513d4.pf_meta',
    'pagefind/wasm.unknown.pagefind',
    'og/index.png',
    'index.html.br',
    'index.html.gz',
    // Host instructions are never served.
    '_headers',
    '_nginx/guide.conf',
  ])('leaves %s alone', (file) => expect(shouldPrecompress(file)).toBe(false));
});

describe('compress', () => {
  const text = Buffer.from('<p>注销 eSIM 之前，先备份数据。</p>\n'.repeat(200));

  it('writes brotli at quality 11 and gzip at level 9, both round-tripping', async () => {
    const { br, gz } = await compress(text);
    expect(brotliDecompressSync(br).equals(text)).toBe(true);
    expect(gunzipSync(gz).equals(text)).toBe(true);
    const quality = (q: number) =>
      brotliCompressSync(text, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: q,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
        },
      });
    expect(br.equals(quality(11))).toBe(true);
    expect(gz.equals(gzipSync(text, { level: 9 }))).toBe(true);
  });
});

describe('precompressing a built site', () => {
  let dir: string;
  const page = '<!doctype html><title>x</title>' + '<p>第 1 步：确认 eSIM 的有效期。</p>'.repeat(100);
  const files: Record<string, string | Buffer> = {
    'index.html': page,
    'steps/sign-in/index.html': page,
    '_astro/app.js': 'export const a = 1;'.repeat(50),
    'pagefind/index/zh-cn_1.pf_index': gzipSync(Buffer.from('x'.repeat(500))),
    'og/index.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'robots.txt': 'A',
    _headers: '/*\n  X-Content-Type-Options: nosniff\n'.repeat(20),
    '_nginx/guide.conf': 'server_tokens off;\n'.repeat(20),
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'guide-precompress-'));
    for (const [file, data] of Object.entries(files)) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), data);
    }
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes .br and .gz beside each text file, and nothing beside the others', async () => {
    const results = await precompressSite(dir);
    expect(results.map((result) => result.file).sort()).toEqual([
      '_astro/app.js',
      'index.html',
      'robots.txt',
      'steps/sign-in/index.html',
    ]);
    for (const file of ['index.html', 'steps/sign-in/index.html', '_astro/app.js']) {
      const original = await readFile(join(dir, file));
      expect(brotliDecompressSync(await readFile(join(dir, `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(await readFile(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
    }
    for (const file of ['pagefind/index/zh-cn_1.pf_index', 'og/index.png', '_headers', '_nginx/guide.conf']) {
      expect(existsSync(join(dir, `${file}.br`)), file).toBe(false);
      expect(existsSync(join(dir, `${file}.gz`)), file).toBe(false);
    }
  });

  it('writes no compressed form that is not smaller than the file', async () => {
    const result = await precompressFile(dir, 'robots.txt');
    expect(result).toEqual({ file: 'robots.txt', raw: 1, br: 0, gz: 0 });
    expect(existsSync(join(dir, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'robots.txt.br'))).toBe(false);
  });

  it('sums what readers save, counting the plain file where nothing smaller was written', () => {
    expect(
      savings([
        { file: 'a.html', raw: 1000, br: 200, gz: 250 },
        { file: 'robots.txt', raw: 10, br: 0, gz: 0 },
      ]),
    ).toEqual({ files: 2, raw: 1010, br: 210, gz: 260 });
  });
});

/**
 * The site as a real web server sends it: Debian's nginx with the shipped config
 * (src/deploy/nginx/guide.conf plus the build's generated header locations). Runs in the
 * `nginx` project only. Requests go out through node:http so that paths reach the server
 * byte for byte ("/../x" is not tidied up first) and nothing is decompressed on the way.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { metaCsp, parseCsp } from '../../src/build/headers.ts';
import { DIST, distPages } from '../setup/dist.ts';
import { ALL_PATHS } from './site-map.ts';
import { parseHeadersFile } from '../setup/headers-file.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** GET a raw path from the server under test. */
function get(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Every file the build serves, as a URL path (not the host's own files, not .br/.gz). */
function servedFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length).split('\\').join('/'))
    .filter((file) => !/\.(br|gz)$/.test(file) && file !== '_headers' && !file.startsWith('_nginx/'))
    .map((file) => `/${file}`)
    .sort();
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const HASHED = /^\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;
const NOT_FOUND_HEADING = '找不到这个页面';

/** The headers every response must carry, whatever it is. */
function securityProblems(path: string, headers: IncomingHttpHeaders): string[] {
  const problems: string[] = [];
  const expectHeader = (name: string, ok: (value: string) => boolean) => {
    const value = headers[name];
    if (typeof value !== 'string' || !ok(value)) problems.push(`${path}: ${name} is ${JSON.stringify(value)}`);
  };
  expectHeader('x-content-type-options', (value) => value === 'nosniff');
  expectHeader('referrer-policy', (value) => value === 'strict-origin-when-cross-origin');
  expectHeader('permissions-policy', (value) =>
    ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'].every((feature) =>
      value.split(/,\s*/).includes(feature),
    ),
  );
  expectHeader('content-security-policy', (value) => parseCsp(value).get('frame-ancestors') === "'none'");
  return problems;
}

test.describe('headers from nginx', () => {
  test('every file and page has the security headers and its cache policy', async ({ baseURL }) => {
    const problems: string[] = [];
    const paths = [...servedFiles(), ...ALL_PATHS];
    expect(paths).toContain('/_astro/' + readdirSync(join(DIST, '_astro'))[0]);
    for (const path of paths) {
      const { status, headers } = await get(baseURL!, path);
      if (status !== 200) problems.push(`${path}: status ${status}`);
      problems.push(...securityProblems(path, headers));
      const cache = headers['cache-control'];
      // Hashed names change with their content, so a year is safe; anything else is
      // checked with the server before each use, so a reader never keeps a stale fact.
      const expected = HASHED.test(path) ? IMMUTABLE : 'no-cache';
      if (cache !== expected) problems.push(`${path}: Cache-Control is ${cache}, expected ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  test('HTML, the search entry files, sitemaps and robots.txt revalidate; hashed assets are immutable', async ({
    baseURL,
  }) => {
    const revalidated = [
      '/',
      '/steps/sign-in/',
      '/404.html',
      '/sitemap-index.xml',
      '/sitemap-0.xml',
      '/robots.txt',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-highlight.js',
    ];
    for (const path of revalidated) {
      expect((await get(baseURL!, path)).headers['cache-control'], path).toBe('no-cache');
    }
    const immutable = [
      ...readdirSync(join(DIST, '_astro')).map((file) => `/_astro/${file}`),
      ...readdirSync(join(DIST, 'pagefind', 'index')).map((file) => `/pagefind/index/${file}`),
      ...readdirSync(join(DIST, 'pagefind', 'fragment')).map((file) => `/pagefind/fragment/${file}`),
    ].filter((path) => !/\.(br|gz)$/.test(path));
    expect(immutable.length).toBeGreaterThan(3);
    for (const path of immutable) {
      expect((await get(baseURL!, path)).headers['cache-control'], path).toBe(IMMUTABLE);
    }
  });

  test("each page's CSP header is its <meta> CSP plus frame-ancestors 'none'", async ({ baseURL }) => {
    const pages = distPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const { headers } = await get(baseURL!, page.path);
      const header = parseCsp(String(headers['content-security-policy']));
      const meta = parseCsp(metaCsp(page.html) ?? '');
      expect(meta.size, `${page.file} has a CSP meta`).toBeGreaterThan(5);
      expect(header.get('frame-ancestors'), page.path).toBe("'none'");
      header.delete('frame-ancestors');
      expect(Object.fromEntries(header), page.path).toEqual(Object.fromEntries(meta));
    }
  });

  test("dist/_headers gives static hosts each page's <meta> CSP plus frame-ancestors", () => {
    const blocks = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    for (const page of distPages()) {
      const csp = blocks.get(page.path)?.get('Content-Security-Policy');
      expect(csp, `_headers has no CSP for ${page.path}`).toBeDefined();
      const header = parseCsp(csp!);
      expect(header.get('frame-ancestors')).toBe("'none'");
      header.delete('frame-ancestors');
      expect(Object.fromEntries(header), page.path).toEqual(Object.fromEntries(parseCsp(metaCsp(page.html)!)));
    }
    expect(blocks.get('/*')?.get('X-Content-Type-Options')).toBe('nosniff');
    expect(blocks.get('/_astro/*')?.get('Cache-Control')).toBe(IMMUTABLE);
    for (const path of ['/sw.js', '/manifest.webmanifest', '/robots.txt', '/pagefind/pagefind-entry.json']) {
      expect(blocks.get(path)?.get('Cache-Control'), path).toBe('no-cache');
    }
  });
});

test.describe('compression', () => {
  const asset = () => `/_astro/${readdirSync(join(DIST, '_astro')).find((file) => file.endsWith('.js'))}`;

  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    test(`Accept-Encoding: ${encoding} gets the ${suffix} file the build wrote`, async ({ baseURL }) => {
      for (const [path, file] of [
        ['/steps/sign-in/', 'steps/sign-in/index.html'],
        [asset(), asset().slice(1)],
        ['/pagefind/pagefind.js', 'pagefind/pagefind.js'],
      ]) {
        const reply = await get(baseURL!, path!, { 'accept-encoding': `${encoding}` });
        expect(reply.status, path).toBe(200);
        expect(reply.headers['content-encoding'], path).toBe(encoding);
        expect(reply.headers['vary'], path).toMatch(/accept-encoding/i);
        expect(reply.body.equals(readFileSync(join(DIST, `${file}${suffix}`))), `${path} is ${file}${suffix}`).toBe(
          true,
        );
      }
    });
  }

  test('many readers at once each get the compressed file their browser asked for', async ({ baseURL }) => {
    // Overlapping requests, as a page's scripts and a second reader make them: a module that
    // fails under concurrency (Debian's brotli_static with disable_symlinks) shows up here.
    const scripts = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
    const paths = ['/', '/steps/sign-in/', '/pagefind/pagefind.js', ...scripts.map((file) => `/_astro/${file}`)];
    const wrong: string[] = [];
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        paths.flatMap((path) =>
          (['br', 'gzip'] as const).map(async (encoding) => {
            const sent = (await get(baseURL!, path, { 'accept-encoding': encoding })).headers['content-encoding'];
            if (sent !== encoding) wrong.push(`${path} (${encoding}): ${sent ?? 'plain'}`);
          }),
        ),
      );
    }
    expect(wrong).toEqual([]);
  });

  test("every text file of the build has .br and .gz beside it; Pagefind's own gzip files are left alone", () => {
    const missing: string[] = [];
    for (const path of servedFiles()) {
      const file = join(DIST, path);
      if (/\.(html|css|js|json|xml|svg|webmanifest)$/.test(path)) {
        for (const suffix of ['.br', '.gz']) if (!existsSync(file + suffix)) missing.push(path + suffix);
      }
      if (/\.pf_(index|fragment|meta)$|\.pagefind$/.test(path)) {
        // Already gzip inside (magic bytes 1f 8b): a second pass would save nothing.
        expect(readFileSync(file).subarray(0, 2).toString('hex'), path).toBe('1f8b');
        expect(existsSync(`${file}.br`) || existsSync(`${file}.gz`), path).toBe(false);
      }
    }
    expect(missing).toEqual([]);
  });

  test('a browser that asks for br and gzip gets br; one that asks for neither gets the plain file', async ({
    baseURL,
  }) => {
    const both = await get(baseURL!, '/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(both.headers['content-encoding']).toBe('br');
    const plain = await get(baseURL!, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(DIST, 'index.html')))).toBe(true);
  });
});

test.describe('paths that are not pages', () => {
  for (const path of ['/no-such-page/', '/steps/no-such-step/', '/steps/', '/%2F', '/..%2f', '/steps/%2F/']) {
    test(`${path} gets the 404 page with status 404 and its headers`, async ({ baseURL }) => {
      const reply = await get(baseURL!, path);
      expect(reply.status).toBe(404);
      expect(reply.body.toString('utf8')).toContain(NOT_FOUND_HEADING);
      expect(securityProblems(path, reply.headers)).toEqual([]);
      expect(reply.headers['cache-control']).toBe('no-cache');
    });
  }

  test('a folder without its slash is sent to its page', async ({ baseURL }) => {
    const reply = await get(baseURL!, '/steps/sign-in?from=qr');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/steps/sign-in/?from=qr');
  });

  test('the build holds no symbolic links, which could lead a request outside dist/', () => {
    const links = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isSymbolicLink())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(links).toEqual([]);
  });

  test('nothing outside dist/, and none of the build’s host files, is served', async ({ baseURL }) => {
    const secrets = [
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8').slice(0, 60),
      'root:x:0:0',
      'add_header',
      'Content-Security-Policy:',
    ];
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/..%2f..%2fetc/passwd',
      '/../../../../etc/passwd',
      '/_headers',
      '/_nginx/guide.conf',
      '/.git/config',
    ]) {
      const reply = await get(baseURL!, path);
      const body = reply.body.toString('utf8');
      expect(reply.status, path).toBe(404);
      for (const secret of secrets) expect(body, `${path} leaked ${secret}`).not.toContain(secret);
      expect(body, path).toContain(NOT_FOUND_HEADING);
    }
  });
});

test.describe('framing', () => {
  let framer: Server;
  let framerOrigin: string;

  test.beforeAll(async ({ baseURL }) => {
    // Another origin (same loopback address, another port) that tries to embed the guide,
    // beside a page of its own that it may embed, to show frames do load there.
    framer = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.url === '/own') return void res.end('<!doctype html><title>own</title><h1>own page</h1>');
      res.end(
        `<!doctype html><title>framer</title>` +
          `<iframe name="own" src="/own"></iframe><iframe name="guide" src="${baseURL}/steps/sign-in/"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const address = framer.address();
    if (!address || typeof address === 'string') throw new Error('framer did not start');
    framerOrigin = `http://127.0.0.1:${address.port}`;
  });

  test.afterAll(async () => {
    framer.closeAllConnections();
    await new Promise((resolve) => framer.close(resolve));
  });

  test('another site cannot show the guide in a frame', async ({ page, baseURL }) => {
    const guideResponse = page.waitForResponse((response) => response.url() === `${baseURL}/steps/sign-in/`);
    await page.goto(`${framerOrigin}/`);
    // The server answered; the browser refused to show it.
    const response = await guideResponse;
    expect(response.status()).toBe(200);
    await expect(page.frame({ name: 'own' })!.getByRole('heading', { name: 'own page' })).toBeVisible();
    const guide = page.frame({ name: 'guide' })!;
    // page.goto waited for the frames to load: Chromium put its error page in place of the guide.
    expect(guide.url()).not.toBe(`${baseURL}/steps/sign-in/`);
    await expect(guide.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
    await expect(guide.getByText('第 2 步，共 6 步')).toHaveCount(0);
  });
});

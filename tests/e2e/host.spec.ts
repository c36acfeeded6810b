/**
 * The site as a real web server sends it: Debian's nginx with the shipped config
 * (src/deploy/nginx/guide.conf plus the build's generated header locations). Runs in the
 * `nginx` project only. Requests go out through node:http so that paths reach the server
 * byte for byte ("/../x" is not tidied up first) and nothing is decompressed on the way.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metaCsp, parseCsp } from '../../src/build/headers.ts';
import { findBrotliModule, findMimeTypes, findNginx, mainConfig } from '../setup/nginx.ts';
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
/** Two years, subdomains included: the Strict-Transport-Security every HTTPS response carries. */
const HSTS = 'max-age=63072000; includeSubDomains';
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
  expectHeader('cross-origin-opener-policy', (value) => value === 'same-origin');
  expectHeader('cross-origin-resource-policy', (value) => value === 'same-origin');
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

  test('the <meta> CSP comes before every script and style in <head>, so it governs them all', () => {
    for (const page of distPages()) {
      const head = page.html.slice(0, page.html.indexOf('</head>'));
      const csp = head.search(/<meta http-equiv="content-security-policy"/i);
      expect(csp, `${page.file} has a CSP meta`).toBeGreaterThan(0);
      const first = head.search(/<(script|style|link)\b/i);
      expect(csp < first || first === -1, `${page.file}: CSP at ${csp}, first script or style at ${first}`).toBe(true);
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

/** A reply read off the socket as sent: the status, every header line (repeats kept) and the body. */
interface RawReply {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * Sends `head` (the request line and header lines, as written) over a plain socket, so that
 * requests node:http refuses to make (a wrong HTTP version, a huge path) reach the server.
 */
function rawRequest(baseURL: string, head: string, body = '', uploading = false): Promise<RawReply> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    // An upload still under way does not close its side: nginx answers before reading the
    // body, and a half-closed socket would make it drop the request instead of answering.
    const socket = connect(Number(port), hostname, () => {
      const request = `${head}\r\n\r\n${body}`;
      if (uploading) socket.write(request);
      else socket.end(request);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers: lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
        body: text.slice(split + 4),
      });
    });
  });
}

test.describe('query strings', () => {
  // A shared link often carries a tracking parameter holding a whole URL, slashes encoded.
  for (const path of ['/?utm_source=https%3A%2F%2Fexample.com%2F', '/steps/sign-in/?x=%2F', '/cases/?from=%2f%2F']) {
    test(`${path} is the page, as without the query`, async ({ baseURL }) => {
      const reply = await get(baseURL!, path);
      const plain = await get(baseURL!, path.slice(0, path.indexOf('?')));
      expect(reply.status).toBe(200);
      expect(reply.body.equals(plain.body), 'the same page as without the query').toBe(true);
      expect(reply.body.toString('utf8')).not.toContain(NOT_FOUND_HEADING);
    });
  }
});

test.describe('errors nginx answers itself', () => {
  const asset = () => `/_astro/${readdirSync(join(DIST, '_astro')).find((file) => file.endsWith('.js'))}`;
  const host = (baseURL: string) => `Host: ${new URL(baseURL).host}\r\nConnection: close`;
  const cases: {
    name: string;
    status: number;
    head: (baseURL: string) => string;
    body?: string;
    uploading?: boolean;
  }[] = [
    {
      name: 'POST to a page',
      status: 405,
      head: (b) => `POST /steps/sign-in/ HTTP/1.1\r\n${host(b)}\r\nContent-Length: 2`,
      body: 'a=',
    },
    {
      name: 'POST to a hashed script',
      status: 405,
      head: (b) => `POST ${asset()} HTTP/1.1\r\n${host(b)}\r\nContent-Length: 0`,
    },
    {
      name: 'a method no static file answers',
      status: 405,
      head: (b) => `PUT / HTTP/1.1\r\n${host(b)}\r\nContent-Length: 0`,
    },
    {
      name: 'a path longer than nginx reads',
      status: 414,
      head: (b) => `GET /${'a'.repeat(20_000)} HTTP/1.1\r\n${host(b)}`,
    },
    { name: 'an HTTP version nginx does not speak', status: 505, head: (b) => `GET / HTTP/3.0\r\n${host(b)}` },
    {
      name: 'a body larger than allowed',
      status: 413,
      head: (b) => `POST / HTTP/1.1\r\n${host(b)}\r\nContent-Length: 100000000`,
      uploading: true,
    },
    {
      name: 'an unknown transfer coding',
      status: 501,
      head: (b) => `POST / HTTP/1.1\r\n${host(b)}\r\nTransfer-Encoding: zip`,
    },
  ];
  for (const { name, status, head, body, uploading } of cases) {
    test(`${name}: ${status} with the guide's own page, its headers once each, never cached for long`, async ({
      baseURL,
    }) => {
      const reply = await rawRequest(baseURL!, head(baseURL!), body, uploading);
      expect(reply.status).toBe(status);
      // The guide's page (in Chinese, with the way back home), not nginx's English one.
      expect(reply.body).toContain(NOT_FOUND_HEADING);
      expect(reply.body).not.toMatch(/<center>|nginx/i);
      const names = reply.headers.map(([header]) => header);
      expect(
        names.filter((header, index) => names.indexOf(header) !== index),
        'headers sent twice',
      ).toEqual([]);
      const headers = Object.fromEntries(reply.headers);
      expect(securityProblems(name, headers)).toEqual([]);
      expect(headers['cache-control'], 'an error is never kept').toBe('no-cache');
    });
  }
});

test.describe('byte ranges', () => {
  // nginx answered a range past the end (416) with its own page and every added header
  // twice (two CSPs, two Cache-Controls). Ranges are not served: the whole file comes back.
  for (const [path, file] of [
    ['/steps/sign-in/', 'steps/sign-in/index.html'],
    ['/favicon.svg', 'favicon.svg'],
  ] as const) {
    for (const range of ['bytes=99999999-', 'bytes=0-9', 'bytes=0-0,5-6,9-']) {
      test(`${path} with Range: ${range} is the whole file, its headers once each`, async ({ baseURL }) => {
        const reply = await rawRequest(
          baseURL!,
          `GET ${path} HTTP/1.1\r\nHost: ${new URL(baseURL!).host}\r\nConnection: close\r\nRange: ${range}`,
        );
        const names = reply.headers.map(([header]) => header);
        expect(
          names.filter((header, index) => names.indexOf(header) !== index),
          'headers sent twice',
        ).toEqual([]);
        expect(reply.status).toBe(200);
        expect(reply.body).toBe(readFileSync(join(DIST, file), 'utf8'));
        expect(securityProblems(path, Object.fromEntries(reply.headers))).toEqual([]);
      });
    }
  }
});

test.describe('Strict-Transport-Security', () => {
  /** nginx again, the same build and config, in a server block that speaks TLS. */
  let nginx: ChildProcess | undefined;
  let prefix = '';
  const TLS_PORT = Number(process.env['TEST_PORT'] ?? 4321) + 4;

  test.beforeAll(async () => {
    const binary = findNginx()!;
    prefix = mkdtempSync(join(tmpdir(), 'guide-nginx-tls-'));
    const cert = join(prefix, 'cert.pem');
    const key = join(prefix, 'key.pem');
    // A throwaway self-signed certificate for 127.0.0.1, made here and deleted with the prefix.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(
      conf,
      mainConfig({
        prefix,
        port: TLS_PORT,
        dist: DIST,
        brotliModule: findBrotliModule()!,
        mimeTypes: findMimeTypes()!,
        tls: { cert, key },
      }),
    );
    nginx = spawn(binary, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], {
      stdio: 'inherit',
    });
    await expect
      .poll(() =>
        httpsHead('/')
          .then((reply) => reply.status)
          .catch(() => 0),
      )
      .toBe(200);
  });

  test.afterAll(async () => {
    if (nginx?.pid !== undefined && nginx.exitCode === null) {
      const exited = new Promise((done) => nginx!.once('exit', done));
      process.kill(nginx.pid, 'SIGQUIT');
      await exited;
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  function httpsHead(path: string): Promise<{ status: number; headers: IncomingHttpHeaders }> {
    return new Promise((resolve, reject) => {
      const req = httpsGet({ host: '127.0.0.1', port: TLS_PORT, path, rejectUnauthorized: false }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      });
      req.on('error', reject);
    });
  }

  test('every response over HTTPS carries it once: pages, hashed files, the worker, the 404 page', async () => {
    const asset = `/_astro/${readdirSync(join(DIST, '_astro')).find((file) => file.endsWith('.js'))}`;
    for (const path of ['/', '/steps/sign-in/', asset, '/sw.js', '/manifest.webmanifest', '/no-such-page/']) {
      const { headers } = await httpsHead(path);
      expect(headers['strict-transport-security'], path).toBe(HSTS);
      expect(securityProblems(path, headers), path).toEqual([]);
    }
  });

  test('plain HTTP does not send it (browsers ignore it there, and it would claim HTTPS works)', async ({
    baseURL,
  }) => {
    for (const path of ['/', '/no-such-page/']) {
      expect((await get(baseURL!, path)).headers['strict-transport-security'], path).toBeUndefined();
    }
  });

  test('_headers sends it, COOP and CORP on every path (Netlify and Cloudflare serve only HTTPS)', () => {
    const all = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')).get('/*');
    expect(all?.get('Strict-Transport-Security')).toBe(HSTS);
    expect(all?.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(all?.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });
});

import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../tests/setup/headers-file';
import {
  CACHE_IMMUTABLE,
  HSTS,
  CACHE_REVALIDATE,
  NGINX_OUTPUT,
  cacheControlFor,
  headerCsp,
  headerRules,
  metaCsp,
  parseCsp,
  readSite,
  renderHeadersFile,
  renderNginxLocations,
  writeHostConfig,
  type BuiltSite,
  type HeaderRule,
} from './headers';
import { urlOfFile } from './site-files';

/** Two policies as Astro writes them: the same directives, different per-page hashes. */
const BASE = "default-src 'self';img-src 'self' data:;object-src 'none';base-uri 'self';";
const META_A = `${BASE} script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1=';`;
const META_B = `${BASE} script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1=' 'sha256-S2=';`;
const page = (meta: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${meta}"></head><body><h1>x</h1></body></html>`;

/** A small built site on disk, shaped like the real one. */
const FILES: Record<string, string> = {
  'index.html': page(META_A),
  '404.html': page(META_A),
  'cases/index.html': page(META_B),
  'steps/sign-in/index.html': page(META_A),
  '_astro/app.Di0cJwSf.js': 'console.log(1)',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind-worker.js': '',
  'pagefind/pagefind.zh-cn_642d1fa2513d4.pf_meta': 'x',
  'pagefind/wasm.unknown.pagefind': 'x',
  'pagefind/index/zh-cn_2c558f3.pf_index': 'x',
  'pagefind/fragment/zh-cn_15a772e.pf_fragment': 'x',
  'og/index.png': 'x',
  'og/steps/sign-in.png': 'x',
  'favicon.svg': '<svg/>',
  'robots.txt': 'User-agent: *',
  'sitemap-index.xml': '<x/>',
  'sitemap-0.xml': '<x/>',
  // Left by an earlier build or by precompress: never a rule of their own.
  'index.html.br': 'x',
  'robots.txt.gz': 'x',
};

let dir: string;
let site: BuiltSite;
let rules: HeaderRule[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'guide-headers-'));
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  site = await readSite(dir);
  rules = headerRules(site);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Whether a `_headers` pattern matches a URL path (`*` matches anything, slashes too). */
function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

describe('metaCsp and headerCsp', () => {
  it('reads the policy from the meta element, quotes decoded', () => {
    expect(metaCsp(page(META_A))).toBe(META_A);
    expect(metaCsp(`<meta content="default-src &#39;self&#39;" http-equiv="Content-Security-Policy">`)).toBe(
      "default-src 'self'",
    );
    expect(metaCsp('<meta name="description" content="x">')).toBeUndefined();
  });

  it('keeps every directive of the meta, in order, and adds frame-ancestors', () => {
    const header = headerCsp(META_B);
    expect(header).not.toMatch(/;\s*;|;\s*$/);
    const directives = parseCsp(header);
    expect(directives.get('frame-ancestors')).toBe("'none'");
    directives.delete('frame-ancestors');
    expect([...directives]).toEqual([...parseCsp(META_B)]);
  });
});

describe('cache policy', () => {
  it.each([
    ['/_astro/app.Di0cJwSf.js', CACHE_IMMUTABLE],
    ['/pagefind/index/zh-cn_2c558f3.pf_index', CACHE_IMMUTABLE],
    ['/pagefind/fragment/zh-cn_15a772e.pf_fragment', CACHE_IMMUTABLE],
    ['/pagefind/pagefind.zh-cn_642d1fa2513d4.pf_meta', CACHE_IMMUTABLE],
    ['/pagefind/pagefind.js', CACHE_REVALIDATE],
    ['/pagefind/pagefind-entry.json', CACHE_REVALIDATE],
    ['/pagefind/pagefind-component-ui.css', CACHE_REVALIDATE],
    ['/pagefind/wasm.unknown.pagefind', CACHE_REVALIDATE],
    ['/sw.js', CACHE_REVALIDATE],
    ['/manifest.webmanifest', CACHE_REVALIDATE],
    ['/cases/', CACHE_REVALIDATE],
    ['/sitemap-0.xml', CACHE_REVALIDATE],
  ])('%s → %s', (path, policy) => expect(cacheControlFor(path)).toBe(policy));
});

describe('the _headers file of a build', () => {
  it("gives each page its own meta CSP plus frame-ancestors, not another page's hashes", async () => {
    await writeHostConfig(dir);
    const blocks = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'));
    for (const [file, text] of Object.entries(FILES).filter(([file]) => file.endsWith('.html'))) {
      for (const path of new Set([urlOfFile(file), `/${file}`])) {
        const header = parseCsp(blocks.get(path)?.get('Content-Security-Policy') ?? '');
        expect(header.get('frame-ancestors'), path).toBe("'none'");
        header.delete('frame-ancestors');
        expect([...header], path).toEqual([...parseCsp(metaCsp(text)!)]);
      }
    }
    expect(blocks.get('/')?.get('Content-Security-Policy')).not.toContain('sha256-S2=');
    expect(blocks.get('/cases/')?.get('Content-Security-Policy')).toContain('sha256-S2=');
  });

  it('sends the security headers with everything', () => {
    const all = rules.find((rule) => rule.pattern === '/*')!;
    expect(all.headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': "frame-ancestors 'none'",
    });
    const features = all.headers['Permissions-Policy']!.split(', ');
    expect(features).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']));
    // The share button copies links and opens the share sheet.
    expect(features.join()).not.toMatch(/clipboard-write|web-share/);
  });

  it('gives every served file exactly one Cache-Control, the right one', () => {
    // Cloudflare joins the values of overlapping rules, so two would contradict each other.
    const served = [
      ...Object.keys(FILES).filter((file) => !/\.(br|gz)$/.test(file)),
      'sw.js',
      'manifest.webmanifest',
    ].map((file) => (file.endsWith('.html') ? urlOfFile(file) : `/${file}`));
    for (const path of served) {
      const values = rules
        .filter((rule) => matches(rule.pattern, path) && rule.headers['Cache-Control'])
        .map((rule) => rule.headers['Cache-Control']);
      expect(values, path).toEqual([cacheControlFor(path)]);
    }
  });

  it('covers a folder of one policy with one rule, and never lists .br/.gz files', () => {
    const patterns = rules.map((rule) => rule.pattern);
    expect(patterns).toContain('/og/*');
    expect(patterns).toContain('/_astro/*');
    expect(patterns).not.toContain('/pagefind/*');
    expect(patterns.filter((pattern) => /\.(br|gz)$/.test(pattern))).toEqual([]);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('refuses what Cloudflare Pages would not read: over 100 rules, or a line over 2,000 characters', () => {
    const many = Array.from({ length: 101 }, (_, i) => ({
      pattern: `/${i}`,
      headers: { 'Cache-Control': 'no-cache' },
    }));
    expect(() => renderHeadersFile(many)).toThrow(/100/);
    const long = [{ pattern: '/', headers: { 'Content-Security-Policy': `default-src ${'x'.repeat(2000)}` } }];
    expect(() => renderHeadersFile(long)).toThrow(/2,000/);
  });

  it('fails the build for a page without a CSP meta rather than serve it without one', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'guide-headers-bare-'));
    await writeFile(join(bare, 'index.html'), '<!doctype html><title>x</title>');
    await expect(readSite(bare)).rejects.toThrow(/index\.html has no Content-Security-Policy/);
    await rm(bare, { recursive: true, force: true });
  });
});

describe('the nginx config of a build', () => {
  /** Each `location … { … }` block of the generated part: its head and body. */
  const locations = () =>
    [...renderNginxLocations(rules, site).matchAll(/^location ([^{]+) \{\n([\s\S]*?)^\}/gm)].map((match) => ({
      head: match[1]!,
      body: match[2]!,
    }));

  it('serves each page from an exact location with its own CSP and revalidation', () => {
    const cases = locations().find((location) => location.head === '= /cases/')!;
    expect(cases.body).toContain('try_files /cases/index.html =404;');
    expect(cases.body).toContain(`add_header Content-Security-Policy "${headerCsp(META_B)}" always;`);
    expect(cases.body).toContain('add_header Cache-Control "no-cache" always;');
    const redirect = locations().find((location) => location.head === '= /cases')!;
    expect(redirect.body).toContain('return 301 /cases/$is_args$args;');
  });

  it('repeats every security header in each location that sets headers (nginx does not inherit them there)', () => {
    const withHeaders = locations().filter((location) => location.body.includes('add_header'));
    expect(withHeaders.length).toBeGreaterThan(10);
    for (const { head, body } of withHeaders) {
      for (const name of [
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Content-Security-Policy',
        'Cross-Origin-Opener-Policy',
        'Cross-Origin-Resource-Policy',
      ]) {
        expect(body, `${head} lacks ${name}`).toMatch(new RegExp(`add_header ${name} "[^"]+" always;`));
      }
      expect(body, `${head} lacks Cache-Control`).toMatch(/add_header Cache-Control "[^"]+"( always)?;/);
      expect(body, `${head} lacks HSTS`).toContain('add_header Strict-Transport-Security $guide_hsts always;');
    }
  });

  it('caches hashed folders for a year, by prefix, but never an error answered there', () => {
    const astro = locations().find((location) => location.head === '^~ /_astro/')!;
    // Without `always`, nginx adds it to successful responses only.
    expect(astro.body).toContain(`add_header Cache-Control "${CACHE_IMMUTABLE}";`);
  });

  it('sets HSTS only on TLS connections, from the one value in headers.ts', () => {
    const conf = renderNginxLocations(rules, site);
    expect(conf).toContain('set $guide_hsts "";');
    expect(conf).toContain(`if ($https) {\n  set $guide_hsts "${HSTS}";\n}`);
    expect(conf.indexOf('set $guide_hsts')).toBeLessThan(conf.indexOf('location '));
  });

  it('writes the hand-written config first, then the generated locations', async () => {
    await writeHostConfig(dir);
    const conf = await readFile(join(dir, NGINX_OUTPUT), 'utf8');
    const handWritten = await readFile(new URL('../deploy/nginx/guide.conf', import.meta.url), 'utf8');
    expect(conf.startsWith(handWritten)).toBe(true);
    expect(conf).toContain('location = /steps/sign-in/ {');
  });

  it('refuses a value that would break out of an nginx string', () => {
    const bad = [...rules.slice(0, 1), { pattern: '/x', headers: { 'Cache-Control': 'no-cache"; return 200 "' } }];
    expect(() => renderNginxLocations(bad, site)).toThrow(/nginx string/);
  });
});

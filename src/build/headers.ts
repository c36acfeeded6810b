import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HASHED_FOLDERS, isHashed, isHostFile, listFiles, urlOfFile } from './site-files';

/**
 * The HTTP headers a host must send with the built site, generated after the build from
 * the pages themselves, in the two forms hosts read: `dist/_headers` (Netlify, Cloudflare
 * Pages) and `dist/_nginx/guide.conf` (the shipped nginx config with its header locations).
 * Both come from the rules below, so the policy text exists only here.
 */

/** Sent with every response. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Everything the guide never asks for. Clipboard and Web Share stay allowed: the share
  // button uses them.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'camera=()',
    'display-capture=()',
    'encrypted-media=()',
    'fullscreen=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'idle-detection=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'picture-in-picture=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'xr-spatial-tracking=()',
  ].join(', '),
  // No other site's window keeps a handle on the guide's, and no other site embeds its files.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/**
 * Browsers only ever use HTTPS for the guide's host for two years, subdomains too. Sent only
 * over HTTPS: `_headers` hosts (Netlify, Cloudflare Pages) serve nothing else, and nginx
 * sends it only from a TLS server block (see renderNginxLocations).
 */
export const HSTS = 'max-age=63072000; includeSubDomains';
export const HTTPS_ONLY_HEADERS = { 'Strict-Transport-Security': HSTS } as const;

/** What a <meta> CSP cannot say: no other site may frame the guide. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cached, but checked with the server (ETag/Last-Modified) before every use. */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Revalidated even before they exist in this build: the service worker and the manifest
 * come from other build steps, and a stale one would pin readers to old pages.
 */
export const ALWAYS_REVALIDATED = ['/sw.js', '/manifest.webmanifest'];

export function cacheControlFor(urlPath: string): string {
  return isHashed(urlPath) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** The CSP of a built page, as Astro wrote it into its <meta http-equiv>. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent="([^"]*)"/i.exec(tag)?.[1];
  return content
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A CSP as its directives, in order: name → source list. */
export function parseCsp(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values.join(' ')]),
  );
}

/** The header form of a page's meta CSP: the same directives, plus frame-ancestors. */
export function headerCsp(meta: string): string {
  const directives = parseCsp(meta);
  directives.set('frame-ancestors', FRAME_ANCESTORS.split(' ').slice(1).join(' '));
  return [...directives].map(([name, values]) => (values ? `${name} ${values}` : name)).join('; ');
}

/** One built HTML page: the URL readers use, the file behind it, and its header CSP. */
export interface BuiltPage {
  urlPath: string;
  file: string;
  csp: string;
}

/** A set of headers for the URLs that match `pattern` (`/x/*` = everything under /x/). */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** What the rules are made from: every file of the build (relative, "/"-separated) and its pages. */
export interface BuiltSite {
  files: string[];
  pages: BuiltPage[];
}

const isPage = (file: string) => file.endsWith('.html');
const isPrecompressed = (file: string) => /\.(br|gz)$/.test(file);

/**
 * The header rules for a build, most general first. Only the catch-all `/*` overlaps
 * other rules, and only in Content-Security-Policy, where either way a host combines
 * them (Netlify: the later rule wins; Cloudflare: both policies apply) the page's
 * own policy plus frame-ancestors is what is enforced. Cache-Control never overlaps,
 * since Cloudflare would join two values into a contradiction.
 */
export function headerRules(site: BuiltSite): HeaderRule[] {
  const rules: HeaderRule[] = [
    {
      pattern: '/*',
      headers: { ...SECURITY_HEADERS, ...HTTPS_ONLY_HEADERS, 'Content-Security-Policy': FRAME_ANCESTORS },
    },
  ];
  for (const page of [...site.pages].sort((a, b) => a.urlPath.localeCompare(b.urlPath))) {
    const headers = { 'Content-Security-Policy': page.csp, 'Cache-Control': CACHE_REVALIDATE };
    rules.push({ pattern: page.urlPath, headers });
    // The same file asked for by name (Netlify serves it; Cloudflare redirects it).
    if (`/${page.file}` !== page.urlPath) rules.push({ pattern: `/${page.file}`, headers });
  }
  for (const folder of HASHED_FOLDERS)
    rules.push({ pattern: `${folder}*`, headers: { 'Cache-Control': CACHE_IMMUTABLE } });
  // Every other file: a whole top-level folder in one rule where it can be (no pages, no
  // hashed subfolder, one policy throughout), otherwise file by file.
  const others = site.files
    .filter((file) => !isPage(file) && !isHostFile(file) && !isPrecompressed(file))
    .map((file) => `/${file}`)
    .filter((urlPath) => !HASHED_FOLDERS.some((folder) => urlPath.startsWith(folder)))
    .sort();
  const folderOf = (urlPath: string) => /^\/[^/]+\//.exec(urlPath)?.[0];
  const splittable = new Set([
    ...site.files.filter(isPage).map((file) => folderOf(`/${file}`)),
    ...HASHED_FOLDERS.map(folderOf),
  ]);
  const listed = new Set<string>();
  for (const urlPath of others) {
    const folder = folderOf(urlPath);
    const policy = cacheControlFor(urlPath);
    const together =
      folder &&
      !splittable.has(folder) &&
      others.filter((other) => other.startsWith(folder)).every((other) => cacheControlFor(other) === policy);
    const pattern = together ? `${folder}*` : urlPath;
    if (listed.has(pattern)) continue;
    listed.add(pattern);
    rules.push({ pattern, headers: { 'Cache-Control': policy } });
  }
  for (const urlPath of ALWAYS_REVALIDATED) {
    if (!listed.has(urlPath)) rules.push({ pattern: urlPath, headers: { 'Cache-Control': CACHE_REVALIDATE } });
  }
  return rules;
}

/** Cloudflare Pages reads at most 100 rules and 2,000 characters a line. */
export const HEADERS_FILE_LIMITS = { rules: 100, lineLength: 2000 };

/** The `_headers` file: one block per rule, headers indented under their path. */
export function renderHeadersFile(rules: HeaderRule[]): string {
  if (rules.length > HEADERS_FILE_LIMITS.rules)
    throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads only 100`);
  const blocks = rules.map(
    (rule) =>
      `${rule.pattern}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  const text = `# Generated by src/build/headers.ts at build time: do not edit.\n\n${blocks.join('\n\n')}\n`;
  const long = text.split('\n').find((line) => line.length > HEADERS_FILE_LIMITS.lineLength);
  if (long) throw new Error(`_headers has a line over 2,000 characters: ${long.slice(0, 80)}…`);
  return text;
}

/** A header value as an nginx string (CSP values hold single quotes, never double ones). */
function nginxString(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot put ${JSON.stringify(value)} in an nginx string`);
  return `"${value}"`;
}

/** The nginx variable that holds HSTS over HTTPS and nothing (so no header) over plain HTTP. */
const HSTS_VARIABLE = '$guide_hsts';

/**
 * The generated part of the nginx config: the catch-all headers at server level, and a
 * location per rule. nginx drops inherited add_header lines in any location that has its
 * own, so each location repeats the catch-all ones it does not replace; `always` puts them
 * on 404s too. Pages are served by exact location with try_files, so the page's own CSP is
 * sent for `/x/`, `/x/index.html` and as the 404 page alike.
 *
 * HSTS is a variable, set only when the connection is TLS ($https is "on"): nginx sends no
 * header whose value is empty, so the one config is right in an HTTP and an HTTPS server
 * block alike. (An add_header written by hand in the TLS server block would be dropped in
 * every location below, which all have their own.)
 *
 * A year of caching is never `always`: an error answered in a hashed folder (a POST, a
 * range past the end) must not be kept, and it goes to the 404 page's location anyway.
 */
export function renderNginxLocations(rules: HeaderRule[], site: BuiltSite): string {
  const [catchAll, ...rest] = rules;
  if (catchAll?.pattern !== '/*') throw new Error('the first header rule must be the catch-all /*');
  const httpsOnly = new Set<string>(Object.keys(HTTPS_ONLY_HEADERS));
  const addHeaders = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers)
      .map(([name, value]) => {
        if (httpsOnly.has(name)) return `${indent}add_header ${name} ${HSTS_VARIABLE} always;`;
        const always = name === 'Cache-Control' && value === CACHE_IMMUTABLE ? '' : ' always';
        return `${indent}add_header ${name} ${nginxString(value)}${always};`;
      })
      .join('\n');
  const withDefaults = (headers: Record<string, string>) => ({ ...catchAll.headers, ...headers });
  const lines = [
    '# Strict-Transport-Security over HTTPS only (empty, so not sent, over plain HTTP).',
    `set ${HSTS_VARIABLE} "";`,
    `if ($https) {\n  set ${HSTS_VARIABLE} ${nginxString(HSTS)};\n}`,
    '',
    '# Headers for everything no location below names (unknown paths, before the 404 page).',
    addHeaders({ ...catchAll.headers, 'Cache-Control': CACHE_REVALIDATE }, ''),
    '',
  ];
  const pageFiles = new Map(site.pages.map((page) => [page.urlPath, page.file]));
  for (const rule of rest) {
    const headers = addHeaders(withDefaults(rule.headers), '  ');
    if (rule.pattern.endsWith('/*')) {
      lines.push(`location ^~ ${rule.pattern.slice(0, -1)} {\n  try_files $uri =404;\n${headers}\n}`);
    } else if (pageFiles.has(rule.pattern) && rule.pattern.endsWith('/')) {
      const file = `/${pageFiles.get(rule.pattern)}`;
      lines.push(`location = ${rule.pattern} {\n  try_files ${file} =404;\n${headers}\n}`);
      // The folder without its slash goes to the page's one address.
      if (rule.pattern !== '/') {
        lines.push(`location = ${rule.pattern.slice(0, -1)} {\n  return 301 ${rule.pattern}$is_args$args;\n}`);
      }
    } else {
      const type = rule.pattern.endsWith('.webmanifest')
        ? "  # Debian's mime.types predates the web app manifest.\n  types { application/manifest+json webmanifest; }\n"
        : '';
      lines.push(`location = ${rule.pattern} {\n${type}  try_files $uri =404;\n${headers}\n}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Reads the built site: its files, and each page with the header form of its meta CSP. */
export async function readSite(dir: string): Promise<BuiltSite> {
  const files = listFiles(dir).filter((file) => !isHostFile(file) && !isPrecompressed(file));
  const pages: BuiltPage[] = [];
  for (const file of files.filter(isPage)) {
    const meta = metaCsp(await readFile(join(dir, file), 'utf8'));
    if (!meta) throw new Error(`${file} has no Content-Security-Policy <meta>; its header would be missing`);
    pages.push({ urlPath: urlOfFile(file), file, csp: headerCsp(meta) });
  }
  return { files, pages };
}

/** Where the nginx config goes in the build, and the hand-written part it starts with. */
export const NGINX_OUTPUT = '_nginx/guide.conf';
const NGINX_SOURCE = new URL('../deploy/nginx/guide.conf', import.meta.url);

/** Writes `_headers` and `_nginx/guide.conf` into a built site; returns the rule count. */
export async function writeHostConfig(dir: string): Promise<number> {
  const site = await readSite(dir);
  const rules = headerRules(site);
  await writeFile(join(dir, '_headers'), renderHeadersFile(rules));
  const handWritten = await readFile(NGINX_SOURCE, 'utf8');
  const generated = renderNginxLocations(rules, site);
  await mkdir(join(dir, '_nginx'), { recursive: true });
  await writeFile(
    join(dir, NGINX_OUTPUT),
    `${handWritten}\n# ---- Generated by src/build/headers.ts from this build: do not edit. ----\n\n${generated}`,
  );
  return rules.length;
}

export default function headersIntegration(): AstroIntegration {
  return {
    name: 'guide:headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeHostConfig(fileURLToPath(dir));
        logger.info(`Wrote _headers (${count} rules) and ${NGINX_OUTPUT}.`);
      },
    },
  };
}

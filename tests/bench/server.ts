import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/**
 * A tiny static server for dist/, written here rather than `astro preview` so that the
 * bench controls every header: what the shipped nginx config sends (the build's own .br or
 * .gz sibling of a file, as the browser accepts), and the bench's own port, away from the
 * tests' servers. Byte counts are computed from the files, not from what was sent.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** The content type for a file name; Pagefind's .pf_* and .pagefind files are opaque bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** What the server answers for a URL path: a file with its status, or a redirect. */
export type Resolution = { file: string; status: 200 | 404 } | { redirect: string };

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Maps a URL path to a file in root the way static hosts do: `index.html` for folder
 * URLs, a redirect to add the trailing slash (the site uses trailingSlash: 'always'),
 * and 404.html with status 404 for anything else. Also used to find the file on disk
 * behind each request the browser made.
 */
export async function resolvePath(root: string, urlPath: string): Promise<Resolution> {
  const notFound = { file: join(root, '404.html'), status: 404 } as const;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return notFound;
  }
  const path = normalize(join(root, decoded));
  // Never serve anything outside root, whatever "../" the URL holds.
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound;
  if (decoded.endsWith('/')) {
    const index = join(path, 'index.html');
    return (await isFile(index)) ? { file: index, status: 200 } : notFound;
  }
  if (await isFile(path)) return { file: path, status: 200 };
  if (await isDirectory(path)) return { redirect: `${urlPath}/` };
  return notFound;
}

/**
 * A slow network, made by the server so that it slows every request alike, the service
 * worker's included (Chromium's own throttling applies to the page's requests only).
 */
export interface Throttle {
  /** Added before each response, as one round trip. */
  latencyMs: number;
  /** Download speed shared by all responses at once, in kilobits per second. */
  downloadKbps: number;
}

/** A file's bytes as a host with the build's precompressed siblings sends them. */
interface Encoded {
  body: Buffer;
  encoding?: 'br' | 'gzip';
}

/**
 * The body for a request: `<file>.br` or `<file>.gz` (written by src/build/precompress.ts)
 * when the browser accepts that encoding and the sibling exists, else the file itself,
 * like nginx's brotli_static and gzip_static with the shipped config.
 */
export async function encodedBody(file: string, acceptEncoding: string | undefined): Promise<Encoded> {
  const accepts = new Set((acceptEncoding ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase()));
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (!accepts.has(encoding)) continue;
    const body = await readFile(file + suffix).catch(() => undefined);
    if (body) return { body, encoding };
  }
  return { body: await readFile(file) };
}

/**
 * Sends a body at the throttle's speed, shared by every response of the server: each chunk
 * waits for the link to be free.
 */
function throttledSender(throttle: Throttle) {
  const bytesPerMs = (throttle.downloadKbps * 1000) / 8 / 1000;
  let linkFreeAt = 0;
  const wait = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));
  return async (response: ServerResponse, writeHead: () => void, data: Buffer): Promise<void> => {
    await wait(throttle.latencyMs);
    writeHead();
    for (let offset = 0; offset < data.length; offset += 16 * 1024) {
      const chunk = data.subarray(offset, offset + 16 * 1024);
      linkFreeAt = Math.max(linkFreeAt, performance.now()) + chunk.length / bytesPerMs;
      await wait(linkFreeAt - performance.now());
      response.write(chunk);
    }
    response.end();
  };
}

/** Answers one request from root: the file, its status and headers, as the host would. */
async function answer(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  sendSlowly?: (response: ServerResponse, writeHead: () => void, data: Buffer) => Promise<void>,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const resolution = await resolvePath(root, url.pathname);
  if ('redirect' in resolution) {
    response.writeHead(301, { location: resolution.redirect + url.search }).end();
    return;
  }
  const { body, encoding } = await encodedBody(resolution.file, request.headers['accept-encoding']);
  const writeHead = () =>
    response.writeHead(resolution.status, {
      'content-type': contentType(resolution.file),
      'content-length': body.length,
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
  if (sendSlowly) return sendSlowly(response, writeHead, request.method === 'HEAD' ? Buffer.alloc(0) : body);
  writeHead();
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** A running server and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves root on 127.0.0.1:port (loopback only); rejects if the port is taken. */
export function startServer(root: string, port: number, throttle?: Throttle): Promise<StaticServer> {
  const sendSlowly = throttle && throttledSender(throttle);
  const server = createServer((request, response) => {
    answer(root, request, response, sendSlowly).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use; is another bench running?`) : error,
      ),
    );
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

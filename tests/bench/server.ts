import { createServer, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/**
 * A tiny static server for dist/, written here rather than `astro preview` so that the
 * bench controls every header: what a plain static host sends, no gzip (sizes are
 * computed from the files), and the bench's own port, away from the tests' 4321/4322.
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

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml))/;

/**
 * Sends a body at the throttle's speed, shared by every response of the server: each chunk
 * waits for the link to be free. Compressible types travel gzipped, as a real host sends them.
 */
function throttledSender(throttle: Throttle) {
  const bytesPerMs = (throttle.downloadKbps * 1000) / 8 / 1000;
  let linkFreeAt = 0;
  const wait = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));
  return async (response: ServerResponse, status: number, type: string, body: Buffer): Promise<void> => {
    await wait(throttle.latencyMs);
    const data = COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : body;
    const headers: Record<string, string | number> = { 'content-type': type, 'content-length': data.length };
    if (data !== body) headers['content-encoding'] = 'gzip';
    response.writeHead(status, headers);
    for (let offset = 0; offset < data.length; offset += 16 * 1024) {
      const chunk = data.subarray(offset, offset + 16 * 1024);
      linkFreeAt = Math.max(linkFreeAt, performance.now()) + chunk.length / bytesPerMs;
      await wait(linkFreeAt - performance.now());
      response.write(chunk);
    }
    response.end();
  };
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
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    resolvePath(root, url.pathname)
      .then(async (resolution) => {
        if ('redirect' in resolution) {
          response.writeHead(301, { location: resolution.redirect + url.search }).end();
          return;
        }
        const body = await readFile(resolution.file);
        if (sendSlowly) return sendSlowly(response, resolution.status, contentType(resolution.file), body);
        response.writeHead(resolution.status, {
          'content-type': contentType(resolution.file),
          'content-length': body.length,
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
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

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { contentType, resolvePath } from '../bench/server.ts';

/**
 * A static server whose folder can be switched while it runs: one origin that serves one
 * build, then the next, as a host does when a new version is published. HTML can be made
 * slow, as on a weak connection. Loopback only.
 */
export interface SwitchServer {
  origin: string;
  /** Serve this folder from the next request on. */
  serve(root: string): void;
  /** Hold every HTML response this long (0: answer at once). */
  delayHtml(ms: number): void;
  /** Send the headers and the start of every HTML page at once, and the rest this much later. */
  delayHtmlBody(ms: number): void;
  close(): Promise<void>;
}

export function startSwitchServer(port: number, root: string): Promise<SwitchServer> {
  let current = root;
  let htmlDelay = 0;
  let bodyDelay = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const from = current;
    resolvePath(from, url.pathname)
      .then(async (resolution) => {
        if ('redirect' in resolution) {
          response.writeHead(301, { location: resolution.redirect + url.search }).end();
          return;
        }
        const type = contentType(resolution.file);
        if (htmlDelay > 0 && type.startsWith('text/html')) await new Promise((done) => setTimeout(done, htmlDelay));
        const body = await readFile(resolution.file);
        // What a host should send for HTML and the worker: revalidate, so updates are seen.
        response.writeHead(resolution.status, { 'content-type': type, 'cache-control': 'no-cache' });
        if (request.method === 'HEAD') return void response.end();
        if (bodyDelay > 0 && type.startsWith('text/html')) {
          // A weak signal: the page starts to arrive, then stalls.
          response.write(body.subarray(0, 512));
          await new Promise((done) => setTimeout(done, bodyDelay));
          return void response.end(body.subarray(512));
        }
        response.end(body);
      })
      .catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        serve: (next) => void (current = next),
        delayHtml: (ms) => void (htmlDelay = ms),
        delayHtmlBody: (ms) => void (bodyDelay = ms),
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

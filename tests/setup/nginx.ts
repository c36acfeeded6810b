/**
 * Debian's nginx for the end-to-end tests: finding it (and its brotli_static module), and
 * a main config that serves dist/ with the shipped dist/_nginx/guide.conf from a temporary
 * prefix on a loopback port, as a normal process. Nothing here touches /etc/nginx or
 * /var/log: pid, logs and temp files all live under the prefix.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian puts nginx and its dynamic modules; NGINX_PATH wins when set. */
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
const MODULE_DIRS = ['/usr/lib/nginx/modules', '/usr/local/nginx/modules', '/usr/lib64/nginx/modules'];
const BROTLI_STATIC = 'ngx_http_brotli_static_module.so';
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'];

/** The Debian packages that provide what the tests need. */
export const NGINX_PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];

export function findNginx(): string | undefined {
  const fromEnv = process.env['NGINX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return NGINX_CANDIDATES.find((path) => existsSync(path));
}

export function findBrotliModule(): string | undefined {
  return MODULE_DIRS.map((dir) => join(dir, BROTLI_STATIC)).find((path) => existsSync(path));
}

export function findMimeTypes(): string | undefined {
  return MIME_TYPES.find((path) => existsSync(path));
}

/**
 * The main config: one worker, everything nginx writes under `prefix`, and one server on
 * 127.0.0.1:port whose root is `dist` and whose rules are the build's own guide.conf.
 */
export function mainConfig(options: {
  prefix: string;
  port: number;
  dist: string;
  brotliModule: string;
  mimeTypes: string;
  /** A certificate and key: the server speaks HTTPS, as a production TLS server block does. */
  tls?: { cert: string; key: string };
}): string {
  const { prefix, port, dist, brotliModule, mimeTypes, tls } = options;
  const root = dist.endsWith('/') ? dist.slice(0, -1) : dist;
  // Started as root, nginx would run its workers as "nobody", who may not be allowed into
  // the checkout (a root-only home folder, say): they read it as the user running the tests.
  const user = typeof process.getuid === 'function' && process.getuid() === 0 ? 'user root;\n' : '';
  return `load_module ${brotliModule};
${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events {
  worker_connections 256;
}
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port}${tls ? ' ssl' : ''};
${tls ? `    ssl_certificate ${tls.cert};\n    ssl_certificate_key ${tls.key};\n` : ''}    root ${root};
    include ${root}/_nginx/guide.conf;
  }
}
`;
}

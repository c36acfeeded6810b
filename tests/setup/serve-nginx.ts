/**
 * Runs nginx in the foreground on 127.0.0.1:<port> with the build's own config, for
 * Playwright's webServer: `node tests/setup/serve-nginx.ts <port>`. Stops nginx by its
 * PID when told to stop, and removes its temporary prefix.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrotliModule, findMimeTypes, findNginx, mainConfig } from './nginx.ts';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) throw new Error('usage: node tests/setup/serve-nginx.ts <port>');
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const nginx = findNginx();
const brotliModule = findBrotliModule();
const mimeTypes = findMimeTypes();
if (!nginx || !brotliModule || !mimeTypes) throw new Error('nginx is missing: run node tests/setup/ensure-nginx.ts');
if (!existsSync(join(dist, '_nginx', 'guide.conf')))
  throw new Error(`${dist}_nginx/guide.conf is missing: npm run build`);

const prefix = mkdtempSync(join(tmpdir(), 'guide-nginx-'));
const conf = join(prefix, 'nginx.conf');
writeFileSync(conf, mainConfig({ prefix, port, dist, brotliModule, mimeTypes }));
// -e: even before reading the config, log under the prefix, not in /var/log/nginx.
const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], {
  stdio: 'inherit',
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  // SIGQUIT: nginx finishes the requests under way, then exits.
  try {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGQUIT');
  } catch {
    // Already gone: the same signal may have reached nginx's process group first.
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
child.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});

/**
 * Makes sure nginx and its brotli_static module exist before Playwright starts, for the
 * tests that run against a real web server. Like ensure-browser.ts: where it can (root
 * with apt-get) it installs Debian's packages, otherwise it says what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { NGINX_PACKAGES, findBrotliModule, findMimeTypes, findNginx } from './nginx.ts';

function log(message: string): void {
  console.log(`[ensure-nginx] ${message}`);
}

const ready = () => Boolean(findNginx() && findBrotliModule() && findMimeTypes());

function tryAptInstall(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  log(`installing Debian packages ${NGINX_PACKAGES.join(', ')} (apt-get update && apt-get install -y …)`);
  try {
    // policy-rc.d or no init system: the package's own service is not started, and the
    // tests start their own nginx on a loopback port anyway.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...NGINX_PACKAGES], { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

if (!ready()) tryAptInstall();
if (!ready()) {
  console.error(
    [
      '[ensure-nginx] nginx with the brotli_static module is needed for the end-to-end tests on a real server.',
      'Install them, then run npm test again:',
      `  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${NGINX_PACKAGES.join(' ')}`,
      '  elsewhere:      install nginx with ngx_brotli, and set NGINX_PATH=/path/to/nginx if it is not in /usr/sbin',
    ].join('\n'),
  );
  process.exit(1);
}
log(`Using ${findNginx()} with ${findBrotliModule()}`);

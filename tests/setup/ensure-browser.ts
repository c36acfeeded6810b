/**
 * Makes sure a Chromium for the end-to-end tests exists before Playwright starts.
 * Playwright's own browser download cannot work here, so this uses the system's
 * Chromium and, where it can (root with apt-get), installs Debian's package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

function log(message: string): void {
  console.log(`[ensure-browser] ${message}`);
}

function tryAptInstall(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  log('Chromium not found; installing Debian package "chromium" (apt-get update && apt-get install -y chromium)…');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // CJK fonts too, so pages render (and screenshots read) as they do for readers.
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

let path = findChromium();
if (!path && tryAptInstall()) path = findChromium();
if (!path) {
  console.error(
    [
      '[ensure-browser] No Chromium found for the end-to-end tests.',
      'Install one, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}
log(`Using ${path}`);

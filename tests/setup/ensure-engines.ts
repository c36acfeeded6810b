/**
 * Makes sure the engines of the cross-engine smoke suite (tests/engines/) exist before it
 * starts: Debian's Firefox ESR, WebKitGTK's WebDriver server with its MiniBrowser, and Xvfb
 * for WebKit's window. Like ensure-browser.ts: where it can (root with apt-get) it installs
 * Debian's packages, otherwise it says what to install. Nothing is downloaded but packages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFirefox, missingForWebKit } from '../engines/drivers.ts';

const PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb', 'fonts-noto-cjk'];

function log(message: string): void {
  console.log(`[ensure-engines] ${message}`);
}

const missing = () => [...(findFirefox() ? [] : ['firefox-esr']), ...missingForWebKit()];

function tryAptInstall(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  log(
    `missing ${missing().join(', ')}; installing Debian packages ${PACKAGES.join(', ')} (apt-get update && apt-get install -y …)`,
  );
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      stdio: 'inherit',
      env,
    });
    return true;
  } catch {
    return false;
  }
}

if (missing().length) tryAptInstall();
if (missing().length) {
  console.error(
    [
      `[ensure-engines] Not found for the cross-engine smoke suite: ${missing().join(', ')}.`,
      'Install them, then run npm test again:',
      `  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`,
      '  elsewhere:      set FIREFOX_PATH to a Firefox with WebDriver BiDi, and WEBKIT_WEBDRIVER_PATH to WebKitGTK’s WebKitWebDriver',
    ].join('\n'),
  );
  process.exit(1);
}
log(`Using ${findFirefox()} and WebKitGTK's WebDriver under Xvfb`);

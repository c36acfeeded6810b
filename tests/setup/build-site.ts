/**
 * Builds of the site for the tests.
 *
 * - buildSite(): dist/, once. The unit run (as its `site` project's globalSetup) and
 *   Playwright (before its preview server) both call it, and it builds only when an input
 *   changed since the build it last made, so `npm test` builds the real site exactly once.
 *   The fingerprint is every input file's path, size and modification time, and SITE_URL.
 *   Run directly (`node tests/setup/build-site.ts`) it does the same from the command line.
 * - copyProject() and buildProject(): a copy of the project elsewhere, changed by a test
 *   and built there, so the real configuration is built exactly as it is (no switch for
 *   tests in it) and the checkout, and any server watching it, is never touched.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { listFiles } from '../../src/build/site-files.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The public address the tests build with, on purpose, so a CI build passes the placeholder guard. */
export const SITE_URL = 'https://kz-esim.example.org';
/** Everything a build reads from the checkout (node_modules by way of the lock file). */
const INPUTS = ['astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'content', 'public'];
/** Outside dist/, so no test or host ever sees it as part of the site. */
const STAMP = join(ROOT, 'node_modules', '.cache', 'guide-tests', 'dist-inputs');

function fingerprint(): string {
  const hash = createHash('sha256').update(SITE_URL);
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((file) => join(input, file)) : [input];
    for (const file of files) {
      const { size, mtimeMs } = statSync(join(ROOT, file));
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * A real build: the public address is set on purpose, so CI=true does not stop it, and
 * NODE_ENV is production as in `npm run build`: Vitest sets it to "test", under which Vite
 * builds with import.meta.env.DEV true (the search dialog then carries its dev-server note).
 */
const BUILD_ENV = { ...process.env, SITE_URL, NODE_ENV: 'production', NO_COLOR: '1' };

/** Builds dist/ unless the last build this made is of the same inputs and still there. */
export function buildSite(): void {
  const inputs = fingerprint();
  const built = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs;
  if (built && existsSync(join(ROOT, 'dist', 'index.html'))) return;
  const started = performance.now();
  try {
    execFileSync(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      env: BUILD_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`The site does not build:\n${String(stdout)}${String(stderr)}`);
  }
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, inputs);
  console.log(`[build-site] built dist/ in ${Math.round((performance.now() - started) / 1000)} s`);
}

/** Copies what a build reads into `root`, with node_modules linked, not copied. */
export function copyProject(root: string): void {
  for (const input of INPUTS) cpSync(join(ROOT, input), join(root, input), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
}

/** Builds a copy of the project (`astro build` and `args`), and says what the build said. */
export async function buildProject(root: string, args: string[] = []): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [ASTRO, 'build', ...args], {
      cwd: root,
      env: BUILD_ENV,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${stdout}${stderr}` || message };
  }
}

/** Vitest's globalSetup entry. */
export default function setup(): void {
  buildSite();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildSite();

/**
 * Builds the site unless dist/ is newer than every source file. Run after the full suite
 * (which has just built it), the smoke suite then costs no second build; run alone after
 * an edit, it still tests what the edit made.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = join(ROOT, 'dist', 'index.html');
const SOURCES = ['src', 'content', 'public', 'astro.config.ts', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(path, file)).mtimeMs),
  );
}

const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
if (SOURCES.some((source) => newest(join(ROOT, source)) > built)) {
  console.log('[engines] dist/ is missing or older than the sources: building');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

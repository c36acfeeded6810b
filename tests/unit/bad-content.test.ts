import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT } from '../fixtures/bad-content';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILDER = fileURLToPath(new URL('../fixtures/build-fixture.ts', import.meta.url));
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'guide-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What a fixture needs of the project: the real config, code and content (node_modules linked). */
const PROJECT_FILES = ['astro.config.ts', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

/** Astro colours its messages even when piped; the assertions read plain text. */
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Copies the project with one content file changed, builds it there, and says what happened. */
async function buildFixture(name: string, file: string, change: (text: string) => string) {
  const root = join(scratch, name.replace(/\W+/g, '-'));
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const target = join(root, 'content', file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  // A fixture is a real build: SITE_URL is set on purpose, as the test command does.
  const env = { ...process.env, NO_COLOR: '1', SITE_URL: 'https://guide.example' };
  try {
    const { stdout, stderr } = await run(process.execPath, [BUILDER, root], {
      cwd: root,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { ok: true, output: plain(stdout + stderr), dist: join(root, 'dist') };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: plain(stdout + stderr), dist: join(root, 'dist') };
  }
}

// Each build takes several seconds, more on a busy machine: generous timeouts, measured at ~10 s idle.
const BUILD_TIMEOUT = 180_000;

describe('the build refuses bad content and says which file and what to fix', () => {
  it(
    'builds the unchanged content (so the failures below are the mistakes)',
    async () => {
      const { ok, output } = await buildFixture('control', 'cases.mdx', (text) => text);
      expect(ok, output).toBe(true);
    },
    BUILD_TIMEOUT,
  );

  for (const bad of BAD_CONTENT) {
    it(
      `fails on ${bad.name}`,
      async () => {
        const { ok, output, dist } = await buildFixture(bad.name, bad.file, bad.change);
        expect(ok, 'the build should have failed').toBe(false);
        for (const pattern of bad.expected) expect(output).toMatch(pattern);
        // Nothing half-built that could be published without its headers, worker or index.
        expect(existsSync(dist), 'a failed build leaves no dist/').toBe(false);
      },
      BUILD_TIMEOUT,
    );
  }
});

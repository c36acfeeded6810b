import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT } from '../fixtures/bad-content';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'guide-bad-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Astro colours its messages even when piped; the assertions read plain text. */
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Builds a copy of content/ with one file changed; returns whether it built and what it said. */
async function buildWith(name: string, file: string, change: (text: string) => string) {
  const dir = join(scratch, name.replace(/\W+/g, '-'));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));
  const env = {
    ...process.env,
    GUIDE_CONTENT_DIR: content,
    GUIDE_OUT_DIR: join(dir, 'dist'),
    GUIDE_CACHE_DIR: join(dir, 'cache'),
    NO_COLOR: '1',
  };
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'build'], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
    return { ok: true, output: plain(stdout + stderr) };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: plain(stdout + stderr) };
  }
}

describe('the build refuses bad content and says which file and what to fix', () => {
  it('builds the unchanged content (so the failures below are the mistakes)', async () => {
    const { ok, output } = await buildWith('control', 'cases.mdx', (text) => text);
    expect(ok, output).toBe(true);
  }, 120_000);

  for (const bad of BAD_CONTENT) {
    it(`fails on ${bad.name}`, async () => {
      const { ok, output } = await buildWith(bad.name, bad.file, bad.change);
      expect(ok, 'the build should have failed').toBe(false);
      for (const pattern of bad.expected) expect(output).toMatch(pattern);
    }, 120_000);
  }
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT } from '../fixtures/bad-content';
import { buildProject, copyProject } from '../setup/build-site';

const scratch = mkdtempSync(join(tmpdir(), 'guide-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Astro colours its messages even when piped; the assertions read plain text. */
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

// Each build takes several seconds, more on a busy machine: generous timeouts, measured at ~10 s idle.
const BUILD_TIMEOUT = 300_000;

// The unchanged content builds: that is the real build every test run makes first
// (tests/setup/build-site.ts), so the failures below are the mistakes. The builds run side
// by side: each waits on its own files and child process most of the time.
describe.concurrent('the build refuses bad content and says which file and what to fix', () => {
  for (const bad of BAD_CONTENT) {
    it(
      `fails on ${bad.name}`,
      async () => {
        const root = join(scratch, bad.name.replace(/\W+/g, '-'));
        copyProject(root);
        for (const { file, change } of bad.changes) {
          const target = join(root, 'content', file);
          writeFileSync(target, change(readFileSync(target, 'utf8')));
        }
        const { ok, output } = await buildProject(root);
        expect(ok, 'the build should have failed').toBe(false);
        for (const pattern of bad.expected) expect(plain(output)).toMatch(pattern);
        // Nothing half-built that could be published without its headers, worker or index.
        expect(existsSync(join(root, 'dist')), 'a failed build leaves no dist/').toBe(false);
      },
      BUILD_TIMEOUT,
    );
  }
});

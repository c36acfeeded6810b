import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const INTEGRATION = pathToFileURL(join(import.meta.dirname, 'no-partial-dist.ts')).href;
const scratch = mkdtempSync(join(tmpdir(), 'guide-no-partial-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A build process, as far as this integration sees it: Astro calls its hooks, then some
 * step throws (the process ends with an error) or every step finishes. Returns whether the
 * output folder, already holding pages, is still there once the process has ended.
 */
function buildEnding(name: string, ending: 'a step fails' | 'every step finishes'): boolean {
  const outDir = join(scratch, name, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>page</title>');
  const script = `
    const { default: noPartialDist } = await import(${JSON.stringify(INTEGRATION)});
    const { hooks } = noPartialDist();
    const logger = { info() {} };
    hooks['astro:config:setup']({ command: 'build', config: { outDir: new URL(${JSON.stringify(pathToFileURL(outDir + '/').href)}) } });
    if (${JSON.stringify(ending)} === 'a step fails') throw new Error('the link check failed');
    hooks['astro:build:done']({ logger });
  `;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
  } catch {
    // The failed build: its exit code is not what is tested, the folder it leaves is.
  }
  return existsSync(outDir);
}

describe('a failed build leaves no dist/', () => {
  it('removes the output folder when the build stops before its last step', () => {
    expect(buildEnding('failed', 'a step fails')).toBe(false);
  });
  it('keeps it when every step has finished', () => {
    expect(buildEnding('complete', 'every step finishes')).toBe(true);
  });
});

import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BENCH = 'tests/bench';

/*
 * `npm run bench` runs on Node's own TypeScript, not through Vite, so an import without its
 * .ts extension (fine for Astro) breaks it; npm test never runs the bench itself (it takes
 * minutes), so this loads every bench module the way the bench does. bench.ts is left out:
 * importing it starts the bench. Its imports are all modules in this folder.
 */
const modules = readdirSync(`${ROOT}${BENCH}`).filter((f) => f.endsWith('.ts') && f !== 'bench.ts');

describe('the bench loads on Node', () => {
  it.each(modules)('%s and everything it imports', async (file) => {
    const load = `await import(${JSON.stringify(`./${BENCH}/${file}`)})`;
    const run = promisify(execFile)(process.execPath, ['--input-type=module', '-e', load], { cwd: ROOT });
    await expect(run).resolves.toBeDefined();
  });
});

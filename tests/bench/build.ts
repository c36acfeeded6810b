import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** How long the production build took, split into Astro and Pagefind. */
export interface BuildTimes {
  totalMs: number;
  astroMs: number;
  pagefindMs: number;
  pagesIndexed: number;
}

/** The line src/build/pagefind.ts logs once the index is written. */
const PAGEFIND_LINE = /\[guide:pagefind\] Indexed (\d+) pages? for search in (\d+) ms/;

/** Drops colour codes, which Astro's logger and Vite's warnings may still print. */
function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Runs a command, returning everything it printed; rejects with that output on failure. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stripAnsi(output));
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stripAnsi(output).slice(-4000)}`));
    });
  });
}

/**
 * Runs `astro build` (which also builds the Pagefind index, see src/build/pagefind.ts)
 * and times it. Astro's own bin runs on this same Node, so npx's start-up is not timed.
 * The Pagefind time is the one the integration logs; Astro's is the rest.
 */
export async function buildSite(root: string, outDir: string): Promise<BuildTimes> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  const output = await run(process.execPath, [astro, 'build', '--outDir', outDir], root);
  const totalMs = Math.round(performance.now() - started);
  const match = PAGEFIND_LINE.exec(output);
  if (!match)
    throw new Error(`The build did not log the Pagefind line (${PAGEFIND_LINE}); output:\n${output.slice(-2000)}`);
  const pagefindMs = Number(match[2]);
  return { totalMs, astroMs: totalMs - pagefindMs, pagefindMs, pagesIndexed: Number(match[1]) };
}

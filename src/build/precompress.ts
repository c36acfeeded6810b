import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isHostFile, listFiles } from './site-files.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Text files worth compressing. Pagefind's index, fragments, meta and wasm are not here:
 * Pagefind gzips them itself (they start with the gzip magic bytes), so a second pass
 * would save nothing.
 */
export const TEXT_EXTENSIONS = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'webmanifest'];

/** Whether a built file (relative, "/"-separated) gets .br and .gz siblings. */
export function shouldPrecompress(file: string): boolean {
  if (isHostFile(file)) return false;
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension !== undefined && TEXT_EXTENSIONS.includes(extension);
}

/** Sizes of one file and its compressed forms; a form that saved nothing is 0 (not written). */
export interface Compressed {
  file: string;
  raw: number;
  br: number;
  gz: number;
}

/**
 * The brotli (quality 11, the slowest and smallest) and gzip (level 9) forms of some bytes.
 * A static site is compressed once, so the host can send the best every time.
 */
export async function compress(data: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: 9 }),
  ]);
  return { br, gz };
}

/**
 * Writes `<file>.br` and `<file>.gz` next to a file, each only if it is smaller than the
 * file itself (a host then sends the plain file, which is what the reader would get anyway).
 */
export async function precompressFile(dir: string, file: string): Promise<Compressed> {
  const path = join(dir, file);
  const data = await readFile(path);
  const { br, gz } = await compress(data);
  const result: Compressed = { file, raw: data.length, br: 0, gz: 0 };
  if (br.length < data.length) {
    await writeFile(`${path}.br`, br);
    result.br = br.length;
  }
  if (gz.length < data.length) {
    await writeFile(`${path}.gz`, gz);
    result.gz = gz.length;
  }
  return result;
}

/** Precompresses every text file of a built site; returns each file's sizes. */
export async function precompressSite(dir: string): Promise<Compressed[]> {
  const files = listFiles(dir).filter(shouldPrecompress).sort();
  const results: Compressed[] = [];
  // A few at a time: brotli 11 is CPU-heavy and the build machine may be busy.
  for (let i = 0; i < files.length; i += 4) {
    results.push(...(await Promise.all(files.slice(i, i + 4).map((file) => precompressFile(dir, file)))));
  }
  return results;
}

/** Bytes a reader saves, summed: what would travel plain, as br, and as gzip. */
export function savings(results: Compressed[]): { files: number; raw: number; br: number; gz: number } {
  return results.reduce(
    (sum, result) => ({
      files: sum.files + 1,
      raw: sum.raw + result.raw,
      // Where no smaller form was written, the plain file is what travels.
      br: sum.br + (result.br || result.raw),
      gz: sum.gz + (result.gz || result.raw),
    }),
    { files: 0, raw: 0, br: 0, gz: 0 },
  );
}

/**
 * Writes .br and .gz next to every text file once the build is otherwise complete: it must
 * be the last integration, so that the service worker and host files exist by then.
 */
export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'guide:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const total = savings(await precompressSite(fileURLToPath(dir)));
        const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
        logger.info(
          `Precompressed ${total.files} files: ${kib(total.raw)} → ${kib(total.br)} brotli, ${kib(total.gz)} gzip.`,
        );
      },
    },
  };
}

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../../src/build/site-files.ts';

/** A size as stored on disk and as it would travel gzipped. */
export interface Bytes {
  raw: number;
  gzip: number;
}

export const NO_BYTES: Bytes = { raw: 0, gzip: 0 };

/**
 * Raw and gzip size of some bytes. Gzip level 9 stands in for what a host sends: the
 * site is static, so a host can compress it once, as hard as it likes.
 */
export function bytesOf(data: Buffer | string): Bytes {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/** The sum of two sizes. */
export function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const fileCache = new Map<string, Bytes>();

/** Raw and gzip size of a file, computed once per file (many pages share files). */
export async function fileBytes(path: string): Promise<Bytes> {
  let bytes = fileCache.get(path);
  if (!bytes) {
    bytes = bytesOf(await readFile(path));
    fileCache.set(path, bytes);
  }
  return bytes;
}

/** Which part of the Pagefind bundle a file is, so the index size can be read at a glance. */
function pagefindPart(file: string): string {
  if (file.startsWith('wasm.')) return 'wasm';
  if (file === 'pagefind-component-ui.js') return 'componentUiJs';
  if (file === 'pagefind-component-ui.css') return 'componentUiCss';
  if (file.startsWith('index/') || file.endsWith('.pf_meta') || file === 'pagefind-entry.json') return 'index';
  if (file.startsWith('fragment/')) return 'fragments';
  if (['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js'].includes(file)) return 'runtimeJs';
  // pagefind-ui.* and pagefind-modular-ui.*: Pagefind always writes them, this site loads neither.
  return 'otherUnused';
}

/** The Pagefind bundle in dist/pagefind/: total size and its parts, with file counts. */
export async function pagefindSize(
  dist: string,
): Promise<{ total: Bytes; files: number; parts: Record<string, Bytes & { files: number }> }> {
  const dir = join(dist, 'pagefind');
  // The build's .br/.gz copies are other forms of the same files, not more of the bundle.
  const files = listFiles(dir).filter((file) => !/\.(br|gz)$/.test(file));
  const parts: Record<string, Bytes & { files: number }> = {};
  let total = NO_BYTES;
  for (const file of files) {
    const bytes = await fileBytes(join(dir, file));
    const part = pagefindPart(file);
    const before = parts[part] ?? { raw: 0, gzip: 0, files: 0 };
    parts[part] = { ...addBytes(before, bytes), files: before.files + 1 };
    total = addBytes(total, bytes);
  }
  return { total, files: files.length, parts };
}

/** Bytes of the text files the build precompressed, as stored and as its .br and .gz copies. */
export interface Precompressed {
  files: number;
  raw: number;
  br: number;
  gz: number;
}

async function sizeOf(path: string): Promise<number | undefined> {
  return (await stat(path).catch(() => undefined))?.size;
}

/**
 * What src/build/precompress.ts saves, by file type and in total: every file that has a
 * .br or .gz sibling, with the plain size standing in where a form was not written
 * (it was not smaller, so the host sends the plain file).
 */
export async function precompressedSizes(
  dist: string,
): Promise<{ total: Precompressed; byType: Record<string, Precompressed> }> {
  const files = listFiles(dist);
  const present = new Set(files);
  const byType: Record<string, Precompressed> = {};
  const total: Precompressed = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of files) {
    if (/\.(br|gz)$/.test(file) || !(present.has(`${file}.br`) || present.has(`${file}.gz`))) continue;
    const raw = (await sizeOf(join(dist, file))) ?? 0;
    const br = (await sizeOf(join(dist, `${file}.br`))) ?? raw;
    const gz = (await sizeOf(join(dist, `${file}.gz`))) ?? raw;
    const type = /\.([a-z0-9]+)$/i.exec(file)?.[1] ?? 'other';
    const entry = (byType[type] ??= { files: 0, raw: 0, br: 0, gz: 0 });
    for (const sum of [entry, total]) {
      sum.files += 1;
      sum.raw += raw;
      sum.br += br;
      sum.gz += gz;
    }
  }
  return { total, byType };
}

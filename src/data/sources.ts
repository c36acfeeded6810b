import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

/**
 * Every public source the guide may cite, by key: content/sources.yaml (from FACTS.md, whose
 * header explains the fields). Read and checked here, synchronously, because the citations
 * plugin numbers <Source> at compile time; a malformed entry fails the build naming the
 * file, the key and the field.
 */
export const SOURCES_FILE = 'content/sources.yaml';

/** How far FACTS.md trusts the fact a source supports, most first. */
export const CONFIDENCES = ['high', 'medium-high', 'medium'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-11-25' });

const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().trim().min(2),
  publisher: z.string().trim().min(2),
  kind: z.enum(['government', 'operator', 'seller', 'news', 'help']),
  confidence: z.enum(CONFIDENCES),
  opened: day,
  published: day.optional(),
  about: z.string().trim().min(2),
});

export type Source = z.output<typeof sourceSchema>;

/** A key of content/sources.yaml: content and plans that name one are checked when the site builds. */
export type SourceKey = string;

/** Keys are short ASCII words (`kcell-documents`): content cites them by hand. */
const registrySchema = z.record(z.string().regex(/^[a-z0-9-]+$/), sourceSchema);

/** The registry in `yaml`, or an error naming `file`, and each wrong entry's key and field. */
export function parseSources(yaml: string, file = SOURCES_FILE): Record<SourceKey, Source> {
  const result = registrySchema.safeParse(parse(yaml));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const [key, field = 'keys' in issue ? issue.keys.join(', ') : undefined] = issue.path.map(String);
    const where = [key && `source "${key}"`, field && `field "${field}"`].filter(Boolean).join(', ');
    return `${file}: ${where ? `${where}: ` : ''}${issue.message}`;
  });
  throw new Error(problems.join('\n'));
}

// Read from the project root (every command runs there), not through a bundler import: the
// build, Vitest and Playwright's own loader (which knows no `?raw`) all import this module.
export const SOURCES = parseSources(readFileSync(resolve(SOURCES_FILE), 'utf8'));

/** The registered source for a key, or undefined when the key is unknown. */
export function findSource(key: string): Source | undefined {
  return Object.hasOwn(SOURCES, key) ? SOURCES[key] : undefined;
}

/** What the build says of a key that is not in the registry; `cited` is how it was written. */
export const unknownSource = (cited: string) =>
  `${cited} is not a known source key; add it to ${SOURCES_FILE} (from FACTS.md) or fix the key.`;

/** A key's source, for keys that content checks have already accepted. */
export function sourceOf(key: string): Source {
  const source = findSource(key);
  if (!source) throw new Error(unknownSource(`"${key}"`));
  return source;
}

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/schema';

/**
 * The guide lives in the top-level content/ folder, one MDX file per page; files
 * starting with "_" are drafts. GUIDE_CONTENT_DIR lets the tests build fixture content.
 */
const guide = defineCollection({
  loader: glob({
    base: process.env['GUIDE_CONTENT_DIR'] ?? './content',
    pattern: '**/[^_]*.{md,mdx}',
  }),
  schema: guideSchema,
});

export const collections = { guide };

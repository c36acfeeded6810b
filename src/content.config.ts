import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema, stepSchema } from './lib/schema';

/*
 * The guide lives in the top-level content/ folder (paths are relative to the project
 * root), one MDX file per page; files starting with "_" are drafts. One collection per
 * kind of page, each with its own schema.
 */

/** The six steps: content/steps/*.mdx, each with a unique `step` from 1 to 6. */
const steps = defineCollection({
  loader: glob({ base: './content/steps', pattern: '[^_]*.{md,mdx}' }),
  schema: stepSchema,
});

/** Every other guide page: content/*.mdx (index.mdx is the home page). */
const pages = defineCollection({
  loader: glob({ base: './content', pattern: '[^_]*.{md,mdx}' }),
  schema: pageSchema,
});

export const collections = { steps, pages };

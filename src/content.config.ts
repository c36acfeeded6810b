import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PLANS_FILE, planSchema, withFileOrder } from './features/situation/plan';
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

/**
 * The situation check's plans: what to do, for whom, and why not for others. The file lists
 * them in the order a reader does them. src/features/situation/plan.ts picks a reader's plan from them.
 */
const plans = defineCollection({
  loader: file(PLANS_FILE, { parser: withFileOrder }),
  schema: planSchema,
});

/**
 * The termination application (/application/): its Russian lines with their Chinese glosses
 * (content/application/letter.yaml, one entry per line, checked by the feature's
 * checkWording()), and the operators it can be addressed to.
 */
const applicationLetter = defineCollection({
  loader: file('./content/application/letter.yaml'),
  schema: z.object({
    ru: z.string({ error: 'is required (the Russian line)' }).trim().min(1),
    zh: z.string({ error: 'is required (the Chinese gloss)' }).trim().min(1),
  }),
});
const applicationOperators = defineCollection({
  loader: file('./content/application/operators.yaml'),
  schema: z.object({
    brand: z.string({ error: 'is required (the name readers know)' }).trim().min(1),
    legal: z.string().trim().min(1).optional(),
  }),
});

export const collections = { steps, pages, plans, applicationLetter, applicationOperators };

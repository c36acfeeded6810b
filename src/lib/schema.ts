import { z } from 'astro/zod';

/** The number of cancellation steps; step pages must use each of 1..STEP_COUNT once. */
export const STEP_COUNT = 6;

/**
 * Frontmatter of every guide page under content/.
 * Field errors name the field (Astro prefixes them with the file), so a bad page fails the
 * build with a message that says what to fix. A page's sources are not listed here: they
 * are derived from the `<Source id>` citations in its text.
 */
export const pageSchema = z.object({
  /** Page heading (h1) and the first part of <title>. */
  title: z
    .string({ error: 'is required (the page heading)' })
    .trim()
    .min(2, { error: 'is required (the page heading)' }),
  /** One or two sentences for search engines and link previews. */
  description: z
    .string({ error: 'is required (used in link previews)' })
    .trim()
    .min(20, { error: 'must be at least 20 characters (used in link previews)' })
    .max(160, { error: 'must be at most 160 characters (link previews cut it off)' }),
  /** The day the page was last checked against its sources (YYYY-MM-DD). */
  lastChecked: z.coerce.date({ error: 'must be a date like 2026-11-25' }),
});

/** Frontmatter of a step page (content/steps/): a page with its place in the six steps. */
export const stepSchema = pageSchema.extend({
  /** Position in the six cancellation steps, each number used once. */
  step: z
    .number({ error: `is required: a whole number from 1 to ${STEP_COUNT}` })
    .int({ error: `must be a whole number from 1 to ${STEP_COUNT}` })
    .min(1, { error: `must be from 1 to ${STEP_COUNT}` })
    .max(STEP_COUNT, { error: `must be from 1 to ${STEP_COUNT}` }),
});

export type PageData = z.infer<typeof pageSchema>;
export type StepData = z.infer<typeof stepSchema>;

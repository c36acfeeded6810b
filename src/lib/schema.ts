import { z } from 'astro/zod';
import { findSource } from '../data/sources';

/** The number of cancellation steps; step pages must use each of 1..STEP_COUNT once. */
export const STEP_COUNT = 6;

/** A source cited by a page: a vetted URL from src/data/sources.ts and the fact it backs. */
export const sourceRefSchema = z.object({
  /** Address of the source, exactly as registered in src/data/sources.ts. */
  url: z.url({ error: 'must be a full https:// URL' }).refine((url) => findSource(url) !== undefined, {
    error: 'is not a known source: add it to src/data/sources.ts (from FACTS.md) first',
  }),
  /** What this source supports on the page, in Chinese, shown to the reader. */
  supports: z.string().trim().min(4, { error: 'must say what the source supports' }),
});

/**
 * Frontmatter of every guide page under content/.
 * Field errors name the field (Astro prefixes them with the file), so a bad page
 * fails the build with a message that says what to fix.
 */
export const guideSchema = z.object({
  /** Page heading (h1) and the first part of <title>. */
  title: z.string().trim().min(2, { error: 'is required (the page heading)' }),
  /** Short label for navigation; defaults to the title. */
  navTitle: z.string().trim().min(2).optional(),
  /** One or two sentences for search engines and link previews. */
  description: z
    .string()
    .trim()
    .min(20, { error: 'must be at least 20 characters (used in link previews)' })
    .max(160, { error: 'must be at most 160 characters (link previews cut it off)' }),
  /** Position in the six cancellation steps; only pages under content/steps/ have it. */
  step: z
    .number({ error: 'must be a whole number from 1 to 6' })
    .int({ error: 'must be a whole number from 1 to 6' })
    .min(1, { error: 'must be from 1 to 6' })
    .max(STEP_COUNT, { error: `must be from 1 to ${STEP_COUNT}` })
    .optional(),
  /** The day the page was last checked against its sources (YYYY-MM-DD). */
  lastChecked: z.coerce.date({ error: 'must be a date like 2026-11-25' }),
  /** Every source behind a concrete fact on the page. */
  sources: z.array(sourceRefSchema).default([]),
});

export type GuideData = z.infer<typeof guideSchema>;

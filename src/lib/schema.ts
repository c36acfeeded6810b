import { z } from 'astro/zod';

/** The number of cancellation steps; step pages must use each of 1..STEP_COUNT once. */
export const STEP_COUNT = 6;

/** "is required" only when the field is absent; a value of the wrong kind gets `wrongType`. */
const missingOr =
  (required: string, wrongType: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? required : wrongType;

/**
 * What Astro hands the schema for a file whose frontmatter it could not find: nothing. The
 * usual cause is a missing closing `---` (the whole file is then read as text), and every
 * field reported as "required" would send the author looking at fields that are there.
 */
const NO_FRONTMATTER =
  'no frontmatter found: the file must start with a line ---, then the fields (title, description, lastChecked…), then a closing line --- (is the closing line missing?)';

function frontmatter<T extends z.ZodType>(fields: T) {
  return z.preprocess((data, context) => {
    if (data && typeof data === 'object' && Object.keys(data).length === 0) {
      context.addIssue({ code: 'custom', message: NO_FRONTMATTER, fatal: true });
      return z.NEVER;
    }
    return data;
  }, fields);
}

/**
 * Frontmatter of every guide page under content/.
 * Field errors name the field (Astro prefixes them with the file), so a bad page fails the
 * build with a message that says what to fix. A page's sources are not listed here: they
 * are derived from the `<Source id>` citations in its text.
 */
const pageFields = z.object({
  /** Page heading (h1) and the first part of <title>. */
  title: z
    .string({ error: missingOr('is required (the page heading)', 'must be text (the page heading)') })
    .trim()
    .min(2, { error: 'is required (the page heading)' }),
  /** One or two sentences for search engines and link previews. */
  description: z
    .string({ error: missingOr('is required (used in link previews)', 'must be text (used in link previews)') })
    .trim()
    .min(20, { error: 'must be at least 20 characters (used in link previews)' })
    .max(160, { error: 'must be at most 160 characters (link previews cut it off)' }),
  /** The day the page was last checked against its sources (YYYY-MM-DD). */
  lastChecked: z.coerce.date({ error: 'must be a date like 2026-11-25' }),
});

/** Frontmatter of a step page (content/steps/): a page with its place in the six steps. */
const stepFields = pageFields.extend({
  /** Position in the six cancellation steps, each number used once (`step: 2`, not `"2"`). */
  step: z
    .number({
      error: missingOr(
        `is required: a whole number from 1 to ${STEP_COUNT}`,
        `must be a whole number from 1 to ${STEP_COUNT}`,
      ),
    })
    .int({ error: `must be a whole number from 1 to ${STEP_COUNT}` })
    .min(1, { error: `must be from 1 to ${STEP_COUNT}` })
    .max(STEP_COUNT, { error: `must be from 1 to ${STEP_COUNT}` }),
});

export const pageSchema = frontmatter(pageFields);
export const stepSchema = frontmatter(stepFields);

export type PageData = z.infer<typeof pageSchema>;
export type StepData = z.infer<typeof stepSchema>;

import { z } from 'astro/zod';
import { findSource, unknownSource } from '../../data/sources';
import { QUESTIONS, isComplete, type Answers } from './questions';

/**
 * The personal plans of the situation check. What each thing to do says, the facts in it and
 * their sources are content (content/situation-plans.json, in the order a reader does them);
 * this file only decides which of them a set of answers gets, and validates the data.
 */

/** Which readers an entry is for: the answers it needs, such as `{ "where": "left", "phone": "lost" }`. */
const answersSchema = z.strictObject(
  Object.fromEntries(QUESTIONS.map((question) => [question.id, z.enum(question.options).optional()])),
) as unknown as z.ZodType<Answers>;

/** A key of content/sources.yaml; Astro names the file, the entry and the field of a wrong one. */
const sourceKey = z.string().refine((key) => findSource(key) !== undefined, {
  error: (issue) => unknownSource(`"${String(issue.input)}"`),
});

/** One entry of content/situation-plans.json. */
export const planSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a short ASCII id like "abroad-ask"' }),
    title: z.string().trim().min(2, { error: 'is required (the line a plan shows)' }),
    text: z.string().trim().default(''),
    /** Sections that explain it; a label is only needed when the section's heading does not say it. */
    links: z
      .array(
        z.object({
          href: z.string().startsWith('/', { error: 'must be a path like /steps/sign-in/#abroad' }),
          label: z.string().optional(),
        }),
      )
      .default([]),
    sources: z.array(sourceKey).default([]),
    /** The readers it is a step for; an entry without it is only ever a reason, in `notFor`. */
    for: answersSchema.optional(),
    /** Readers who would look for it, and why it is not in their plan. */
    notFor: z.array(z.object({ when: answersSchema, reason: z.string().trim().min(2) })).default([]),
    /** Its place in the file (`withFileOrder` adds it). */
    order: z.number().int(),
    /** The day the entry was last checked against FACTS.md. */
    lastChecked: z.coerce.date({ error: 'must be a date like 2026-11-25' }),
  })
  .refine((entry) => entry.for || entry.notFor.length > 0, {
    error: 'needs "for" (whom it is a step for) or "notFor" (whom to tell why not)',
  });

export type PlanEntry = z.output<typeof planSchema>;
export type PlanLink = PlanEntry['links'][number];
export type PlanItem = Pick<PlanEntry, 'id' | 'title' | 'text' | 'links' | 'sources'>;

export interface SkippedItem {
  id: string;
  title: string;
  reason: string;
}

export interface Plan {
  /** What to do, in order. */
  steps: PlanItem[];
  /** What the guide asks of other readers, and why not of this one. */
  skipped: SkippedItem[];
}

/** Where the plans live, relative to the project root. */
export const PLANS_FILE = 'content/situation-plans.json';

/**
 * The file's entries, each with its place in it: the order a reader does them. The content
 * loader uses it as its parser, because the store does not keep the file's order.
 */
export const withFileOrder = (text: string): Record<string, unknown>[] =>
  (JSON.parse(text) as Record<string, unknown>[]).map((entry, order) => ({ ...entry, order }));

/** Whether the answers include every answer `when` names. */
const matches = (answers: Answers, when: Answers) =>
  Object.entries(when).every(([question, option]) => answers[question as keyof Answers] === option);

/** The plan for a complete set of answers; undefined while a question is still open. */
export function planFor(entries: readonly PlanEntry[], answers: Answers): Plan | undefined {
  if (!isComplete(answers)) return undefined;
  const applies = (entry: PlanEntry) => entry.for !== undefined && matches(answers, entry.for);
  return {
    steps: entries.filter(applies).map(({ id, title, text, links, sources }) => ({ id, title, text, links, sources })),
    skipped: entries
      .filter((entry) => !applies(entry))
      .flatMap(({ id, title, notFor }) => {
        const why = notFor.find(({ when }) => matches(answers, when));
        return why ? [{ id, title, reason: why.reason }] : [];
      }),
  };
}

/** Every section any plan links to, for checks that each one exists. */
export function allPlanLinks(entries: readonly PlanEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => entry.links.map((link) => link.href)))];
}

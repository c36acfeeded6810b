import { STEP_COUNT } from '../lib/schema';

/** The part of a step entry that ordering needs. */
export interface StepLike {
  id: string;
  filePath?: string | undefined;
  data: { step: number };
}

/** One row of the step-by-step navigation. */
export interface StepNavItem {
  number: number;
  label: string;
  href: string;
  current: boolean;
}

const where = (entry: StepLike) => entry.filePath ?? `content/steps/${entry.id}.mdx`;

/**
 * Sorts the step pages by `step`. Throws, naming the file, when two pages share a number
 * or a number from 1 to 6 is missing: the navigation and "第 N 步，共 6 步" would be wrong.
 */
export function orderSteps<T extends StepLike>(entries: readonly T[]): T[] {
  const byNumber = new Map<number, T>();
  for (const entry of entries) {
    const other = byNumber.get(entry.data.step);
    if (other) {
      throw new Error(
        `${where(entry)}: frontmatter field "step" is ${entry.data.step}, which ${where(other)} already uses; each step needs a unique number from 1 to ${STEP_COUNT}.`,
      );
    }
    byNumber.set(entry.data.step, entry);
  }
  const missing = Array.from({ length: STEP_COUNT }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
  if (missing.length > 0) {
    throw new Error(
      `content/steps/: no page has frontmatter "step" ${missing.join(', ')}; the guide needs steps 1 to ${STEP_COUNT}.`,
    );
  }
  return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
}

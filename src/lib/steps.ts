import { STEP_COUNT } from './schema';

/** The part of a content entry that step ordering needs. */
export interface StepLike {
  id: string;
  filePath?: string | undefined;
  data: { step?: number | undefined };
}

const STEP_FOLDER = 'steps/';

function where(entry: StepLike): string {
  return entry.filePath ?? `content/${entry.id}`;
}

/**
 * Picks the step pages out of all guide entries and sorts them by `step`.
 * Throws, naming the file, when a page in content/steps/ has no step number, a page
 * elsewhere has one, two pages share a number, or a number from 1 to 6 is missing:
 * the step navigation and "第 N 步，共 6 步" would be wrong otherwise.
 */
export function orderSteps<T extends StepLike>(entries: readonly T[]): T[] {
  const byNumber = new Map<number, T>();
  for (const entry of entries) {
    const inStepFolder = entry.id.startsWith(STEP_FOLDER);
    const { step } = entry.data;
    if (inStepFolder && step === undefined) {
      throw new Error(
        `${where(entry)}: frontmatter field "step" is required for pages in content/steps/ (a number from 1 to ${STEP_COUNT}).`,
      );
    }
    if (!inStepFolder && step !== undefined) {
      throw new Error(
        `${where(entry)}: frontmatter field "step" is only allowed for pages in content/steps/; remove it or move the file.`,
      );
    }
    if (step === undefined) continue;
    const other = byNumber.get(step);
    if (other) {
      throw new Error(
        `${where(entry)}: frontmatter field "step" is ${step}, which ${where(other)} already uses; each step needs a unique number from 1 to ${STEP_COUNT}.`,
      );
    }
    byNumber.set(step, entry);
  }
  const missing = Array.from({ length: STEP_COUNT }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
  if (missing.length > 0) {
    throw new Error(
      `content/steps/: no page has frontmatter "step" ${missing.join(', ')}; the guide needs steps 1 to ${STEP_COUNT}.`,
    );
  }
  return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
}

/** The steps before and after a step, for the previous/next links. */
export function stepNeighbours<T extends StepLike>(
  steps: readonly T[],
  current: T,
): { prev: T | undefined; next: T | undefined } {
  const index = steps.findIndex((step) => step.id === current.id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: steps[index - 1], next: steps[index + 1] };
}

/** One row of the step-by-step navigation. */
export interface StepNavItem {
  number: number;
  label: string;
  href: string;
  current: boolean;
}

/** The rows of the step-by-step navigation, in order, with the current step marked. */
export function stepNavItems(
  steps: readonly (StepLike & { data: { title: string; navTitle?: string | undefined } })[],
  currentId: string | undefined,
  toPath: (id: string) => string,
): StepNavItem[] {
  return steps.map((entry, index) => ({
    number: entry.data.step ?? index + 1,
    label: entry.data.navTitle ?? entry.data.title,
    href: toPath(entry.id),
    current: entry.id === currentId,
  }));
}

/** Where the "steps done" checklist is kept in the browser. */
export const PROGRESS_STORAGE_KEY = 'steps-done';

/** The step numbers stored as done; anything malformed counts as nothing done. */
export function parseProgress(raw: string | null | undefined, total: number): Set<number> {
  if (!raw) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return new Set();
    return new Set(value.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= total));
  } catch {
    return new Set();
  }
}

/** The stored form of a set of done steps, sorted so it is stable. */
export function serializeProgress(done: ReadonlySet<number>): string {
  return JSON.stringify([...done].sort((a, b) => a - b));
}

/** The set with `step` marked done or not done. */
export function withStep(done: ReadonlySet<number>, step: number, isDone: boolean): Set<number> {
  const next = new Set(done);
  if (isDone) next.add(step);
  else next.delete(step);
  return next;
}

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

/** The part of the Web Storage API the store uses (localStorage in the browser). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The events the store listens to (a window in the browser). */
export type ProgressEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** What a change left behind: the ticks now, and whether they are kept beyond this page. */
export interface ProgressChange {
  done: Set<number>;
  saved: boolean;
}

/**
 * The reader's ticks, kept in storage shared by every tab of the site. Storage is the
 * truth: every read goes to it, and every change reads it first and changes only the one
 * step (or clears), so a tick made in another tab, or on another page while this one sat
 * in the back/forward cache, is never overwritten by a stale copy in memory.
 *
 * When storage cannot be used at all (blocked by the browser, or full), the ticks live in
 * memory for this page, and every change says `saved: false` so the page can tell the reader.
 */
export class ProgressStore {
  /** The ticks when storage fails: only this page knows them. */
  #unsaved: Set<number> | undefined;

  /**
   * @param total the number of steps (stored numbers outside 1..total are ignored)
   * @param storage returns the storage; may throw (a browser that blocks site data throws
   *   on merely reading `localStorage`), which counts as storage that cannot be used
   */
  constructor(
    readonly total: number,
    private readonly storage: () => ProgressStorage,
  ) {}

  /** False once storage has failed on this page: the ticks shown are not kept. */
  get saved(): boolean {
    return this.#unsaved === undefined;
  }

  /** The ticks as stored now. */
  read(): Set<number> {
    if (this.#unsaved) return new Set(this.#unsaved);
    try {
      return parseProgress(this.storage().getItem(PROGRESS_STORAGE_KEY), this.total);
    } catch {
      this.#unsaved = new Set();
      return new Set();
    }
  }

  /** Marks one step done or not done, keeping every other step as stored now. */
  set(step: number, isDone: boolean): ProgressChange {
    return this.#write(withStep(this.read(), step, isDone));
  }

  /** Clears every tick. */
  clear(): ProgressChange {
    return this.#write(new Set());
  }

  #write(done: Set<number>): ProgressChange {
    if (!this.#unsaved) {
      try {
        const storage = this.storage();
        if (done.size === 0) storage.removeItem(PROGRESS_STORAGE_KEY);
        else storage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(done));
        return { done, saved: true };
      } catch {
        // Full or blocked: from now on this page keeps its ticks itself, and says so.
      }
    }
    this.#unsaved = new Set(done);
    return { done, saved: false };
  }

  /**
   * Calls `listener` with the stored ticks whenever they may have changed without this
   * page: another tab wrote them (`storage`), or the page came back from the back/forward
   * cache, where it missed those events (`pageshow`, persisted). Returns the unsubscribe.
   */
  subscribe(events: ProgressEvents, listener: (done: Set<number>) => void): () => void {
    const onStorage = (event: Event) => {
      const key = (event as StorageEvent).key;
      // key null: the whole storage was cleared.
      if (key === PROGRESS_STORAGE_KEY || key === null) listener(this.read());
    };
    const onPageShow = (event: Event) => {
      if ((event as PageTransitionEvent).persisted) listener(this.read());
    };
    events.addEventListener('storage', onStorage);
    events.addEventListener('pageshow', onPageShow);
    return () => {
      events.removeEventListener('storage', onStorage);
      events.removeEventListener('pageshow', onPageShow);
    };
  }
}

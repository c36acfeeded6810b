import { describe, expect, it } from 'vitest';
import {
  PROGRESS_STORAGE_KEY,
  ProgressStore,
  parseProgress,
  serializeProgress,
  withStep,
  type ProgressStorage,
} from './progress-store';

describe('progress store', () => {
  it('reads only valid step numbers and survives junk', () => {
    expect([...parseProgress('[1,3,9,2.5,"2"]', 6)]).toEqual([1, 3]);
    expect(parseProgress('{not json', 6).size).toBe(0);
    expect(parseProgress('{"a":1}', 6).size).toBe(0);
    expect(parseProgress(null, 6).size).toBe(0);
  });
  it('marks and unmarks a step and stores it sorted', () => {
    const done = withStep(withStep(new Set([4]), 2, true), 4, false);
    expect(serializeProgress(withStep(done, 1, true))).toBe('[1,2]');
  });
});

/** One origin's localStorage, shared by the "tabs" (stores) made on it. */
function memoryStorage(): ProgressStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('ProgressStore', () => {
  it('keeps both ticks when two tabs each tick a step (no tab overwrites the other)', () => {
    const storage = memoryStorage();
    const tabB = new ProgressStore(6, () => storage);
    expect([...tabB.read()]).toEqual([]); // B opened first, with nothing ticked
    const tabA = new ProgressStore(6, () => storage);
    tabA.set(1, true);
    expect(tabB.set(2, true)).toEqual({ done: new Set([1, 2]), saved: true });
    expect(storage.items.get(PROGRESS_STORAGE_KEY)).toBe('[1,2]');
    // Unticking in A removes only that step.
    tabA.set(1, false);
    expect(storage.items.get(PROGRESS_STORAGE_KEY)).toBe('[2]');
    tabB.clear();
    expect(storage.items.has(PROGRESS_STORAGE_KEY)).toBe(false);
  });

  it('tells its page when another tab changed the ticks, or when it is shown again from the back/forward cache', () => {
    const storage = memoryStorage();
    const events = new EventTarget();
    const store = new ProgressStore(6, () => storage);
    const heard: number[][] = [];
    const stop = store.subscribe(events, (done) => heard.push([...done]));
    storage.items.set(PROGRESS_STORAGE_KEY, '[3]');
    events.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_STORAGE_KEY }));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'theme' }));
    storage.items.set(PROGRESS_STORAGE_KEY, '[3,4]');
    events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    stop();
    events.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_STORAGE_KEY }));
    expect(heard).toEqual([[3], [3, 4]]);
  });

  it('says the ticks are not saved when storage is full, and keeps them for this page', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = new ProgressStore(6, () => storage);
    expect(store.saved).toBe(true);
    expect(store.set(2, true)).toEqual({ done: new Set([2]), saved: false });
    expect(store.set(3, true)).toEqual({ done: new Set([2, 3]), saved: false });
    expect([...store.read()]).toEqual([2, 3]);
    expect(store.saved).toBe(false);
  });

  it('says the ticks are not saved when the browser blocks storage altogether', () => {
    const store = new ProgressStore(6, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect([...store.read()]).toEqual([]);
    expect(store.set(1, true)).toEqual({ done: new Set([1]), saved: false });
    expect([...store.read()]).toEqual([1]);
  });
});

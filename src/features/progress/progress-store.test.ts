import { describe, expect, it } from 'vitest';
import { parseProgress, serializeProgress, withStep } from './progress-store';

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

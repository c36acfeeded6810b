import { describe, expect, it } from 'vitest';
import { pageSchema, stepSchema } from '../../src/lib/schema';

const valid = {
  title: '确认 eSIM 是否仍然有效',
  description: '先弄清这张 eSIM 属于哪家运营商或销售商，以及它现在是否还在使用。',
  step: 1,
  lastChecked: '2026-11-25',
};

/** The "field: message" lines Astro prints for a failed entry. */
function problems(data: unknown, schema: typeof pageSchema | typeof stepSchema = stepSchema): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('step frontmatter schema', () => {
  it('accepts a complete step page and turns the date into a Date', () => {
    const result = stepSchema.parse(valid);
    expect(result.lastChecked).toBeInstanceOf(Date);
    expect(result.lastChecked.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });
  it('requires a step number', () => {
    const { step: _, ...rest } = valid;
    expect(problems(rest)).toEqual(['step: is required: a whole number from 1 to 6']);
  });
  it.each([0, 7, 2.5, -1])('rejects step %s as out of range', (step) => {
    expect(problems({ ...valid, step })).toEqual([
      expect.stringMatching(/^step: must be (a whole number )?from 1 to 6$/),
    ]);
  });
  it('rejects a step given as text', () => {
    expect(problems({ ...valid, step: '一' })).toEqual(['step: must be a whole number from 1 to 6']);
  });
});

describe('page frontmatter schema', () => {
  it('rejects a missing title, naming the field', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest, pageSchema)).toEqual([expect.stringMatching(/^title: /)]);
  });
  it('rejects an empty title', () => {
    expect(problems({ ...valid, title: '  ' }, pageSchema)).toEqual(['title: is required (the page heading)']);
  });
  it('rejects a description too short for a link preview', () => {
    expect(problems({ ...valid, description: '太短' }, pageSchema)).toEqual([
      'description: must be at least 20 characters (used in link previews)',
    ]);
  });
  it('rejects a date that is not a date', () => {
    expect(problems({ ...valid, lastChecked: 'last week' }, pageSchema)).toEqual([
      'lastChecked: must be a date like 2026-11-25',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { pageSchema, stepSchema } from './schema';

/** The "field: message" lines Astro prints for a failed entry ("(frontmatter)" for the whole). */
function problems(data: unknown, schema: typeof pageSchema | typeof stepSchema = stepSchema): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}

const valid = {
  title: '确认 eSIM 是否仍然有效',
  description: '先弄清这张 eSIM 属于哪家运营商或销售商，以及它现在是否还在使用。',
  step: 1,
  lastChecked: '2026-11-25',
};

describe('frontmatter messages say what is actually wrong', () => {
  it('a step number written as text must be a whole number, not "required"', () => {
    expect(problems({ ...valid, step: '2' })).toEqual(['step: must be a whole number from 1 to 6']);
  });

  it('a missing step number is required', () => {
    const { step: _, ...rest } = valid;
    expect(problems(rest)).toEqual(['step: is required: a whole number from 1 to 6']);
  });

  it('no frontmatter at all (an unclosed ---) is one message about the ---, not "title is required"', () => {
    for (const schema of [pageSchema, stepSchema]) {
      const found = problems({}, schema);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^\(frontmatter\): .*closing line ---/);
      expect(found[0]).not.toMatch(/required/);
    }
  });

  it('a title that is not text is not "required"', () => {
    expect(problems({ ...valid, title: 2026 }, pageSchema)).toEqual(['title: must be text (the page heading)']);
  });
});

import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/schema';

const valid = {
  title: '确认 eSIM 是否仍然有效',
  description: '先弄清这张 eSIM 属于哪家运营商或销售商，以及它现在是否还在使用。',
  step: 1,
  lastChecked: '2026-11-25',
  sources: [{ url: 'https://activ.kz/en/article/faq', supports: '合同变更须由机主本人书面申请' }],
};

/** The "field: message" lines Astro prints for a failed entry. */
function problems(data: unknown): string[] {
  const result = guideSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guide frontmatter schema', () => {
  it('accepts a complete step page and turns the date into a Date', () => {
    const result = guideSchema.parse(valid);
    expect(result.lastChecked).toBeInstanceOf(Date);
    expect(result.lastChecked.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('rejects a missing title, naming the field', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });

  it('rejects an empty title', () => {
    expect(problems({ ...valid, title: '  ' })).toEqual(['title: is required (the page heading)']);
  });

  it.each([0, 7, 2.5, -1])('rejects step %s as out of range', (step) => {
    expect(problems({ ...valid, step })).toEqual([
      expect.stringMatching(/^step: must be (a whole number )?from 1 to 6$/),
    ]);
  });

  it('rejects a step given as text', () => {
    expect(problems({ ...valid, step: '一' })).toEqual(['step: must be a whole number from 1 to 6']);
  });

  it('rejects a source that is not a URL', () => {
    expect(problems({ ...valid, sources: [{ url: 'activ faq', supports: '合同变更须书面申请' }] })).toContain(
      'sources.0.url: must be a full https:// URL',
    );
  });

  it('rejects a URL that is not a vetted source', () => {
    expect(
      problems({ ...valid, sources: [{ url: 'https://t.me/some-channel', supports: '推广链接不是来源' }] }),
    ).toEqual(['sources.0.url: is not a known source: add it to src/data/sources.ts (from FACTS.md) first']);
  });

  it('rejects a source that does not say what it supports', () => {
    expect(problems({ ...valid, sources: [{ url: valid.sources[0]!.url, supports: '' }] })).toEqual([
      'sources.0.supports: must say what the source supports',
    ]);
  });

  it('rejects a description too short for a link preview', () => {
    expect(problems({ ...valid, description: '太短' })).toEqual([
      'description: must be at least 20 characters (used in link previews)',
    ]);
  });

  it('rejects a date that is not a date', () => {
    expect(problems({ ...valid, lastChecked: 'last week' })).toEqual(['lastChecked: must be a date like 2026-11-25']);
  });
});

import { describe, expect, it } from 'vitest';
import { orderSteps, stepNavItems, stepNeighbours } from '../../src/lib/steps';
import { entryPath } from '../../src/lib/paths';

const page = (id: string, step?: number) => ({
  id,
  filePath: `content/${id}.mdx`,
  data: { step, title: `标题 ${id}`, navTitle: step ? `第${step}` : undefined },
});

const six = [4, 2, 6, 1, 5, 3].map((n) => page(`steps/s${n}`, n));

describe('orderSteps', () => {
  it('sorts the six steps by number and leaves out other pages', () => {
    const ordered = orderSteps([page('index'), ...six, page('precautions')]);
    expect(ordered.map((entry) => entry.data.step)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('names both files when two steps share a number', () => {
    const entries = [...six.slice(1), page('steps/dup', 2), page('steps/s4b', 4)];
    expect(() => orderSteps(entries)).toThrow(
      'content/steps/dup.mdx: frontmatter field "step" is 2, which content/steps/s2.mdx already uses',
    );
  });

  it('says which step numbers are missing', () => {
    expect(() => orderSteps(six.filter((entry) => entry.data.step !== 3))).toThrow('no page has frontmatter "step" 3');
  });

  it('requires a step number in content/steps/', () => {
    expect(() => orderSteps([...six, page('steps/extra')])).toThrow(
      'content/steps/extra.mdx: frontmatter field "step" is required',
    );
  });

  it('refuses a step number outside content/steps/', () => {
    expect(() => orderSteps([...six, page('cases', 3)])).toThrow(
      'content/cases.mdx: frontmatter field "step" is only allowed for pages in content/steps/',
    );
  });
});

describe('stepNeighbours', () => {
  const steps = orderSteps(six);
  it('has no previous step on the first page', () => {
    const { prev, next } = stepNeighbours(steps, steps[0]!);
    expect(prev).toBeUndefined();
    expect(next?.data.step).toBe(2);
  });
  it('links both ways in the middle', () => {
    const { prev, next } = stepNeighbours(steps, steps[3]!);
    expect([prev?.data.step, next?.data.step]).toEqual([3, 5]);
  });
  it('has no next step on the last page', () => {
    expect(stepNeighbours(steps, steps[5]!).next).toBeUndefined();
  });
  it('has no neighbours for a page that is not a step', () => {
    expect(stepNeighbours(steps, page('cases'))).toEqual({ prev: undefined, next: undefined });
  });
});

describe('stepNavItems', () => {
  it('lists every step in order with its URL and marks only the current one', () => {
    const items = stepNavItems(orderSteps(six), 'steps/s3', entryPath);
    expect(items.map((item) => item.href)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `/steps/s${n}/`));
    expect(items.filter((item) => item.current).map((item) => item.number)).toEqual([3]);
    expect(items[0]!.label).toBe('第1');
  });
  it('marks nothing on a page that is not a step', () => {
    expect(stepNavItems(orderSteps(six), 'index', entryPath).some((item) => item.current)).toBe(false);
  });
});

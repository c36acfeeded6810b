import { describe, expect, it } from 'vitest';
import { orderSteps } from './steps';

const step = (id: string, n: number) => ({ id, filePath: `content/steps/${id}.mdx`, data: { step: n } });
const six = [4, 2, 6, 1, 5, 3].map((n) => step(`s${n}`, n));

describe('orderSteps', () => {
  it('sorts the six steps by number', () => {
    expect(orderSteps(six).map((entry) => entry.data.step)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('names both files when two steps share a number', () => {
    expect(() => orderSteps([...six.slice(1), step('dup', 2)])).toThrow(
      'content/steps/dup.mdx: frontmatter field "step" is 2, which content/steps/s2.mdx already uses',
    );
  });
  it('says which step numbers are missing', () => {
    expect(() => orderSteps(six.filter((entry) => entry.data.step !== 3))).toThrow('no page has frontmatter "step" 3');
  });
});

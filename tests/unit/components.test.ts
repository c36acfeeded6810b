import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import StepNav from '../../src/components/StepNav.astro';
import PrevNext from '../../src/components/PrevNext.astro';
import Source from '../../src/components/Source.astro';

const container = await AstroContainer.create();
const items = [1, 2, 3, 4, 5, 6].map((number) => ({
  number,
  label: `步骤${number}`,
  href: `/steps/s${number}/`,
  current: number === 4,
}));

describe('StepNav', () => {
  it('lists all six steps, marks the current one and says where the reader is', async () => {
    const html = await container.renderToString(StepNav, { props: { items } });
    expect(html.match(/<li[\s>]/g)).toHaveLength(6);
    expect(html).toMatch(/href="\/steps\/s4\/"[^>]*aria-current="step"/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toContain('第 4 步，共 6 步');
  });
});

describe('PrevNext', () => {
  it('renders only the links it is given, with rel', async () => {
    const html = await container.renderToString(PrevNext, {
      props: { next: { href: '/steps/s2/', label: '第 2 步：登录' } },
    });
    expect(html).toContain('rel="next"');
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('第 2 步：登录');
  });
});

describe('Source', () => {
  it('cites a registered source by name with a safe external link', async () => {
    const html = await container.renderToString(Source, { props: { href: 'https://activ.kz/en/article/faq' } });
    expect(html).toContain('activ：常见问题');
    expect(html).toContain('rel="noopener noreferrer"');
  });
  it('fails loudly on a URL that is not a vetted source', async () => {
    await expect(container.renderToString(Source, { props: { href: 'https://t.me/x' } })).rejects.toThrow(
      'is not in src/data/sources.ts',
    );
  });
});

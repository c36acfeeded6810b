import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import StepNav from '../../src/components/StepNav.astro';
import PrevNext from '../../src/components/PrevNext.astro';
import PageSources from '../../src/components/PageSources.astro';
import SectionHeading from '../../src/features/share/SectionHeading.astro';
import { sourceOf } from '../../src/data/sources';

const container = await AstroContainer.create();
const items = [1, 2, 3, 4, 5, 6].map((number) => ({
  number,
  label: `步骤${number}`,
  href: `/steps/s${number}/`,
  current: number === 4,
}));

describe('StepNav', () => {
  it('lists all six steps, marks the current one and says where the reader is', async () => {
    const html = await container.renderToString(StepNav, { props: { items, position: '第 4 步，共 6 步' } });
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
  it('renders nothing without links', async () => {
    expect((await container.renderToString(PrevNext, { props: {} })).trim()).toBe('');
  });
});

describe('PageSources', () => {
  it('numbers the sources and links back to every citation, with safe external links', async () => {
    const citations = [{ key: 'activ-faq', number: 1, refs: ['cite-1-1', 'cite-1-2'], source: sourceOf('activ-faq') }];
    const html = await container.renderToString(PageSources, {
      props: { citations, lastChecked: new Date('2026-11-27') },
    });
    expect(html).toContain('id="source-1"');
    expect(html).toContain('href="#cite-1-1"');
    expect(html).toContain('href="#cite-1-2"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('2026 年 11 月 27 日');
  });
});

describe('SectionHeading', () => {
  it('names its copy link from the heading itself, so "&" is read as "&"', async () => {
    const html = await container.renderToString(SectionHeading, {
      props: { id: 'kcell-activ' },
      slots: { default: 'Kcell &amp; activ' },
    });
    expect(html).toContain('aria-labelledby="kcell-activ-copy kcell-activ"');
    expect(html).toMatch(/<span id="kcell-activ-copy" class="sr-only">\s*复制本节链接：\s*<\/span>/);
    expect(html).not.toContain('&amp;amp;');
  });
});

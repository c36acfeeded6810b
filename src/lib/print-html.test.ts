import { describe, expect, it } from 'vitest';
import { printableHtml, printTargets } from './print-html';

const targets = printTargets(
  [
    {
      prefix: 'precautions',
      path: '/precautions/',
      name: '注意事项',
      headings: [{ id: 'backup', text: '提前备份数据' }],
    },
    { prefix: 'steps-wait', path: '/steps/wait/', name: '第 6 步', headings: [] },
  ],
  [{ path: '/situation/', name: '先看看您属于哪种情况' }],
);

describe('printableHtml', () => {
  it('prefixes ids, same-page links and ARIA references', () => {
    const html = printableHtml(
      '<h2 id="backup">备份</h2><a href="#backup">x</a><section aria-labelledby="t1 t2"></section>',
      'precautions',
      targets,
    );
    expect(html).toContain('id="precautions-backup"');
    expect(html).toContain('href="#precautions-backup"');
    expect(html).toContain('aria-labelledby="precautions-t1 precautions-t2"');
  });
  it('sends links to printed parts to their place on the page, named in words', () => {
    const html = printableHtml(
      '<a href="/precautions/#backup">a</a><a href="/steps/wait/">b</a><a href="/situation/">c</a><a href="/nowhere/">d</a>',
      'x',
      targets,
    );
    expect(html).toContain('href="#precautions-backup" data-print-ref="注意事项·提前备份数据"');
    expect(html).toContain('href="#steps-wait" data-print-ref="第 6 步"');
    expect(html).toContain('href="/situation/" data-print-ref="先看看您属于哪种情况"');
    expect(html).toContain('<a href="/nowhere/">d</a>');
  });
});

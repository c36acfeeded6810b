import { describe, expect, it } from 'vitest';
import { citationsOf } from './citations';
import { headingsOf } from './headings';
import { numberCitations } from '../lib/footnotes';

const body = [
  '事实一<Source id="activ-faq" />，事实二<Source id="kcell-documents" />。',
  '<Callout>再说一次<Source id="activ-faq" /></Callout>',
].join('\n');

describe('citationsOf', () => {
  it('numbers sources in order of first citation and gives each citation its own id', () => {
    const citations = citationsOf(body, 'content/x.mdx');
    expect(citations.map(({ key, number, refs }) => ({ key, number, refs }))).toEqual([
      { key: 'activ-faq', number: 1, refs: ['cite-1-1', 'cite-1-2'] },
      { key: 'kcell-documents', number: 2, refs: ['cite-2-1'] },
    ]);
    expect(citations[1]!.source.url).toBe('https://www.kcell.kz/kk/product/documents');
  });
  it('fails on an unknown key, naming the file and the key', () => {
    expect(() => citationsOf('x<Source id="t-me-channel" />', 'content/cases.mdx')).toThrow(
      'content/cases.mdx: <Source id="t-me-channel" /> is not a known source key',
    );
  });
  it('is empty for a page without citations', () => expect(citationsOf('没有来源。', 'content/x.mdx')).toEqual([]));
});

describe('numberCitations', () => {
  const citations = citationsOf(body, 'content/x.mdx');
  const marker = (key: string) => `<sup class="cite" data-cite="${key}"></sup>`;
  it('turns placeholders into numbered, named links whose ids match the route data', () => {
    const html = numberCitations(
      `<p>一${marker('activ-faq')}二${marker('kcell-documents')}</p><p>${marker('activ-faq')}</p>`,
      citations,
    );
    expect(html).not.toContain('data-cite');
    expect([...html.matchAll(/id="([^"]+)" href="#([^"]+)"/g)].map((m) => `${m[1]}→${m[2]}`)).toEqual([
      'cite-1-1→source-1',
      'cite-2-1→source-2',
      'cite-1-2→source-1',
    ]);
    expect(html).toContain('aria-label="来源 2：');
  });
  it('refuses a marker the route data does not know', () => {
    expect(() => numberCitations(marker('holafly-refund'), citations)).toThrow('holafly-refund');
  });
});

describe('headingsOf', () => {
  it('reads ## headings with their ids and plain text', () => {
    expect(
      headingsOf('## 提前**备份** <span lang="ru">Да</span> {#backup}\n\n正文\n### 小节 {#sub}\n## 二 {#two}'),
    ).toEqual([
      { id: 'backup', text: '提前备份 Да' },
      { id: 'two', text: '二' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { citationsOf } from '../../routing/citations';

describe('a phrase card that names its source', () => {
  const body = [
    '第一句<Source id="activ-faq" />。',
    '<Phrase',
    '  id="end-contract"',
    '  zh="我要终止合同。"',
    '  source="kcell-documents"',
    '><span lang="ru">Я хочу расторгнуть договор.</span></Phrase>',
    '<Phrase id="abroad" zh="我在国外。"><span lang="ru">Я за границей.</span></Phrase>',
    '再引一次<Source id="kcell-documents" />。',
  ].join('\n');

  it('is cited where the card is, in document order, like a <Source> there', () => {
    expect(citationsOf(body, 'content/phrases.mdx').map(({ key, number, refs }) => [key, number, refs])).toEqual([
      ['activ-faq', 1, ['cite-1-1']],
      ['kcell-documents', 2, ['cite-2-1', 'cite-2-2']],
    ]);
  });

  it('fails the build, naming the file, for an unknown key', () => {
    expect(() =>
      citationsOf('<Phrase id="x" zh="一" source="nope"><span lang="ru">Да</span></Phrase>', 'content/phrases.mdx'),
    ).toThrow(/content\/phrases\.mdx: <Source id="nope" \/>/);
  });
});

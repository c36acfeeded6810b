import { describe, expect, it } from 'vitest';
import { buildIndexTerms, type IndexedPage } from './index-terms';

const PAGES: IndexedPage[] = [
  {
    path: '/precautions/',
    name: '注意事项',
    title: '注意事项',
    headings: [
      { id: 'delete-vs-cancel', text: '删除 eSIM 不等于注销' },
      { id: 'backup', text: '提前备份数据' },
    ],
    body: '开始之前。\n\n## 删除 eSIM 不等于注销 {#delete-vs-cancel}\n\n并不是**注销**（销号）<Source id="x" />。\n\n## 提前备份数据 {#backup}\n\n把[通讯录](/x/)备份。\n',
  },
];

describe('buildIndexTerms', () => {
  const letters = buildIndexTerms(
    PAGES,
    [
      ['注销', '销号'],
      ['停用', '停机', '封停'],
    ],
    ['通讯录', 'Kcell'],
    ['封停'],
  );
  const entries = letters.flatMap((letter) => letter.entries);

  it('lists the guide’s word with its sections, heading matches first and bold', () => {
    const entry = entries.find((e) => e.term === '注销')!;
    expect(entry.id).toBe('term-zhuxiao');
    expect(entry.also).toEqual(['销号']);
    expect(entry.locations).toEqual([
      { href: '/precautions/#delete-vs-cancel', label: '注意事项 · 删除 eSIM 不等于注销', main: true },
    ]);
  });
  it('never prints a never-say word, neither beside the guide’s word nor as an entry', () => {
    expect(entries.find((e) => e.term === '停用')?.also ?? []).not.toContain('封停');
    expect(entries.filter((e) => e.term.includes('封停'))).toEqual([]);
  });
  it('points a reader’s word to the guide’s word', () => {
    expect(entries.find((e) => e.term === '销号')).toMatchObject({
      see: { term: '注销', id: 'term-zhuxiao' },
      locations: [],
    });
  });
  it('finds key terms in the text, and leaves out words no section names', () => {
    expect(entries.find((e) => e.term === '通讯录')?.locations.map((l) => l.href)).toEqual(['/precautions/#backup']);
    expect(entries.some((e) => e.term === 'Kcell' || e.term === '停用' || e.term === '停机')).toBe(false);
  });
  it('orders entries by pinyin under their initial letter', () => {
    expect(letters.map((l) => [l.letter, l.id, l.entries.map((e) => e.term)])).toEqual([
      ['T', 'letter-t', ['通讯录']],
      ['X', 'letter-x', ['销号']],
      ['Z', 'letter-z', ['注销']],
    ]);
  });
});

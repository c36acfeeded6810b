import { describe, expect, it } from 'vitest';
import { createEngine, isWholeWord, pagefindTerm, type PagefindApi } from './engine';
import { parseQuery, variantsOf } from './query';
import { sectionsOf, type PagefindFragment } from './sections';
import { fold, foldText, occurrences } from './text';

describe('fold', () => {
  it('drops spaces beside Chinese, quotation marks and case; keeps block breaks', () => {
    expect(foldText('删除 eSIM')).toBe('删除esim');
    expect(foldText('“注销”按钮')).toBe('注销按钮');
    expect(foldText('Mobile  Data')).toBe('mobile data');
    expect(foldText('ＫＣＥＬＬ１４１４')).toBe('kcell1414');
    expect(foldText('需要等多久\n运营商')).toBe('需要等多久\n运营商');
  });
  it('maps every folded character back to the source', () => {
    const { text, from } = fold('在 iPhone 上删除 eSIM');
    const at = text.indexOf('删除esim');
    expect('在 iPhone 上删除 eSIM'.slice(from[at]!, from[at + 5]! + 1)).toBe('删除 eSIM');
  });
  it('finds every occurrence', () => expect(occurrences('注销注销号', '注销')).toEqual([0, 2]));
});

describe('parseQuery', () => {
  it('keeps the whole query as the phrase, with its synonyms', () => {
    const query = parseQuery('销号');
    expect(query.kind).toBe('query');
    if (query.kind !== 'query') return;
    expect(query.phrase).toBe('销号');
    expect(query.variants.map((v) => v.text)).toEqual(expect.arrayContaining(['销号', '注销']));
    expect(query.variants[0]).toEqual({ text: '销号', weight: 1 });
  });
  it('splits words where the reader put spaces, before folding', () => {
    const query = parseQuery('Kcell 余额');
    if (query.kind !== 'query') throw new Error(query.kind);
    expect(query.phrase).toBe('kcell余额');
    expect(query.terms.map((term) => term[0]!.text)).toEqual(['kcell', '余额']);
  });
  it('looks for pairs of characters, not particles, when loosening a phrase', () => {
    const query = parseQuery('怎么销号');
    if (query.kind !== 'query') throw new Error(query.kind);
    expect(query.parts.map((part) => part[0]!.text)).toEqual(['么销', '销号']);
  });
  it('loosens a two-character word into its characters', () => {
    const query = parseQuery('关机');
    if (query.kind !== 'query') throw new Error(query.kind);
    expect(query.parts.map((part) => part[0]!.text)).toEqual(['关', '机']);
  });
  it('refuses input without words, and sentences', () => {
    expect(parseQuery('   ')).toEqual({ kind: 'empty' });
    expect(parseQuery('📱😀🇰🇿')).toEqual({ kind: 'invalid', reason: 'noWords' });
    expect(parseQuery('！？（）【】')).toEqual({ kind: 'invalid', reason: 'noWords' });
    expect(parseQuery('忘记密码'.repeat(20))).toEqual({ kind: 'invalid', reason: 'tooLong' });
  });
  it('gives a word without synonyms only itself', () =>
    expect(variantsOf('qxz')).toEqual([{ text: 'qxz', weight: 1 }]));
});

describe('isWholeWord', () => {
  it('tells a word from letters inside a longer one', () => {
    expect(isWholeWord('my esims', 3, 7)).toBe(false);
    expect(isWholeWord('my esim card', 3, 7)).toBe(true);
  });
  it('ranks 出国 in 给出国家 as a partial match', () => {
    const text = '并给出国家统一联络中心';
    expect(isWholeWord(text, text.indexOf('出国'), text.indexOf('出国') + 2)).toBe(false);
    const abroad = '人在国外时，先确认';
    expect(isWholeWord(abroad, 2, 4)).toBe(true);
  });
});

describe('pagefindTerm', () => {
  it('asks Pagefind for one word per Chinese character', () => {
    expect(pagefindTerm('删除esim')).toBe('删 除 esim');
    expect(pagefindTerm('kcell center')).toBe('kcell center');
  });
});

/** A fragment as Pagefind stores one: words apart by zero-width spaces, h2 anchors by word position. */
function fragment(url: string, title: string, blocks: [id: string | null, heading: string, text: string][]) {
  const words: string[] = [];
  const anchors: NonNullable<PagefindFragment['anchors']> = [];
  for (const [id, heading, text] of blocks) {
    if (id) anchors.push({ element: 'h2', id, text: heading, location: words.length });
    words.push(...[...heading], '. ', ...[...text], ' ', '[', '1', ']');
  }
  return { url, raw_url: url, content: words.join(''), raw_content: words.join('\u200b'), meta: { title }, anchors };
}

const PAGES: PagefindFragment[] = [
  fragment('/operators/', '运营商一览', [
    [null, '运营商一览', '并给出国家统一联络中心 1414。'],
    ['hotlines', '关于客服电话', '请以官网公布的客服电话为准。'],
  ]),
  fragment('/steps/sign-in/', '第 2 步：登录', [
    [null, '登录', ''],
    ['before-sign-in', '登录前的准备', '人在国外时，先确认这个号码此时能收到短信。'],
  ]),
];

/** Pagefind's search over the fake pages: every page that has all the words. */
const fakePagefind: PagefindApi = {
  async search(term) {
    // null lists every page, as Pagefind's filter-only search does.
    const words = term === null ? [] : term.split(' ');
    return {
      results: PAGES.filter((page) => words.every((word) => foldText(page.content).includes(word))).map((page) => ({
        id: page.url,
        data: async () => page,
      })),
    };
  },
};

describe('sectionsOf', () => {
  it('cuts a page at its h2 anchors, without Pagefind’s block full stops', () => {
    const sections = sectionsOf(PAGES[1]!);
    expect(sections.map((s) => [s.id, s.heading])).toEqual([
      [null, '登录'],
      ['before-sign-in', '登录前的准备'],
    ]);
    expect(sections[1]!.body).toBe('人在国外时，先确认这个号码此时能收到短信。 [1]');
  });
});

describe('the engine', () => {
  it('finds the sections with the word or a synonym, whole words first', async () => {
    const outcome = await createEngine(fakePagefind).search('出国');
    expect(outcome).toMatchObject({ kind: 'results', exact: true });
    if (outcome.kind !== 'results') return;
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/steps/sign-in/#before-sign-in', '/operators/']);
    expect(outcome.hits[0]!.href).toBe(
      `/steps/sign-in/?pagefind-highlight=${encodeURIComponent('国外')}#before-sign-in`,
    );
    expect(outcome.hits[0]!.excerpt.filter((piece) => piece.mark)).toEqual([{ text: '国外', mark: true }]);
  });
  it('falls back, saying so, and marks no lone characters', async () => {
    const outcome = await createEngine(fakePagefind).search('关机');
    expect(outcome).toEqual({ kind: 'results', exact: false, hits: [] });
    const near = await createEngine(fakePagefind).search('客服热线电话');
    if (near.kind !== 'results') throw new Error(near.kind);
    expect(near.exact).toBe(false);
    expect(near.hits[0]!.url).toBe('/operators/#hotlines');
    for (const hit of near.hits)
      for (const piece of hit.excerpt) if (piece.mark) expect(piece.text.length).toBeGreaterThan(1);
  });
});

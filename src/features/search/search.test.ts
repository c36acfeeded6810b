import { describe, expect, it } from 'vitest';
import { createEngine, highlightTerms, isWholeWord, markRanges, type PagefindApi } from './engine';
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

const wordsOf = (raw: string) => {
  const query = parseQuery(raw);
  if (query.kind !== 'query') throw new Error(query.kind);
  return query.words.map((word) => word.text);
};

describe('parseQuery', () => {
  it('gives each word its synonyms, the reader’s own first', () => {
    const query = parseQuery('销号');
    if (query.kind !== 'query') throw new Error(query.kind);
    expect(query.phrase).toBe('销号');
    expect(query.words[0]!.variants.map((v) => v.text)).toEqual(expect.arrayContaining(['销号', '注销']));
    expect(query.words[0]!.variants[0]).toEqual({ text: '销号', weight: 1 });
  });
  it('splits a query without spaces into the guide’s words, longest first', () => {
    expect(wordsOf('altel号码不用了')).toEqual(['altel', '号码', '不用了']);
    expect(wordsOf('删除esim卡')).toEqual(['删除', 'esim卡']);
    expect(wordsOf('Kcell 余额')).toEqual(['kcell', '余额']);
  });
  it('drops question words and particles, but keeps a one-character verb', () => {
    expect(wordsOf('人在国内怎么注销')).toEqual(['国内', '注销']);
    expect(wordsOf('airalo怎么删')).toEqual(['airalo', '删']);
    expect(wordsOf('话费能退吗')).toEqual(['话费', '退']);
    expect(wordsOf('怎么')).toEqual(['怎么']);
  });
  it('corrects phone-keyboard typos and variants, and case', () => {
    expect(wordsOf('kcell怎么注消')).toEqual(['kcell', '注销']);
    expect(wordsOf('密吗忘了登不上')).toEqual(['密码', '忘了', '登不上']);
    expect(wordsOf('帐号')).toEqual(['账号']);
    expect(wordsOf('ESIM')).toEqual(['esim']);
  });
  it('marks operators and sellers', () => {
    const query = parseQuery('Beeline退钱');
    if (query.kind !== 'query') throw new Error(query.kind);
    expect(query.words.map((word) => word.named)).toEqual([true, false]);
  });
  it('joins characters the segmenter leaves apart', () =>
    expect(wordsOf('公司名下的号码')).toEqual(['公司', '名下', '号码']));
  it('refuses input without words, and sentences', () => {
    expect(parseQuery('   ')).toEqual({ kind: 'empty' });
    expect(parseQuery('📱😀🇰🇿')).toEqual({ kind: 'invalid', reason: 'noWords' });
    expect(parseQuery('！？（）【】')).toEqual({ kind: 'invalid', reason: 'noWords' });
    expect(parseQuery('忘记密码'.repeat(20))).toEqual({ kind: 'invalid', reason: 'tooLong' });
  });
  it('gives a word without synonyms only itself', () =>
    expect(variantsOf('qxz')).toEqual([{ text: 'qxz', weight: 1 }]));
});

describe('marks', () => {
  it('merges overlapping and touching spans, and drops lone characters of a longer query', () => {
    expect(
      markRanges(
        [
          [0, 2],
          [2, 4],
          [6, 7],
          [3, 5],
        ],
        false,
      ),
    ).toEqual([[0, 5]]);
    expect(markRanges([[0, 1]], true)).toEqual([[0, 1]]);
  });
  it('sends no word that is inside or overlaps a longer one', () => {
    expect(highlightTerms(['销号', '注销号码', '号码不在', '备份'])).toEqual(['注销号码', '备份']);
  });
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

describe('phrase cards', () => {
  it('are sections of their own, headed by their line', () => {
    const page = fragment('/phrases/', '对工作人员说', [['phrases', '对工作人员说', '']]);
    const words = page.raw_content.split('\u200b');
    const at = words.length;
    words.push(...'请退还余额。', 'Пожалуйста, ', 'верните.');
    page.raw_content = words.join('\u200b');
    page.anchors.push(
      { element: 'article', id: 'refund-balance', text: '', location: at },
      { element: 'span', id: 'refund-balance-zh', text: '请退还余额。', location: at },
    );
    const card = sectionsOf(page).at(-1)!;
    expect([card.id, card.heading, card.card, card.body]).toEqual([
      'refund-balance',
      '请退还余额。',
      true,
      'Пожалуйста, верните.',
    ]);
  });
});

describe('the engine', () => {
  it('ranks a section with every word above one with some, and an operator named first', async () => {
    const pages = [
      fragment('/operators/', '运营商', [
        ['altel', 'Altel', '注销合同：请向运营商确认。'],
        ['tele2', 'Tele2', 'Tele2 与 Altel 同一个新闻办公室。'],
      ]),
      fragment('/steps/', '步骤', [
        ['someone-else', '号码不在您名下', '号码登记在公司名下时，能否注销请问清。'],
        ['other', '其他运营商', 'Altel：未找到注销号码的公开说明。'],
      ]),
      // The rest of a guide: words are rare or common only among many sections.
      fragment(
        '/more/',
        '更多',
        Array.from(
          { length: 16 },
          (_, i) => [`more-${i}`, `第 ${i} 节`, '注销号码前，备份数据。'] as [string, string, string],
        ),
      ),
    ];
    const pagefind: PagefindApi = {
      search: async () => ({ results: pages.map((page) => ({ id: page.url, data: async () => page })) }),
    };
    const outcome = await createEngine(pagefind).search('altel号码不用了');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect(outcome.exact).toBe(true);
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/operators/#altel', '/steps/#other', '/operators/#tele2']);
    // Touching words are one mark: 注销号码, not 注销 and 号码.
    expect(outcome.hits[1]!.excerpt.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual([
      'Altel',
      '注销号码',
    ]);
  });

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
    const near = await createEngine(fakePagefind).search('客服热线 qxz');
    if (near.kind !== 'results') throw new Error(near.kind);
    expect(near.exact).toBe(false);
    expect(near.hits[0]!.url).toBe('/operators/#hotlines');
    for (const hit of near.hits)
      for (const piece of hit.excerpt) if (piece.mark) expect(piece.text.length).toBeGreaterThan(1);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The Russian cards a reader shows at the counter (/phrases/). Each card must carry its own
 * link, a Chinese line for the reader and the Russian for the staff, marked lang="ru" so a
 * screen reader switches voice; the cards issue 18 asks for must exist under stable ids.
 */
const PAGE = fileURLToPath(new URL('../../content/phrases.mdx', import.meta.url));
const text = readFileSync(PAGE, 'utf8');

/** The page's `## text {#id}` sections, read from the MDX source. */
const headingsOf = (source: string) =>
  [...source.matchAll(/^##\s+(.+?)\s*\{#([A-Za-z0-9_-]+)\}\s*$/gm)].map(([, text = '', id = '']) => ({ id, text }));
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
const cards = [...text.matchAll(/<Phrase\s([^>]*)>([\s\S]*?)<\/Phrase>/g)].map(([, attrs = '', body = '']) => {
  const main = body.replace(/<span slot="kk"[^>]*>[\s\S]*?<\/span>/g, '');
  return {
    id: attr(attrs, 'id') ?? '',
    zh: attr(attrs, 'zh') ?? '',
    ru: [...main.matchAll(/<span lang="ru">([\s\S]*?)<\/span>/g)].map(([, ru = '']) => ru.trim()).join(' '),
    rest: main.replace(/<span lang="ru">[\s\S]*?<\/span>/g, '').trim(),
  };
});

/** The cards issue 18 names, by the stable ids other pages and plans link to. */
const REQUIRED = [
  'no-russian',
  'end-contract',
  'where-to-apply',
  'not-my-name',
  'my-passport',
  'refund-balance',
  'disable-paid-services',
  'stop-topping-up',
  'suspend-or-terminate',
  'abroad',
  'remote-application',
  'face-id-app',
  'lost-phone-block',
  'replacement-esim',
  'port-number',
  'new-operator-porting',
  'receipt-copy',
  'written-confirmation',
  'contract-ended',
];

const CYRILLIC = /[А-Яа-яЁё]/;
const HAN = /\p{Script=Han}/u;
const questions = (line: string) => (line.match(/[?？]/g) ?? []).length;
const latinWords = (line: string) => line.match(/[A-Za-z]{2,}/g) ?? [];

describe('/phrases/ cards', () => {
  it('parses every <Phrase> on the page', () => {
    expect(cards.length).toBe((text.match(/<Phrase\s/g) ?? []).length);
    expect(cards.length).toBeGreaterThanOrEqual(REQUIRED.length);
  });

  it('gives each card its own stable ASCII id', () => {
    const ids = cards.map((card) => card.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const headingIds = headingsOf(text).map((heading) => heading.id);
    expect(ids.filter((id) => headingIds.includes(id))).toEqual([]);
  });

  it('has every card the issue names', () => {
    expect(REQUIRED.filter((id) => !cards.some((card) => card.id === id))).toEqual([]);
  });

  it('puts the card for a reader who speaks little Russian first', () => {
    expect(cards[0]?.id).toBe('no-russian');
  });

  it.each(cards.map((card) => card.id))('#%s: Russian in lang="ru", a Chinese line that says the same', (id) => {
    const card = cards.find((entry) => entry.id === id)!;
    expect(card.ru, 'Russian in a lang="ru" element').toMatch(CYRILLIC);
    expect(card.rest, 'no Russian outside a lang="ru" element').not.toMatch(CYRILLIC);
    expect(card.zh, 'a Chinese line').toMatch(HAN);
    expect(card.zh).not.toMatch(CYRILLIC);
    // The same request: as many questions, the same Latin terms (eSIM, IBAN) and number blank.
    expect(questions(card.zh), `${card.zh} / ${card.ru}`).toBe(questions(card.ru));
    for (const word of latinWords(card.ru)) expect(card.zh, word).toContain(word);
    expect(card.zh.includes('+7'), 'both lines leave room for the number, or neither').toBe(card.ru.includes('+7'));
  });

  it('gives the first card a place to show the number', () => {
    expect(cards.find((card) => card.id === 'end-contract')?.ru).toMatch(/\+7 _/);
  });

  it('keeps the page h1 and its h2 headings different', () => {
    const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim();
    expect(title).toBeTruthy();
    expect(headingsOf(text).map((heading) => heading.text)).not.toContain(title);
  });

  it('tells the reader how to use the cards', () => {
    const intro = text.replace(/^---[\s\S]*?---/, '').split(/^## /m)[0] ?? '';
    expect(intro).toMatch(/出示给工作人员/);
    expect(intro).toMatch(/把手机递给工作人员/);
  });
});

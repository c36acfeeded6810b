/**
 * Search quality on the built site (dist/, from `astro build`), in Node: Pagefind's own JS
 * and index with the site's search engine, as the browser runs them.
 *
 * - The labelled set (queries.ts): every expected section within its rank, and the
 *   fallback message exactly when no section has all the query's words.
 * - Recall: every section that has the whole query in one piece is found, above the rest.
 * - Precision of marks: no lone character marked for a multi-character query, in the
 *   results or in the words sent to the opened page, and no sent word inside or
 *   overlapping another (Pagefind's highlighter would mark it in pieces).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine, Hit, Outcome } from '../../src/features/search/engine.ts';
import { HIGHLIGHT_PARAM } from '../../src/features/search/highlight.ts';
import { correctTypos, parseQuery } from '../../src/features/search/query.ts';
import { foldText } from '../../src/features/search/text.ts';
import { DIST } from '../setup/dist.ts';
import { truthSections, type TruthSection } from './ground-truth.ts';
import { nodeEngine } from './node-pagefind.ts';
import { LABELLED_QUERIES } from './queries.ts';

/** Queries beyond the labelled set: single words the guide uses often. */
const MORE_QUERIES = ['注销', '运营商', '合同', '号码', '短信', '账户', '申请', '手机', '官网', 'esim', '卡'];

/** Each test searches every query: on a busy machine that takes more than Vitest's 5 s. */
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let engine: Engine;
let sections: TruthSection[];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js')))
    throw new Error(`No search index in ${DIST}: run \`astro build\` first.`);
  engine = await nodeEngine(DIST);
  sections = truthSections(DIST);
});

const hitsOf = (outcome: Outcome): Hit[] => (outcome.kind === 'results' ? outcome.hits : []);
const queries = [...new Set([...LABELLED_QUERIES.map(({ query }) => query), ...MORE_QUERIES])];
const multiCharacter = queries.filter((query) => [...foldText(query)].length > 1);

describe('search on the built index', () => {
  it('finds every labelled section within its rank, and falls back only when it says so', async () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(100);
    const misses: string[] = [];
    for (const { query, expect: expected, fallback } of LABELLED_QUERIES) {
      const outcome = await engine.search(query);
      const urls = hitsOf(outcome).map((hit) => hit.url);
      if (outcome.kind !== 'results') misses.push(`${query}: ${JSON.stringify(outcome)}`);
      else if (outcome.exact === !!fallback)
        misses.push(`${query}: ${fallback ? 'should fall back (no section has all its words)' : 'fell back'}`);
      for (const { section, within } of expected) {
        const rank = urls.indexOf(section) + 1;
        if (rank === 0 || rank > within)
          misses.push(
            `${query}: ${section} at ${rank || 'none'}, wanted ≤ ${within} (top: ${urls.slice(0, 5).join(' ')})`,
          );
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds every section with the whole query in one piece, above the others', async () => {
    const problems: string[] = [];
    for (const query of multiCharacter) {
      const phrase = correctTypos(foldText(query.replace(/[^\p{L}\p{N}]+/gu, ' ')));
      const truth = sections.filter((section) => section.folded.includes(phrase)).map((section) => section.url);
      if (truth.length === 0) continue;
      const outcome = await engine.search(query);
      const urls = hitsOf(outcome).map((hit) => hit.url);
      if (outcome.kind !== 'results' || !outcome.exact) problems.push(`${query}: fell back, though sections have it`);
      const missed = truth.filter((url) => !urls.includes(url));
      if (missed.length) problems.push(`${query}: missed ${missed.join(' ')}`);
      const lastTruth = Math.max(...truth.map((url) => urls.indexOf(url)));
      // Above the others when the query is more than one word (a synonym in a heading may
      // outrank a single word in the text).
      const parsed = parseQuery(query);
      const oneWord = parsed.kind === 'query' && parsed.words.length === 1 && parsed.words[0]!.text === parsed.phrase;
      if (!missed.length && !oneWord && lastTruth >= truth.length)
        problems.push(`${query}: a section without the whole query ranks above one with it`);
    }
    expect(problems).toEqual([]);
  });

  it('marks no lone character of a multi-character query, and sends only whole, separate words', async () => {
    const problems: string[] = [];
    for (const query of multiCharacter) {
      for (const hit of hitsOf(await engine.search(query))) {
        const marked = [...hit.title, ...hit.excerpt].filter((piece) => piece.mark).map((piece) => piece.text);
        const sent = new URL(hit.href, 'https://guide.example').searchParams.getAll(HIGHLIGHT_PARAM);
        for (const word of [...marked, ...sent])
          if ([...foldText(word)].length < 2)
            problems.push(`${query}: marks the lone character "${word}" in ${hit.url}`);
        if (sent.length > 6) problems.push(`${query}: sends ${sent.length} words to ${hit.url}`);
        for (const a of sent)
          for (const b of sent)
            if (a !== b && foldText(a).includes(foldText(b)))
              problems.push(`${query}: sends "${b}", a piece of "${a}", to ${hit.url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows clean excerpts: no markers, numbering or Pagefind full stops', async () => {
    const problems: string[] = [];
    for (const query of queries) {
      for (const hit of hitsOf(await engine.search(query))) {
        const text = [...hit.title, ...hit.excerpt].map((piece) => piece.text).join('');
        if (/\[\d+\]|^#|\p{Script=Han}\. |^\d第|\u200b/u.test(text))
          problems.push(`${query}: ${hit.url} shows “${text.slice(0, 60)}”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('returns each phrase card as a result of its own, linking to the card', async () => {
    const [first] = hitsOf(await engine.search('余额能退到我的银行账户'));
    expect(first?.url).toBe('/phrases/#refund-balance');
    expect(first?.title.find((piece) => piece.mark)?.text).toBe('余额能退到我的银行账户');
    expect(first?.href).toMatch(/^\/phrases\/\?pagefind-highlight=[^#]+#refund-balance$/);
  });
});

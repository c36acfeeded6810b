/**
 * Search quality on the built site, in Node: Pagefind's own JS and index from dist/ with
 * the site's search engine, as the browser runs them (no browser needed).
 *
 * - The labelled set (tests/search/queries.ts): every expected section within its rank.
 * - Recall and precision against the built HTML: for each multi-character query, the
 *   results are exactly the sections that contain it (or a declared synonym), and only
 *   when none does may search fall back, saying so.
 * - Highlighting: only whole query words (or synonyms) are marked, never a lone
 *   character of a longer query, in the results and in the links to the opened page.
 */
import { test, expect } from '@playwright/test';
import type { Engine, Hit, Outcome } from '../../src/features/search/engine.ts';
import { HIGHLIGHT_PARAM } from '../../src/features/search/highlight.ts';
import { foldText } from '../../src/features/search/text.ts';
import { LABELLED_QUERIES } from '../search/queries.ts';
import { declaredVariants, sectionsContaining, truthSections, type TruthSection } from '../search/ground-truth.ts';
import { nodeEngine } from '../search/node-pagefind.ts';
import { DIST } from '../setup/dist.ts';

/** Queries for the recall and precision checks beyond the labelled set: single words the guide uses often. */
const MORE_QUERIES = ['注销', '运营商', '合同', '号码', '短信', '账户', '申请', '手机', '官网', 'esim', '卡'];

let engine: Engine;
let sections: TruthSection[];

test.beforeAll(async () => {
  engine = await nodeEngine(DIST);
  sections = truthSections(DIST);
});

const hitsOf = (outcome: Outcome): Hit[] => (outcome.kind === 'results' ? outcome.hits : []);

test('the labelled queries find every expected section within its rank', async () => {
  const misses: string[] = [];
  for (const { query, expect: expected, fallback } of LABELLED_QUERIES) {
    const outcome = await engine.search(query);
    const urls = hitsOf(outcome).map((hit) => hit.url);
    if (outcome.kind !== 'results') misses.push(`${query}: ${JSON.stringify(outcome)}`);
    else if (outcome.exact === !!fallback)
      misses.push(`${query}: ${fallback ? 'should fall back (nothing contains it)' : 'should match exactly'}`);
    for (const { section, within } of expected) {
      const rank = urls.indexOf(section) + 1;
      if (rank === 0 || rank > within)
        misses.push(
          `${query}: ${section} at ${rank || 'none'}, wanted ≤ ${within} (top: ${urls.slice(0, 5).join(' ')})`,
        );
    }
  }
  expect(misses).toEqual([]);
  expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(60);
});

const multiCharacter = [...new Set([...LABELLED_QUERIES.map(({ query }) => query), ...MORE_QUERIES])].filter(
  (query) => [...foldText(query)].length > 1,
);

test('recall and precision: results are exactly the sections that contain the query or a synonym', async () => {
  const problems: string[] = [];
  for (const query of multiCharacter) {
    const truth = sectionsContaining(sections, query);
    const outcome = await engine.search(query);
    const found = hitsOf(outcome).map((hit) => hit.url);
    if (truth.length === 0) {
      if (outcome.kind === 'results' && outcome.exact) problems.push(`${query}: claims exact matches, none exist`);
      continue;
    }
    if (outcome.kind !== 'results' || !outcome.exact) problems.push(`${query}: fell back, though sections contain it`);
    const missed = truth.filter((url) => !found.includes(url));
    const extra = found.filter((url) => !truth.includes(url));
    if (missed.length) problems.push(`${query}: missed ${missed.join(' ')}`);
    if (extra.length) problems.push(`${query}: returned sections without it: ${extra.join(' ')}`);
  }
  expect(problems).toEqual([]);
});

test('only whole query words are marked, in results and on the page they open', async () => {
  const problems: string[] = [];
  for (const query of multiCharacter) {
    const outcome = await engine.search(query);
    if (outcome.kind !== 'results') continue;
    const allowed = new Set(declaredVariants(query));
    for (const hit of outcome.hits) {
      const marked = [...hit.title, ...hit.excerpt].filter((piece) => piece.mark).map((piece) => piece.text);
      const sent = new URL(hit.href, 'https://guide.example').searchParams.getAll(HIGHLIGHT_PARAM);
      for (const word of [...marked, ...sent]) {
        if ([...foldText(word)].length < 2) problems.push(`${query}: marks the lone character "${word}" in ${hit.url}`);
        else if (outcome.exact && !allowed.has(foldText(word)))
          problems.push(`${query}: marks "${word}", not the query or a synonym, in ${hit.url}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('excerpts are clean text: no markers, numbering or Pagefind full stops', async () => {
  const problems: string[] = [];
  for (const { query } of LABELLED_QUERIES) {
    for (const hit of hitsOf(await engine.search(query))) {
      const text = [...hit.title, ...hit.excerpt].map((piece) => piece.text).join('');
      if (/\[\d+\]|^#|\p{Script=Han}\. |^\d第|\u200b/u.test(text))
        problems.push(`${query}: ${hit.url} shows “${text.slice(0, 60)}”`);
    }
  }
  expect(problems).toEqual([]);
});

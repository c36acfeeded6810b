/**
 * The page a result opens marks whole words only: for every multi-character query of the
 * labelled set, its first result is opened with the highlight parameters that
 * search gives its link (the site's engine over the built index, the code the search box
 * runs), and no run of marks on that page may be a lone character.
 */
import { test, expect } from './fixtures';
import { foldText } from '../../src/features/search/text.ts';
import { nodeEngine } from '../search/node-pagefind.ts';
import { LABELLED_QUERIES } from '../search/queries.ts';
import { markedRuns } from '../search/marks.ts';
import { DIST } from '../setup/dist.ts';

/** The result a reader opens: the first (each opened page takes a second or so). */
const OPENED = 1;

/** The first result's link of every multi-character query, with the query that gave it. */
async function openedLinks(): Promise<[string, string][]> {
  const engine = await nodeEngine(DIST);
  const links = new Map<string, string>();
  for (const { query } of LABELLED_QUERIES) {
    if ([...foldText(query)].length < 2) continue;
    const outcome = await engine.search(query);
    if (outcome.kind !== 'results') continue;
    for (const hit of outcome.hits.slice(0, OPENED)) if (hit.href.includes('?')) links.set(hit.href, query);
  }
  return [...links];
}

// Two halves of the set, so the two workers share the pages.
for (const half of [0, 1]) {
  test(`opened results mark no lone character of a multi-character query (half ${half + 1} of 2)`, async ({ page }) => {
    test.setTimeout(600_000);
    const all = await openedLinks();
    expect(all.length).toBeGreaterThan(80);
    const links = all.filter((_, index) => index % 2 === half);
    const problems: string[] = [];
    let marked = 0;
    for (const [href, query] of links) {
      // The page script loads Pagefind's highlighter for a result's link, which marks the
      // words as soon as it runs: wait for it, then for its marks (every sent word is on the
      // page), counting a page that shows none in time.
      const highlighter = page
        .waitForResponse((response) => response.url().endsWith('/pagefind/pagefind-highlight.js'), {
          timeout: 15_000,
        })
        .catch(() => undefined);
      await page.goto(href);
      await highlighter;
      await page
        .waitForFunction(() => document.querySelector('mark.pagefind-highlight'), undefined, { timeout: 2_000 })
        .catch(() => undefined);
      const runs = await markedRuns(page);
      if (runs.length > 0) marked++;
      for (const run of runs)
        if ([...foldText(run)].length < 2) problems.push(`${query}: “${run}” marked alone on ${decodeURI(href)}`);
    }
    expect(problems).toEqual([]);
    // The words were marked at all (a check that marked nothing would pass on nothing).
    expect(marked).toBeGreaterThan(links.length * 0.9);
  });
}

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

test('opened results mark no lone character of a multi-character query', async ({ page }) => {
  test.setTimeout(900_000);
  const engine = await nodeEngine(DIST);
  const links = new Map<string, string>();
  for (const { query } of LABELLED_QUERIES) {
    if ([...foldText(query)].length < 2) continue;
    const outcome = await engine.search(query);
    if (outcome.kind !== 'results') continue;
    for (const hit of outcome.hits.slice(0, OPENED)) if (hit.href.includes('?')) links.set(hit.href, query);
  }
  expect(links.size).toBeGreaterThan(80);
  const problems: string[] = [];
  let marked = 0;
  for (const [href, query] of links) {
    // The highlighter loads after the page, on its own request: done once the network is idle.
    await page.goto(href, { waitUntil: 'networkidle' });
    const runs = await markedRuns(page);
    if (runs.length > 0) marked++;
    for (const run of runs)
      if ([...foldText(run)].length < 2) problems.push(`${query}: “${run}” marked alone on ${decodeURI(href)}`);
  }
  expect(problems).toEqual([]);
  // The words were marked at all (a check that marked nothing would pass on nothing).
  expect(marked).toBeGreaterThan(links.size * 0.9);
});

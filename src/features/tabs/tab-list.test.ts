import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tabsOf } from './tab-list';

const CONTENT = fileURLToPath(new URL('../../../content', import.meta.url));

describe('tabsOf', () => {
  it('reads each panel’s id and label, in order, with entities decoded', () => {
    const html = `
      <section id="iphone" data-tab-panel data-label="iPhone" class="tab-panel"><h3>iPhone</h3><p>…</p></section>
      <section id="samsung" data-tab-panel data-label="三星 &amp; Samsung"><h3>三星</h3></section>`;
    expect(tabsOf(html)).toEqual([
      { id: 'iphone', label: 'iPhone' },
      { id: 'samsung', label: '三星 & Samsung' },
    ]);
  });

  it('ignores sections that are not tab panels, and panels without an id', () => {
    expect(tabsOf('<section id="a"></section><section data-tab-panel data-label="x"></section>')).toEqual([]);
  });
});

describe('the guide’s tab groups', () => {
  // Tabs.astro styles the tab of a linked panel (#samsung) with one CSS rule per place, up to four.
  it('have two to four panels each', () => {
    const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    const groups = files.flatMap((file) =>
      [...readFileSync(join(CONTENT, file), 'utf8').matchAll(/<Tabs>([\s\S]*?)<\/Tabs>/g)].map((match) => ({
        file,
        panels: (match[1]!.match(/<TabPanel\b/g) ?? []).length,
      })),
    );
    expect(groups.length).toBeGreaterThan(0);
    for (const { file, panels } of groups) {
      expect(panels, file).toBeGreaterThanOrEqual(2);
      expect(panels, file).toBeLessThanOrEqual(4);
    }
  });
});

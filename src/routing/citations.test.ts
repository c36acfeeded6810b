import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import Callout from '../components/Callout.astro';
import Phrase from '../features/phrases/Phrase.astro';
import Source from '../components/Source.astro';
import * as cited from './fixtures/cited.mdx';
import { citations, citationsOf } from './citations';
import { sourceOf } from '../data/sources';
import { t } from '../lib/i18n';

/** Compiles MDX with the plugin alone, at test time (the module cache keeps the fixture's pipeline output). */
async function compile(source: string) {
  const fileURL = new URL('../../content/x.mdx', import.meta.url);
  const data = {
    astro: {
      frontmatter: {} as Record<string, unknown>,
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
  await mdxToJs(source, { mdastPlugins: [citations], fileURL, data });
  return citationsOf(data.astro.frontmatter['citations']).map(({ key, number, refs }) => ({ key, number, refs }));
}

/* The fixture is compiled by the site's own MDX pipeline, so the citations plugin runs on it. */
const container = await AstroContainer.create();
container.addServerRenderer({ name: '@astrojs/mdx', renderer: mdxRenderer });
const html = await container.renderToString(cited.default, {
  props: { components: { Source, Phrase, Callout } },
});
const markers = [...html.matchAll(/<a id="([^"]+)" href="#([^"]+)" aria-label="([^"]+)">\[(\d+)\]<\/a>/g)];

describe('the citations plugin', () => {
  const expected = [
    { key: 'activ-faq', number: 1, refs: ['cite-1-1', 'cite-1-2'] },
    { key: 'kcell-documents', number: 2, refs: ['cite-2-1', 'cite-2-2'] },
  ];
  it('numbers sources in order of first citation, a phrase card where it stands, into the render result', async () => {
    expect(await compile(readFileSync(new URL('fixtures/cited.mdx', import.meta.url), 'utf8'))).toEqual(expected);
    expect(citationsOf(cited.frontmatter['citations']).map(({ key, number, refs }) => ({ key, number, refs }))).toEqual(
      expected,
    );
  });

  it('fails the build on an unknown key, naming the file and the key', async () => {
    await expect(compile('推广频道<Source id="some-channel" />。')).rejects.toThrow(
      'content/x.mdx: <Source id="some-channel" /> is not a known source key',
    );
    await expect(compile('<Phrase id="x" zh="一" source="nope"><span lang="ru">Да</span></Phrase>')).rejects.toThrow(
      '<Source id="nope" /> is not a known source key',
    );
  });

  it('renders each citation as a named link to its source, with the id the source list links back to', () => {
    expect(markers.map(([, id, href, , n]) => `${id}→${href} [${n}]`)).toEqual([
      'cite-1-1→source-1 [1]',
      'cite-2-1→source-2 [2]',
      'cite-1-2→source-1 [1]',
      'cite-2-2→source-2 [2]',
    ]);
    // Named by the source's own title, which the content may reword.
    expect(markers[1]?.[3]).toBe(t('cite.marker', { n: 2, title: sourceOf('kcell-documents').title }));
  });

  it('gives a page without citations an empty list', () => expect(citationsOf(undefined)).toEqual([]));
});

import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { findSource, sourceOf, unknownSource, type Source } from '../data/sources';

/** One source as a page cites it: its footnote number and the ids of its markers. */
export interface Citation {
  key: string;
  /** 1-based, in order of first citation on the page. */
  number: number;
  source: Source;
  /** The id of each marker that cites it, in document order (`cite-2-1`, `cite-2-2`, …). */
  refs: string[];
}

/** What the plugin leaves in the render result (`remarkPluginFrontmatter.citations`). */
export type CompiledCitation = Omit<Citation, 'source'>;

/** The id of a footnote marker. */
export const citeId = (number: number, occurrence: number) => `cite-${number}-${occurrence}`;

/** The id of a source in a page's numbered list. */
export const sourceItemId = (number: number | string) => `source-${number}`;

/**
 * The citations of a page: `<Source id="key" />`, or a phrase card's `source="key"` (which
 * renders a <Source> inside the card). Numbers them at compile time, in document order, as
 * Starlight's remark-asides handles asides: each <Source> gets the props its marker needs
 * (`number`, `marker`), a card gets such a <Source> in its "source" slot, and the page's
 * list goes to the render result, where route data reads it. Throws, naming the file and the key, when
 * a key is not in content/sources.yaml, so an unvetted or mistyped source never reaches a reader.
 */
export const citations: MdastPluginEntry = ({ fileURL }) => {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'MDX';
  const byKey = new Map<string, CompiledCitation>();
  const cite = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, ctx: MdastVisitorContext) => {
    const name = CITING[node.name ?? ''];
    const key = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
    if (!name || typeof key !== 'string') return;
    if (!findSource(key)) {
      throw new Error(`${file}: ${unknownSource(`<Source id="${key}" />`)}`);
    }
    const citation = byKey.get(key) ?? { key, number: byKey.size + 1, refs: [] };
    byKey.set(key, citation);
    citation.refs.push(citeId(citation.number, citation.refs.length + 1));
    const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
    const marker = {
      type: node.type,
      name: 'Source',
      attributes: [
        attribute('id', key),
        attribute('number', String(citation.number)),
        attribute('marker', citation.refs.at(-1) ?? ''),
        ...(node.name === 'Phrase' ? [attribute('slot', 'source')] : []),
      ],
      children: [],
    } as MdxJsxFlowElement;
    if (node.name === 'Phrase') ctx.appendChild(node, marker);
    else ctx.replaceNode(node, marker);
  };
  return {
    name: 'guide-citations',
    mdxJsxFlowElement: cite,
    mdxJsxTextElement: cite,
    after: (_, ctx) => {
      const astro = ctx.data['astro'] as { frontmatter: Record<string, unknown> };
      astro.frontmatter['citations'] = [...byKey.values()];
    },
  };
};

/** The elements that cite a source, by the attribute that names it. */
const CITING: Record<string, string> = { Source: 'id', Phrase: 'source' };

/** The numbered sources of a page, from what the plugin compiled into it (none when it has no citations). */
export function citationsOf(compiled: unknown): Citation[] {
  return ((compiled ?? []) as CompiledCitation[]).map((citation) => ({ ...citation, source: sourceOf(citation.key) }));
}

/** The citations of data that names its sources by key (the situation plans): numbered, with no markers. */
export function citationsOfKeys(keys: readonly string[]): Citation[] {
  return [...new Set(keys)].map((key, index) => ({ key, number: index + 1, source: sourceOf(key), refs: [] }));
}

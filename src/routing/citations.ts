import { findSource, type Source } from '../data/sources';

/** One source as a page cites it: its footnote number and the ids of its markers. */
export interface Citation {
  key: string;
  /** 1-based, in order of first citation on the page. */
  number: number;
  source: Source;
  /** The id of each marker that cites it, in document order (`cite-2-1`, `cite-2-2`, …). */
  refs: string[];
}

/** `<Source id="key" />`, or a phrase card's `source="key"`, which renders a <Source> inside it. */
const CITE = /<Source\s+id=["']([^"']*)["']\s*\/>|<Phrase\b[^>]*?\ssource=["']([^"']*)["']/g;

/** The id of a footnote marker; the numbering of rendered markers must follow the same rule. */
export const citeId = (number: number, occurrence: number) => `cite-${number}-${occurrence}`;

/** The id of a source in a page's numbered list. */
export const sourceItemId = (number: number) => `source-${number}`;

/**
 * The sources a page cites, numbered in order of first citation, read from the MDX text.
 * Throws, naming the file and the key, when a key is not in src/data/sources.ts, so an
 * unvetted or mistyped source can never reach a reader.
 */
export function citationsOf(body: string, file: string): Citation[] {
  const byKey = new Map<string, Citation>();
  for (const [, sourceKey, phraseKey] of body.matchAll(CITE)) {
    const key = sourceKey ?? phraseKey ?? '';
    let citation = byKey.get(key);
    if (!citation) {
      const source = findSource(key);
      if (!source) {
        throw new Error(
          `${file}: <Source id="${key}" /> is not a known source key; add it to src/data/sources.ts (from FACTS.md) or fix the key.`,
        );
      }
      citation = { key, number: byKey.size + 1, source, refs: [] };
      byKey.set(key, citation);
    }
    citation.refs.push(citeId(citation.number, citation.refs.length + 1));
  }
  return [...byKey.values()];
}

/**
 * The citations of data that names its sources by key (the situation plans): numbered in
 * order, with no markers in the text to link back to. Throws for an unknown key.
 */
export function citationsOfKeys(keys: readonly string[], file: string): Citation[] {
  return [...new Set(keys)].map((key, index) => {
    const source = findSource(key);
    if (!source) throw new Error(`${file}: "${key}" is not a known source key in src/data/sources.ts.`);
    return { key, number: index + 1, source, refs: [] };
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { pageFiles, urlOfFile } from '../../src/build/site-files.ts';
import { SYNONYM_GROUPS } from '../../src/data/synonyms.ts';
import { BLOCK_BREAK, foldText } from '../../src/features/search/text.ts';

/** A section of a built page, as the reader sees it: what search must find. */
export interface TruthSection {
  /** "/steps/sign-in/#forgot-password", or the page path for its opening. */
  url: string;
  /** Heading and text, folded for matching, blocks apart. */
  folded: string;
}

const BLOCKS = new Set(
  'P DIV LI UL OL H1 H2 H3 H4 H5 H6 SECTION ARTICLE ASIDE BLOCKQUOTE DL DT DD TABLE TR TD TH FIGURE FIGCAPTION PRE BR HR DETAILS SUMMARY HEADER FOOTER NAV'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);

/**
 * Every section of every indexed page in dist/, straight from the HTML: the regions
 * marked data-pagefind-body, without what is marked data-pagefind-ignore, cut at each
 * h2 and each card (article) with an id. Independent of Pagefind's index, so it can judge search.
 */
export function truthSections(dist: string): TruthSection[] {
  const sections: TruthSection[] = [];
  for (const file of pageFiles(dist)) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const page = urlOfFile(file);
    let current: { url: string; text: string[] } = { url: page, text: [] };
    const all = [current];
    const walk = (node: Node) => {
      if (node.nodeType === NodeType.TEXT_NODE) {
        // Line breaks in the HTML source are spaces; blocks are what separates text.
        current.text.push(node.text.replace(/\s+/g, ' '));
        return;
      }
      if (node.nodeType !== NodeType.ELEMENT_NODE) return;
      const element = node as HTMLElement;
      if (SKIPPED.has(element.tagName) || element.hasAttribute('data-pagefind-ignore')) return;
      // A section starts at each h2 with an id, and at each card (a phrase card is an article with an id).
      if ((element.tagName === 'H2' || element.tagName === 'ARTICLE') && element.id) {
        current = { url: `${page}#${element.id}`, text: [] };
        all.push(current);
      }
      const block = BLOCKS.has(element.tagName);
      if (block) current.text.push(BLOCK_BREAK);
      element.childNodes.forEach(walk);
      if (block) current.text.push(BLOCK_BREAK);
    };
    for (const body of parse(html).querySelectorAll('[data-pagefind-body]')) walk(body);
    for (const { url, text } of all) sections.push({ url, folded: foldText(text.join('')) });
  }
  return sections;
}

/** The query folded, and the synonyms that src/data/synonyms.ts declares for it. */
export function declaredVariants(query: string): string[] {
  const folded = foldText(query.replace(/[^\p{L}\p{N}]+/gu, ' '));
  const group = SYNONYM_GROUPS.map((words) => words.map(foldText)).find((words) => words.includes(folded));
  return [...new Set([folded, ...(group ?? [])])];
}

/** The sections that contain the query, or a synonym, in one piece. */
export function sectionsContaining(sections: readonly TruthSection[], query: string): string[] {
  const variants = declaredVariants(query);
  return sections.filter((section) => variants.some((v) => section.folded.includes(v))).map((s) => s.url);
}

import type { Citation } from '../routing/citations';
import { sourceItemId } from '../routing/citations';
import { t } from './i18n';

const escapeAttr = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const PLACEHOLDER = /<sup class="cite" data-cite="([^"]*)"><\/sup>/g;

/**
 * Turns the citation placeholders of a rendered page into numbered footnote markers: a
 * superscript link to the source list with an accessible name ("来源 2：Kcell 文件页面") and
 * the id that the list links back to. The ids follow `citations[].refs`, which route data
 * derived from the same text, in the same order.
 */
export function numberCitations(html: string, citations: readonly Citation[]): string {
  const byKey = new Map(citations.map((citation) => [citation.key, citation]));
  const seen = new Map<string, number>();
  return html.replace(PLACEHOLDER, (_, key: string) => {
    const citation = byKey.get(key);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const id = citation?.refs[occurrence - 1];
    if (!citation || !id) throw new Error(`Citation of "${key}" (${occurrence}) is not in the page's route data.`);
    const label = t('cite.marker', { n: citation.number, title: citation.source.title });
    // Not indexed for search: "[2]" in a result's excerpt says nothing.
    return `<sup class="cite" data-pagefind-ignore><a id="${id}" href="#${sourceItemId(citation.number)}" aria-label="${escapeAttr(label)}">[${citation.number}]</a></sup>`;
  });
}

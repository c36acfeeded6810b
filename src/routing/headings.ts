import type { MarkdownHeading } from 'astro';

/** A `##` section of a page: its stable id and its text. */
export interface Heading {
  id: string;
  text: string;
}

/** The `## title {#id}` sections of a page, from Astro's render() result, in order. */
export function sectionsOf(headings: readonly MarkdownHeading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ id: slug, text }));
}

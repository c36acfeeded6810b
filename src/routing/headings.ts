/** A `##` section of a page: its stable id and its text. */
export interface Heading {
  id: string;
  text: string;
}

const H2 = /^##\s+(.+?)\s*\{#([A-Za-z0-9_-]+)\}\s*$/gm;

/** The `## title {#id}` sections of an MDX page, in order, with inline Markdown removed. */
export function headingsOf(body: string): Heading[] {
  return [...body.matchAll(H2)].map(([, text = '', id = '']) => ({
    id,
    text: text
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '')
      .trim(),
  }));
}

/**
 * Prepares one page's rendered HTML for the one-page print edition: ids get the page's
 * prefix (two pages may both have #forgot-password), same-page #links follow them, and
 * root-relative links become absolute so the printed URLs work from paper.
 */
export function printableHtml(html: string, prefix: string, site: URL): string {
  return html
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(
      /\s(aria-labelledby|aria-controls|for)="([^"]+)"/g,
      (_, attr: string, ids: string) =>
        ` ${attr}="${ids
          .split(/\s+/)
          .map((id) => `${prefix}-${id}`)
          .join(' ')}"`,
    )
    .replace(/\shref="#([^"]*)"/g, (_, id: string) => ` href="#${prefix}-${id}"`)
    .replace(
      /\shref="(\/[^"]*)"/g,
      (_, path: string) => ` href="${path}" data-print-url="${new URL(path, site).href}"`,
    );
}

/** Where an internal link goes in the print edition, and how paper names it. */
export interface PrintTarget {
  /** The id on /print/ to link to, or undefined for a page that is not printed. */
  anchor: string | undefined;
  /** "第 6 步" or "注意事项·提前备份数据": printed after the link as "（见…）". */
  label: string;
}

/** What the print edition needs of one part: where it came from and its sections. */
export interface PrintablePart {
  prefix: string;
  path: string;
  /** Short name: "第 6 步" for a step, else the page title. */
  name: string;
  headings: readonly { id: string; text: string }[];
}

/** Every page and section a link may point at, keyed by "path" and "path#id". */
export function printTargets(
  parts: readonly PrintablePart[],
  unprinted: readonly { path: string; name: string }[],
): Map<string, PrintTarget> {
  const targets = new Map<string, PrintTarget>();
  for (const part of parts) {
    targets.set(part.path, { anchor: part.prefix, label: part.name });
    for (const heading of part.headings) {
      targets.set(`${part.path}#${heading.id}`, {
        anchor: `${part.prefix}-${heading.id}`,
        label: `${part.name}·${heading.text}`,
      });
    }
  }
  for (const page of unprinted) targets.set(page.path, { anchor: undefined, label: page.name });
  return targets;
}

const prefixIds = (ids: string, prefix: string) =>
  ids
    .split(/\s+/)
    .map((id) => `${prefix}-${id}`)
    .join(' ');

/**
 * Prepares one page's rendered HTML for the one-page print edition: ids get the part's
 * prefix (two pages may both have #forgot-password), same-page #links follow them, and a
 * link to another page of the guide points at its place on /print/ and carries the words
 * paper shows instead of a URL ("见第 6 步"). A link to an unknown page is left alone.
 */
export function printableHtml(html: string, prefix: string, targets: ReadonlyMap<string, PrintTarget>): string {
  return html
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(
      /\s(aria-labelledby|aria-describedby|aria-controls|for)="([^"]+)"/g,
      (_, attr: string, ids: string) => ` ${attr}="${prefixIds(ids, prefix)}"`,
    )
    .replace(/\shref="#([^"]*)"/g, (_, id: string) => ` href="#${prefix}-${id}"`)
    .replace(/\shref="(\/[^"#]*)(#[^"]*)?"/g, (whole, path: string, hash = '') => {
      const target = targets.get(`${path}${hash}`) ?? targets.get(path);
      if (!target) return whole;
      const href = target.anchor ? `#${target.anchor}` : path + hash;
      return ` href="${href}" data-print-ref="${target.label.replaceAll('"', '&quot;')}"`;
    });
}

import { parse } from 'node-html-parser';

/** What the link check needs to know about one built page. */
export interface BuiltPage {
  /** Site path of the page, e.g. "/steps/sign-in/". */
  path: string;
  /** Every id in the page, for #fragment links. */
  ids: Set<string>;
  links: { href: string; rel: string }[];
}

/** Reads a built HTML file into the parts the link check uses. */
export function readBuiltPage(path: string, html: string): BuiltPage {
  const root = parse(html);
  return {
    path,
    ids: new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')),
    links: root.querySelectorAll('a[href]').map((a) => ({
      href: a.getAttribute('href') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
  };
}

/**
 * Every broken or unsafe link across the built site, one readable line each:
 * an internal link to a page or #id that does not exist, or an external link that is
 * not https, goes to a host outside `allowedHosts`, or lacks rel="noopener noreferrer".
 */
export function checkLinks(pages: readonly BuiltPage[], allowedHosts: ReadonlySet<string>): string[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const { href, rel } of page.links) {
      const problem = checkOne(page, href, rel, byPath, allowedHosts);
      if (problem) problems.push(`${page.path}: ${problem}`);
    }
  }
  return problems;
}

function checkOne(
  page: BuiltPage,
  href: string,
  rel: string,
  byPath: Map<string, BuiltPage>,
  allowedHosts: ReadonlySet<string>,
): string | undefined {
  if (href.startsWith('mailto:') || href.startsWith('tel:'))
    return `link "${href}" is not allowed; write the address as text`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    const url = new URL(href, 'https://invalid.example');
    if (url.protocol !== 'https:') return `external link ${href} must use https`;
    if (!allowedHosts.has(url.hostname))
      return `external link ${href} goes to ${url.hostname}, which is not in src/data/allowed-hosts.ts`;
    const rels = new Set(rel.split(/\s+/));
    if (!rels.has('noopener') || !rels.has('noreferrer'))
      return `external link ${href} needs rel="noopener noreferrer"`;
    return undefined;
  }
  const url = new URL(href, `https://site.invalid${page.path}`);
  const target = byPath.get(url.pathname) ?? byPath.get(`${url.pathname}/`);
  if (!target) return `link ${href} points to no page`;
  if (!target.path.endsWith('/') && url.pathname !== target.path) return `link ${href} needs a trailing slash`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !target.ids.has(id)) return `link ${href} points to #${id}, which ${target.path} does not have`;
  return undefined;
}

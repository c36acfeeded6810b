/**
 * The public path of a content entry: "index" is the home page, every other id maps to
 * a folder URL with a trailing slash ("steps/sign-in" → "/steps/sign-in/"), which is
 * what `trailingSlash: 'always'` and static hosts serve without a redirect.
 */
export function entryPath(id: string): string {
  const clean = id.replace(/^\/+|\/+$/g, '');
  if (clean === '' || clean === 'index') return '/';
  return `/${clean.replace(/\/index$/, '')}/`;
}

/** The route parameter for a content entry; undefined stands for the site root. */
export function entrySlug(id: string): string | undefined {
  const path = entryPath(id);
  return path === '/' ? undefined : path.slice(1, -1);
}

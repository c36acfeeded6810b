/**
 * The link-preview (Open Graph) image of a page, as built by src/pages/og/[...slug].png.ts:
 * the page's path with its trailing slash or `.html` replaced by `.png`, under `/og/`.
 *
 * ```
 * ogImagePath('/')                → '/og/index.png'
 * ogImagePath('/steps/sign-in/')  → '/og/steps/sign-in.png'
 * ogImagePath('/sources/')        → '/og/sources.png'
 * ogImagePath('/404.html')        → '/og/404.png'   (also '/404/' and '/404')
 * ```
 *
 * A query string or fragment is ignored. The result is root-relative: for `og:image`,
 * make it absolute with `new URL(ogImagePath(Astro.url.pathname), Astro.site)`.
 */
export function ogImagePath(pagePath: string): string {
  return `/og/${ogImageSlug(pagePath)}.png`;
}

/**
 * The `[...slug]` route parameter of a page's image: `ogImagePath(path)` without the
 * leading `/og/` and the `.png` ('/' → 'index', '/steps/sign-in/' → 'steps/sign-in').
 */
export function ogImageSlug(pagePath: string): string {
  const path = (pagePath.split(/[?#]/)[0] ?? '')
    .replace(/\/index\.html?$/, '/')
    .replace(/\.html?$/, '')
    .replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index' : path;
}

/** The URL parameter Pagefind's results add, carrying the searched words. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * After opening a search result, marks the searched words on the page with Pagefind's
 * highlight script (fetched only then). Its own inline <style> would break the CSP, so
 * the look comes from global.css instead.
 */
export function initHighlight(): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const script = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ script)
    .then(
      ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }),
    )
    .catch((error: unknown) => console.warn('Search highlighting could not be loaded', error));
}

/** The URL parameter that carries the matched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** More or longer words than search ever sends are not from search: ignored. */
export const MAX_WORDS = 6;
export const MAX_WORD_LENGTH = 40;

/**
 * After opening a search result, marks the searched words on the page with Pagefind's
 * highlight script (fetched only then). Search sends each matched word whole, as it is
 * written on the page ("删除 eSIM", never 删 and 除 apart), so only whole words light up.
 * Its own inline <style> would break the CSP, so the look comes from global.css instead.
 */
export function initHighlight(): void {
  const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
  if (words.length === 0 || words.length > MAX_WORDS || words.some((word) => word.length > MAX_WORD_LENGTH)) return;
  const script = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ script)
    .then(
      ({ default: PagefindHighlight }) =>
        new PagefindHighlight({
          highlightParam: HIGHLIGHT_PARAM,
          addStyles: false,
          markOptions: {
            className: 'pagefind-highlight',
            exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
            // A word may run across inline markup, as in **绑定这个号码的账户**.
            acrossElements: true,
          },
        }),
    )
    .catch((error: unknown) => console.warn('Search highlighting could not be loaded', error));
}

/*
 * The one script every page loads, from the end of <body> so it never holds back first
 * paint. It does only what must happen before the reader acts (the theme picker, the
 * search shortcut, offline reading); what else answers an action is in
 * interact.ts, fetched by its URL on the first action (see src/build/search-ui-chunk.ts).
 */
import interactUrl from 'virtual:interact-url';
import { isSearchShortcut, type KeyLike } from './search/shortcut';
import { initOffline } from './offline/offline-status';
import { applyTheme } from './theme/client';

type Interact = typeof import('./interact');
let interact: Promise<Interact> | undefined;
const act = (use: (module: Interact) => void): void => {
  interact ??= import(/* @vite-ignore */ interactUrl);
  interact.then(use).catch((error: unknown) => {
    interact = undefined;
    console.warn('Could not load', error);
  });
};

/** The dialog opens at once (it is in the page); the search code follows it. */
function openSearch(dialog: HTMLDialogElement): void {
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
  act((module) => module.startSearch(dialog));
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search]');
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  if (dialog && target.closest('[data-search-open], [data-search-trigger]')) openSearch(dialog);
  else if (target.closest('print-button button')) print();
  else if (target.closest('a[data-copy-link], [data-share-step]')) {
    // The heading link copies its address instead of jumping; the jump happens in share().
    event.preventDefault();
    act((module) => module.share(target));
  }
});
document.addEventListener('keydown', (event) => {
  if (!dialog || document.querySelector('dialog[open]')) return;
  // A key event's target is an Element (or the document, which has no tagName): KeyLike fits.
  if (!isSearchShortcut(event as KeyLike)) return;
  event.preventDefault();
  openSearch(dialog);
});

// The inline theme script has already applied a stored choice as data-theme.
const theme = document.querySelector<HTMLSelectElement>('[data-theme-select]');
if (theme) {
  theme.value = document.documentElement.dataset['theme'] ?? 'auto';
  // At once, not after a download: the reader is looking at the page change.
  theme.addEventListener('change', () => applyTheme(theme));
}

// A search result opens its page with the searched words in the query string.
if (location.search) act((module) => module.initHighlight());

initOffline();

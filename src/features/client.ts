/*
 * The one script every page loads, after first paint (see entry-loader.ts), so it never
 * holds that back. It does only what must happen before the reader acts (the theme picker,
 * the search shortcut, offline reading) and listens for actions; what answers them is in
 * interact.ts, fetched by its URL on the first action (see src/build/lazy-chunks.ts). Until
 * then, every control the server drew works as plain HTML: device tabs are links to their
 * sections, the situation check's options are links to their answer pages.
 */
import interactUrl from 'virtual:interact-url';
import progressUrl from 'virtual:progress-url';
import { isSearchShortcut, type KeyLike } from './search/shortcut';
import { initOffline } from './offline/offline-status';
import { applyTheme } from './theme/client';

type Interact = typeof import('./interact');
let interact: Promise<Interact> | undefined;
/** Runs `use` once the chunk is here; if it cannot load (offline, before it was saved), `fallback`. */
const act = (use: (module: Interact) => void, fallback?: () => void): void => {
  interact ??= import(/* @vite-ignore */ interactUrl);
  interact.then(use).catch((error: unknown) => {
    interact = undefined;
    console.warn(error);
    fallback?.();
  });
};

/** The dialog opens at once (it is in the page); the search code follows it. */
function openSearch(dialog: HTMLDialogElement): void {
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
  act((module) => module.startSearch(dialog));
}

/** Links that the page turns into controls on the reader's first action (interact.ts). */
const REACHABLE = '[data-tab], situation-check [data-option] > a';
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search]');
// From now on the search button opens the dialog (the page script starts after first paint).
if (dialog)
  document.querySelectorAll('[data-search-open]').forEach((button) => button.setAttribute('aria-haspopup', 'dialog'));
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  if (dialog && target.closest('[data-search-open], [data-search-trigger]')) openSearch(dialog);
  else if (target.closest('print-button button')) print();
  else if (target.closest('[data-phrase-show]')) target.closest('phrase-card')?.querySelector('dialog')?.showModal();
  else if (target.closest('[data-phrase-copy]')) act((module) => module.copyPhrase(target));
  else if (target.closest(REACHABLE) && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) {
    // Opens in place (a new tab, or no JavaScript, follows the link). Read now: once the code
    // has loaded, the link has become a tab or a radio.
    const href = target.closest(REACHABLE)!.getAttribute('href')!;
    event.preventDefault();
    // Without the chunk, the link does what it does without JavaScript.
    act(
      (module) => module.reach(href, true),
      () => (location.href = href),
    );
  } else if (target.closest('a[data-copy-link], [data-share-step]')) {
    // The heading link copies its address instead of jumping; the jump happens in share().
    event.preventDefault();
    act((module) => module.share(target));
  }
});
// Reached by keyboard, they become real tabs and radios at once, so that the arrow keys work.
// Not on a mouse press, which also focuses: the upgrade would take the link away before the
// click, which then opens the tab or answer.
document.addEventListener('focusin', (event) => {
  const link =
    event.target instanceof Element && event.target.matches(':focus-visible') && event.target.closest(REACHABLE);
  if (link) act((module) => module.reach(link.getAttribute('href')!, false));
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

// A step page's "done" ticks, a second file. This script itself starts after first paint
// (entry-loader.ts), so neither holds that back.
if (document.querySelector('step-progress')) import(/* @vite-ignore */ progressUrl).catch(console.warn);

import uiUrl from 'virtual:search-ui-url';
import highlightUrl from 'virtual:search-highlight-url';
import { isSearchShortcut, type KeyLike } from './shortcut';

/** What the search panel (ui.ts, loaded on first open) offers. */
interface SearchPanel extends HTMLElement {
  start(pagefind: unknown): Promise<void>;
  submit(): void;
}

/** A variable, so that Vite leaves the import alone (the file appears only after the build). */
const PAGEFIND = '/pagefind/pagefind.js';
/** Pagefind's WebAssembly for languages without a stemmer, Chinese among them. */
const WASM = '/pagefind/wasm.unknown.pagefind';

/**
 * <site-search> (Search.astro): the search button and its dialog. The dialog is in the page,
 * so it opens at once, in the reader's own tap or key press; the search code, Pagefind and
 * its index are fetched only then. Other buttons that open search carry data-search-trigger.
 */
class SiteSearch extends HTMLElement {
  #loading: Promise<unknown> | undefined;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    const button = this.querySelector('[data-search-open]');
    if (!dialog || !button) return;
    button.setAttribute('aria-haspopup', 'dialog');
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-search-open], [data-search-trigger]'))
        this.#open(dialog);
    });
    document.addEventListener('keydown', (event) => {
      // A key event's target is an Element (or the document, which has no tagName): KeyLike fits.
      if (document.querySelector('dialog[open]') || !isSearchShortcut(event as KeyLike)) return;
      event.preventDefault();
      this.#open(dialog);
    });
    dialog.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-search-close]')) dialog.close();
      // A tap on the backdrop: the event hits the dialog itself, outside its box.
      else if (target === dialog) {
        const box = dialog.getBoundingClientRect();
        const { clientX: x, clientY: y } = event;
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) dialog.close();
      }
    });
    dialog.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      // One Escape closes search: in the box, WebKit and Chromium would first clear the text.
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
        // Enter opens the first result (not while an input method composes: that Enter commits).
        event.preventDefault();
        dialog.querySelector<SearchPanel>('search-panel')?.submit?.();
      }
    });
    // A search result opens its page with the searched words in the query string.
    if (location.search)
      import(/* @vite-ignore */ highlightUrl).then(
        (module: typeof import('./highlight')) => module.initHighlight(),
        console.warn,
      );
  }

  #open(dialog: HTMLDialogElement): void {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    const status = dialog.querySelector<HTMLElement>('[role="status"]')!;
    // `astro dev` builds no index: say so instead of failing.
    if (dialog.dataset['dev']) status.textContent = dialog.dataset['dev'];
    else this.#load(dialog, status);
  }

  /** Fetches the search code and Pagefind side by side, the first time search opens. */
  #load(dialog: HTMLDialogElement, status: HTMLElement): void {
    if (!this.#loading) {
      // Pagefind asks for its WebAssembly only after its script and metadata have arrived;
      // fetched now, side by side with them, the largest file is there when it is asked for.
      const wasm = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: WASM });
      wasm.crossOrigin = 'anonymous';
      document.head.append(wasm);
    }
    this.#loading ??= Promise.all([import(/* @vite-ignore */ uiUrl), import(/* @vite-ignore */ PAGEFIND)])
      .then(([, pagefind]) => dialog.querySelector<SearchPanel>('search-panel')!.start(pagefind))
      .catch((error: unknown) => {
        this.#loading = undefined;
        console.warn('Search could not be loaded', error);
        status.textContent = dialog.dataset['error'] ?? '';
      });
  }
}

customElements.define('site-search', SiteSearch);

import uiUrl from 'virtual:search-ui-url';

/** What the search panel (ui.ts, loaded on first open) offers the loader. */
export interface SearchPanel extends HTMLElement {
  start(pagefind: unknown): Promise<void>;
  submit(): void;
}

let loading: Promise<unknown> | undefined;
/** A variable, so that Vite leaves the import alone (the file appears only after the build). */
const PAGEFIND = '/pagefind/pagefind.js';
/** Pagefind's WebAssembly for languages without a stemmer, Chinese among them. */
const WASM = '/pagefind/wasm.unknown.pagefind';

/**
 * Fetches the search code and Pagefind side by side, the first time search opens: the
 * page itself carries only this loader.
 */
function load(dialog: HTMLDialogElement, status: HTMLElement): void {
  if (!loading) {
    // Pagefind asks for its WebAssembly only after its script and metadata have arrived;
    // fetched now, side by side with them, the largest file is there when it is asked for.
    const wasm = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: WASM });
    wasm.crossOrigin = 'anonymous';
    document.head.append(wasm);
  }
  loading ??= Promise.all([import(/* @vite-ignore */ uiUrl), import(/* @vite-ignore */ PAGEFIND)])
    .then(([, pagefind]) => dialog.querySelector<SearchPanel>('search-panel')!.start(pagefind))
    .catch((error: unknown) => {
      loading = undefined;
      console.warn('Search could not be loaded', error);
      status.textContent = dialog.dataset['error'] ?? '';
    });
}

let wired = false;

/**
 * Runs once the page script has opened the dialog on the reader's first request (this
 * module arrives with interact.ts): wires closing and Enter, then loads search.
 */
export function startSearch(dialog: HTMLDialogElement): void {
  const status = dialog.querySelector<HTMLElement>('[role="status"]')!;
  if (!wired) {
    wired = true;
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
    // Enter in the box opens the first result once search has loaded (not while an input
    // method is still composing: that Enter commits the characters).
    dialog.querySelector('input')?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault();
      dialog.querySelector<SearchPanel>('search-panel')?.submit?.();
    });
  }
  // `astro dev` builds no index: say so instead of failing.
  if (dialog.dataset['dev']) status.textContent = dialog.dataset['dev'];
  else load(dialog, status);
}

import { isSearchShortcut } from './shortcut';
import { HIGHLIGHT_PARAM } from './highlight';

/** What this script uses of Pagefind's Component UI (loaded on demand, so typed here). */
interface PagefindModalElement extends HTMLElement {
  open(): void;
}
interface PagefindComponentsGlobal {
  configureInstance(name: string, options: Record<string, string>): void;
  getInstanceManager(): {
    getInstance(name?: string): { setTranslations(strings: Record<string, string>): void };
  };
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponentsGlobal;
  }
}

const BUNDLE = '/pagefind/';

let modal: Promise<PagefindModalElement> | undefined;

/** Fetches the Component UI once and mounts its modal, labelled from our dictionary. */
async function loadModal(strings: Record<string, string>): Promise<PagefindModalElement> {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${BUNDLE}pagefind-component-ui.css`;
  document.head.append(css);
  const script = `${BUNDLE}pagefind-component-ui.js`;
  await import(/* @vite-ignore */ script);
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI did not load');
  // Results link with the searched words, which initHighlight() marks on the next page.
  components.configureInstance('default', { highlightParam: HIGHLIGHT_PARAM });
  components.getInstanceManager().getInstance('default').setTranslations(strings);
  const element = document.createElement('pagefind-modal') as PagefindModalElement;
  document.body.append(element);
  await customElements.whenDefined('pagefind-modal');
  return element;
}

function showNotice(kind: 'dev' | 'error'): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-notice]');
  const text = dialog?.querySelector<HTMLElement>('p');
  if (!dialog || !text) return;
  text.textContent = (kind === 'dev' ? text.dataset['devText'] : text.dataset['errorText']) ?? '';
  dialog.showModal();
}

async function openSearch(button: HTMLElement): Promise<void> {
  // `astro dev` builds no index: say so instead of failing silently.
  if (button.dataset['dev'] === 'true') return showNotice('dev');
  const strings = JSON.parse(button.dataset['strings'] ?? '{}') as Record<string, string>;
  modal ??= loadModal(strings);
  try {
    (await modal).open();
  } catch (error) {
    modal = undefined;
    console.warn('Search could not be loaded', error);
    showNotice('error');
  }
}

/** Wires the header button, any other [data-search-trigger], and Ctrl/⌘K and "/". */
export function initSearch(): void {
  const button = document.querySelector<HTMLElement>('[data-search-open]');
  if (!button) return;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-search-open], [data-search-trigger]')) void openSearch(button);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (document.querySelector('dialog[open]')) return;
    if (!isSearchShortcut({ ...pick(event), target })) return;
    event.preventDefault();
    void openSearch(button);
  });
}

function pick(event: KeyboardEvent) {
  const { key, ctrlKey, metaKey, altKey, shiftKey, isComposing } = event;
  return { key, ctrlKey, metaKey, altKey, shiftKey, isComposing };
}

import { t } from '../../lib/i18n';
import { createEngine, type Engine, type Hit, type Outcome, type PagefindApi, type Piece } from './engine';
import { MAX_QUERY_CHARS } from './query';

/** Pagefind's JS module as /pagefind/pagefind.js exports it. */
interface PagefindModule {
  createInstance(options: { basePath: string; noWorker: boolean }): PagefindApi & {
    preload(term: string): Promise<void>;
  };
}

/**
 * Between single keystrokes: long enough to skip those of a word typed letter by letter,
 * short enough that results follow the last one within 150 ms on a warm index (Pagefind's
 * own default is 300 ms). A word committed at once is searched at once.
 */
const DEBOUNCE_MS = 60;
/** The list shows this many sections; the status says how many there are in all. */
const SHOWN = 20;

function renderPieces(pieces: readonly Piece[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of pieces) {
    if (piece.mark) fragment.append(Object.assign(document.createElement('mark'), { textContent: piece.text }));
    else fragment.append(piece.text);
  }
  return fragment;
}

function span(className: string, content: DocumentFragment | string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.append(content);
  return element;
}

/**
 * The search panel inside the dialog: the box, a status line that screen readers hear
 * (how many results, or why there are none), and a list of links, one per section.
 * Enter opens the first result, which is shown as selected; the arrow keys walk the list.
 * Everything it shows is built as text nodes, so nothing a reader types can become markup.
 */
class SearchPanelElement extends HTMLElement {
  private engine: Engine | undefined;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private timer: number | undefined;
  private latest = 0;
  private shown: string | undefined;

  connectedCallback(): void {
    this.input = this.querySelector('input')!;
    this.status = this.querySelector('[role="status"]')!;
    this.list = this.querySelector('ol')!;
    this.input.addEventListener('input', (event) => {
      const { isComposing, data } = event as InputEvent;
      // Pinyin being composed is not yet a word: wait for the committed characters.
      if (isComposing) return;
      // A word committed at once (by an input method, or pasted) needs no waiting.
      this.schedule((data?.length ?? 0) > 1 ? 0 : DEBOUNCE_MS);
    });
    this.input.addEventListener('compositionend', () => this.schedule(0));
    this.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Called by the loader with Pagefind's module once both have arrived. */
  async start(module: unknown): Promise<void> {
    const pagefind = (module as PagefindModule).createInstance({ basePath: '/pagefind/', noWorker: true });
    const engine = createEngine(pagefind);
    // Every page's text, side by side with the index: the guide is small, and a phone on a
    // slow network then pays its round trips once, before the first query needs them.
    engine.warm().catch((error: unknown) => console.warn('Search could not load ahead', error));
    // Waits for Pagefind's metadata and WebAssembly, and loads the index chunk that holds
    // the guide's most searched word (today, the whole index).
    await pagefind.preload('注销');
    this.engine = engine;
    await this.run();
  }

  submit(): void {
    this.list.querySelector('a')?.click();
  }

  private schedule(delay: number): void {
    // Busy from the keystroke until its results are shown, for screen readers and tests alike.
    this.list.setAttribute('aria-busy', 'true');
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    if (!this.engine) return;
    const query = this.input.value;
    const ticket = ++this.latest;
    if (query !== this.shown) {
      let outcome: Outcome;
      try {
        outcome = await this.engine.search(query);
      } catch (error) {
        console.warn('Search failed', error);
        this.status.textContent = this.closest<HTMLElement>('dialog')?.dataset['error'] ?? '';
        this.list.removeAttribute('aria-busy');
        return;
      }
      // A later keystroke has its own search running: this answer is stale.
      if (ticket !== this.latest) return;
      this.shown = query;
      this.render(query.trim(), outcome);
    }
    this.list.removeAttribute('aria-busy');
  }

  private render(query: string, outcome: Outcome): void {
    this.list.replaceChildren();
    if (outcome.kind === 'empty') {
      this.status.textContent = t('search.hint');
      return;
    }
    if (outcome.kind === 'invalid') {
      this.status.textContent =
        outcome.reason === 'tooLong' ? t('search.tooLong', { max: MAX_QUERY_CHARS }) : t('search.noWords');
      return;
    }
    const { hits, exact } = outcome;
    if (hits.length === 0) {
      this.status.textContent = t('search.zeroResults', { query: [...query].slice(0, MAX_QUERY_CHARS).join('') });
      return;
    }
    const count =
      hits.length > SHOWN
        ? t('search.countShown', { n: hits.length, shown: SHOWN })
        : t('search.count', { n: hits.length });
    this.status.textContent = exact ? count : `${t('search.loose')}。${count}`;
    this.list.append(...hits.slice(0, SHOWN).map((hit, index) => this.item(hit, index === 0)));
  }

  private item(hit: Hit, first: boolean): HTMLLIElement {
    const link = document.createElement('a');
    link.href = hit.href;
    link.className =
      'block rounded-md border border-line p-3 text-fg no-underline hover:border-accent aria-[current=true]:border-accent aria-[current=true]:bg-surface';
    if (first) link.setAttribute('aria-current', 'true');
    const heading = hit.title.map((piece) => piece.text).join('');
    link.append(span('block font-bold', renderPieces(hit.title)));
    if (hit.pageTitle && hit.pageTitle !== heading) link.append(span('block text-sm text-muted', hit.pageTitle));
    if (hit.excerpt.length > 0) link.append(span('mt-1 block text-sm', renderPieces(hit.excerpt)));
    // A result on this very page only scrolls: close the dialog so the section shows.
    link.addEventListener('click', () => this.closest('dialog')?.close());
    const item = document.createElement('li');
    item.append(link);
    return item;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    (next < 0 ? this.input : links[next]!).focus();
  }
}

customElements.define('search-panel', SearchPanelElement);

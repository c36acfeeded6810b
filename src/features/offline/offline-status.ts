import { noteFor, SAVED_COPY_ATTRIBUTE, SERVICE_WORKER_URL, type OfflineState } from './offline';

/** How long "已可离线阅读" stays on screen: it has been announced by then, and it is not news later. */
const READY_NOTE_MS = 8000;

/** Whether two boxes on screen overlap. */
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * <offline-status> (OfflineStatus.astro): registers the service worker that makes the guide
 * work offline, and keeps the small note current: the page is the saved copy (the worker
 * marks the pages it answers, SAVED_COPY_ATTRIBUTE: navigator.onLine says nothing reliable,
 * Firefox keeps it true without a network), the guide has just been saved, or a newer
 * version is ready. The server renders the live region, the button and the strings.
 */
class OfflineStatus extends HTMLElement {
  #state: OfflineState = {
    savedCopy: document.documentElement.hasAttribute(SAVED_COPY_ATTRIBUTE),
    justSaved: false,
    updateWaiting: false,
  };
  /** What the reader last touched: the note never covers it. */
  #touched: Element | null = null;

  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => location.reload());
    addEventListener('pointerdown', (event) => {
      this.#touched = event.target instanceof Element ? event.target : null;
      // The reader has moved on: "已可离线阅读" has said what it had to.
      if (this.#state.justSaved) this.#set({ justSaved: false });
    });
    this.#set({});
    const workers = navigator.serviceWorker;
    // `astro dev` builds no worker; browsers without service workers read online as before.
    if (!import.meta.env.PROD || !workers) return;
    let controlled = Boolean(workers.controller);
    workers.addEventListener('controllerchange', () => {
      if (!controlled) {
        // The first worker took over: the whole guide has been saved.
        controlled = true;
        this.#set({ justSaved: true });
        setTimeout(() => this.#set({ justSaved: false }), READY_NOTE_MS);
      } else if (this.#state.savedCopy) {
        // A newer version took over while this page shows an older saved copy.
        this.#set({ updateWaiting: true });
      }
    });
    // Once the page has loaded and the main thread is idle: the precache never competes with the page.
    const register = () => workers.register(SERVICE_WORKER_URL).then((registration) => this.#watch(registration));
    const idle = () =>
      'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register);
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  }

  /**
   * A saved copy is checked against the server when the page opens, when the browser says
   * it is back online and when the reader returns to the tab: if the server answers, the
   * copy on screen is current (or the update check finds a newer one), and the note goes.
   */
  #watch(registration: ServiceWorkerRegistration | undefined): void {
    // Some embedded browsers resolve without a registration; they simply read online.
    if (!registration) return;
    const recheck = () => {
      if (!this.#state.savedCopy) return;
      // HEAD is not a request the worker answers: only the server can.
      fetch(location.pathname, { method: 'HEAD', cache: 'no-store' }).then(
        async (response) => {
          if (!response.ok) return;
          await registration.update().catch(() => {});
          // A newer version is installing: the copy on screen is older, and its takeover
          // offers the update (controllerchange). Otherwise the copy on screen is current.
          if (registration.installing || registration.waiting) return;
          this.#set({ savedCopy: false });
        },
        () => {},
      );
    };
    recheck();
    addEventListener('online', recheck);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && recheck());
  }

  #set(change: Partial<OfflineState>): void {
    Object.assign(this.#state, change);
    const note = noteFor(this.#state);
    const text = this.querySelector('[data-note]');
    const button = this.querySelector('button');
    if (text) text.textContent = note === 'reading' || note === 'ready' ? (this.dataset[note] ?? '') : '';
    if (button) button.hidden = note !== 'update';
    // At the bottom unless that covers what the reader just touched or is on; then at the top.
    const region = this.querySelector<HTMLElement>('[role="status"]');
    if (!region) return;
    delete region.dataset['top'];
    const box = region.getBoundingClientRect();
    const used = [this.#touched, document.activeElement].filter((element) => element && element !== document.body);
    if (note && used.some((element) => overlaps(box, element!.getBoundingClientRect()))) region.dataset['top'] = '';
  }
}

customElements.define('offline-status', OfflineStatus);

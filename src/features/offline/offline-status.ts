import { noteFor, SAVED_COPY_ATTRIBUTE, SERVICE_WORKER_URL, type OfflineState } from './offline';

/** How long "已可离线阅读" stays on screen: it has been announced by then, and it is not news later. */
const READY_NOTE_MS = 8000;

/**
 * <offline-status>: the small note that says the guide is being read from the saved copy,
 * that it has just been saved for offline reading, or that a newer version is ready. The
 * server renders its live region, its button and its strings; this only fills them in.
 */
export class OfflineStatus extends HTMLElement {
  readonly state: OfflineState = {
    online: navigator.onLine,
    savedCopy: document.documentElement.hasAttribute(SAVED_COPY_ATTRIBUTE),
    justSaved: false,
    updateWaiting: false,
  };

  connectedCallback(): void {
    addEventListener('online', () => this.set({ online: true }));
    addEventListener('offline', () => this.set({ online: false }));
    this.querySelector('button')?.addEventListener('click', () => location.reload());
    this.render();
  }

  set(change: Partial<OfflineState>): void {
    Object.assign(this.state, change);
    this.render();
  }

  private render(): void {
    const note = noteFor(this.state);
    const text = this.querySelector('[data-note]');
    const button = this.querySelector('button');
    if (text) text.textContent = note === 'reading' || note === 'ready' ? (this.dataset[note] ?? '') : '';
    if (button) button.hidden = note !== 'update';
  }
}

/** Once the page has loaded and the main thread is idle: the precache never competes with the page. */
function afterLoad(task: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/**
 * Asks the browser whether a newer version is published. If the check reaches the server
 * and finds nothing new, the saved copy on screen is the current one: the note can go.
 * If it finds something, the new worker installs and takes over (see controllerchange).
 */
async function recheck(registration: ServiceWorkerRegistration, status: OfflineStatus | null): Promise<void> {
  try {
    await registration.update();
  } catch {
    return; // Still no connection: the note stays.
  }
  if (!registration.installing && !registration.waiting) status?.set({ savedCopy: false });
}

/** Defines <offline-status> and registers the service worker that makes the guide work offline. */
export function initOffline(): void {
  customElements.define('offline-status', OfflineStatus);
  const workers = navigator.serviceWorker;
  // `astro dev` builds no worker; browsers without service workers read online as before.
  if (!import.meta.env.PROD || !workers) return;
  const status = document.querySelector<OfflineStatus>('offline-status');
  let controlled = Boolean(workers.controller);
  workers.addEventListener('controllerchange', () => {
    if (!controlled) {
      // The first worker took over: the whole guide has been saved.
      controlled = true;
      status?.set({ justSaved: true });
      setTimeout(() => status?.set({ justSaved: false }), READY_NOTE_MS);
    } else if (status?.state.savedCopy) {
      // A newer version took over while this page shows an older saved copy.
      status.set({ updateWaiting: true });
    }
  });
  afterLoad(() => {
    workers
      .register(SERVICE_WORKER_URL)
      .then((registration) => {
        // Some embedded browsers resolve without a registration; they simply read online.
        if (!registration) return;
        if (status?.state.savedCopy) void recheck(registration, status);
        addEventListener('online', () => void recheck(registration, status));
      })
      .catch((error: unknown) => console.warn('Offline reading is not available', error));
  });
}

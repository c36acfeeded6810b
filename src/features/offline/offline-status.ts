import { noteFor, SAVED_COPY_ATTRIBUTE, SERVICE_WORKER_URL, type OfflineState } from './offline';

/** How long "已可离线阅读" stays on screen: it has been announced by then, and it is not news later. */
const READY_NOTE_MS = 8000;

/**
 * Registers the service worker that makes the guide work offline, and keeps the small
 * note in <offline-status> (OfflineStatus.astro) current: the guide is being read from the
 * saved copy, it has just been saved, or a newer version is ready. The server renders the
 * live region, the button and the strings; this only fills them in. It runs on every page
 * before the reader does anything, so it is plain functions over one state object.
 */
export function initOffline(): void {
  const element = document.querySelector<HTMLElement>('offline-status');
  const state: OfflineState = {
    online: navigator.onLine,
    savedCopy: document.documentElement.hasAttribute(SAVED_COPY_ATTRIBUTE),
    justSaved: false,
    updateWaiting: false,
  };
  const set = (change: Partial<OfflineState>) => {
    Object.assign(state, change);
    const note = noteFor(state);
    const text = element?.querySelector('[data-note]');
    const button = element?.querySelector('button');
    if (text) text.textContent = note === 'reading' || note === 'ready' ? (element!.dataset[note] ?? '') : '';
    if (button) button.hidden = note !== 'update';
  };
  addEventListener('online', () => set({ online: true }));
  addEventListener('offline', () => set({ online: false }));
  element?.querySelector('button')?.addEventListener('click', () => location.reload());
  set({});

  const workers = navigator.serviceWorker;
  // `astro dev` builds no worker; browsers without service workers read online as before.
  if (!import.meta.env.PROD || !workers) return;
  let controlled = Boolean(workers.controller);
  workers.addEventListener('controllerchange', () => {
    if (!controlled) {
      // The first worker took over: the whole guide has been saved.
      controlled = true;
      set({ justSaved: true });
      setTimeout(() => set({ justSaved: false }), READY_NOTE_MS);
    } else if (state.savedCopy) {
      // A newer version took over while this page shows an older saved copy.
      set({ updateWaiting: true });
    }
  });
  // Once the page has loaded and the main thread is idle: the precache never competes with the page.
  const register = () =>
    workers.register(SERVICE_WORKER_URL).then((registration) => {
      // Some embedded browsers resolve without a registration; they simply read online.
      if (!registration) return;
      // If the check reaches the server and finds nothing new, the saved copy on screen is
      // the current one: the note can go. If it finds something, the new worker installs
      // and takes over (see controllerchange). Offline, the check fails and the note stays.
      const recheck = () =>
        registration.update().then(
          () => !registration.installing && !registration.waiting && set({ savedCopy: false }),
          () => {},
        );
      if (state.savedCopy) void recheck();
      addEventListener('online', recheck);
    }, console.warn);
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

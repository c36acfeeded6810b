import { ProgressStore } from './progress-store';

/**
 * The step checklist: a "mark this step done" switch on each step page, ticks in the
 * step navigation, and a button to clear them. It only exists with JavaScript; the
 * navigation underneath is a plain list of links.
 */
function initProgress(): void {
  const nav = document.querySelector<HTMLElement>('[data-step-nav]');
  if (!nav) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-step]')];
  const toggle = document.querySelector<HTMLInputElement>('[data-step-done]');
  const clear = nav.querySelector<HTMLButtonElement>('[data-progress-clear]');
  const unsaved = document.querySelector<HTMLElement>('[data-progress-unsaved]');
  const doneLabel = nav.dataset['doneLabel'] ?? '';
  // Merely reading localStorage throws where the browser blocks site data.
  const store = new ProgressStore(links.length, () => localStorage);

  function render(done: ReadonlySet<number>): void {
    for (const link of links) {
      const isDone = done.has(Number(link.dataset['step']));
      link.toggleAttribute('data-done', isDone);
      link.querySelector('[data-done-label]')?.replaceChildren(isDone ? doneLabel : '');
    }
    if (toggle) toggle.checked = done.has(Number(toggle.value));
    if (clear) clear.hidden = done.size === 0;
    // Said as soon as storage has failed (blocked: on reading; full: on the first tick).
    if (unsaved && !store.saved) unsaved.textContent = unsaved.dataset['message'] ?? '';
  }

  if (toggle) toggle.disabled = false;
  toggle?.addEventListener('change', () => render(store.set(Number(toggle.value), toggle.checked).done));
  clear?.addEventListener('click', () => render(store.clear().done));
  // Another tab, or this page while it sat in the back/forward cache, may have changed them.
  store.subscribe(window, render);
  render(store.read());
}

// The page script loads this on step pages (which have <step-progress>), after first paint.
initProgress();

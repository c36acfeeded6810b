import { ProgressStore } from './progress-store';

/**
 * <step-progress> (StepDone.astro): the step checklist. A "mark this step done" switch,
 * ticks in the step navigation ([data-step-nav], StepNav.astro) and a button there to clear
 * them. It only exists with JavaScript; the navigation underneath is a plain list of links.
 */
class StepProgress extends HTMLElement {
  connectedCallback(): void {
    const nav = document.querySelector<HTMLElement>('[data-step-nav]');
    const toggle = this.querySelector<HTMLInputElement>('[data-step-done]');
    if (!nav || !toggle) return;
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-step]')];
    const clear = nav.querySelector<HTMLButtonElement>('[data-progress-clear]');
    const unsaved = this.querySelector<HTMLElement>('[data-progress-unsaved]');
    const doneLabel = nav.dataset['doneLabel'] ?? '';
    // Merely reading localStorage throws where the browser blocks site data.
    const store = new ProgressStore(links.length, () => localStorage);

    const render = (done: ReadonlySet<number>) => {
      for (const link of links) {
        const isDone = done.has(Number(link.dataset['step']));
        link.toggleAttribute('data-done', isDone);
        link.querySelector('[data-done-label]')?.replaceChildren(isDone ? doneLabel : '');
      }
      toggle.checked = done.has(Number(toggle.value));
      if (clear) clear.hidden = done.size === 0;
      // Said as soon as storage has failed (blocked: on reading; full: on the first tick).
      if (unsaved && !store.saved) unsaved.textContent = unsaved.dataset['message'] ?? '';
    };
    toggle.disabled = false;
    toggle.addEventListener('change', () => render(store.set(Number(toggle.value), toggle.checked).done));
    clear?.addEventListener('click', () => render(store.clear().done));
    // Another tab, or this page while it sat in the back/forward cache, may have changed them.
    store.subscribe(window, render);
    render(store.read());
  }
}

customElements.define('step-progress', StepProgress);

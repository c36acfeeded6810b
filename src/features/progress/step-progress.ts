import { PROGRESS_STORAGE_KEY, parseProgress, serializeProgress, withStep } from './progress-store';

function read(total: number): Set<number> {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_STORAGE_KEY), total);
  } catch {
    return new Set();
  }
}

function write(done: ReadonlySet<number>): void {
  try {
    if (done.size === 0) localStorage.removeItem(PROGRESS_STORAGE_KEY);
    else localStorage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(done));
  } catch {
    /* Storage blocked: the ticks last for this page only. */
  }
}

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
    const doneLabel = nav.dataset['doneLabel'] ?? '';
    let done = read(links.length);

    const render = () => {
      for (const link of links) {
        const isDone = done.has(Number(link.dataset['step']));
        link.toggleAttribute('data-done', isDone);
        link.querySelector('[data-done-label]')?.replaceChildren(isDone ? doneLabel : '');
      }
      toggle.checked = done.has(Number(toggle.value));
      if (clear) clear.hidden = done.size === 0;
    };
    const save = (next: Set<number>) => {
      done = next;
      write(done);
      render();
    };
    toggle.disabled = false;
    toggle.addEventListener('change', () => save(withStep(done, Number(toggle.value), toggle.checked)));
    clear?.addEventListener('click', () => save(new Set()));
    render();
  }
}

customElements.define('step-progress', StepProgress);

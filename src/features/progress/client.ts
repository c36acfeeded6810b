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
 * The step checklist: a "mark this step done" switch on each step page, ticks in the
 * step navigation, and a button to clear them. It only exists with JavaScript; the
 * navigation underneath is a plain list of links.
 */
function initProgress(): void {
  const nav = document.querySelector<HTMLElement>('[data-step-nav]');
  if (!nav) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-step]')];
  const total = links.length;
  const toggle = document.querySelector<HTMLInputElement>('[data-step-done]');
  const clear = nav.querySelector<HTMLButtonElement>('[data-progress-clear]');
  const doneLabel = nav.dataset['doneLabel'] ?? '';
  let done = read(total);

  function render(): void {
    for (const link of links) {
      const isDone = done.has(Number(link.dataset['step']));
      link.toggleAttribute('data-done', isDone);
      link.querySelector('[data-done-label]')?.replaceChildren(isDone ? doneLabel : '');
    }
    if (toggle) toggle.checked = done.has(Number(toggle.value));
    if (clear) clear.hidden = done.size === 0;
  }

  if (toggle) toggle.disabled = false;
  toggle?.addEventListener('change', () => {
    done = withStep(done, Number(toggle.value), toggle.checked);
    write(done);
    render();
  });
  clear?.addEventListener('click', () => {
    done = new Set();
    write(done);
    render();
  });
  render();
}

// The page script loads this on step pages (which have <step-progress>), after first paint.
initProgress();

/*
 * <situation-check>'s behaviour, in the chunk the page script loads on the reader's first
 * action (interact.ts): until the first choice, and without JavaScript, every option is a
 * plain link to its answer page, which works. Defining the element turns the links into
 * radio groups; the first choice is then made on them.
 */
import { upgradeOptions, mergeState } from './client';

/** Upgrades the server-rendered links into radio groups that update the page in place. */
class SituationCheck extends HTMLElement {
  #request = 0;

  connectedCallback(): void {
    upgradeOptions(this);
    this.addEventListener('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.type === 'radio') void this.#show(input.value);
    });
  }

  /** Shows the state of one answer path: the same HTML its own page has. */
  async #show(href: string): Promise<void> {
    const request = ++this.#request;
    let next: HTMLElement | null = null;
    let title = '';
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      next = page.querySelector('situation-check');
      title = page.title;
    } catch {
      // Offline without a cached copy, or the page is gone: go there as a link would.
    }
    if (request !== this.#request) return;
    if (!next) {
      location.assign(href);
      return;
    }
    upgradeOptions(next);
    const announce = mergeState(this, next);
    history.replaceState(null, '', href);
    if (title) document.title = title;
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = announce;
  }
}

customElements.define('situation-check', SituationCheck);

/** The radio that an option link (before the upgrade) became. */
function radioFor(href: string): HTMLInputElement | undefined {
  return [...document.querySelectorAll<HTMLInputElement>('situation-check input[type="radio"]')].find(
    (input) => input.value === href,
  );
}

/**
 * The reader reached an option link: by keyboard focus (`choose` false), the options are now
 * radios and the focus moves to the same option, so the arrow keys work; by a click or Enter,
 * that answer is also shown in place.
 */
export function reachSituation(href: string, choose: boolean): void {
  const radio = radioFor(href);
  if (!radio) {
    if (choose) location.assign(href);
    return;
  }
  // The link that had the focus is gone: its radio takes it (not if the reader moved on).
  if (choose || document.activeElement === document.body) radio.focus();
  if (!choose) return;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}

import formUrl from 'virtual:application-form-url';
import { copyText } from '../../lib/clipboard';

type Form = typeof import('./form');

/**
 * <application-form> (ApplicationForm.astro): the blank application the server drew becomes
 * a form that writes the letter. This part runs on load and is small, for the page's
 * JavaScript budget: the buttons that need the reader's tap (copy, show; print is the print
 * feature's) act at once, inside the tap's own handler, as Safari requires for the clipboard.
 * The rest (the letter as the reader types, checks, saving on this device) is form.ts, loaded
 * on the first action in the form, or at once if the reader saved answers here last time.
 */
class ApplicationForm extends HTMLElement {
  #form: Promise<Form> | undefined;

  connectedCallback(): void {
    const load = () => {
      this.#form ??= import(/* @vite-ignore */ formUrl).then((form: Form) => (form.upgrade(this), form));
      return this.#form;
    };
    for (const type of ['focusin', 'pointerdown', 'input']) this.addEventListener(type, load, { once: true });
    this.addEventListener('click', (event) => {
      const action = event.target instanceof Element && event.target.closest('[data-action]');
      if (!action) return;
      const name = action.getAttribute('data-action');
      if (name === 'show') this.querySelector('dialog')?.showModal();
      else if (name === 'copy') this.#copy();
      else if (name === 'clear') void load().then((form) => form.clear(this));
    });
    try {
      if (localStorage.getItem(this.dataset['storeKey']!)) void load();
    } catch {
      // Storage blocked: nothing was saved, so there is nothing to restore.
    }
  }

  /** Copies the Russian lines of the letter as shown; where the clipboard refuses, selects them. */
  #copy(): void {
    const sheet = this.querySelector<HTMLElement>('[data-sheet]')!;
    const text = [...sheet.querySelectorAll('[lang="ru"]')].map((line) => line.textContent?.trim()).join('\n');
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    void copyText(text, navigator.clipboard).then((copied) => {
      status.textContent = status.dataset[copied ? 'copied' : 'copyFailed'] ?? '';
      if (!copied) getSelection()?.selectAllChildren(sheet);
    });
  }
}

customElements.define('application-form', ApplicationForm);

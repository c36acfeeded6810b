import { copyText } from '../../lib/clipboard';
import { copyableText } from './phrase-copy';

/**
 * <phrase-card> (Phrase.astro): "复制俄语" puts the Russian line on the clipboard and says
 * so in the card's polite live region, cleared after a while so that the next copy is heard
 * again; where the clipboard refuses, the line is selected for the reader to copy.
 * "出示给工作人员" shows the card alone on the whole screen. Both happen in the tap itself
 * (nothing is awaited first): WebKit allows the clipboard only there.
 */
class PhraseCard extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    this.querySelector('[data-phrase-copy]')?.addEventListener('click', () => this.#copy());
    this.querySelector('[data-phrase-show]')?.addEventListener('click', () =>
      this.querySelector('dialog')?.showModal(),
    );
  }

  #copy(): void {
    const russian = this.querySelector<HTMLElement>('[data-phrase-ru]');
    if (!russian) return;
    void copyText(copyableText(russian.textContent ?? ''), navigator.clipboard).then((copied) => {
      if (!copied) getSelection()?.selectAllChildren(russian);
      const status = this.querySelector<HTMLElement>('[data-phrase-status]');
      if (!status) return;
      status.textContent = (copied ? this.dataset['copied'] : this.dataset['copyFailed']) ?? '';
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => (status.textContent = ''), 3000);
    });
  }
}

customElements.define('phrase-card', PhraseCard);

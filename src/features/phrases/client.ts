import { copyText } from './phrase-copy';

/** Each card's pending "clear the message" timer. */
const timers = new WeakMap<Element, number>();

/**
 * A card's copy button (Phrase.astro): puts the Russian line on the clipboard and says so in
 * the card's polite live region, cleared after a while so that the next copy is heard again.
 * Where the clipboard refuses, the line is selected so that the reader can copy it.
 */
export async function copyPhrase(button: Element): Promise<void> {
  const card = button.closest<HTMLElement>('phrase-card');
  const russian = card?.querySelector<HTMLElement>('[data-phrase-ru]');
  if (!card || !russian) return;
  const copied = await copyText(russian.textContent ?? '', navigator.clipboard);
  if (!copied) getSelection()?.selectAllChildren(russian);
  const status = card.querySelector<HTMLElement>('[data-phrase-status]');
  if (!status) return;
  status.textContent = (copied ? card.dataset['copied'] : card.dataset['copyFailed']) ?? '';
  clearTimeout(timers.get(card));
  timers.set(
    card,
    window.setTimeout(() => (status.textContent = ''), 3000),
  );
}

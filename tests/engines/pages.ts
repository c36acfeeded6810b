/**
 * What the smoke specs look at, as functions that run in the page. Each is self-contained
 * (it is sent to the browser as source), and each reads what the reader gets: a dialog open,
 * a section in view, the focus, the text shown.
 */
import type { Tab } from './drivers.ts';
import { waitFor } from './fixtures.ts';

/** The search dialog's box and the button that opens it (the page's own markup). */
export const SEARCH_OPEN = '[data-search-open]';

/** Waits until the page script has upgraded the page: the search button then opens a dialog. */
export async function pageScriptStarted(tab: Tab): Promise<void> {
  await waitFor(
    tab,
    'the page script did not start: the search button never became a dialog button',
    () => document.querySelector('[data-search-open]')?.getAttribute('aria-haspopup') === 'dialog',
  );
}

/** Whether the search dialog is open with the cursor in its box. */
export const searchIsOpen = () => {
  const dialog = document.querySelector('dialog[data-search]') as HTMLDialogElement | null;
  return Boolean(dialog?.open && dialog.contains(document.activeElement) && document.activeElement?.matches('input'));
};

/** Whether the search dialog is closed. */
export const searchIsClosed = () => !(document.querySelector('dialog[data-search]') as HTMLDialogElement | null)?.open;

/** Whether an element's top is on screen. */
export const isInView = (selector: string) => {
  const box = document.querySelector(selector)?.getBoundingClientRect();
  return Boolean(box && box.top >= 0 && box.top < innerHeight && box.bottom > 0);
};

/** The text of the selected tab and the ids of the panels a reader can see. */
export const tabState = () => ({
  selected: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() ?? '',
  visible: [...document.querySelectorAll<HTMLElement>('[data-tab-panel]')]
    .filter((panel) => panel.getClientRects().length > 0 && getComputedStyle(panel).visibility !== 'hidden')
    .map((panel) => panel.id),
});

/*
 * What the page needs only once the reader does something: opening search, sharing or
 * copying a link, copying a phrase card's Russian line, device tabs, the situation
 * check, and marking the words a search
 * result was opened for. The page script (client.ts) loads this chunk by its URL on the first such action,
 * so none of it counts against the JavaScript a page runs before the reader interacts.
 * It must import nothing that client.ts imports (that would become a third file on load).
 */
export { startSearch } from './search/client';
export { share } from './share/client';
export { copyPhrase } from './phrases/client';
import { reachSituation } from './situation/element';
import { openTab } from './tabs/client';

/**
 * The reader reached a link that the page turns into a control: a device tab ("#pixel") or
 * an option of the situation check (its answer page). By keyboard focus (`activate` false)
 * it becomes that control; by a click or Enter it also does what it says.
 */
export function reach(href: string, activate: boolean): void {
  if (href.startsWith('#')) openTab(href.slice(1), activate);
  else reachSituation(href, activate);
}
export { initHighlight } from './search/highlight';

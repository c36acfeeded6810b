/*
 * What the page needs only once the reader does something: opening search, sharing or
 * copying a link, and marking the words a search result was opened
 * for. The page script (client.ts) loads this chunk by its URL on the first such action,
 * so none of it counts against the JavaScript a page runs before the reader interacts.
 * It must import nothing that client.ts imports (that would become a third file on load).
 */
export { startSearch } from './search/client';
export { share } from './share/client';
export { initHighlight } from './search/highlight';

/**
 * Pure helpers shared by the three sides of offline reading: the build (which lists what
 * the service worker saves), the service worker (which answers from that list when the
 * network fails) and the page (which tells the reader what state the guide is in).
 * No DOM, no Node: every function here runs anywhere and is unit-tested.
 */

/** Where the service worker lives; at the root, so its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';

/** The page a wrong URL gets, online (the host serves it) and offline (the worker does). */
export const NOT_FOUND_URL = '/404.html';

/**
 * How long a page request may take before the saved copy is shown instead. Long enough for
 * a slow but working connection to deliver fresh HTML (a page is ≤ 60 KB gzip), short enough
 * that a reader at a counter with one bar of signal is not left looking at a blank screen.
 */
export const NETWORK_TIMEOUT_SECONDS = 4;

/** Set on <html> of a page the worker answered from its saved copy instead of the network. */
export const SAVED_COPY_ATTRIBUTE = 'data-saved-copy';

/**
 * The saved URLs that may answer a navigation to `pathname`, best first: the path itself,
 * the folder URL when someone typed `/steps/sign-in` or `/steps/sign-in/index.html`.
 */
export function savedPageCandidates(pathname: string): string[] {
  let path: string;
  try {
    path = decodeURI(pathname);
  } catch {
    return [pathname]; // A malformed escape is just a wrong URL: let it miss.
  }
  const candidates = [path];
  if (path.endsWith('/index.html')) candidates.push(path.slice(0, -'index.html'.length));
  else if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '')) candidates.push(`${path}/`);
  // Decoded and encoded again, so that any spelling of an escape finds the precache's key.
  return candidates.map((candidate) => encodeURI(candidate));
}

/**
 * Marks a saved page so the page itself knows it did not come from the network (it cannot
 * read its own response headers). Only the opening <html> tag changes.
 */
export function markSavedCopy(html: string): string {
  return html.replace(/<html\b/i, `<html ${SAVED_COPY_ATTRIBUTE}`);
}

/** What the page knows about its own freshness. */
export interface OfflineState {
  /** The worker answered with the saved copy (no network, or too slow), and the server has not answered since. */
  savedCopy: boolean;
  /** The whole guide has just been saved for the first time. */
  justSaved: boolean;
  /** A newer version has taken over while this page shows an older saved copy. */
  updateWaiting: boolean;
}

/** Which note the page shows: at most one, the most useful first. */
export type OfflineNote = 'update' | 'reading' | 'ready' | null;

export function noteFor(state: OfflineState): OfflineNote {
  if (state.updateWaiting) return 'update';
  if (state.savedCopy) return 'reading';
  if (state.justSaved) return 'ready';
  return null;
}

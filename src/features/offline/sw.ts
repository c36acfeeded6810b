/**
 * The service worker, built from Workbox modules by src/build/service-worker.ts, which
 * bundles this file and injects the precache manifest (every page, script, style, the
 * search bundle and icons, generated from dist/) where `self.__WB_MANIFEST` stands.
 *
 * Pages are fetched network-first, however they are asked for (a navigation, or a script's
 * fetch() such as the situation check's in-place update): a reader who is online always
 * gets the page as published now, so a corrected fact is never hidden behind a saved copy.
 * Only when the network fails, or the whole page (headers and body) has not arrived within
 * NETWORK_TIMEOUT_SECONDS, does the saved copy answer, marked so the page can say so.
 * Everything else (hashed scripts, the search bundle, icons) comes from the precache,
 * which a new version replaces as soon as it is installed. Every precache entry carries
 * its SRI hash (src/build/precache.ts), so an install that fetches any other bytes fails.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NETWORK_TIMEOUT_SECONDS, NOT_FOUND_URL, markSavedCopy, savedPageCandidates } from './offline';

/** The parts of ServiceWorkerGlobalScope used here (the project's TypeScript lib is the DOM's). */
declare const self: {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
};

/** A saved response, re-issued with the given status and, for HTML, marked as a saved copy. */
async function reissue(saved: Response, status: number): Promise<Response> {
  const type = saved.headers.get('content-type') ?? '';
  const headers = { 'content-type': type || 'application/octet-stream' };
  if (!type.includes('html')) return new Response(saved.body, { status, headers });
  return new Response(markSavedCopy(await saved.text()), { status, headers });
}

/** The saved copy for a navigation, or the saved 404 page (with status 404) for a wrong URL. */
async function savedCopyFor(url: string): Promise<Response | undefined> {
  for (const candidate of savedPageCandidates(new URL(url).pathname)) {
    const saved = await matchPrecache(candidate);
    if (saved) return reissue(saved, 200);
  }
  const notFound = await matchPrecache(NOT_FOUND_URL);
  return notFound && reissue(notFound, 404);
}

// A new version takes over at once: the precache is only ever read for what the network
// could not deliver, and readers should not keep an old copy until every tab is closed.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

/** A page of the site: a navigation, or any same-origin request for a folder or .html URL. */
function isPage({ request, url }: { request: Request; url: URL }): boolean {
  return request.mode === 'navigate' || (url.origin === location.origin && /(\/|\.html)$/.test(url.pathname));
}

/**
 * The page from the network, whole, within NETWORK_TIMEOUT_SECONDS: the deadline covers
 * the body too, since a slow body keeps a reader staring at a blank page as surely as slow
 * headers do (the body is read here before the page gets it; a page is ≤ 60 KB gzip).
 * Past the deadline the request is aborted and the saved copy answers instead.
 */
async function fromNetwork(request: Request): Promise<Response> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), NETWORK_TIMEOUT_SECONDS * 1000);
  try {
    const response = await fetch(request, { signal: deadline.signal });
    // A redirect (a folder without its slash) is passed on as it is; it has no body.
    if (response.type === 'opaqueredirect') return response;
    const body = await response.arrayBuffer();
    const { status, statusText, headers } = response;
    return new Response(status === 204 || status === 304 ? null : body, { status, statusText, headers });
  } catch {
    return (await savedCopyFor(request.url)) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

// Registered before the precache route, so that pages reach the network first.
registerRoute(isPage, ({ request }) => fromNetwork(request));

precacheAndRoute(self.__WB_MANIFEST, {
  // Pagefind asks for pagefind-entry.json?ts=<now> to dodge the HTTP cache; the precache holds
  // the entry that matches the precached index, which is the one to use (Workbox's defaults kept).
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
});

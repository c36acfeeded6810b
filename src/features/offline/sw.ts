/**
 * The service worker, built from Workbox modules by src/build/service-worker.ts, which
 * bundles this file and injects the precache manifest (every page, script, style, the
 * search bundle and icons, generated from dist/) where `self.__WB_MANIFEST` stands.
 *
 * Pages are fetched network-first: a reader who is online always gets the page as
 * published now, so a corrected fact is never hidden behind a saved copy. Only when the
 * network fails, or takes longer than NETWORK_TIMEOUT_SECONDS, does the saved copy answer,
 * marked so the page can say so. Everything else (hashed scripts, the search bundle,
 * icons) comes from the precache, which a new version replaces as soon as it is installed.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
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

// Registered before the precache route, so that navigations reach the network first.
registerRoute(
  new NavigationRoute(
    new NetworkOnly({
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      plugins: [{ handlerDidError: ({ request }) => savedCopyFor(request.url) }],
    }),
  ),
);

precacheAndRoute(self.__WB_MANIFEST, {
  // Pagefind asks for pagefind-entry.json?ts=<now> to dodge the HTTP cache; the precache holds
  // the entry that matches the precached index, which is the one to use (Workbox's defaults kept).
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
});

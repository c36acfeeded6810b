/**
 * The address a reader shares: the page as the reader opened it (whatever host serves it),
 * without the tracking parameters or search highlights in its query, at `hash` if given.
 */
export function shareUrl(current: string, hash = ''): string {
  const url = new URL(current);
  url.search = '';
  url.hash = hash.startsWith('#') ? hash.slice(1) : hash;
  return url.href;
}

/** Whether the page is served from the site's public address, where its build-time QR codes lead. */
export function isPublicOrigin(current: string, publicUrl: string): boolean {
  return new URL(current).origin === new URL(publicUrl).origin;
}

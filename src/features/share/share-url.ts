/**
 * The absolute URL of a section: the page's canonical URL (never the tracking
 * parameters or search highlights in the address bar) with the section's #id.
 */
export function sectionUrl(canonical: string, hash: string): string {
  const url = new URL(canonical);
  url.search = '';
  url.hash = hash.startsWith('#') ? hash.slice(1) : hash;
  return url.href;
}

/** True for an absolute http(s) link, which leaves this site. */
export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

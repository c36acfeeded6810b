import { sectionUrl } from './share-url';

/** Says something to screen readers and shows it briefly. */
function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-share-status]');
  if (!status) return;
  // The live region stays in the page; only its text comes and goes, so it is announced.
  status.textContent = message;
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 2500);
}

async function copy(text: string, strings: DOMStringMap): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(strings['copied'] ?? '');
  } catch {
    announce(strings['copyFailed'] ?? '');
  }
}

/**
 * A click on a heading's link copies the section's address (and puts its #id in the
 * address bar); the share button opens the system share sheet, or copies where there is
 * none. The page script calls this with the clicked element (it has already stopped the
 * link from navigating), loading this module on the first such click.
 */
export function share(target: Element): void {
  const strings = document.querySelector<HTMLElement>('[data-share-status]')?.dataset ?? {};
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const headingLink = target.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (headingLink) {
    const url = sectionUrl(canonical, headingLink.hash);
    history.replaceState(null, '', headingLink.hash);
    void copy(url, strings);
    return;
  }
  const shareButton = target.closest<HTMLButtonElement>('[data-share-step]');
  if (!shareButton) return;
  const url = shareButton.dataset['url'] ?? canonical;
  const title = shareButton.dataset['title'] ?? document.title;
  if (typeof navigator.share === 'function') {
    navigator.share({ title, url }).catch(() => {
      /* The reader closed the share sheet: nothing to do. */
    });
  } else {
    void copy(url, strings);
  }
}

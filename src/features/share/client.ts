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

/** Wires the heading links (copy a section's URL) and the "share this step" button. */
export function initShare(): void {
  const strings = document.querySelector<HTMLElement>('[data-share-status]')?.dataset ?? {};
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const headingLink = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (headingLink) {
      event.preventDefault();
      const url = sectionUrl(canonical, headingLink.hash);
      history.replaceState(null, '', headingLink.hash);
      void copy(url, strings);
      return;
    }
    const shareButton = target?.closest<HTMLButtonElement>('[data-share-step]');
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
  });
}

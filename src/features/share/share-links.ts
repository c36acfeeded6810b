import { copyText } from '../../lib/clipboard';
import { isPublicOrigin, shareUrl } from './share-url';

/** Says something to screen readers and shows it briefly, in <share-status>. */
function announce(key: 'copied' | 'copyFailed'): void {
  const status = document.querySelector<HTMLElement>('share-status');
  const message = status?.dataset[key];
  if (!status || !message) return;
  // The live region stays in the page; only its text comes and goes, so it is announced.
  status.textContent = message;
  setTimeout(() => status.textContent === message && (status.textContent = ''), 2500);
}

/** Copies `text`, called in the reader's own tap (see copyText), and says how it went. */
function copy(text: string): void {
  void copyText(text, navigator.clipboard).then((copied) => announce(copied ? 'copied' : 'copyFailed'));
}

/**
 * <copy-link> (CopyLink.astro) around a link to a section or card: a tap copies that
 * section's address on the page as the reader opened it, and puts its #id in the address
 * bar. Without JavaScript the link simply opens the section.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('a')?.addEventListener('click', (event) => {
      const link = event.currentTarget as HTMLAnchorElement;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      copy(shareUrl(location.href, link.hash));
      history.replaceState(history.state, '', link.hash);
    });
  }
}

/**
 * <share-step> (ShareStep.astro): the system share sheet where there is one, else copy, of
 * this step's address as the reader opened it. The address shown is made the same way; the
 * build-time QR code shows only where the page is served from the address it encodes.
 */
class ShareStep extends HTMLElement {
  connectedCallback(): void {
    const url = shareUrl(location.href);
    const shown = this.querySelector('code');
    if (shown) shown.textContent = url;
    const qr = this.querySelector<HTMLElement>('[data-qr]');
    if (qr) qr.hidden = !isPublicOrigin(location.href, qr.dataset['qr'] ?? '');
    this.querySelector('button')?.addEventListener('click', () => {
      if (typeof navigator.share !== 'function') return copy(url);
      navigator.share({ title: this.dataset['title'] ?? document.title, url }).catch(() => {
        /* The reader closed the share sheet: nothing to do. */
      });
    });
  }
}

customElements.define('copy-link', CopyLink);
customElements.define('share-step', ShareStep);

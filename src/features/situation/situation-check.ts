import { upgradeOptions, mergeState } from './situation-form';

/**
 * <situation-check> (SituationCheck.astro): turns the server-drawn option links into radio
 * groups; each choice fetches the answer page (the same HTML a link would open) and shows
 * its questions and plan in place, as a new history entry, so Back returns to the previous
 * question. Without JavaScript, or when the page cannot be fetched, the links work as links.
 */
class SituationCheck extends HTMLElement {
  #request = 0;

  connectedCallback(): void {
    upgradeOptions(this);
    // The entry the reader arrived on, so that Back to it shows its answers again.
    history.replaceState({ situation: location.pathname }, '');
    this.addEventListener('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.type === 'radio') void this.#show(input.value, true);
    });
    addEventListener('popstate', (event) => {
      const href = (event.state as { situation?: string } | null)?.situation;
      if (href) void this.#show(href, false);
    });
  }

  /** Shows the state of one answer path: the same HTML its own page has. */
  async #show(href: string, push: boolean): Promise<void> {
    const request = ++this.#request;
    let page: Document | undefined;
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`${response.status}`);
      page = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
      // Offline without a saved copy, or the page is gone: go there as a link would.
    }
    if (request !== this.#request) return;
    const next = page?.querySelector('situation-check');
    if (!page || !next) return location.assign(href);
    upgradeOptions(next);
    const announce = mergeState(this, next);
    if (push) history.pushState({ situation: href }, '', href);
    document.title = page.title;
    // The page's heading says where the reader is: the question so far, or their plan.
    const heading = document.querySelector('main h1');
    const freshHeading = page.querySelector('main h1');
    if (heading && freshHeading) heading.textContent = freshHeading.textContent;
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = announce;
    // The last answer given: the plan is the answer, so it comes into view with the focus.
    const plan = this.querySelector<HTMLElement>('#plan-steps');
    if (plan && push) {
      plan.tabIndex = -1;
      plan.focus({ preventScroll: true });
      plan.scrollIntoView({ block: 'start' });
    }
  }
}

customElements.define('situation-check', SituationCheck);

import { nextTabIndex } from './tab-keys';

/**
 * <tab-group> (Tabs.astro): turns the row of links to the device sections into an ARIA
 * tablist of buttons (WAI-ARIA Tabs, manual activation) showing the same section CSS
 * showed before (the one the address points to, #samsung or a footnote in it, else the
 * first), so nothing on screen moves. Arrow keys, Home and End move between the tabs.
 */
class TabGroup extends HTMLElement {
  connectedCallback(): void {
    const list = this.querySelector('[data-tab-list]');
    const links = [...(list?.querySelectorAll('[data-tab]') ?? [])];
    const panels = [...this.querySelectorAll<HTMLElement>(':scope > [data-tab-panel]')];
    if (!list || links.length !== panels.length || panels.length < 2) return;
    const buttons = panels.map((panel, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = `${panel.id}-tab`;
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-controls', panel.id);
      button.dataset['label'] = panel.dataset['label'];
      button.append(...links[index]!.childNodes);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', button.id);
      panel.tabIndex = 0;
      return button;
    });
    const select = (index: number, focus: boolean) => {
      buttons.forEach((button, i) => {
        button.setAttribute('aria-selected', String(i === index));
        button.tabIndex = i === index ? 0 : -1;
        panels[i]!.hidden = i !== index;
      });
      if (focus) buttons[index]!.focus();
    };
    list.addEventListener('click', (event) => {
      const index = buttons.indexOf((event.target as Element).closest('[role="tab"]') as HTMLButtonElement);
      if (index >= 0) select(index, false);
    });
    list.addEventListener('keydown', (event) => {
      const { key } = event as KeyboardEvent;
      const next = nextTabIndex(key, buttons.indexOf(document.activeElement as HTMLButtonElement), buttons.length);
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
    const focused = links.indexOf(document.activeElement as Element);
    list.setAttribute('role', 'tablist');
    list.replaceChildren(...buttons);
    // The address points into a section (#samsung, or a footnote in it), now or later. Read
    // from the address: the browser may match :target only after this first runs.
    const targeted = () => {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      return target ? panels.findIndex((panel) => panel.contains(target)) : -1;
    };
    select(Math.max(0, targeted()), false);
    addEventListener('hashchange', () => targeted() >= 0 && select(targeted(), false));
    this.dataset['ready'] = 'true';
    if (focused >= 0) buttons[focused]!.focus();
  }
}

customElements.define('tab-group', TabGroup);

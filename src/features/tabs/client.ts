import { nextTabIndex } from './tab-keys';

/** Turns a group of [data-tab-panel] sections into an ARIA tablist. */
function initTabs(root: HTMLElement): void {
  const panels = [...root.querySelectorAll<HTMLElement>('[data-tab-panel]')];
  if (panels.length < 2 || root.dataset['ready']) return;
  root.dataset['ready'] = 'true';
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  list.className = 'tab-list';
  const tabs = panels.map((panel, index) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = `${panel.id}-tab`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    tab.textContent = panel.dataset['label'] ?? `${index + 1}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    list.append(tab);
    return tab;
  });
  root.prepend(list);
  const initial = Math.max(
    0,
    panels.findIndex((panel) => `#${panel.id}` === location.hash),
  );

  function select(index: number, focus: boolean): void {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
    });
    if (focus) tabs[index]!.focus();
  }

  list.addEventListener('click', (event) => {
    const index = tabs.indexOf((event.target as HTMLElement).closest('[role="tab"]') as HTMLButtonElement);
    if (index >= 0) select(index, false);
  });
  list.addEventListener('keydown', (event) => {
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const next = nextTabIndex(event.key, current, tabs.length);
    if (next === undefined) return;
    event.preventDefault();
    select(next, true);
  });
  select(initial, false);
}

/** <tab-group>: the server renders titled sections; this makes them tabs. */
class TabGroup extends HTMLElement {
  connectedCallback(): void {
    initTabs(this);
  }
}

customElements.define('tab-group', TabGroup);

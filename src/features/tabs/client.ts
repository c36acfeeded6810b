import { nextTabIndex } from './tab-keys';

/** An upgraded group: its panels, and how to select one. */
interface Group {
  panels: HTMLElement[];
  select(index: number, focus: boolean): void;
}

/** Each <tab-group> that has become a tablist. */
const upgraded = new WeakMap<Element, Group>();

/**
 * Turns one <tab-group>'s row of links into an ARIA tablist of buttons (WAI-ARIA Tabs,
 * manual activation) that shows the same section CSS showed, so nothing on screen moves.
 * A link that had the focus hands it to its button.
 */
function upgrade(root: Element): Group | undefined {
  const list = root.querySelector('[data-tab-list]');
  const links = [...(list?.querySelectorAll('[data-tab]') ?? [])];
  const panels = [...root.querySelectorAll<HTMLElement>(':scope > [data-tab-panel]')];
  if (!list || links.length !== panels.length || panels.length < 2) return undefined;
  const buttons = panels.map((panel, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `${panel.id}-tab`;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', panel.id);
    button.textContent = links[index]!.textContent;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    panel.tabIndex = 0;
    return button;
  });

  function select(index: number, focus: boolean): void {
    buttons.forEach((button, i) => {
      const selected = i === index;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
    });
    if (focus) buttons[index]!.focus();
  }

  list.addEventListener('click', (event) => {
    const index = buttons.indexOf((event.target as Element).closest('[role="tab"]') as HTMLButtonElement);
    if (index >= 0) select(index, false);
  });
  list.addEventListener('keydown', (event) => {
    const next = nextTabIndex(
      (event as KeyboardEvent).key,
      buttons.indexOf(document.activeElement as HTMLButtonElement),
      buttons.length,
    );
    if (next === undefined) return;
    event.preventDefault();
    select(next, true);
  });

  const focused = links.indexOf(document.activeElement as Element);
  list.setAttribute('role', 'tablist');
  list.replaceChildren(...buttons);
  // The section CSS showed: the one the address points to (#samsung, or a footnote in it),
  // else the first; and so later, when a link on the page points into another one.
  const targeted = () => panels.findIndex((panel) => panel.matches(':target') || panel.querySelector(':target'));
  select(Math.max(0, targeted()), false);
  addEventListener('hashchange', () => {
    if (targeted() >= 0) select(targeted(), false);
  });
  (root as HTMLElement).dataset['ready'] = 'true';
  if (focused >= 0) buttons[focused]!.focus();
  const group = { panels, select };
  upgraded.set(root, group);
  return group;
}

/**
 * The reader reached the tab link of panel `id`: by keyboard focus (`activate` false) its
 * group becomes a tablist, so that the arrow keys work; by a click or Enter, that tab opens.
 */
export function openTab(id: string, activate: boolean): void {
  const panel = document.getElementById(id);
  const root = panel?.closest('tab-group');
  const group = root && (upgraded.get(root) ?? upgrade(root));
  if (group && activate) group.select(group.panels.indexOf(panel!), true);
}

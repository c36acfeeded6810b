import { parse } from 'node-html-parser';

/** One tab of a <Tabs> group: its panel's id and label. */
export interface TabLink {
  id: string;
  label: string;
}

/**
 * The tabs of a group, read from its rendered <TabPanel>s (`data-tab-panel`, `id`,
 * `data-label`), so that the tab list is drawn on the server and MDX names each device once.
 */
export function tabsOf(html: string): TabLink[] {
  return parse(html)
    .querySelectorAll('[data-tab-panel]')
    .map((panel) => ({ id: panel.getAttribute('id') ?? '', label: panel.getAttribute('data-label') ?? '' }))
    .filter((tab) => tab.id !== '');
}

import { parseChoice, type ThemeChoice } from './theme';
import { THEME_STORAGE_KEY } from './theme-script';

function remember(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    /* Not remembered, but applied. */
  }
}

/**
 * <theme-toggle> (ThemeToggle.astro): shows the choice the inline head script has already
 * applied, and applies and remembers a new one at once, as the reader watches the page change.
 */
class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    const root = document.documentElement;
    select.value = root.dataset['theme'] ?? 'auto';
    select.addEventListener('change', () => {
      const choice = parseChoice(select.value);
      // "auto" leaves it to the system (color-scheme); a chosen theme is set as is.
      if (choice === 'auto') delete root.dataset['theme'];
      else root.dataset['theme'] = choice;
      remember(choice);
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);

import { effectiveTheme, parseChoice, type ThemeChoice } from './theme';
import { THEME_STORAGE_KEY } from './theme-script';

function stored(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null; // Storage can be blocked; the choice then lasts for this page only.
  }
}

function remember(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    /* Not remembered, but applied. */
  }
}

/** <theme-toggle>: applies the reader's choice; ThemeScript already applied a stored one before paint. */
class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector<HTMLSelectElement>('[data-theme-select]');
    if (!select) return;
    select.value = parseChoice(stored());
    select.addEventListener('change', () => {
      const choice = parseChoice(select.value);
      const root = document.documentElement;
      if (choice === 'auto') delete root.dataset['theme'];
      else root.dataset['theme'] = effectiveTheme(choice, false);
      remember(choice);
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);

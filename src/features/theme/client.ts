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
 * Applies and remembers the choice in the header's theme select. The page script shows
 * the current choice on load (the inline theme script has already applied it) and calls
 * this on every change.
 */
export function applyTheme(select: HTMLSelectElement): void {
  const choice = parseChoice(select.value);
  const root = document.documentElement;
  if (choice === 'auto') delete root.dataset['theme'];
  // A chosen theme is set as is; "auto" leaves it to the system (color-scheme).
  else root.dataset['theme'] = choice;
  remember(choice);
}

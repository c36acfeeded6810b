import { effectiveTheme, toggledTheme } from './theme';
import { THEME_STORAGE_KEY } from './theme-script';

function stored(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null; // Storage can be blocked; the toggle then lasts for this page only.
  }
}

/** Wires the header's dark-mode toggle; ThemeScript already applied a stored choice. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const current = () => effectiveTheme(document.documentElement.dataset['theme'] ?? stored(), system.matches);
  const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
  button.addEventListener('click', () => {
    const next = toggledTheme(current());
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      /* Not remembered, but applied. */
    }
    sync();
  });
  system.addEventListener('change', sync);
  sync();
}

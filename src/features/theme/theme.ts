export type Theme = 'light' | 'dark';

/** The theme in force: the reader's stored choice, else the system's. */
export function effectiveTheme(stored: string | null | undefined, systemDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return systemDark ? 'dark' : 'light';
}

/** The theme a press of the toggle switches to. */
export function toggledTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

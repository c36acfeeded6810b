export type Theme = 'light' | 'dark';

/** What the reader chose: a fixed theme, or to follow the system ("auto"). */
export type ThemeChoice = Theme | 'auto';

/** The reader's stored choice; anything else (nothing, junk) means following the system. */
export function parseChoice(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'auto';
}

/** The theme in force for a choice, given whether the system is dark. */
export function effectiveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice !== 'auto') return choice;
  return systemDark ? 'dark' : 'light';
}

import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseChoice } from './theme';

describe('theme', () => {
  it('reads a stored choice, and anything else as following the system', () => {
    expect(parseChoice('dark')).toBe('dark');
    expect(parseChoice('light')).toBe('light');
    expect(parseChoice('purple')).toBe('auto');
    expect(parseChoice(null)).toBe('auto');
  });
  it('applies a fixed choice whatever the system says, else follows the system', () => {
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
    expect(effectiveTheme('auto', true)).toBe('dark');
    expect(effectiveTheme('auto', false)).toBe('light');
  });
});

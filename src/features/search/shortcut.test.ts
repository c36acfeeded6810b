import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './shortcut';

describe('isSearchShortcut', () => {
  const key = (k: string, more: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) =>
    isSearchShortcut({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...more });
  it('opens on Ctrl+K and ⌘K', () => {
    expect(key('k', { ctrlKey: true })).toBe(true);
    expect(key('K', { metaKey: true })).toBe(true);
  });
  it('opens on / outside text fields only', () => {
    expect(key('/', { target: { tagName: 'BODY' } })).toBe(true);
    expect(key('/', { target: { tagName: 'INPUT' } })).toBe(false);
    expect(key('/', { target: { tagName: 'DIV', isContentEditable: true } })).toBe(false);
  });
  it('ignores plain letters and IME composition', () => {
    expect(key('k')).toBe(false);
    expect(key('k', { ctrlKey: true, isComposing: true })).toBe(false);
  });
});

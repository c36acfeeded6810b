import { describe, expect, it } from 'vitest';
import { entryPath, entrySlug } from '../../src/lib/paths';
import { t } from '../../src/lib/i18n';
import { formatDate, isoDate } from '../../src/lib/dates';
import { isSearchShortcut } from '../../src/features/search/shortcut';
import { nextTabIndex } from '../../src/features/tabs/tab-keys';
import { lastCheckedOf, sourceUsage } from '../../src/lib/source-usage';
import { isExternal } from '../../src/lib/links';

describe('entryPath', () => {
  it.each([
    ['index', '/'],
    ['precautions', '/precautions/'],
    ['steps/sign-in', '/steps/sign-in/'],
    ['steps/index', '/steps/'],
  ])('%s → %s', (id, path) => expect(entryPath(id)).toBe(path));
  it('gives the root no slug and others their folder', () => {
    expect(entrySlug('index')).toBeUndefined();
    expect(entrySlug('steps/sign-in')).toBe('steps/sign-in');
  });
});

describe('t', () => {
  it('fills placeholders', () => expect(t('steps.position', { n: 2, total: 6 })).toBe('第 2 步，共 6 步'));
  it('leaves a placeholder without a value visible', () =>
    expect(t('steps.position', { n: 2 })).toBe('第 2 步，共 {total} 步'));
});

describe('dates', () => {
  const date = new Date('2026-11-05T00:00:00Z');
  it('formats for Chinese readers', () => expect(formatDate(date)).toBe('2026 年 11 月 5 日'));
  it('gives an ISO date', () => expect(isoDate(date)).toBe('2026-11-05'));
});

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

describe('nextTabIndex', () => {
  it('wraps with the arrow keys', () => {
    expect(nextTabIndex('ArrowRight', 2, 3)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 3)).toBe(2);
  });
  it('jumps with Home and End', () => {
    expect(nextTabIndex('Home', 2, 3)).toBe(0);
    expect(nextTabIndex('End', 0, 3)).toBe(2);
  });
  it('ignores other keys', () => expect(nextTabIndex('Enter', 0, 3)).toBeUndefined());
});

describe('sourceUsage', () => {
  it('groups pages by the sources they cite', () => {
    const a = new Date('2026-11-01');
    const b = new Date('2026-11-20');
    const usage = sourceUsage([
      {
        title: 'A',
        path: '/a/',
        lastChecked: a,
        sources: [
          { url: 'u1', supports: 'x' },
          { url: 'u2', supports: 'y' },
        ],
      },
      { title: 'B', path: '/b/', lastChecked: b, sources: [{ url: 'u1', supports: 'z' }] },
    ]);
    expect(usage.get('u1')?.map((use) => use.path)).toEqual(['/a/', '/b/']);
    expect(usage.get('u2')).toEqual([{ title: 'A', path: '/a/', supports: 'y', lastChecked: a }]);
    expect(lastCheckedOf(usage.get('u1')!)).toBe(b);
    expect(lastCheckedOf([])).toBeUndefined();
  });
});

describe('isExternal', () => {
  it('tells site links from external ones', () => {
    expect(isExternal('https://activ.kz/')).toBe(true);
    expect(isExternal('/steps/sign-in/')).toBe(false);
    expect(isExternal('#backup')).toBe(false);
  });
});

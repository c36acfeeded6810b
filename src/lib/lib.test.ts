import { describe, expect, it } from 'vitest';
import { t } from './i18n';
import { formatDate, isoDate } from './dates';
import { isExternal } from './links';

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

describe('isExternal', () => {
  it('tells site links from external ones', () => {
    expect(isExternal('https://activ.kz/')).toBe(true);
    expect(isExternal('/steps/sign-in/')).toBe(false);
    expect(isExternal('#backup')).toBe(false);
  });
});

import { fillIn, t } from './i18n';

/** A date as readers in China write it, e.g. "2026 年 11 月 25 日" (UTC, so builds agree). */
export function formatDate(date: Date): string {
  return formatDateAs(t('date.format'), date);
}

/** The same in a format given ("{y} 年 {m} 月 {d} 日"): code in the browser has it, not the dictionary. */
export function formatDateAs(format: string, date: Date): string {
  return fillIn(format, { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

/** A machine-readable date for <time datetime>, e.g. "2026-11-25". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

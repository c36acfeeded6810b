/** A date as readers in China write it, e.g. "2026 年 11 月 25 日" (UTC, so builds agree). */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()} 年 ${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日`;
}

/** A machine-readable date for <time datetime>, e.g. "2026-11-25". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The tab that a key moves to in a horizontal tablist (WAI-ARIA Tabs pattern):
 * arrows wrap around, Home and End jump to the ends; other keys return undefined.
 */
export function nextTabIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

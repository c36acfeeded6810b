/** The parts of a KeyboardEvent that decide whether it opens search. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
  /** The focused element's tag name and whether it is editable. */
  target?: { tagName?: string; isContentEditable?: boolean } | null;
}

const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * True for Ctrl+K / ⌘K anywhere, and for "/" when the reader is not typing in a field.
 * An IME composition (typing pinyin) never opens search.
 */
export function isSearchShortcut(event: KeyLike): boolean {
  if (event.isComposing || event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey) return false;
  const target = event.target;
  const typing = !!target && (EDITABLE.has(target.tagName ?? '') || target.isContentEditable === true);
  return !typing;
}

/** What copying needs of the browser's clipboard; `navigator.clipboard` fits. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/**
 * Copies `text` and says whether it worked. Call it in the reader's own tap, with nothing
 * awaited before: browsers (WebKit above all) allow the clipboard only there, so the write
 * starts before this returns. The clipboard is missing on plain http and in some in-app
 * browsers, and it may refuse: the caller then tells the reader, or selects the text.
 */
export function copyText(text: string, clipboard: ClipboardLike | undefined): Promise<boolean> {
  const written = clipboard?.writeText(text);
  return written
    ? written.then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
}

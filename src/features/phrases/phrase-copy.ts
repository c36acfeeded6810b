/**
 * The text a copy button puts on the clipboard: the Russian line as one clean line, the
 * way a reader pastes it into a support chat (MDX may wrap long props over several lines).
 */
export function copyableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What copying needs of the browser's clipboard; `navigator.clipboard` fits. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/**
 * Copies `text` and says whether it worked. The clipboard is missing on plain http and in
 * some in-app browsers, and it may refuse: the caller then selects the text for the reader.
 */
export async function copyText(text: string, clipboard: ClipboardLike | undefined): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(copyableText(text));
    return true;
  } catch {
    return false;
  }
}

/**
 * The text a copy button puts on the clipboard: the Russian line as one clean line, the
 * way a reader pastes it into a support chat (MDX may wrap long props over several lines).
 */
export function copyableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

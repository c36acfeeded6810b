/** A page that cites sources, reduced to what the sources page needs. */
export interface CitingPage {
  title: string;
  path: string;
  sources: readonly { url: string; supports: string }[];
}

/** One use of a source: the page and what it supports there. */
export interface SourceUse {
  title: string;
  path: string;
  supports: string;
}

/** For each source URL, every page that cites it and the claim it backs there. */
export function sourceUsage(pages: readonly CitingPage[]): Map<string, SourceUse[]> {
  const usage = new Map<string, SourceUse[]>();
  for (const page of pages) {
    for (const { url, supports } of page.sources) {
      const uses = usage.get(url) ?? [];
      uses.push({ title: page.title, path: page.path, supports });
      usage.set(url, uses);
    }
  }
  return usage;
}

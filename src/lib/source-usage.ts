/** A page that cites sources, reduced to what the sources page needs. */
export interface CitingPage {
  title: string;
  path: string;
  /** When the page was last checked against its sources. */
  lastChecked: Date;
  sources: readonly { url: string; supports: string }[];
}

/** One use of a source: the page and what it supports there. */
export interface SourceUse {
  title: string;
  path: string;
  supports: string;
  lastChecked: Date;
}

/** For each source URL, every page that cites it and the claim it backs there. */
export function sourceUsage(pages: readonly CitingPage[]): Map<string, SourceUse[]> {
  const usage = new Map<string, SourceUse[]>();
  for (const page of pages) {
    for (const { url, supports } of page.sources) {
      const uses = usage.get(url) ?? [];
      uses.push({ title: page.title, path: page.path, supports, lastChecked: page.lastChecked });
      usage.set(url, uses);
    }
  }
  return usage;
}

/** The most recent day any citing page checked this source. */
export function lastCheckedOf(uses: readonly SourceUse[]): Date | undefined {
  return uses.reduce<Date | undefined>(
    (latest, use) => (!latest || use.lastChecked > latest ? use.lastChecked : latest),
    undefined,
  );
}

import { pinyin } from 'pinyin-pro';
import { foldText } from '../features/search/text';
import type { Heading } from './headings';

/** A section an index entry points to; `main` when its heading names the term. */
export interface IndexLocation {
  href: string;
  label: string;
  main: boolean;
}

export interface IndexEntry {
  /** ASCII anchor from the term's pinyin: "term-zhuxiao". */
  id: string;
  term: string;
  /** The reader's other words for it (its synonym group). */
  also: string[];
  /** For a reader's word: the guide's word, where the locations are listed. */
  see: { term: string; id: string } | undefined;
  locations: IndexLocation[];
}

export interface IndexLetter {
  letter: string;
  id: string;
  entries: IndexEntry[];
}

/** What the index needs of a page's route data. */
export interface IndexedPage {
  path: string;
  /** How the index names the page: "第 2 步", "注意事项". */
  name: string;
  /** The h1. */
  title: string;
  headings: readonly Heading[];
  /** The page's MDX source. */
  body: string;
}

/** Beyond the sections whose heading names a term, an entry lists this many mentions. */
const MAX_MENTIONS = 3;

interface IndexSection {
  href: string;
  label: string;
  heading: string;
  text: string;
}

/** MDX to plain text, near enough to find words in it: no components, links or emphasis. */
function plainText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]/g, ' ')
    .replace(/\{#[\w-]+\}/g, ' ');
}

/** A page's sections: its opening (under the h1) and each `##` section. */
function sectionsOf(page: IndexedPage): IndexSection[] {
  const parts = page.body.split(/^##\s+.*$/m);
  const sections: IndexSection[] = [
    { href: page.path, label: page.name, heading: page.title, text: plainText(parts[0] ?? '') },
  ];
  page.headings.forEach((heading, index) =>
    sections.push({
      href: `${page.path}#${heading.id}`,
      label: `${page.name} · ${heading.text}`,
      heading: heading.text,
      text: plainText(parts[index + 1] ?? ''),
    }),
  );
  return sections;
}

/** The sections that name any of the words: those with it in the heading first. */
function locate(sections: readonly IndexSection[], words: readonly string[]): IndexLocation[] {
  const folded = words.map(foldText);
  const has = (text: string) => {
    const haystack = foldText(text);
    return folded.some((word) => haystack.includes(word));
  };
  const main = sections.filter((section) => has(section.heading));
  const mentions = sections.filter((section) => !main.includes(section) && has(section.text));
  return [
    ...main.map(({ href, label }) => ({ href, label, main: true })),
    ...mentions.slice(0, MAX_MENTIONS).map(({ href, label }) => ({ href, label, main: false })),
  ];
}

/** The term's pinyin without tones ("zhuxiao"), or the term itself when it is Latin. */
function sortKey(term: string): string {
  return pinyin(term, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const letterOf = (key: string) => (/^[a-z]/.test(key) ? key[0]!.toUpperCase() : '#');

/**
 * The book-style index of /index-terms/: every synonym group under the guide's own word
 * (its first word) with the sections that name any word of the group, a "see" entry for
 * each other word, and the key terms with their sections. Entries are in pinyin order
 * under their initial letter. Terms that no section names are left out. A word containing
 * one of `unsaid` (WORDS.md's never-say list) still finds sections but is never printed:
 * search keeps the words readers type, the page says only the guide's own.
 */
export function buildIndexTerms(
  pages: readonly IndexedPage[],
  groups: readonly (readonly string[])[],
  keyTerms: readonly string[],
  unsaid: readonly string[] = [],
): IndexLetter[] {
  const sayable = (word: string) => !unsaid.some((never) => word.includes(never));
  const sections = pages.flatMap(sectionsOf);
  const entries: Omit<IndexEntry, 'id'>[] = [];
  const listed = new Set<string>();
  for (const [head, ...others] of groups) {
    if (!head) continue;
    const locations = locate(sections, [head, ...others]);
    if (locations.length === 0) continue;
    const shown = others.filter(sayable);
    entries.push({ term: head, also: shown, see: undefined, locations });
    listed.add(foldText(head));
    for (const other of shown) {
      entries.push({ term: other, also: [], see: { term: head, id: '' }, locations: [] });
      listed.add(foldText(other));
    }
  }
  for (const term of keyTerms) {
    if (listed.has(foldText(term))) continue;
    const locations = locate(sections, [term]);
    if (locations.length > 0) entries.push({ term, also: [], see: undefined, locations });
  }

  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const entry of entries) {
    const base = `term-${sortKey(entry.term) || 'x'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(entry.term, id);
  }
  const collator = new Intl.Collator('zh-CN');
  const withIds: IndexEntry[] = entries
    .map((entry) => ({
      ...entry,
      id: ids.get(entry.term)!,
      see: entry.see && { term: entry.see.term, id: ids.get(entry.see.term)! },
    }))
    .sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term)) || collator.compare(a.term, b.term));

  const letters = new Map<string, IndexEntry[]>();
  for (const entry of withIds) {
    const letter = letterOf(sortKey(entry.term));
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters].map(([letter, list]) => ({
    letter,
    id: letter === '#' ? 'letter-digits' : `letter-${letter.toLowerCase()}`,
    entries: list,
  }));
}

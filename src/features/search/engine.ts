// Imports name their .ts files: tests/search/node-pagefind.ts runs this code in plain Node (npm run bench).
import { HIGHLIGHT_PARAM } from './highlight.ts';
import { parseQuery, type ParsedQuery, type Variant } from './query.ts';
import { sectionsOf, type PagefindFragment, type Section } from './sections.ts';
import { BLOCK_BREAK, isHan, isWordChar, occurrences, separateHan, type Folded } from './text.ts';

/** What the engine needs of Pagefind's JS API (an instance from createInstance()). */
export interface PagefindApi {
  /** `null` lists every page (Pagefind's filter-only search). */
  search(term: string | null): Promise<{ results: { id: string; data(): Promise<PagefindFragment> }[] } | null>;
}

/** A run of result text, marked when it is one of the searched words. */
export interface Piece {
  text: string;
  mark?: true;
}

export interface Hit {
  /** Path and #section, without parameters. */
  url: string;
  /** The link: the URL with the matched words for highlighting on the page. */
  href: string;
  pageTitle: string;
  /** The section's heading, words marked. */
  title: Piece[];
  /** A line of the section around the best match, words marked. */
  excerpt: Piece[];
  score: number;
}

export type Outcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: 'tooLong' | 'noWords' }
  /** `exact`: every hit contains the query or a synonym; otherwise the nearest sections. */
  | { kind: 'results'; exact: boolean; hits: Hit[] };

/** A found word in a section: where (folded heading or body), and how well it fits. */
interface Found {
  inHeading: boolean;
  start: number;
  end: number;
  /** The match starts and ends on word boundaries (not 出国 inside 给出国家). */
  aligned: boolean;
  variant: Variant;
}

const EXCERPT_BEFORE = 16;
const SENTENCE_END = /[。！？；\s]/;
const EXCERPT_AFTER = 44;
/** The looser search names at most this many sections. */
const LOOSE_LIMIT = 10;
const MAX_PARTS = 12;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/**
 * Whether text[start, end) is a whole word: Latin words must not continue into letters,
 * and Chinese matches must start and end where the browser's word segmenter puts word
 * boundaries. Only ranks results (a substring still matches), so segmenters that differ
 * a little between browsers cannot lose a result.
 */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const latinEdge = (inside: string | undefined, outside: string | undefined) =>
    !!inside && !isHan(inside) && !!outside && isWordChar(outside) && !isHan(outside);
  if (latinEdge(text[start], text[start - 1]) || latinEdge(text[end - 1], text[end])) return false;
  if (!segmenter || !(isHan(text[start] ?? '') || isHan(text[end - 1] ?? ''))) return true;
  const from = Math.max(0, start - 6);
  const to = Math.min(text.length, end + 6);
  const boundaries = new Set([to]);
  for (const { index } of segmenter.segment(text.slice(from, to))) boundaries.add(from + index);
  return boundaries.has(start) && boundaries.has(end);
}

const quality = (f: Found) => (f.aligned ? 2 : 0) + f.variant.weight + (f.end - f.start) / 100;

/**
 * Every occurrence of every variant in a section, heading and body. Where two overlap
 * (停号 inside 暂停号码, found next to 暂停), only the better fitting one counts.
 */
function find(section: Section, variants: readonly Variant[]): Found[] {
  const all = findAll(section, variants).sort((a, b) => quality(b) - quality(a));
  const kept: Found[] = [];
  for (const f of all)
    if (!kept.some((k) => k.inHeading === f.inHeading && k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => Number(b.inHeading) - Number(a.inHeading) || a.start - b.start);
}

function findAll(section: Section, variants: readonly Variant[]): Found[] {
  const found: Found[] = [];
  for (const variant of variants) {
    for (const [inHeading, folded] of [
      [true, section.foldedHeading],
      [false, section.foldedBody],
    ] as const) {
      for (const start of occurrences(folded.text, variant.text)) {
        const end = start + variant.text.length;
        found.push({ inHeading, start, end, variant, aligned: isWholeWord(folded.text, start, end) });
      }
    }
  }
  return found;
}

/**
 * How well a section fits: a whole word in the heading most (more when it is most of the
 * heading: "Kcell" before "Kcell 和 activ 的公开办法"), then whole words in the text.
 */
function scoreOf(found: readonly Found[], headingLength: number): number {
  let score = 0;
  const heading = found.filter((f) => f.inHeading);
  const fit = (f: Found) => f.variant.weight * (f.aligned ? 1 : 0.35) * (1 + (f.end - f.start) / headingLength);
  if (heading.length > 0) score += 4 * Math.max(...heading.map(fit));
  const body = found.filter((f) => !f.inHeading).slice(0, 5);
  for (const f of body) score += f.variant.weight * (f.aligned ? 1 : 0.35);
  return score;
}

/** Marks folded ranges in the source text they came from, as pieces. */
function pieces(source: string, folded: Folded, ranges: readonly [number, number][], from = 0, to = source.length) {
  const marks = ranges
    .map(([start, end]) => [folded.from[start]!, folded.from[end - 1]! + 1] as const)
    .filter(([start, end]) => start >= from && end <= to)
    .sort((a, b) => a[0] - b[0]);
  const out: Piece[] = [];
  let at = from;
  for (const [start, end] of marks) {
    if (start < at) continue;
    if (start > at) out.push({ text: source.slice(at, start) });
    out.push({ text: source.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) out.push({ text: source.slice(at, to) });
  return out.map((piece) => ({ ...piece, text: piece.text.replaceAll(BLOCK_BREAK, ' ') }));
}

/** A line of the section's text around its best match, with every found word marked. */
function excerptOf(section: Section, found: readonly Found[]): Piece[] {
  const { body, foldedBody } = section;
  if (!body) return [];
  const inBody = found.filter((f) => !f.inHeading);
  const best = [...inBody].sort(
    (a, b) => Number(b.aligned) - Number(a.aligned) || b.variant.weight - a.variant.weight || a.start - b.start,
  )[0];
  const center = best ? foldedBody.from[best.start]! : 0;
  let from = Math.max(0, center - EXCERPT_BEFORE);
  // Start at the beginning of the sentence when it is near, rather than mid-word.
  const sentence = Math.max(...[...'。！？；\n'].map((end) => (center > 0 ? body.lastIndexOf(end, center - 1) : -1)));
  if (sentence >= 0 && center - sentence <= EXCERPT_BEFORE * 2) from = sentence + 1;
  let to = Math.min(body.length, from + EXCERPT_BEFORE + EXCERPT_AFTER);
  // Never start or end inside a Latin word ("…one" of iPhone).
  const latin = (at: number) => /[A-Za-z0-9]/.test(body[at] ?? '');
  while (from > 0 && from < to && latin(from) && latin(from - 1)) from++;
  while (to < body.length && to > from && latin(to) && latin(to - 1)) to--;
  while (from < to && /\s/.test(body[from]!)) from++;
  const ranges = inBody.map((f) => [f.start, f.end] as [number, number]);
  const line = pieces(body, foldedBody, ranges, from, to);
  if (from > 0 && !SENTENCE_END.test(body[from - 1] ?? '')) line.unshift({ text: '…' });
  if (to < body.length) line.push({ text: '…' });
  return line;
}

/** The words to mark on the opened page: as written there, whole, never a lone character of a longer query. */
function highlightWords(section: Section, found: readonly Found[]): string[] {
  const words = found.map((f) => {
    const source = f.inHeading ? section.heading : section.body;
    const folded = f.inHeading ? section.foldedHeading : section.foldedBody;
    return source.slice(folded.from[f.start]!, folded.from[f.end - 1]! + 1);
  });
  return [...new Set(words)].slice(0, 6);
}

function hitOf(section: Section, found: readonly Found[], score: number): Hit {
  const url = `${section.page}${section.id ? `#${section.id}` : ''}`;
  const params = new URLSearchParams(highlightWords(section, found).map((word) => [HIGHLIGHT_PARAM, word]));
  const query = params.size > 0 ? `?${params}` : '';
  const headingRanges = found.filter((f) => f.inHeading).map((f) => [f.start, f.end] as [number, number]);
  return {
    url,
    href: `${section.page}${query}${section.id ? `#${section.id}` : ''}`,
    pageTitle: section.pageTitle,
    title: pieces(section.heading, section.foldedHeading, headingRanges),
    excerpt: excerptOf(section, found),
    score,
  };
}

/** "删除esim" → "删 除 esim": one Pagefind word per Chinese character, as the index has them. */
export function pagefindTerm(word: string): string {
  return separateHan(word.replace(/(\p{Script=Han}+)/gu, ' $1 '), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Search over Pagefind. Pagefind's index holds every Chinese character as a word (see
 * src/build/pagefind.ts), so Pagefind finds each page that has all the characters of a
 * word; the engine then keeps the sections that contain the word itself, in one piece,
 * or one of its synonyms, and ranks them. Only when no section contains the query does
 * it fall back to sections that share parts of it, and it says so (`exact: false`).
 */
export function createEngine(pagefind: PagefindApi) {
  const pages = new Map<string, Promise<Section[]>>();
  const searches = new Map<string, Promise<Section[][]>>();
  /** Order of pages as Pagefind first ranked them: the tie-breaker between equals. */
  const pageRank = new Map<string, number>();

  function sectionsOfResult(result: { id: string; data(): Promise<PagefindFragment> }): Promise<Section[]> {
    let sections = pages.get(result.id);
    if (!sections) {
      sections = result.data().then(sectionsOf);
      pages.set(result.id, sections);
      // A failed fetch is tried again by the next search, not remembered.
      sections.catch(() => pages.delete(result.id));
    }
    return sections;
  }

  /** The sections of every page that Pagefind finds for a word. */
  function sectionsWith(word: string): Promise<Section[][]> {
    const term = pagefindTerm(word);
    let found = searches.get(term);
    if (!found) {
      found = pagefind.search(term).then((response) => Promise.all((response?.results ?? []).map(sectionsOfResult)));
      searches.set(term, found);
      found.catch(() => searches.delete(term));
    }
    return found;
  }

  async function candidates(groups: readonly (readonly Variant[])[]): Promise<Section[]> {
    const words = [...new Set(groups.flat().map((variant) => variant.text))];
    const perWord = await Promise.all(words.map(sectionsWith));
    const seen = new Set<Section[]>();
    const sections: Section[] = [];
    for (const found of perWord)
      for (const page of found) {
        if (seen.has(page)) continue;
        seen.add(page);
        const path = page[0]?.page ?? '';
        if (!pageRank.has(path)) pageRank.set(path, pageRank.size);
        sections.push(...page);
      }
    return sections;
  }

  const byScore = (a: { hit: Hit; section: Section }, b: { hit: Hit; section: Section }) =>
    b.hit.score - a.hit.score ||
    (pageRank.get(a.section.page) ?? 0) - (pageRank.get(b.section.page) ?? 0) ||
    a.section.order - b.section.order;

  /** Sections in which every group has a word, ranked. */
  async function matchAll(groups: readonly (readonly Variant[])[]): Promise<Hit[]> {
    const ranked: { hit: Hit; section: Section }[] = [];
    for (const section of await candidates(groups)) {
      const perGroup = groups.map((group) => find(section, group));
      if (perGroup.some((found) => found.length === 0)) continue;
      const headingLength = Math.max(1, section.foldedHeading.text.length);
      const score = perGroup.reduce((sum, found) => sum + scoreOf(found, headingLength), 0);
      ranked.push({ hit: hitOf(section, perGroup.flat(), score), section });
    }
    return ranked.sort(byScore).map(({ hit }) => hit);
  }

  /** Sections that share the most parts of the query, when none contains it. */
  async function matchParts(parts: readonly (readonly Variant[])[]): Promise<Hit[]> {
    const ranked: { hit: Hit; section: Section }[] = [];
    // A two-character word split into its characters (关机 → 关, 机): a section must have
    // both, or one common character (失 of 挂失) would bring up anything.
    const needsAll = parts.every((part) => part[0]!.text.length === 1);
    for (const section of await candidates(parts)) {
      if (needsAll && !parts.every((part) => find(section, part).length > 0)) continue;
      let score = 0;
      const marked: Found[] = [];
      for (const part of parts) {
        const found = find(section, part);
        if (found.length === 0) continue;
        const long = part[0]!.text.length > 1;
        score += (long ? 2 : 1) + (found.some((f) => f.inHeading) ? 1 : 0);
        // A lone character is never marked: it would light up half the page.
        if (long) marked.push(...found);
      }
      if (score > 0) ranked.push({ hit: hitOf(section, marked, score), section });
    }
    const best = Math.max(0, ...ranked.map(({ hit }) => hit.score));
    return ranked
      .filter(({ hit }) => hit.score >= best / 2)
      .sort(byScore)
      .slice(0, LOOSE_LIMIT)
      .map(({ hit }) => hit);
  }

  async function search(raw: string): Promise<Outcome> {
    const query: ParsedQuery = parseQuery(raw);
    if (query.kind !== 'query') return query;
    const exact = await matchAll([query.variants]);
    if (exact.length > 0) return { kind: 'results', exact: true, hits: exact };
    const allWords = query.terms.length > 1 ? await matchAll(query.terms) : [];
    if (allWords.length > 0) return { kind: 'results', exact: false, hits: allWords };
    return { kind: 'results', exact: false, hits: await matchParts(query.parts.slice(0, MAX_PARTS)) };
  }

  /**
   * Loads every page's fragment ahead of the reader's next words, so later searches need
   * no network: the guide is a few dozen kilobytes, a phone on a slow network pays once.
   */
  async function warm(): Promise<void> {
    const all = await pagefind.search(null);
    await Promise.all((all?.results ?? []).map(sectionsOfResult));
  }

  return { search, warm };
}

export type Engine = ReturnType<typeof createEngine>;
